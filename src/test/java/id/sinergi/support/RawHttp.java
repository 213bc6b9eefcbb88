package id.sinergi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 over a bare socket: the request line goes out byte for byte, so paths that a client library
 * would normalize or refuse (encoded letters, ';', '%2F', NUL, oversized headers) reach the server as an
 * attacker would send them.
 */
public final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        /** An RFC 9457 body, whatever part of the server answered. */
        public Response assertProblem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(header("content-type")).as(body).startsWith("application/problem+json");
            assertThat(json().path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(json().path("type").asText()).startsWith("/problems/");
            assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("<html").doesNotContain("Tomcat");
            return this;
        }
    }

    /** Sends the request head (and body, if any) and reads the whole answer; the connection is closed. */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) {
        var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null && !headers.containsKey("Content-Length")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new AssertionError(method + " " + target + " got no answer", e);
        }
    }

    public Response get(String target, Map<String, String> headers) {
        return send("GET", target, headers, null);
    }

    /**
     * Reads up to the end of the response as its head declares it (length or last chunk), not to the end
     * of the stream: after answering, Tomcat may still drain an unread request body before closing.
     */
    private static Response parse(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        int end = -1;
        while (end < 0) {
            int b = in.read();
            assertThat(b).as("a complete response head: " + all).isNotNegative();
            all.write(b);
            end = all.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n") ? all.size() - 4 : -1;
        }
        String[] lines = all.toString(StandardCharsets.ISO_8859_1).substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            // Repeated headers (Set-Cookie) are kept, one per line.
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + "\n" + b);
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunks(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunks(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
