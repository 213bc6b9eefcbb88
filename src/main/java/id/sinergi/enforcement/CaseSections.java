package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.sinergi.calendar.CalendarProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the ladder established for the API's case view: the inspection, fine, sanction and court
 * columns of the register, the verified fine payments and the current instalment plan. Reads a whole
 * page of cases at once: a fixed number of queries per page (ladder columns, fine payments, plans,
 * instalments), not per case.
 */
@Repository
public class CaseSections {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CalendarProperties calendar;

    CaseSections(JdbcClient jdbc, Clock clock, CalendarProperties calendar) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The sections of one case; every one is null when it does not apply. */
    public record Sections(CaseView.InspectionView inspection, CaseView.FineView fine, CaseView.InstalmentPlanView instalmentPlan,
                    CaseView.SanctionView sanction, CaseView.CourtView court) {

        public static final Sections NONE = new Sections(null, null, null, null, null);
    }

    public Map<String, Sections> of(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, FinePaid> finePaid = finePayments(caseNumbers);
        Map<String, CaseView.InstalmentPlanView> plans = currentPlans(caseNumbers);
        Map<String, Sections> sections = new HashMap<>();
        jdbc.sql("""
                SELECT case_number, inspection_scheduled_at, inspection_place, established_arrears, workers_found,
                    fine_amount, fine_basis, fine_imposed_at, fine_due_at, sanction_requested_at, sanction_office,
                    sanction_decision, sanction_services, sanction_effective_from, sanction_lifted_at, court_kind,
                    court_filed_at, court_judgment
                FROM enforcement_case WHERE case_number IN (:cases)
                """).param("cases", caseNumbers)
                .query((ResultSet rs) -> {
                    String caseNumber = rs.getString("case_number");
                    sections.put(caseNumber, new Sections(inspection(rs), fine(rs, finePaid.get(caseNumber)),
                            plans.get(caseNumber), sanction(rs), court(rs)));
                });
        return sections;
    }

    private static CaseView.InspectionView inspection(ResultSet rs) throws SQLException {
        var scheduledAt = rs.getObject("inspection_scheduled_at", OffsetDateTime.class);
        var established = rs.getBigDecimal("established_arrears");
        Integer workersFound = rs.getObject("workers_found", Integer.class);
        if (scheduledAt == null && established == null && workersFound == null) {
            return null;
        }
        return new CaseView.InspectionView(scheduledAt, rs.getString("inspection_place"), established, workersFound);
    }

    private static CaseView.FineView fine(ResultSet rs, FinePaid paid) throws SQLException {
        var amount = rs.getBigDecimal("fine_amount");
        if (amount == null) {
            return null;
        }
        return new CaseView.FineView(amount, rs.getBigDecimal("fine_basis"),
                rs.getObject("fine_imposed_at", OffsetDateTime.class), rs.getObject("fine_due_at", OffsetDateTime.class),
                paid == null ? BigDecimal.ZERO : paid.amount(), paid == null ? null : paid.lastOnDate());
    }

    private static CaseView.SanctionView sanction(ResultSet rs) throws SQLException {
        var requestedAt = rs.getObject("sanction_requested_at", OffsetDateTime.class);
        String decision = rs.getString("sanction_decision");
        if (requestedAt == null && decision == null) {
            return null;
        }
        return new CaseView.SanctionView(requestedAt, rs.getString("sanction_office"), decision,
                rs.getString("sanction_services"), rs.getObject("sanction_effective_from", LocalDate.class),
                rs.getObject("sanction_lifted_at", OffsetDateTime.class));
    }

    private static CaseView.CourtView court(ResultSet rs) throws SQLException {
        String kind = rs.getString("court_kind");
        if (kind == null) {
            return null;
        }
        return new CaseView.CourtView(kind, rs.getObject("court_filed_at", LocalDate.class), rs.getString("court_judgment"));
    }

    /**
     * A case's verified payments by kind, the latest date of each, its instalments in the order they were paid, and the
     * arrears and fine they are allocated against.
     */
    private record FinePaid(Map<ComplianceKind, BigDecimal> byKind, Map<ComplianceKind, LocalDate> lastOn,
                            List<Map.Entry<LocalDate, BigDecimal>> instalments, BigDecimal assessed, BigDecimal fine) {

        BigDecimal amount() {
            return new CaseSettlement.Ledger(byKind).finePaid(assessed, fine);
        }

        /**
         * The latest payment that counted toward the fine: a fine payment, or the last instalment that paid part of it.
         * An instalment paid after the fine was settled (an overpayment) paid nothing toward it and is not its date.
         */
        LocalDate lastOnDate() {
            LocalDate fineDate = lastOn.get(ComplianceKind.FINE_PAID);
            BigDecimal direct = byKind.getOrDefault(ComplianceKind.FINE_PAID, BigDecimal.ZERO);
            BigDecimal arrearsPaid = byKind.getOrDefault(ComplianceKind.ARREARS_PAID, BigDecimal.ZERO);
            BigDecimal fineLeft = fine.subtract(direct).max(BigDecimal.ZERO);
            LocalDate instalmentDate = null;
            BigDecimal upTo = BigDecimal.ZERO;
            BigDecimal towardBefore = BigDecimal.ZERO;
            for (var instalment : instalments) {
                upTo = upTo.add(instalment.getValue());
                BigDecimal toward = CaseSettlement.instalmentsTowardTheFine(upTo, assessed, arrearsPaid, fineLeft);
                if (toward.compareTo(towardBefore) > 0) {
                    instalmentDate = instalment.getKey();
                }
                towardBefore = toward;
            }
            return fineDate == null ? instalmentDate : instalmentDate == null || fineDate.isAfter(instalmentDate) ? fineDate : instalmentDate;
        }
    }

