package id.sinergi.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page, for errors Tomcat answers before (or instead of) the application: an encoded
 * slash or NUL in the path, invalid characters in the URI, oversized headers. Instead of an HTML page it
 * writes an RFC 9457 problem with type {@code /problems/http-<status>} and no detail from Tomcat, so
 * nothing about the server leaks. Errors the application writes itself keep their body: the valve only
 * reports on empty responses.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's valve: only errors nobody has written a body for, reported once, on a usable connection.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String json = "{\"type\":\"/problems/http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"The server refused the request before the application saw it: " + title + ".\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or already answered; nothing more to tell the client.
        }
    }
}
