package id.sinergi.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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
     * Every value is cut to its column's size (V4__agency_api.sql): a long path or detail
     * must never fail the request it records.
     */
    public void record(ApiCall call, String caseNumber, String action, String detail) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_audit (actor, at, request_id, method, path, case_number, action, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(fit(call.actor(), 60), OffsetDateTime.now(clock), fit(call.requestId(), 64), fit(call.method(), 10),
                        fit(call.path(), 300), fit(caseNumber, 20), fit(action, 60), fit(detail, 1000))
                .update(key, "id");
        // The response's status is not known yet: ApiCallOutcome writes it on this row once the call is answered.
        Number id = key.getKey();
        if (id != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            @SuppressWarnings("unchecked")
            List<Long> ids = (List<Long>) request.getAttribute(ROWS, RequestAttributes.SCOPE_REQUEST);
            if (ids == null) {
                ids = new ArrayList<>();
                request.setAttribute(ROWS, ids, RequestAttributes.SCOPE_REQUEST);
            }
            ids.add(id.longValue());
        }
    }

    /** The request attribute listing the api_audit rows a call wrote (their ids), for {@link ApiCallOutcome}. */
    static final String ROWS = "sinergi.auditRows";

    /** Writes the answered status on the rows this call wrote; the count of rows that still exist (committed). */
    int answered(List<Long> ids, int status) {
        if (ids == null || ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE api_audit SET status = :status WHERE id IN (:ids)")
                .param("status", status).param("ids", ids).update();
    }

    /** One row for a call of a known agency that was refused (4xx) or failed (5xx) and left no row of its own. */
    void refused(ApiCall call, int status) {
        jdbc.sql("""
                INSERT INTO api_audit (actor, at, request_id, method, path, case_number, action, detail, status)
                VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)
                """)
                .params(fit(call.actor(), 60), OffsetDateTime.now(clock), fit(call.requestId(), 64), fit(call.method(), 10),
                        fit(call.path(), 300), status < 500 ? "REQUEST_REFUSED" : "REQUEST_FAILED", "HTTP " + status, status)
                .update();
    }

    /**
     * At most {@code max} UTF-16 units, never cutting a surrogate pair in half. Units, not code points:
     * H2 counts VARCHAR length in units, PostgreSQL in characters, and a value short enough in units fits
     * both.
     */
    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    public List<Entry> forCase(String caseNumber) {
        return jdbc.sql("SELECT * FROM api_audit WHERE case_number = ? ORDER BY at, id").param(caseNumber)
                .query((rs, n) -> new Entry(rs.getString("actor"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("request_id"), rs.getString("method"), rs.getString("path"),
                        rs.getString("case_number"), rs.getString("action"), rs.getString("detail")))
                .list();
    }
}
