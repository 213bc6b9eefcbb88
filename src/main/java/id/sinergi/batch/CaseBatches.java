package id.sinergi.batch;

import id.sinergi.system.ListCursor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of agencies' bulk reports and the outcome of each report in them. */
@Repository
class CaseBatches {

    enum Outcome { CREATED, DUPLICATE, INVALID }

    enum Format { JSON, CSV }

    record Batch(String batchId, String agencyId, String agencyName, String requestId, Format format,
                 OffsetDateTime submittedAt, int totalRows, int processedRows, int createdCount, int duplicateCount,
                 int invalidCount, String status, OffsetDateTime finishedAt) {
    }

    /** A report as stored when the batch was posted: its text, or the reason it was refused at once. */
    record NewRow(String payload, String field, String reason) {
    }

    /** A report not yet processed: its text, or the field and reason it was refused for when the batch was posted. */
    record Pending(int rowNo, String payload, String field, String reason) {
    }

    record RowResult(int rowNo, String outcome, String caseNumber, String field, String reason) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseBatches(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(String batchId, String agencyId, String agencyName, String requestId, Format format, OffsetDateTime at,
                List<NewRow> rows) {
        jdbc.sql("""
                INSERT INTO case_batch (batch_id, agency_id, agency_name, format, request_id, submitted_at, total_rows,
                    processed_rows, created_count, duplicate_count, invalid_count, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 'PROCESSING')
                """).params(batchId, agencyId, agencyName, format.name(), requestId, at, rows.size()).update();
        List<Object[]> values = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            // A report refused at once gets its outcome only when its chunk reaches it, like every other: results appear
            // in row order, so a reader resuming after the last row it saw never skips one still to come.
            values.add(new Object[] {batchId, i + 1, row.payload(), row.field(), row.reason() == null ? null : truncate(row.reason(), 300)});
        }
        batch.batchUpdate("INSERT INTO case_batch_row (batch_id, row_no, payload, field, reason) VALUES (?, ?, ?, ?, ?)", values);
    }

    void attachProcess(String batchId, String processInstanceId) {
        jdbc.sql("UPDATE case_batch SET process_instance_id = ? WHERE batch_id = ?").params(processInstanceId, batchId).update();
    }

    List<Pending> pending(String batchId, int limit) {
        return jdbc.sql("""
                SELECT row_no, payload, field, reason FROM case_batch_row
                WHERE batch_id = ? AND result IS NULL ORDER BY row_no FETCH FIRST ? ROWS ONLY
                """).params(batchId, limit)
                .query((rs, n) -> new Pending(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Records a report's outcome and forgets its text: the personal data in it was needed only until now. */
    void record(String batchId, int rowNo, String employerNib, Outcome outcome, String caseNumber, String field, String reason) {
        jdbc.sql("""
                UPDATE case_batch_row SET payload = NULL, employer_nib = ?, result = ?, case_number = ?, field = ?, reason = ?
                WHERE batch_id = ? AND row_no = ?
                """).params(employerNib, outcome.name(), caseNumber, field == null ? null : truncate(field, 60),
                reason == null ? null : truncate(reason, 300), batchId, rowNo).update();
    }

    /** Recounts the batch from its rows (a repeated chunk never counts twice) and closes it when none is left. */
    Batch recount(String batchId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE case_batch SET
                    processed_rows = (SELECT COUNT(*) FROM case_batch_row r WHERE r.batch_id = case_batch.batch_id AND r.result IS NOT NULL),
                    created_count = (SELECT COUNT(*) FROM case_batch_row r WHERE r.batch_id = case_batch.batch_id AND r.result = 'CREATED'),
                    duplicate_count = (SELECT COUNT(*) FROM case_batch_row r WHERE r.batch_id = case_batch.batch_id AND r.result = 'DUPLICATE'),
                    invalid_count = (SELECT COUNT(*) FROM case_batch_row r WHERE r.batch_id = case_batch.batch_id AND r.result = 'INVALID')
                WHERE batch_id = ?
                """).param(batchId).update();
        jdbc.sql("UPDATE case_batch SET status = 'COMPLETED', finished_at = ? WHERE batch_id = ? AND processed_rows = total_rows AND status <> 'COMPLETED'")
                .params(now, batchId).update();
        return find(batchId).orElseThrow();
    }

    Optional<Batch> find(String batchId) {
        return select(batchId, "");
    }

    /**
     * The batch, its row locked until the transaction ends: a chunk that runs twice at once (its job's lock ran
     * out while it waited on a busy node, and another thread took it) waits here instead of opening the same
     * reports in parallel, and then fails on the job it shares with the first.
     */
    Optional<Batch> lock(String batchId) {
        return select(batchId, " FOR UPDATE");
    }

    /**
     * The agency's batches, newest first (submitted_at, then batch id), after {@code after}, at most {@code limit}: one
     * walk of {@code case_batch_agency_list} (V29) from the cursor, whatever the agency's history.
     */
    List<Batch> ofAgency(String agencyId, String status, ListCursor after, int limit) {
        var params = new ArrayList<Object>(List.of(agencyId));
        var query = new StringBuilder(SELECT + " WHERE agency_id = ?");
        if (status != null) {
            query.append(" AND status = ?");
            params.add(status);
        }
        if (after != null) {
            query.append(" AND submitted_at <= ? AND (submitted_at < ? OR batch_id < ?)");
            params.addAll(List.of(after.at(), after.at(), after.id()));
        }
        query.append(" ORDER BY submitted_at DESC, batch_id DESC FETCH FIRST ? ROWS ONLY");
        params.add(limit);
        return jdbc.sql(query.toString()).params(params).query(CaseBatches::map).list();
    }

    /** How many batches of the agency match, counting no further than {@code cap}. */
    long countOfAgency(String agencyId, String status, int cap) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM case_batch WHERE agency_id = ?" + (status == null ? "" : " AND status = ?")
                        + " FETCH FIRST ? ROWS ONLY) capped")
                .params(status == null ? List.of(agencyId, cap) : List.of(agencyId, status, cap)).query(Long.class).single();
    }

    private Optional<Batch> select(String batchId, String lock) {
        return jdbc.sql(SELECT + " WHERE batch_id = ?" + lock).param(batchId).query(CaseBatches::map).optional();
    }

    private static final String SELECT = """
            SELECT batch_id, agency_id, agency_name, request_id, format, submitted_at, total_rows, processed_rows,
                created_count, duplicate_count, invalid_count, status, finished_at
            FROM case_batch""";

    private static Batch map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Batch(rs.getString("batch_id"), rs.getString("agency_id"), rs.getString("agency_name"), rs.getString("request_id"),
                Format.valueOf(rs.getString("format")), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getInt("total_rows"), rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("duplicate_count"),
                rs.getInt("invalid_count"), rs.getString("status"), rs.getObject("finished_at", OffsetDateTime.class));
    }

    /** The processed rows after {@code afterRowNo}, in order: one query per page, whatever the batch's size. */
    List<RowResult> results(String batchId, int afterRowNo, int limit) {
        return jdbc.sql("""
                SELECT row_no, result, case_number, field, reason FROM case_batch_row
                WHERE batch_id = ? AND row_no > ? AND result IS NOT NULL ORDER BY row_no FETCH FIRST ? ROWS ONLY
                """).params(batchId, afterRowNo, limit).query((rs, n) -> new RowResult(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
