package id.sinergi.document;

import id.sinergi.system.ApiProblem;
import id.sinergi.system.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What an upload must be, whoever sends it: PDF, JPEG or PNG by content, at most {@code sinergi.documents.max-size},
 * a file name that is only a name.
 */
@Component
class DocumentUploads {

    private static final int MAX_FILE_NAME = 200;
    private static final int MAX_DESCRIPTION = 500;

    private final long maxBytes;

    DocumentUploads(DocumentSettings settings) {
        this.maxBytes = settings.maxSize().toBytes();
    }

    /** An upload that passed the checks, with its bytes, type and SHA-256. */
    record Accepted(String fileName, FileType type, byte[] content, String sha256) {
    }

    Accepted accept(MultipartFile file) {
        if (file.getSize() > maxBytes) {
            throw tooLarge();
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > maxBytes) {
            throw tooLarge();
        }
        if (content.length == 0) {
            throw invalid("file", "must not be empty");
        }
        FileType type = FileType.of(content).orElseThrow(() -> new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-file-type", "Unsupported file type",
                "The file is not a PDF, JPEG or PNG document (judged by its content, not its name or declared type).")
                .with("errors", List.of(Map.of("field", "file", "message", "must be a PDF, JPEG or PNG file"))));
        return new Accepted(fileName(file.getOriginalFilename(), type), type, content, Hashes.sha256(content));
    }

    static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw invalid("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return description.strip();
    }

    /**
     * The name as given, reduced to its last path segment and to characters safe in a download header; when
     * nothing usable is left, {@code document} with the extension of its real type.
     */
    static String fileName(String given, FileType type) {
        String name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            name = "document" + type.extension();
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "File too large",
                "A document may be at most " + maxBytes + " bytes.")
                .with("errors", List.of(Map.of("field", "file", "message", "must be at most " + maxBytes + " bytes")));
    }

    private static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + " " + message)
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }
}
