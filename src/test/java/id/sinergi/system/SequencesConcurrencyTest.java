package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first numbers of a year no one has used yet, drawn by twenty transactions at once: every draw
 * succeeds and the values are exactly 1..20, on H2 and on a real PostgreSQL.
 */
class SequencesConcurrencyTest {

    private static final int DRAWS = 20;
    private static EmbeddedPostgres postgres;

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twentyFirstDrawsOfAFreshYearOnH2AreOneToTwenty() throws Exception {
        JdbcDataSource h2 = h2("sequences", "");
        assertFirstDrawsAreOneToTwenty(h2);
    }

    @Test
    void twentyFirstDrawsOfAFreshYearOnPostgresAreOneToTwenty() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        assertFirstDrawsAreOneToTwenty(postgres.getPostgresDatabase());
    }

    private static void assertFirstDrawsAreOneToTwenty(DataSource dataSource) throws Exception {
        JdbcClient.create(dataSource).sql("""
                CREATE TABLE number_sequence (name VARCHAR(40) NOT NULL, seq_year INT NOT NULL,
                    last_value BIGINT NOT NULL, PRIMARY KEY (name, seq_year))
                """).update();
        Sequences sequences = new Sequences(dataSource, dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        ExecutorService pool = Executors.newFixedThreadPool(DRAWS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> draws = new ArrayList<>();
            for (int i = 0; i < DRAWS; i++) {
                draws.add(pool.submit(() -> {
                    start.await();
                    return transaction.execute(status -> sequences.next("enforcement-case", 2031));
                }));
            }
            start.countDown();
            List<Long> values = new ArrayList<>();
            for (Future<Long> draw : draws) {
                values.add(draw.get());
            }
            assertThat(values).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, DRAWS).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Case numbers (nextUnique) are drawn in a transaction of their own: a report whose opening is still running
     * holds no lock another report waits for, and one that rolls back leaves its number unused. Letter numbers
     * (next) stay gap-free: a rolled-back draw is drawn again.
     */
    @Test
    void uniqueDrawsNeitherWaitForAnOpenTransactionNorComeBackAfterARollback() throws Exception {
        JdbcDataSource h2 = h2("sequences-unique", ";LOCK_TIMEOUT=10000");
        JdbcClient.create(h2).sql("""
                CREATE TABLE number_sequence (name VARCHAR(40) NOT NULL, seq_year INT NOT NULL,
                    last_value BIGINT NOT NULL, PRIMARY KEY (name, seq_year))
                """).update();
        var transactions = new DataSourceTransactionManager(h2);
        // Draws on a data source of their own, as on their own pool in the application: never the caller's connection.
        Sequences sequences = new Sequences(h2, sameDatabase(h2));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch drawn = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // A report draws its case number, then keeps its transaction open (its process is starting) and fails.
            Future<Long> slow = pool.submit(() -> transaction.execute(status -> {
                long number = sequences.nextUnique("enforcement-case", 2032);
                drawn.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status.setRollbackOnly();
                return number;
            }));
            drawn.await();
            long meanwhile = java.util.concurrent.CompletableFuture.supplyAsync(() -> sequences.nextUnique("enforcement-case", 2032))
                    .get(5, java.util.concurrent.TimeUnit.SECONDS);
            release.countDown();
            assertThat(slow.get()).isEqualTo(1);
            assertThat(meanwhile).as("drawn while the first report was still open").isEqualTo(2);
            assertThat(sequences.nextUnique("enforcement-case", 2032)).as("the rolled-back report's 1 is not reused").isEqualTo(3);

            transaction.executeWithoutResult(status -> {
                sequences.next("letter", 2032);
                status.setRollbackOnly();
            });
            Long redrawn = transaction.execute(status -> sequences.next("letter", 2032));
            assertThat(redrawn).as("letter numbers stay gap-free").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A bulk report's chunk reserves its case numbers in one draw: ten chunks reserving ten numbers each at once get
     * exactly 1..100 between them, each block in order, and the next single draw follows the last block.
     */
    @Test
    void reservedBlocksNeverOverlapOnH2() throws Exception {
        JdbcDataSource h2 = h2("sequences-blocks", ";LOCK_TIMEOUT=10000");
        assertBlocksNeverOverlap(h2);
    }

    @Test
    void reservedBlocksNeverOverlapOnPostgres() throws Exception {
        var own = EmbeddedPostgres.builder().start();
        try {
            assertBlocksNeverOverlap(own.getPostgresDatabase());
        } finally {
            own.close();
        }
    }

    private static void assertBlocksNeverOverlap(DataSource dataSource) throws Exception {
        JdbcClient.create(dataSource).sql("""
                CREATE TABLE number_sequence (name VARCHAR(40) NOT NULL, seq_year INT NOT NULL,
                    last_value BIGINT NOT NULL, PRIMARY KEY (name, seq_year))
                """).update();
        Sequences sequences = new Sequences(dataSource, dataSource);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> chunks = new ArrayList<>();
            for (int chunk = 0; chunk < 10; chunk++) {
                chunks.add(pool.submit(() -> {
                    start.await();
                    Sequences.Block block = sequences.reserveUnique("enforcement-case", 2033, 10);
                    List<Long> taken = new ArrayList<>();
                    for (var next = block.take(2033); next.isPresent(); next = block.take(2033)) {
                        taken.add(next.getAsLong());
                    }
                    assertThat(block.take(2034)).as("a block is for its own year").isEmpty();
                    return taken;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> chunk : chunks) {
                List<Long> taken = chunk.get();
                assertThat(taken).hasSize(10).isSorted();
                assertThat(taken.get(9) - taken.get(0)).as("one block is ten consecutive numbers").isEqualTo(9);
                all.addAll(taken);
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
            assertThat(sequences.nextUnique("enforcement-case", 2033)).as("a single draw after the blocks").isEqualTo(101);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A report with an idempotency key draws its case number inside the transaction that claims the key, so it holds
     * a connection of the application's pool while it draws. Every connection held that way must not leave the draw
     * waiting for one: as many such reports as the pool has connections would wait for one another until the pool
     * gave up. With a pool of one connection held by the caller, the draw still succeeds at once.
     */
    @Test
    void aDrawFromInsideATransactionNeedsNoSecondConnectionOfTheApplicationsPool() throws Exception {
        String url = "jdbc:h2:mem:sequences-pool-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        var properties = new org.springframework.boot.autoconfigure.jdbc.DataSourceProperties();
        properties.setUrl(url);
        properties.setUsername("sa");
        properties.afterPropertiesSet();
        try (var applicationPool = properties.initializeDataSourceBuilder().type(com.zaxxer.hikari.HikariDataSource.class).build()) {
            applicationPool.setMaximumPoolSize(1);
            applicationPool.setConnectionTimeout(1_000);
            JdbcClient.create(applicationPool).sql("""
                    CREATE TABLE number_sequence (name VARCHAR(40) NOT NULL, seq_year INT NOT NULL,
                        last_value BIGINT NOT NULL, PRIMARY KEY (name, seq_year))
                    """).update();
            try (Sequences sequences = new Sequences(applicationPool, properties, 1)) {
                TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(applicationPool));
                List<Long> drawn = transaction.execute(status -> List.of(
                        sequences.nextUnique("enforcement-case", 2034),
                        sequences.reserveUnique("enforcement-case", 2034, 5).take(2034).getAsLong(),
                        sequences.next("letter", 2034)));
                assertThat(drawn).containsExactly(1L, 2L, 1L);
            }
        }
    }

    private static JdbcDataSource sameDatabase(JdbcDataSource h2) {
        JdbcDataSource other = new JdbcDataSource();
        other.setURL(h2.getURL());
        other.setUser("sa");
        return other;
    }

    /** A fresh in-memory H2 database of its own, kept open while the test runs. */
    private static JdbcDataSource h2(String name, String options) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + options);
        h2.setUser("sa");
        return h2;
    }
}
