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

    public void record(ApiCall call, String caseNumber, String action, String detail) {
        jdbc.sql("""
                INSERT INTO api_audit (actor, at, request_id, method, path, case_number, action, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(call.actor(), OffsetDateTime.now(clock), call.requestId(), call.method(), call.path(),
                        caseNumber, action, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)))
                .update();
    }

    public List<Entry> forCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM api_audit WHERE case_number = ? ORDER BY at, id").param(caseNumber)
                .query((rs, n) -> new Entry(rs.getString("actor"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("request_id"), rs.getString("method"), rs.getString("path"),
                        rs.getString("case_number"), rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
