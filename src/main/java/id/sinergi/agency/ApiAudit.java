package id.sinergi.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every API call that changed something: who, when, which request, which case, what. */
@Repository
public class ApiAudit {

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Entry(String actor, OffsetDateTime at, String requestId, String method, String path,
                        String caseNumber, String action, String detail) {
    }

    /**
     * Writes the entry in the caller's transaction, so a change and its audit record commit together.
     * Every value is cut to its column's size (V4__agency_api.sql) in characters: a long path or detail
     * must never fail the request it records.
     */
    public void record(ApiCall call, String caseNumber, String action, String detail) {
        jdbc.sql("""
                INSERT INTO api_audit (actor, at, request_id, method, path, case_number, action, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(fit(call.actor(), 60), OffsetDateTime.now(clock), fit(call.requestId(), 64), fit(call.method(), 10),
                        fit(call.path(), 300), fit(caseNumber, 20), fit(action, 60), fit(detail, 1000))
                .update();
    }

    /** At most {@code max} characters (code points, as the database counts them), never half a pair. */
    static String fit(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }

    public List<Entry> forCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM api_audit WHERE case_number = ? ORDER BY at, id").param(caseNumber)
                .query((rs, n) -> new Entry(rs.getString("actor"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("request_id"), rs.getString("method"), rs.getString("path"),
                        rs.getString("case_number"), rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
