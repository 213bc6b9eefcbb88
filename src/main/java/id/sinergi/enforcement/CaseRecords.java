package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the ladder establishes, written to the case register as it happens (the inspection, the fine,
 * the withholding of public services, the court), so the register and the API never depend on reading
 * engine variables back.
 */
@Repository
public class CaseRecords {

    private final JdbcClient jdbc;

    CaseRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void inspectionScheduled(String caseNumber, OffsetDateTime at, String place) {
        update("inspection_scheduled_at = ?, inspection_place = ?", caseNumber, at, place);
    }

    void arrearsEstablished(String caseNumber, BigDecimal establishedArrears, Integer workersFound) {
        update("established_arrears = ?, workers_found = ?", caseNumber, establishedArrears, workersFound);
    }

    void fineImposed(String caseNumber, BigDecimal amount, BigDecimal basis, OffsetDateTime imposedAt) {
        update("fine_amount = ?, fine_basis = ?, fine_imposed_at = ?", caseNumber, amount, basis, imposedAt);
    }

    /** The base the fine was computed on when it was imposed (empty before). */
    java.util.Optional<BigDecimal> fineBasis(String caseNumber) {
        return jdbc.sql("SELECT fine_basis FROM enforcement_case WHERE case_number = ?").param(caseNumber)
                .query(BigDecimal.class).optional();
    }

    void fineDue(String caseNumber, OffsetDateTime dueAt) {
        update("fine_due_at = ?", caseNumber, dueAt);
    }

    void sanctionRequested(String caseNumber, String office, OffsetDateTime requestedAt) {
        update("sanction_requested_at = ?, sanction_office = ?", caseNumber, requestedAt, office);
    }

    void sanctionDecided(String caseNumber, String decision, String services, LocalDate effectiveFrom) {
        update("sanction_decision = ?, sanction_services = ?, sanction_effective_from = ?", caseNumber, decision,
                services, effectiveFrom);
    }

    void sanctionLifted(String caseNumber, OffsetDateTime liftedAt) {
        update("sanction_lifted_at = ?", caseNumber, liftedAt);
    }

    void suitFiled(String caseNumber, String kind, LocalDate filedAt) {
        update("court_kind = ?, court_filed_at = ?", caseNumber, kind, filedAt);
    }

    void judgment(String caseNumber, String judgment) {
        update("court_judgment = ?", caseNumber, judgment);
    }

    void districtChosen(String caseNumber, String district) {
        update("employer_district = ?", caseNumber, district);
    }

    private void update(String assignments, String caseNumber, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = caseNumber;
        int rows = jdbc.sql("UPDATE enforcement_case SET " + assignments + " WHERE case_number = ?").params(params).update();
        if (rows != 1) {
            throw new IllegalStateException("Case " + caseNumber + " is not registered");
        }
    }
}
