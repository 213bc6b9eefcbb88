package id.sinergi.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agency rate limit across nodes: two {@link RateLimiter}s on the application's one database, as two
 * nodes of a cluster would have, share each agency's bucket. Time is a clock the scenario moves. Run by the
 * agency-API test classes, so on H2 and on PostgreSQL.
 */
public interface RateLimitScenarios {

    ApplicationContext applicationContext();

    /** An agency with its own limit of 120 a minute (issue 13's example); the limit read back through the rule. */
    private AgencyClient agency() {
        String id = "rl-" + System.nanoTime();
        return new AgencyClient(id, "Dinas Uji Batas", Set.of(), "rl", 120, null, null, null);
    }

    private RateLimiter node(MovableClock clock) {
        return new RateLimiter(applicationContext().getBean(JdbcClient.class),
                applicationContext().getBean(PlatformTransactionManager.class), applicationContext().getBean(ApiSettings.class), clock);
    }

    private int limitOf(AgencyClient agency) {
        return applicationContext().getBean(ApiSettings.class).limitFor(agency);
    }

    @Test
    default void rateLimitOfTwoNodesTogetherIsTheAgencysLimitAndRefillsWithTime() {
        AgencyClient agency = agency();
        int limit = limitOf(agency);
        MovableClock clock = new MovableClock();
        List<RateLimiter> nodes = List.of(node(clock), node(clock));
        Duration oneToken = Duration.ofMillis(60_000 / limit);

        int allowed = 0;
        for (int i = 0; i < 2 * limit; i++) {
            if (nodes.get(i % 2).acquire(agency).isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).as("requests allowed in one instant on two nodes").isEqualTo(limit);
        for (RateLimiter node : nodes) {
            Optional<Duration> retryAfter = node.acquire(agency);
            assertThat(retryAfter).as("refused, with the time one token takes to refill").isPresent();
            assertThat(retryAfter.get().toMillis()).isBetween(oneToken.toMillis(), oneToken.toMillis() + 1);
        }

        clock.advance(oneToken.plusMillis(1));
        assertThat(nodes.get(1).acquire(agency)).as("one token refilled").isEmpty();
        assertThat(nodes.get(0).acquire(agency)).as("and only one").isPresent();

        clock.advance(Duration.ofMinutes(10));
        allowed = 0;
        for (int i = 0; i < 2 * limit; i++) {
            if (nodes.get(i % 2).acquire(agency).isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).as("after ten idle minutes the bucket holds one minute's worth, no more").isEqualTo(limit);
    }

    @Test
    default void rateLimitHoldsWhenTwoNodesTakeAtOnce() throws Exception {
        AgencyClient agency = agency();
        int limit = limitOf(agency);
        MovableClock clock = new MovableClock();
        List<RateLimiter> nodes = List.of(node(clock), node(clock));
        int threads = 8;
        int perThread = limit / 2;
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RateLimiter node = nodes.get(t % 2);
                Callable<Integer> worker = () -> {
                    start.await();
                    int allowed = 0;
                    for (int i = 0; i < perThread; i++) {
                        if (node.acquire(agency).isEmpty()) {
                            allowed++;
                        }
                    }
                    return allowed;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Integer> result : results) {
                allowed += result.get();
            }
            assertThat(threads * perThread).as("the scenario asks for more than the limit").isGreaterThan(limit);
            assertThat(allowed).as("allowed in one instant by eight threads on two nodes").isEqualTo(limit);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An agency's first requests, together on two nodes: the bucket row does not exist yet, one request
     * inserts it, and a request whose UPDATE found no row must then take from that row, not answer 429
     * (found by the two-node test). Rounds with fresh agencies make the race likely to occur.
     */
    @Test
    default void rateLimitAllowsAnAgencysFirstRequestsArrivingTogetherOnTwoNodes() throws Exception {
        MovableClock clock = new MovableClock();
        List<RateLimiter> nodes = List.of(node(clock), node(clock));
        int threads = 8;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 25; round++) {
                AgencyClient agency = agency();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<Duration>>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    RateLimiter node = nodes.get(t % 2);
                    results.add(pool.submit(() -> {
                        start.await();
                        return node.acquire(agency);
                    }));
                }
                start.countDown();
                for (Future<Optional<Duration>> result : results) {
                    assertThat(result.get()).as("round %d: a first request, the bucket full", round).isEmpty();
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void rateLimitTokenStaysTakenWhenTheCallersTransactionRollsBack() {
        AgencyClient agency = agency();
        int limit = limitOf(agency);
        RateLimiter node = node(new MovableClock());
        var transaction = new TransactionTemplate(applicationContext().getBean(PlatformTransactionManager.class));

        transaction.executeWithoutResult(status -> {
            assertThat(node.acquire(agency)).isEmpty();
            status.setRollbackOnly();
        });

        int allowed = 0;
        for (int i = 0; i < limit; i++) {
            if (node.acquire(agency).isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).as("the token taken inside the rolled-back transaction is gone").isEqualTo(limit - 1);
    }

    /** A clock that stands still until the scenario moves it. */
    final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
