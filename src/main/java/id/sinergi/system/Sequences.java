package id.sinergi.system;

import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly counters for numbers people read (case numbers, letter numbers).
 *
 * <p>Each draw is one statement that creates the year's row or increments it and returns the value.
 * {@link #next} is gap-free: the row lock it takes is held to the end of the caller's transaction, so two
 * transactions never draw the same value and a rolled-back draw leaves no gap; every other draw of that
 * counter waits meanwhile, so it is for numbers the law wants without gaps (the agenda of outgoing letters).
 * {@link #nextUnique} commits the draw at once: unique and increasing, never held, and a caller that rolls back
 * leaves its number unused (for identifiers such as case numbers). It must be a single statement: after a
 * duplicate-key error PostgreSQL refuses every further statement of the transaction, so "update, else
 * insert, else update again" failed when the first numbers of a year were drawn concurrently.
 * {@link #reserveUnique} is {@code nextUnique} for a whole chunk of work: one statement adds the chunk's size
 * and the caller hands the numbers out itself.
 *
 * <p>Unique draws run in autocommit on a small pool of their own ({@code sinergi.numbers.pool-size}), not on the
 * application's pool. They are drawn from inside other transactions (a report with an idempotency key, a batch
 * being stored, a process start from Tasklist): taken from the same pool, each such caller would hold one
 * connection while asking for a second, and as many callers at once as the pool has connections would wait for
 * one another until the pool's timeout. A connection of this pool is held for one statement and waits for nothing
 * but that statement.
 */
@Component
public class Sequences implements AutoCloseable {

    /** PostgreSQL: a concurrent insert of the same key waits, then takes the update branch. */
    private static final String POSTGRES = """
            INSERT INTO number_sequence (name, seq_year, last_value) VALUES (?, ?, ?)
            ON CONFLICT (name, seq_year) DO UPDATE SET last_value = number_sequence.last_value + EXCLUDED.last_value
            RETURNING last_value
            """;

    /**
     * H2 has no ON CONFLICT ... DO UPDATE; MERGE read through FINAL TABLE gives the value just written.
     * Two MERGEs creating the same row can still collide on the key; H2 keeps the transaction usable
     * after that error, so the draw simply runs again and takes the update branch.
     */
    private static final String H2 = """
            SELECT last_value FROM FINAL TABLE (
                MERGE INTO number_sequence t
                USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS INT), CAST(? AS BIGINT))) s (name, seq_year, step)
                ON t.name = s.name AND t.seq_year = s.seq_year
                WHEN MATCHED THEN UPDATE SET last_value = t.last_value + s.step
                WHEN NOT MATCHED THEN INSERT (name, seq_year, last_value) VALUES (s.name, s.seq_year, s.step))
            """;

    private final JdbcClient jdbc;
    private final JdbcClient draws;
    private final String drawStatement;
    private final boolean retryCreate;
    private final AutoCloseable drawPool;

    @org.springframework.beans.factory.annotation.Autowired
    Sequences(DataSource dataSource, org.springframework.boot.autoconfigure.jdbc.DataSourceProperties database,
              @org.springframework.beans.factory.annotation.Value("${sinergi.numbers.pool-size:4}") int poolSize) {
        this(dataSource, drawPool(database, poolSize));
    }

    /** {@code draws}: where unique draws run, in autocommit; closed with this bean if it is a pool. */
    Sequences(DataSource dataSource, DataSource draws) {
        this.jdbc = JdbcClient.create(dataSource);
        this.draws = JdbcClient.create(draws);
        this.drawPool = draws instanceof AutoCloseable closeable ? closeable : null;
        this.drawStatement = statementFor(dataSource);
        this.retryCreate = drawStatement.equals(H2);
    }

    private static DataSource drawPool(org.springframework.boot.autoconfigure.jdbc.DataSourceProperties database, int size) {
        var pool = database.initializeDataSourceBuilder().type(com.zaxxer.hikari.HikariDataSource.class).build();
        pool.setPoolName("sinergi-numbers");
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(1);
        pool.setAutoCommit(true);
        return pool;
    }

    @Override
    public void close() throws Exception {
        if (drawPool != null) {
            drawPool.close();
        }
    }

    /**
     * A unique, increasing number committed at once (one statement in autocommit, on the draws' own pool):
     * concurrent callers never wait for each other's work, only for one another's single statement.
     */
    public long nextUnique(String name, int year) {
        return draw(draws, name, year, 1);
    }

    /**
     * {@code count} unique, increasing numbers at once, committed like {@link #nextUnique}: one statement and one
     * short transaction for a whole chunk of work instead of one per item. Numbers the caller does not use stay
     * unused.
     */
    public Block reserveUnique(String name, int year, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        long last = draw(draws, name, year, count);
        return new Block(year, last - count + 1, last);
    }

    /** Numbers {@code first} to {@code last} of a counter's year, handed out in order by {@link #take}. */
    public static final class Block {
        private final int year;
        private final long last;
        private long next;

        Block(int year, long first, long last) {
            this.year = year;
            this.next = first;
            this.last = last;
        }

        /** The next number of the block for that year; empty once the block is used up or for another year. */
        public OptionalLong take(int forYear) {
            if (forYear != year || next > last) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(next++);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name, int year) {
        return draw(jdbc, name, year, 1);
    }

    private long draw(JdbcClient on, String name, int year, long step) {
        try {
            return on.sql(drawStatement).params(name, year, step).query(Long.class).single();
        } catch (DuplicateKeyException raced) {
            if (!retryCreate) {
                throw raced;
            }
            return on.sql(drawStatement).params(name, year, step).query(Long.class).single();
        }
    }

    private static String statementFor(DataSource dataSource) {
        String product = DatabaseProduct.of(dataSource);
        return switch (product) {
            case DatabaseProduct.POSTGRESQL -> POSTGRES;
            case DatabaseProduct.H2 -> H2;
            default -> throw new IllegalStateException("No counter statement for database " + product);
        };
    }
}
