package id.sinergi.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free yearly counters for numbers people read (case numbers, letter numbers).
 * The row is locked by the UPDATE, so two transactions never draw the same value.
 */
@Component
public class Sequences {

    private final JdbcClient jdbc;

    Sequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name, int year) {
        int updated = jdbc.sql("UPDATE number_sequence SET last_value = last_value + 1 WHERE name = ? AND seq_year = ?")
                .params(name, year).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO number_sequence (name, seq_year, last_value) VALUES (?, ?, 1)")
                        .params(name, year).update();
                return 1;
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // Another transaction created the row first: take the next value after it.
                jdbc.sql("UPDATE number_sequence SET last_value = last_value + 1 WHERE name = ? AND seq_year = ?")
                        .params(name, year).update();
            }
        }
        return jdbc.sql("SELECT last_value FROM number_sequence WHERE name = ? AND seq_year = ?")
                .params(name, year).query(Long.class).single();
    }
}
