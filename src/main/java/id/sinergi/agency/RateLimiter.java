package id.sinergi.agency;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A token bucket per agency, refilled continuously at the agency's rate per minute, holding at most one
 * minute's worth. The bucket is a row of {@code api_rate_limit} in the shared database, so every node of a
 * cluster takes from the same one: an agency limited to 120 a minute gets 120 a minute whatever the number
 * of nodes.
 *
 * <p>An allowed request costs one conditional {@code UPDATE} in autocommit, which refills and takes a token
 * in one atomic statement (the database's row lock, held for that statement only, orders concurrent
 * requests). A refused one adds a {@code SELECT} to say how long to wait; an agency's very first request
 * an {@code INSERT}. Time is the application's {@link Clock}, not the database's; elapsed time never counts
 * negative, so a node whose clock lags a little gives no extra tokens.
 */
@Component
class RateLimiter {

    /**
     * Tokens in the bucket at {@code :now}: refilled since {@code updated_at_ms}, capped at one minute's worth.
     * The casts matter on H2: without them it types the parameters from the expression around them, and the
     * bucket never refilled there (the rate per millisecond came out as 0).
     */
    private static final String AVAILABLE = "LEAST(CAST(:capacity AS DOUBLE PRECISION),"
            + " tokens + GREATEST(0, :now - updated_at_ms) * CAST(:perMilli AS DOUBLE PRECISION))";

    private final JdbcClient jdbc;
    private final TransactionTemplate outsideTransactions;
    private final ApiSettings settings;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, ApiSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.outsideTransactions = new TransactionTemplate(transactions);
        // Never part of a caller's transaction: a taken token stays taken, and no row lock outlives its statement.
        this.outsideTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.settings = settings;
        this.clock = clock;
    }

    /** Takes one request from the agency's bucket; empty when allowed, else how long to wait. */
    Optional<Duration> acquire(AgencyClient client) {
        int perMinute = Math.max(1, settings.limitFor(client));
        long now = clock.millis();
        return outsideTransactions.execute(status -> take(client.agencyId(), perMinute, now));
    }

    private Optional<Duration> take(String agency, int perMinute, long now) {
        double perMilli = perMinute / 60_000.0;
        for (int attempt = 0; attempt < 3; attempt++) {
            int taken = jdbc.sql("UPDATE api_rate_limit SET tokens = " + AVAILABLE + " - 1, updated_at_ms = GREATEST(updated_at_ms, :now)"
                            + " WHERE agency_id = :agency AND " + AVAILABLE + " >= 1")
                    .param("capacity", (double) perMinute).param("now", now).param("perMilli", perMilli).param("agency", agency)
                    .update();
            if (taken == 1) {
                return Optional.empty();
            }
            Optional<Double> available = jdbc.sql("SELECT " + AVAILABLE + " FROM api_rate_limit WHERE agency_id = :agency")
                    .param("capacity", (double) perMinute).param("now", now).param("perMilli", perMilli).param("agency", agency)
                    .query(Double.class).optional();
            if (available.isPresent() && available.get() >= 1 && attempt < 2) {
                // The row appeared after our UPDATE found none (another node's first request inserted it), or refilled
                // since: take from it. On the last round a refusal of one millisecond is better than an error.
                continue;
            }
            if (available.isPresent()) {
                long waitMillis = (long) Math.ceil((1 - Math.min(available.get(), 1)) / perMilli);
                return Optional.of(Duration.ofMillis(Math.max(1, waitMillis)));
            }
            try {
                // The agency's first request: a full bucket less this request's token.
                jdbc.sql("INSERT INTO api_rate_limit (agency_id, tokens, updated_at_ms) VALUES (:agency, :tokens, :now)")
                        .param("agency", agency).param("tokens", perMinute - 1.0).param("now", now)
                        .update();
                return Optional.empty();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Another request inserted the row between our UPDATE and INSERT: take from it like any other.
            }
        }
        throw new IllegalStateException("Rate limit row of agency " + agency + " neither updated nor inserted");
    }
}
