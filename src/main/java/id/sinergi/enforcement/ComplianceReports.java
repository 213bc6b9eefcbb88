package id.sinergi.enforcement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Compliance reports as records: one row per report, PENDING until its own verification task decides
 * it. The verification's end events call {@link #decide} (as {@code complianceReports}) with the outcome.
 */
@Repository("complianceReports")
public class ComplianceReports {

    static final String PENDING = "PENDING";
    static final String VERIFIED = "VERIFIED";
    static final String REJECTED = "REJECTED";

    private final JdbcClient jdbc;

    ComplianceReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(String id, String caseNumber, String reportingAgency, String kind, String reference, String status) {
    }

    String insert(String caseNumber, String reportingAgency, ComplianceReport report, String idempotencyKey,
                  OffsetDateTime receivedAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO compliance_report (id, case_number, reporting_agency, kind, compliance_date, amount_paid,
                    workers_registered, reference, idempotency_key, status, received_at, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, caseNumber, reportingAgency, report.kind().name(), report.date(), report.amountPaid(),
                        report.workersRegistered(), report.reference(), idempotencyKey, PENDING, receivedAt,
                        // Where the ledger entry came from: a partner agency through the API, or staff.
                        reportingAgency != null ? "AGENCY" : "STAFF")
                .update();
        return id;
    }

    /** Called when a verification ends: VERIFIED or REJECTED for the report this verification holds. */
    public void decide(DelegateExecution execution, String status) {
        Object id = execution.getVariable(EnforcementCaseProcess.Vars.COMPLIANCE_REPORT_ID);
        if (id != null) {
            jdbc.sql("UPDATE compliance_report SET status = ? WHERE id = ?").params(status, id).update();
        }
    }

    List<Stored> forCase(String caseNumber) {
        return jdbc.sql("""
                SELECT id, case_number, reporting_agency, kind, reference, status FROM compliance_report
                WHERE case_number = ? ORDER BY received_at, id
                """).param(caseNumber)
                .query((rs, n) -> new Stored(rs.getString("id"), rs.getString("case_number"),
                        rs.getString("reporting_agency"), rs.getString("kind"), rs.getString("reference"),
                        rs.getString("status")))
                .list();
    }
}