    /**
     * What was paid toward each case's fine, as {@link CaseSettlement.Ledger} allocates the verified payments: fine
     * payments, and instalments beyond the assessed arrears (the LHPA's figure, else the reported arrears) up to what
     * the fine payments left of the fine; with the date of the latest payment that counted toward it. One statement
     * for the page: the payments one by one, a case's instalments in the order they were paid.
     */
    private Map<String, FinePaid> finePayments(Collection<String> caseNumbers) {
        Map<String, FinePaid> paid = new HashMap<>();
        jdbc.sql("""
                SELECT r.case_number, r.kind, r.amount_paid, r.compliance_date,
                    COALESCE(c.established_arrears, c.arrears_amount) AS assessed, c.fine_amount AS fine
                FROM compliance_report r JOIN enforcement_case c ON c.case_number = r.case_number
                WHERE r.case_number IN (:cases) AND r.status = :status AND r.kind IN (:kinds)
                ORDER BY r.case_number, r.compliance_date, r.received_at, r.id
                """).param("cases", caseNumbers).param("status", ComplianceReports.VERIFIED)
                .param("kinds", List.of(ComplianceKind.FINE_PAID.name(), ComplianceKind.ARREARS_PAID.name(),
                        ComplianceKind.INSTALMENT_PAID.name()))
                .query((ResultSet rs) -> {
                    BigDecimal assessed = rs.getBigDecimal("assessed");
                    BigDecimal fine = rs.getBigDecimal("fine");
                    var payments = paid.computeIfAbsent(rs.getString("case_number"), caseNumber -> new FinePaid(
                            new EnumMap<>(ComplianceKind.class), new EnumMap<>(ComplianceKind.class), new java.util.ArrayList<>(),
                            assessed == null ? BigDecimal.ZERO : assessed, fine == null ? BigDecimal.ZERO : fine));
                    ComplianceKind kind = ComplianceKind.valueOf(rs.getString("kind"));
                    BigDecimal amount = rs.getBigDecimal("amount_paid");
                    amount = amount == null ? BigDecimal.ZERO : amount;
                    payments.byKind().merge(kind, amount, BigDecimal::add);
                    LocalDate on = rs.getObject("compliance_date", LocalDate.class);
                    if (on != null) {
                        payments.lastOn().merge(kind, on, (a, b) -> a.isAfter(b) ? a : b);
                    }
                    if (kind == ComplianceKind.INSTALMENT_PAID) {
                        payments.instalments().add(Map.entry(on, amount));
                    }
                });
        return paid;
    }

    private record Plan(String id, String caseNumber, String status, String madeAt, BigDecimal total, LocalDate signedOn) {
    }

    /** Each case's latest plan (by created_at) with its instalments. */
    private Map<String, CaseView.InstalmentPlanView> currentPlans(Collection<String> caseNumbers) {
        Map<String, Plan> latest = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, case_number, status, made_at, total, signed_on FROM instalment_plan
                WHERE case_number IN (:cases) ORDER BY created_at DESC, id DESC
                """).param("cases", caseNumbers)
                .query((ResultSet rs) -> {
                    latest.putIfAbsent(rs.getString("case_number"), new Plan(rs.getString("id"), rs.getString("case_number"),
                            rs.getString("status"), rs.getString("made_at"), rs.getBigDecimal("total"),
                            rs.getObject("signed_on", LocalDate.class)));
                });
        if (latest.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        Map<String, List<CaseView.InstalmentView>> byPlan = new HashMap<>();
        jdbc.sql("SELECT plan_id, due_date, amount, paid_amount, paid_on FROM instalment WHERE plan_id IN (:plans) ORDER BY plan_id, seq")
                .param("plans", latest.values().stream().map(Plan::id).toList())
                .query((ResultSet rs) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    BigDecimal amount = rs.getBigDecimal("amount");
                    BigDecimal paidAmount = rs.getBigDecimal("paid_amount");
                    LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
                    boolean paidUp = paidAmount.compareTo(amount) >= 0;
                    // Late: paid in full after the due date, or still short once the due date has passed.
                    boolean late = paidUp ? paidOn != null && paidOn.isAfter(due) : today.isAfter(due);
                    byPlan.computeIfAbsent(rs.getString("plan_id"), id -> new ArrayList<>())
                            .add(new CaseView.InstalmentView(due, amount, paidAmount, paidOn, late));
                });
        Map<String, CaseView.InstalmentPlanView> plans = new HashMap<>();
        latest.forEach((caseNumber, plan) -> plans.put(caseNumber, new CaseView.InstalmentPlanView(plan.status(),
                plan.madeAt(), plan.total(), plan.signedOn(), byPlan.getOrDefault(plan.id(), List.of()))));
        return plans;
    }

}
