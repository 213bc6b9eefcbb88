package id.sinergi.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.ApiSettings;
import id.sinergi.document.DocumentSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies over the configured size (413), whether the client declared a length or
 * streamed the body in chunks, before anything parses them. Document uploads are the one allowance: on their
 * paths the limit is the document size plus the form around it, checked here against the declared length;
 * the servlet container's multipart parser, which reads the request itself, enforces it on a chunked body
 * ({@code document.UploadLimits}).
 */
@Component
// After authentication (HIGHEST_PRECEDENCE + 10): an unauthenticated caller gets 401 before any byte is read.
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final ApiSettings settings;
    private final long maxUploadBytes;
    private final ObjectMapper json;

    RequestBodyLimitFilter(ApiSettings settings, DocumentSettings documents, ObjectMapper json) {
        this.settings = settings;
        this.maxUploadBytes = documents.maxRequestBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EdgePaths.isApi(EdgePaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (DocumentSettings.isUpload(request.getMethod(), EdgePaths.of(request))) {
            if (request.getContentLengthLong() > maxUploadBytes) {
                tooLarge(response, maxUploadBytes);
                return;
            }
            // Not buffered here: the multipart parser reads the container's own stream, not a wrapper's.
            chain.doFilter(request, response);
            return;
        }
        // Bulk reports (ApiSettings.BATCH_PATH) have a limit of their own; every other body the general one.
        long maxBytes = settings.maxBodyBytes(request.getMethod(), EdgePaths.of(request));
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes + 1);
        if (body.length > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response, long limit) throws IOException {
        // The rest of the body is not read: close the connection rather than leave it half consumed.
        response.setHeader("Connection", "close");
        Problems.write(response, json, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "Request body too large", "The request body may be at most " + limit + " bytes."));
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
