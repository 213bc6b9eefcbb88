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
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sequences-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
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
        Sequences sequences = new Sequences(dataSource);
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
}
