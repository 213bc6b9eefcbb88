package id.sinergi.agency;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import id.sinergi.system.ApiProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a creating request safe to retry. The key is claimed, the resource created and recorded against
 * the key in one transaction: they commit together or not at all, so a crash never leaves a key claimed
 * without its resource. A second request with the same key waits on the primary key (PostgreSQL blocks
 * the insert until the first commits; on H2 it polls until the claim is visible) and then answers the
 * first one's resource; with another body it is refused.
 */
@Component
public class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final ApiSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    IdempotencyKeys(JdbcClient jdbc, ApiSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public record Outcome(String resourceId, boolean replayed) {
    }

    /**
     * Runs {@code create} once per agency and key, in the same transaction as the claim. If {@code create}
     * throws, the claim rolls back with it and the key may be used again (for example after fixing the
     * request).
     */
    public Outcome once(String agencyId, String key, byte[] canonicalRequest, Supplier<String> create) {
        String hash = sha256(canonicalRequest);
        return transaction.execute(status -> {
            long deadline = System.nanoTime() + settings.idempotencyWait().toNanos();
            while (true) {
                if (claim(status, agencyId, key, hash) || takeOverOrphan(agencyId, key, hash)) {
                    String resourceId = create.get();
                    jdbc.sql("UPDATE idempotency_key SET resource_id = ? WHERE agency_id = ? AND idempotency_key = ?")
                            .params(resourceId, agencyId, key).update();
                    return new Outcome(resourceId, false);
                }
                Optional<String[]> row = jdbc.sql("SELECT request_hash, resource_id FROM idempotency_key WHERE agency_id = ? AND idempotency_key = ?")
                        .params(agencyId, key)
                        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
                if (row.isPresent() && row.get()[1] != null) {
                    if (!row.get()[0].equals(hash)) {
                        throw new IdempotencyMismatchException();
                    }
                    return new Outcome(row.get()[1], true);
                }
                // The claim exists but is not committed yet (H2 reports the collision without waiting).
                if (System.nanoTime() > deadline) {
                    throw new IdempotencyConflictException("A request with this Idempotency-Key is still being processed; retry later.");
                }
                pause(Duration.ofMillis(50));
            }
        });
    }

    /**
     * Inserts the claim behind a savepoint: after a duplicate key PostgreSQL refuses every further
     * statement of the transaction unless it is rolled back to before the failed insert.
     */
    private boolean claim(TransactionStatus status, String agencyId, String key, String hash) {
        Object savepoint = status.createSavepoint();
        try {
            jdbc.sql("INSERT INTO idempotency_key (agency_id, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
                    .params(agencyId, key, hash, OffsetDateTime.now(clock)).update();
            status.releaseSavepoint(savepoint);
            return true;
        } catch (DuplicateKeyException claimedBefore) {
            status.rollbackToSavepoint(savepoint);
            return false;
        }
    }

    /**
     * A committed claim without a resource was left by older code (which committed the claim on its own)
     * or by a crash in between: nothing was created for it, so the key counts as expired and this request
     * takes it over. The update locks the row, so of two such retries only one creates.
     */
    private boolean takeOverOrphan(String agencyId, String key, String hash) {
        return jdbc.sql("""
                UPDATE idempotency_key SET request_hash = ?, created_at = ?
                WHERE agency_id = ? AND idempotency_key = ? AND resource_id IS NULL
                """).params(hash, OffsetDateTime.now(clock), agencyId, key).update() == 1;
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
        return id.sinergi.system.Hashes.sha256(bytes);
    }

    /** Same key, different request: 422. */
    public static class IdempotencyMismatchException extends ApiProblem {
        public IdempotencyMismatchException() {
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
