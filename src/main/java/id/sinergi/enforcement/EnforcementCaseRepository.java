package id.sinergi.enforcement;

import id.sinergi.system.DatabaseProduct;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EnforcementCaseRepository {

    private static final String INSERT = """
            INSERT INTO enforcement_case (case_number, employer_nib, employer_npwp, employer_name, employer_address,
                employer_email, size_class, violation_type, workers_affected, arrears_amount, months_in_arrears,
                description, reported_by, reporter_reference, stage, status, reported_at, reporting_agency,
                open_case_key, employer_district, report_source)
            VALUES (:caseNumber, :nib, :npwp, :name, :address, :email, :sizeClass, :violationType, :workers,
                :arrears, :months, :description, :reportedBy, :reference, :stage, :status, :reportedAt,
                :reportingAgency, :openCaseKey, :district, :source)
            """;

    private final JdbcClient jdbc;
    /**
     * PostgreSQL: a report racing another for the same open case is turned away by the insert itself (it waits
     * for the other transaction, then writes nothing), so the transaction stays usable: reports that share one
     * (a group of API reports, a bulk chunk) lose only the duplicate. H2 has no such clause; there the key
     * error is raised, as before.
     */
    private final String insert;

    EnforcementCaseRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.insert = DatabaseProduct.POSTGRESQL.equals(DatabaseProduct.of(dataSource))
                ? INSERT + " ON CONFLICT (open_case_key) DO NOTHING" : INSERT;
    }

    /**
     * Registers a new case with its first stage row; the district and the source are written with it when known.
     *
     * @return empty if registered; else the open case of the same employer and violation that kept it out
     *         (committed by a concurrent report after this one's duplicate check)
     */
    Optional<String> insertUnlessOpen(EnforcementCase c, String district, ReportSource source) {
        int written = jdbc.sql(insert)
                .param("caseNumber", c.caseNumber())
                .param("nib", c.employerNib())
                .param("npwp", c.employerNpwp())
                .param("name", c.employerName())
                .param("address", c.employerAddress())
                .param("email", c.employerEmail())
                .param("sizeClass", c.sizeClass().name())
                .param("violationType", c.violationType().name())
                .param("workers", c.workersAffected())
                .param("arrears", c.arrearsAmount())
                .param("months", c.monthsInArrears())
                .param("description", c.description())
                .param("reportedBy", c.reportedBy())
                .param("reference", c.reporterReference())
                .param("stage", c.stage().name())
                .param("status", c.status())
                .param("reportedAt", c.reportedAt())
                .param("reportingAgency", c.reportingAgency())
                .param("openCaseKey", c.employerNib() + ":" + c.violationType().name())
                .param("district", district)
                .param("source", source == null ? null : source.name())
                .update();
        if (written == 0) {
            return Optional.of(jdbc.sql("SELECT case_number FROM enforcement_case WHERE open_case_key = ?")
                    .param(c.employerNib() + ":" + c.violationType().name()).query(String.class).single());
        }
        recordStageEntry(c.caseNumber(), c.stage(), c.reportedAt());
        return Optional.empty();
    }

    void attachProcess(String caseNumber, String processInstanceId) {
        jdbc.sql("UPDATE enforcement_case SET process_instance_id = ? WHERE case_number = ?")
                .params(processInstanceId, caseNumber).update();
    }

    public Optional<EnforcementCase> find(String caseNumber) {
        return jdbc.sql("SELECT * FROM enforcement_case WHERE case_number = ?").param(caseNumber)
                .query(EnforcementCaseRepository::map).optional();
    }

    public Optional<EnforcementCase> findOpen(String nib, ViolationType type) {
        return jdbc.sql("SELECT * FROM enforcement_case WHERE employer_nib = ? AND violation_type = ? AND status = 'OPEN'")
                .params(nib, type.name()).query(EnforcementCaseRepository::map).optional();
    }

    /** What an agency asks for when it lists its cases; null fields do not filter. */
    record AgencyFilter(String agencyId, String status, Stage stage, String nib) {
    }

    /** Where a page of an agency's list ends: the sort key of its last case, newest first. */
    record ListKey(OffsetDateTime reportedAt, String caseNumber) {
    }

    /** The columns a case view reads (the list names them rather than SELECT *). */
    private static final String CASE_COLUMNS = """
            case_number, process_instance_id, employer_nib, employer_npwp, employer_name, employer_address, employer_email,
            size_class, violation_type, workers_affected, arrears_amount, months_in_arrears, description, reported_by,
            reporter_reference, stage, status, outcome, reported_at, closed_at, reporting_agency, prosecutor_office""";

    /**
     * The cases an agency reported or holds the SKK of, newest first ({@code reported_at DESC, case_number DESC}),
     * after {@code after} (null: from the newest), at most {@code limit}. Keyset pagination: the cost does not
     * grow with how deep the page is. "Reported or holds the SKK" is two index-ordered branches joined by
     * UNION ALL, each stopping at {@code limit} rows, instead of an OR that no single index serves; the second
     * branch leaves out the cases the agency also reported, so no case appears twice.
     */
    List<EnforcementCase> visibleTo(AgencyFilter filter, ListKey after, int limit) {
        var list = visibleToQuery(filter, after, limit);
        return jdbc.sql(list.sql()).params(list.params()).query(EnforcementCaseRepository::map).list();
    }

    /** A statement and its parameters; the list's, so a test can ask the database for its plan. */
    record Query(String sql, List<Object> params) {
    }

    Query visibleToQuery(AgencyFilter filter, ListKey after, int limit) {
        var params = new java.util.ArrayList<Object>();
        var query = new StringBuilder("SELECT " + CASE_COLUMNS + " FROM ((SELECT " + CASE_COLUMNS
                + " FROM enforcement_case WHERE reporting_agency = ?");
        params.add(filter.agencyId());
        branch(filter, after, limit, query, params);
        query.append(") UNION ALL (SELECT " + CASE_COLUMNS + " FROM enforcement_case WHERE prosecutor_office = ?"
                + " AND (reporting_agency IS NULL OR reporting_agency <> ?)");
        params.add(filter.agencyId());
        params.add(filter.agencyId());
        branch(filter, after, limit, query, params);
        query.append(")) visible ORDER BY reported_at DESC, case_number DESC FETCH FIRST ? ROWS ONLY");
        params.add(limit);
        return new Query(query.toString(), params);
    }

    /**
     * How many cases match, counted no further than {@code cap}: the answer is exact below the cap and
     * {@code cap} itself when there are at least that many. Both branches as in the list, so it reads index
     * entries and stops at the cap, never the agency's whole history.
     */
    long countVisibleTo(AgencyFilter filter, int cap) {
        var params = new java.util.ArrayList<Object>();
        var query = new StringBuilder("SELECT COUNT(*) FROM ((SELECT case_number FROM enforcement_case WHERE reporting_agency = ?");
        params.add(filter.agencyId());
        branch(filter, null, cap, query, params);
        query.append(") UNION ALL (SELECT case_number FROM enforcement_case WHERE prosecutor_office = ?"
                + " AND (reporting_agency IS NULL OR reporting_agency <> ?)");
        params.add(filter.agencyId());
        params.add(filter.agencyId());
        branch(filter, null, cap, query, params);
        query.append(")) visible_capped");
        // Each branch stops at the cap; their sum may pass it, the caller reads anything at or over it as "at least".
        return Math.min(cap, jdbc.sql(query.toString()).params(params).query(Long.class).single());
    }

    /** The filters, the keyset bound and the index order of one branch of the list. */
    private static void branch(AgencyFilter filter, ListKey after, int limit, StringBuilder query, List<Object> params) {
        if (filter.status() != null) {
            query.append(" AND status = ?");
            params.add(filter.status());
        }
        if (filter.stage() != null) {
            query.append(" AND stage = ?");
            params.add(filter.stage().name());
        }
        if (filter.nib() != null) {
            query.append(" AND employer_nib = ?");
            params.add(filter.nib());
        }
        newestFirstAfter(after, limit, query, params);
    }

    /** The keyset bound and order of every case list: newest first, after {@code after}, at most {@code limit}. */
    private static void newestFirstAfter(ListKey after, int limit, StringBuilder query, List<Object> params) {
        if (after != null) {
            // reported_at <= ? bounds the index range; the rest only breaks ties within the same instant.
            query.append(" AND reported_at <= ? AND (reported_at < ? OR case_number < ?)");
            params.add(after.reportedAt());
            params.add(after.reportedAt());
            params.add(after.caseNumber());
        }
        query.append(" ORDER BY reported_at DESC, case_number DESC FETCH FIRST ? ROWS ONLY");
        params.add(limit);
    }

    /**
     * What a manager asks for in the branch's list (the figures of the dashboard); null fields do not filter.
     * {@code route} is a route code or UNDECIDED (no route, still in triage) or UNKNOWN (no route, past triage),
     * as the dashboard counts them; periods are half-open, {@code [from, to)}.
     */
    public record BranchFilter(Stage stage, String route, String status, OffsetDateTime reportedFrom, OffsetDateTime reportedTo,
                               OffsetDateTime closedFrom, OffsetDateTime closedTo) {
    }

    /** A row of the branch's case list: what the list shows, not the whole case. */
    public record ListedCase(String caseNumber, String employerNib, String employerName, Stage stage, String route,
                             String status, OffsetDateTime reportedAt, OffsetDateTime closedAt, String processInstanceId) {
    }

    /**
     * The branch's cases matching {@code filter}, newest first, after {@code after} (null: from the newest), at most
     * {@code limit}: one query, the same keyset walk as the agencies' list.
     */
    public List<ListedCase> ofBranch(BranchFilter filter, id.sinergi.system.ListCursor after, int limit) {
        var params = new ArrayList<Object>();
        var query = new StringBuilder("""
                SELECT case_number, employer_nib, employer_name, stage, route, status, reported_at, closed_at,
                    process_instance_id FROM enforcement_case WHERE 1 = 1""");
        if (filter.stage() != null) {
            query.append(" AND stage = ?");
            params.add(filter.stage().name());
        }
        if ("UNDECIDED".equals(filter.route())) {
            query.append(" AND route IS NULL AND stage = 'TRIAGE'");
        } else if ("UNKNOWN".equals(filter.route())) {
            query.append(" AND route IS NULL AND stage <> 'TRIAGE'");
        } else if (filter.route() != null) {
            query.append(" AND route = ?");
            params.add(filter.route());
        }
        if (filter.status() != null) {
            query.append(" AND status = ?");
            params.add(filter.status());
        }
        if (filter.reportedFrom() != null) {
            query.append(" AND reported_at >= ? AND reported_at < ?");
            params.add(filter.reportedFrom());
            params.add(filter.reportedTo());
        }
        if (filter.closedFrom() != null) {
            query.append(" AND closed_at >= ? AND closed_at < ?");
            params.add(filter.closedFrom());
            params.add(filter.closedTo());
        }
        newestFirstAfter(after == null ? null : new ListKey(after.at(), after.id()), limit, query, params);
        return jdbc.sql(query.toString()).params(params).query((rs, i) -> new ListedCase(rs.getString("case_number"),
                rs.getString("employer_nib"), rs.getString("employer_name"), Stage.valueOf(rs.getString("stage")),
                rs.getString("route"), rs.getString("status"), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class), rs.getString("process_instance_id"))).list();
    }

    /**
     * The employer's earlier cases that were substantiated, the DMN's {@code priorCases}: a closed case unless
     * triage rejected it (unfounded or a duplicate), and an open case once it has passed triage. A case still
     * in triage does not count: nobody has yet found the report true, and a report should not raise the
     * priority of another merely by having been filed.
     */
    /** An employer's cases as a new report needs them: its open case of a violation, and how many were substantiated. */
    record EmployerHistory(java.util.Map<String, String> openCaseByViolation, int substantiated) {

        Optional<String> openCase(ViolationType type) {
            return Optional.ofNullable(openCaseByViolation.get(type.name()));
        }
    }

    /**
     * Both checks of a new report in one indexed read of the employer's cases (an employer has a handful):
     * the open case of each violation (a duplicate) and the substantiated ones (the routing rule's
     * {@code priorCases}: closed other than rejected as unfounded or duplicate, or open past triage).
     */
    EmployerHistory employerHistory(String nib) {
        java.util.Map<String, String> open = new java.util.HashMap<>();
        int[] substantiated = {0};
        jdbc.sql("SELECT case_number, violation_type, status, stage, outcome FROM enforcement_case WHERE employer_nib = ?")
                .param(nib).query((java.sql.ResultSet rs) -> {
                    String status = rs.getString("status");
                    String outcome = rs.getString("outcome");
                    if (EnforcementCase.OPEN.equals(status)) {
                        open.put(rs.getString("violation_type"), rs.getString("case_number"));
                        if (!Stage.TRIAGE.name().equals(rs.getString("stage"))) {
                            substantiated[0]++;
                        }
                    } else if (EnforcementCase.CLOSED.equals(status) && outcome != null
                            && !outcome.equals(Outcome.REJECTED_UNFOUNDED.name()) && !outcome.equals(Outcome.REJECTED_DUPLICATE.name())) {
                        substantiated[0]++;
                    }
                });
        return new EmployerHistory(open, substantiated[0]);
    }

    /** Moves the case to a stage; returns false when it already was there, so the timeline has no repeats. */
    boolean enterStage(String caseNumber, Stage stage, OffsetDateTime at) {
        int changed = jdbc.sql("UPDATE enforcement_case SET stage = ? WHERE case_number = ? AND stage <> ?")
                .params(stage.name(), caseNumber, stage.name()).update();
        if (changed > 0) {
            recordStageEntry(caseNumber, stage, at);
        }
        return changed > 0;
    }

    private void recordStageEntry(String caseNumber, Stage stage, OffsetDateTime at) {
        jdbc.sql("INSERT INTO enforcement_case_stage (case_number, stage, entered_at) VALUES (?, ?, ?)")
                .params(caseNumber, stage.name(), at).update();
    }

    void assignProsecutor(String caseNumber, String prosecutorOffice) {
        jdbc.sql("UPDATE enforcement_case SET prosecutor_office = ? WHERE case_number = ?")
                .params(prosecutorOffice, caseNumber).update();
    }

    /** The route the DMN enforcement-route gave the case (V24__dashboard_sources.sql). */
    void recordRoute(String caseNumber, String route) {
        jdbc.sql("UPDATE enforcement_case SET route = ? WHERE case_number = ?").params(route, caseNumber).update();
    }

    void recordOutcome(String caseNumber, Outcome outcome) {
        jdbc.sql("UPDATE enforcement_case SET outcome = ? WHERE case_number = ?")
                .params(outcome.name(), caseNumber).update();
    }

    void close(String caseNumber, OffsetDateTime at) {
        enterStage(caseNumber, Stage.CLOSED, at);
        jdbc.sql("UPDATE enforcement_case SET status = 'CLOSED', closed_at = ?, open_case_key = NULL WHERE case_number = ?")
                .params(at, caseNumber).update();
    }

    /**
     * The instance was cancelled outside the model: the record leaves the open cases (its open-case key is
     * freed, so a new report for the employer is taken) as CANCELLED, with who and why.
     */
    void cancel(String caseNumber, OffsetDateTime at, String by, String reason) {
        enterStage(caseNumber, Stage.CLOSED, at);
        jdbc.sql("""
                UPDATE enforcement_case SET status = 'CANCELLED', closed_at = ?, open_case_key = NULL, cancelled_by = ?,
                    cancel_reason = ? WHERE case_number = ? AND status = 'OPEN'
                """).params(at, by, reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000)), caseNumber)
                .update();
    }

    public List<StageEntry> timeline(String caseNumber) {
        return jdbc.sql("SELECT stage, entered_at FROM enforcement_case_stage WHERE case_number = ? ORDER BY entered_at, id")
                .param(caseNumber)
                .query((rs, n) -> new StageEntry(Stage.valueOf(rs.getString("stage")),
                        rs.getObject("entered_at", OffsetDateTime.class)))
                .list();
    }

    /** The timelines of a page of cases in one query, each in order. */
    Map<String, List<StageEntry>> timelines(Collection<String> caseNumbers) {
        Map<String, List<StageEntry>> byCase = new HashMap<>();
        if (caseNumbers.isEmpty()) {
            return byCase;
        }
        jdbc.sql("""
                SELECT case_number, stage, entered_at FROM enforcement_case_stage WHERE case_number IN (:cases)
                ORDER BY case_number, entered_at, id
                """).param("cases", caseNumbers)
                .query((ResultSet rs) -> {
                    byCase.computeIfAbsent(rs.getString("case_number"), k -> new ArrayList<>()).add(new StageEntry(
                            Stage.valueOf(rs.getString("stage")), rs.getObject("entered_at", OffsetDateTime.class)));
                });
        return byCase;
    }

    public record StageEntry(Stage stage, OffsetDateTime enteredAt) {
    }

    private static EnforcementCase map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new EnforcementCase(
                rs.getString("case_number"),
                rs.getString("process_instance_id"),
                rs.getString("employer_nib"),
                rs.getString("employer_npwp"),
                rs.getString("employer_name"),
                rs.getString("employer_address"),
                rs.getString("employer_email"),
                SizeClass.valueOf(rs.getString("size_class")),
                ViolationType.valueOf(rs.getString("violation_type")),
                rs.getInt("workers_affected"),
                rs.getBigDecimal("arrears_amount"),
                rs.getInt("months_in_arrears"),
                rs.getString("description"),
                rs.getString("reported_by"),
                rs.getString("reporter_reference"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("status"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getObject("reported_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("reporting_agency"),
                rs.getString("prosecutor_office"));
    }
}
