package id.sinergi.document;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code sinergi.documents.*}: the documents staff and agencies attach to cases and agreements.
 *
 * @param maxSize largest file accepted (PDF, JPEG or PNG)
 */
@ConfigurationProperties("sinergi.documents")
public record DocumentSettings(@DefaultValue("10MB") DataSize maxSize) {

    /** On top of the file: the multipart framing and the form's other fields (kind, description). */
    static final long FORM_ALLOWANCE = 64 * 1024;

    /** The paths that take an upload, the only API paths whose body may exceed {@code sinergi.api.max-body-size}. */
    private static final Pattern UPLOAD_PATHS = Pattern.compile(
            "/api/v1/enforcement-cases/[^/]+/documents|/api/staff/(enforcement-cases|agreements)/[^/]+/documents");

    /** The largest upload request body: the file at its largest plus the rest of the form. */
    public long maxRequestBytes() {
        return maxSize.toBytes() + FORM_ALLOWANCE;
    }

    /** Whether this request (its method and routed path) uploads a document. */
    public static boolean isUpload(String method, String routedPath) {
        return "POST".equals(method) && UPLOAD_PATHS.matcher(routedPath).matches();
    }
}
