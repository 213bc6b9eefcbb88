package id.sinergi.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's partner system: a blocking HTTP/1.1 client on the calling thread, keeping its connection
 * alive between requests (the JDK's {@link HttpURLConnection}). A partner's client runs on its own machine;
 * here it shares the two cores with the server, so the load generator should cost as little as it can. The
 * tests' {@code ApiClient} ({@code java.net.http}) hands every request to a selector thread and a worker
 * pool, which in a profile cost 0.9 ms of CPU per report, three times this one.
 */
final class BenchmarkClient {

    static {
        // The JDK keeps at most five idle connections per server by default: more client threads than that
        // would open a new TCP connection for most requests.
        System.setProperty("http.maxConnections", "64");
    }

    record Response(int status, String body) {
    }

    private final String base;

    BenchmarkClient(int port) {
        this.base = "http://localhost:" + port;
    }

    Response postJson(String path, String token, String json) {
        try {
            var connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestProperty("Authorization", "Bearer " + token);
            connection.setRequestProperty("Content-Type", "application/json");
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            // Read to the end (the error stream too) so the connection goes back to the keep-alive cache.
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                return new Response(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new AssertionError("POST " + path + " failed", e);
        }
    }
}
