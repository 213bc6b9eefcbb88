package id.sinergi.agency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import id.sinergi.system.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a creating request safe to retry. The first request with a key claims it by inserting a row (the
 * primary key decides between two requests arriving together); it fills in the created resource when
 * done, or frees the key if it failed. A retry with the same key and body gets that resource; with
 * another body it is refused.
 */
@Component
public class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final ApiSettings settings;
    private final Clock clock;

    IdempotencyKeys(JdbcClient jdbc, ApiSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public record Outcome(String resourceId, boolean replayed) {
    }

    /**
     * Runs {@code create} once per agency and key. Statements here commit on their own (no surrounding
     * transaction), so a concurrent request sees the claim at once.
     */
    public Outcome once(String agencyId, String key, byte[] canonicalRequest, Supplier<String> create) {
        String hash = sha256(canonicalRequest);
        try {
            jdbc.sql("INSERT INTO idempotency_key (agency_id, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
                    .params(agencyId, key, hash, OffsetDateTime.now(clock)).update();
        } catch (DuplicateKeyException claimedBefore) {
            return new Outcome(awaitFirst(agencyId, key, hash), true);
        }
        try {
            String resourceId = create.get();
            jdbc.sql("UPDATE idempotency_key SET resource_id = ? WHERE agency_id = ? AND idempotency_key = ?")
                    .params(resourceId, agencyId, key).update();
            return new Outcome(resourceId, false);
        } catch (RuntimeException failed) {
            // Nothing was created: the key may be used again, for example after fixing the request.
            jdbc.sql("DELETE FROM idempotency_key WHERE agency_id = ? AND idempotency_key = ?").params(agencyId, key).update();
            throw failed;
        }
    }

    private String awaitFirst(String agencyId, String key, String hash) {
        long deadline = System.nanoTime() + settings.idempotencyWait().toNanos();
        while (true) {
            Optional<String[]> row = jdbc.sql("SELECT request_hash, resource_id FROM idempotency_key WHERE agency_id = ? AND idempotency_key = ?")
                    .params(agencyId, key)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
            if (row.isEmpty()) {
                throw new IdempotencyConflictException("The first request with this Idempotency-Key failed; send the request again.");
            }
            if (!row.get()[0].equals(hash)) {
                throw new IdempotencyMismatchException();
            }
            if (row.get()[1] != null) {
                return row.get()[1];
            }
            if (System.nanoTime() > deadline) {
                throw new IdempotencyConflictException("A request with this Idempotency-Key is still being processed; retry later.");
            }
            pause(Duration.ofMillis(50));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyConflictException("Interrupted while waiting for the first request with this key.");
        }
    }

    /** Hex SHA-256: request bodies here, API tokens in {@link AgencyTokens}. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same key, different request: 422. */
    public static class IdempotencyMismatchException extends ApiProblem {
        IdempotencyMismatchException() {
            super(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request body.");
        }
    }

    /** Same key while the first request is still running or just failed: 409. */
    public static class IdempotencyConflictException extends ApiProblem {
        IdempotencyConflictException(String message) {
            super(HttpStatus.CONFLICT, "idempotency-key-in-use", "Idempotency-Key in use", message);
        }
    }
}
