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
 * {@link #nextUnique} commits the draw at once in a transaction of its own: unique and increasing, never
 * held, and a caller that rolls back leaves its number unused (for identifiers such as case numbers). It must be a single statement: after a
 * duplicate-key error PostgreSQL refuses every further statement of the transaction, so "update, else
 * insert, else update again" failed when the first numbers of a year were drawn concurrently.
 * {@link #reserveUnique} is {@code nextUnique} for a whole chunk of work: one statement adds the chunk's size
 * and the caller hands the numbers out itself.
 */
@Component
public class Sequences {

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
    private final String drawStatement;
    private final boolean retryCreate;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    Sequences(DataSource dataSource, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.drawStatement = statementFor(dataSource);
        this.retryCreate = drawStatement.equals(H2);
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A unique, increasing number committed at once (its own short transaction, on a second connection):
     * concurrent callers never wait for each other's work, only for one another's single statement.
     */
    public long nextUnique(String name, int year) {
        return ownTransaction.execute(status -> draw(name, year, 1));
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
        long last = ownTransaction.execute(status -> draw(name, year, count));
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
        return draw(name, year, 1);
    }

    private long draw(String name, int year, long step) {
        try {
            return jdbc.sql(drawStatement).params(name, year, step).query(Long.class).single();
        } catch (DuplicateKeyException raced) {
            if (!retryCreate) {
                throw raced;
            }
            return jdbc.sql(drawStatement).params(name, year, step).query(Long.class).single();
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
