package id.sinergi.agency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        record(call, caseNumber, action, detail, null);
    }

    /**
     * As {@link #record(ApiCall, String, String, String)}, writing now the status the call answers when its
     * transaction commits (201 for a created case): the usual outcome then costs no second statement.
     * {@link ApiCallOutcome} corrects the row if the call ends otherwise.
     */
    public void record(ApiCall call, String caseNumber, String action, String detail, Integer answersIfCommitted) {
        file(insert(call, caseNumber, action, detail, answersIfCommitted), answersIfCommitted);
    }

    /**
     * Writes the row as {@link #record(ApiCall, String, String, String, Integer)} does, without filing it under
     * this thread's call: for a row written on behalf of another thread's call (group commit of reports), whose
     * own thread {@link #file}s it once the row is committed.
     *
     * @return the row's id
     */
    public Long insert(ApiCall call, String caseNumber, String action, String detail, Integer answersIfCommitted) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_audit (actor, at, request_id, method, path, case_number, action, detail, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(fit(call.actor(), 60), OffsetDateTime.now(clock), fit(call.requestId(), 64), fit(call.method(), 10),
                        fit(call.path(), 300), fit(caseNumber, 20), fit(action, 60), fit(detail, 1000), answersIfCommitted)
                .update(key, "id");
        Number id = key.getKey();
        return id == null ? null : id.longValue();
    }

    /**
     * Files a row under the call this thread answers, so that {@link ApiCallOutcome} writes the answered status
     * into it if the call ends other than {@code answersIfCommitted} presumed.
     */
    public void file(Long id, Integer answersIfCommitted) {
        // Without a presumed status the response's is not known yet: ApiCallOutcome writes it once the call is answered.
        if (id != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            @SuppressWarnings("unchecked")
            Map<Long, Integer> rows = (Map<Long, Integer>) request.getAttribute(ROWS, RequestAttributes.SCOPE_REQUEST);
            if (rows == null) {
                rows = new HashMap<>();
                request.setAttribute(ROWS, rows, RequestAttributes.SCOPE_REQUEST);
            }
            rows.put(id, answersIfCommitted);
        }
    }

    /** The request attribute with the api_audit rows a call wrote: id to the status written with it (or null). */
    static final String ROWS = "sinergi.auditRows";

    /**
     * Writes the answered status on the rows this call wrote whose status is not already that one. Returns 0 only
     * when the call left no row with this status: none of its rows was updated and none already carried it (a
     * row written with the status it answers was committed with that answer's transaction).
     */
    int answered(Map<Long, Integer> rows, int status) {
        if (rows == null || rows.isEmpty()) {
            return 0;
        }
        List<Long> stale = rows.entrySet().stream().filter(row -> !Integer.valueOf(status).equals(row.getValue()))
                .map(Map.Entry::getKey).toList();
        if (stale.isEmpty()) {
            // Every row already carries this status: they were written by the transaction that made the answer.
            return rows.size();
        }
        int updated = jdbc.sql("UPDATE api_audit SET status = :status WHERE id IN (:ids)")
                .param("status", status).param("ids", stale).update();
        return updated + rows.size() - stale.size();
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
