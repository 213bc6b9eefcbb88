package id.sinergi.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of data-matching uploads and the result of each of their lines. */
@Repository
class MatchingImports {

    enum Result { CREATED, DUPLICATE, INVALID }

    @Schema(name = "MatchingImport", description = "One data-matching upload and where its processing stands")
    record Summary(@Schema(description = "Import id", example = "PMD-2026-000001") String importId,
                   @Schema(description = "Name of the uploaded file") String fileName,
                   @Schema(description = "SHA-256 of the uploaded file, hex") String fileSha256,
                   @Schema(description = "The officer's note on the matching run", nullable = true) String runNote,
                   @Schema(description = "Who uploaded it") String uploadedBy,
                   @Schema(description = "When") OffsetDateTime uploadedAt,
                   @Schema(description = "Rows in the file (the header excluded)") int totalRows,
                   @Schema(description = "Rows processed so far") int processedRows,
                   @Schema(description = "Rows that opened a case") int createdCount,
                   @Schema(description = "Rows whose employer and violation already have an open case, or that were imported before")
                   int duplicateCount,
                   @Schema(description = "Rows refused, each with the column and reason") int invalidCount,
                   @Schema(description = "PROCESSING or DONE") String status,
                   @Schema(description = "When the last row was processed", nullable = true) OffsetDateTime finishedAt) {
    }

    /** One line's result, as the downloadable result file lists it. */
    record RowResult(int rowNo, String employerNib, String result, String caseNumber, String field, String reason) {
    }

    /** A line of an earlier (or this) upload that opened a case. */
    record EarlierLine(String importId, int rowNo, String caseNumber) {
    }

    /** A line still waiting to be processed. */
    record Pending(int rowNo, String rawLine) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MatchingImports(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(String importId, String fileName, String sha256, String runNote, String uploadedBy, OffsetDateTime at,
                List<MatchingFile.Line> lines) {
        jdbc.sql("""
                INSERT INTO matching_import (import_id, file_name, file_sha256, run_note, uploaded_by, uploaded_at, total_rows,
                    processed_rows, created_count, duplicate_count, invalid_count, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 'PROCESSING')
                """).params(importId, fileName, sha256, runNote, uploadedBy, at, lines.size()).update();
        List<Object[]> rows = new ArrayList<>(lines.size());
        for (var line : lines) {
            rows.add(line.problem() == null
                    ? new Object[] {importId, line.rowNo(), line.raw(), null, null, null}
                    : new Object[] {importId, line.rowNo(), null, Result.INVALID.name(), "row", line.problem()});
        }
        batch.batchUpdate("INSERT INTO matching_row (import_id, row_no, raw_line, result, field, reason) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    void attachProcess(String importId, String processInstanceId) {
        jdbc.sql("UPDATE matching_import SET process_instance_id = ? WHERE import_id = ?").params(processInstanceId, importId).update();
    }

    List<Pending> pending(String importId, int limit) {
        return jdbc.sql("SELECT row_no, raw_line FROM matching_row WHERE import_id = ? AND result IS NULL ORDER BY row_no FETCH FIRST ? ROWS ONLY")
                .params(importId, limit).query((rs, n) -> new Pending(rs.getInt(1), rs.getString(2))).list();
    }

    /** The case an earlier line with the same NIB, violation and reference opened, in any import. */
    Optional<EarlierLine> createdBefore(String rowKey) {
        return jdbc.sql("SELECT import_id, row_no, case_number FROM matching_row WHERE row_key = ? AND result = 'CREATED'")
                .param(rowKey).query((rs, n) -> new EarlierLine(rs.getString(1), rs.getInt(2), rs.getString(3)))
                .list().stream().findFirst();
    }

    /** Records a line's result and forgets its raw text: the personal data in it was needed only until now. */
    void record(String importId, int rowNo, String employerNib, String rowKey, Result result, String caseNumber,
                String field, String reason) {
        jdbc.sql("""
                UPDATE matching_row SET raw_line = NULL, employer_nib = ?, row_key = ?, result = ?, case_number = ?, field = ?, reason = ?
                WHERE import_id = ? AND row_no = ?
                """).params(employerNib, rowKey, result.name(), caseNumber, field, reason == null ? null : truncate(reason, 300),
                importId, rowNo).update();
    }

    /** Recounts the import from its lines (so a repeated chunk never counts twice) and closes it when none is left. */
    Summary recount(String importId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE matching_import SET
                    processed_rows = (SELECT COUNT(*) FROM matching_row r WHERE r.import_id = matching_import.import_id AND r.result IS NOT NULL),
                    created_count = (SELECT COUNT(*) FROM matching_row r WHERE r.import_id = matching_import.import_id AND r.result = 'CREATED'),
                    duplicate_count = (SELECT COUNT(*) FROM matching_row r WHERE r.import_id = matching_import.import_id AND r.result = 'DUPLICATE'),
                    invalid_count = (SELECT COUNT(*) FROM matching_row r WHERE r.import_id = matching_import.import_id AND r.result = 'INVALID')
                WHERE import_id = ?
                """).param(importId).update();
        jdbc.sql("UPDATE matching_import SET status = 'DONE', finished_at = ? WHERE import_id = ? AND processed_rows = total_rows AND status <> 'DONE'")
                .params(now, importId).update();
        return find(importId).orElseThrow();
    }

    Optional<Summary> find(String importId) {
        return jdbc.sql("SELECT * FROM matching_import WHERE import_id = ?").param(importId).query((rs, n) -> new Summary(
                rs.getString("import_id"), rs.getString("file_name"), rs.getString("file_sha256"), rs.getString("run_note"),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("duplicate_count"), rs.getInt("invalid_count"),
                rs.getString("status"), rs.getObject("finished_at", OffsetDateTime.class))).optional();
    }

    /** Earlier uploads of the very same file, newest first. */
    List<String> sameFile(String sha256) {
        return jdbc.sql("SELECT import_id FROM matching_import WHERE file_sha256 = ? ORDER BY uploaded_at DESC").param(sha256)
                .query(String.class).list();
    }

    List<RowResult> results(String importId) {
        return jdbc.sql("SELECT row_no, employer_nib, result, case_number, field, reason FROM matching_row WHERE import_id = ? ORDER BY row_no")
                .param(importId).query((rs, n) -> new RowResult(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
