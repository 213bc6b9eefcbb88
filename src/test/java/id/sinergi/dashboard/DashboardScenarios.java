package id.sinergi.dashboard;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.agreement.AgreementDriver;
import id.sinergi.agreement.AgreementProcess;
import id.sinergi.calendar.WorkingDayCalendar;
import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.support.ApiClient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The manager's dashboard over real HTTP: for managers and administrators only, and each figure moves by
 * exactly what the scenario creates (cases through the agency API, payments verified on their task, a fine
 * and established arrears in the register, due dates on tasks). The shared database holds other tests'
 * data, so every check compares the dashboard before and after. Run by the agency-API test classes, so it
 * runs on H2 and on PostgreSQL.
 */
public interface DashboardScenarios {

    String DASHBOARD = "/api/staff/dashboard";
    String DASHBOARD_AGENCY_TOKEN = "demo-token-disnaker-batang";
    String DASHBOARD_AGENCY = "disnaker-batang";
    ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    AtomicLong DASHBOARD_NIBS = new AtomicLong(9_180_000_000_000L + (System.nanoTime() % 100_000) * 10_000);

    int port();

    ProcessEngine engine();

    JdbcClient jdbc();

    ApplicationContext applicationContext();

    @Test
    default void dashboardIsForManagersAndAdministratorsOnly() {
        ApiClient api = new ApiClient(port());
        assertThat(api.send("GET", DASHBOARD, ApiClient.basic("manager", "demo"), null).status()).isEqualTo(200);
        assertThat(api.send("GET", DASHBOARD, ApiClient.basic("admin", "demo"), null).status()).isEqualTo(200);
        for (String other : List.of("officer", "inspector", "legal", "partnerships", "kacab")) {
            assertProblem(api.send("GET", DASHBOARD, ApiClient.basic(other, "demo"), null), 403);
        }
        assertProblem(api.get(DASHBOARD, DASHBOARD_AGENCY_TOKEN), 403);
        assertProblem(api.send("GET", DASHBOARD, Map.of(), null), 401);
        JsonNode documented = api.get("/v3/api-docs", null).json().path("paths").path(DASHBOARD).path("get").path("responses");
        assertThat(documented.has("200") && documented.has("401") && documented.has("403")).as(documented.toString()).isTrue();
    }

    @Test
    default void dashboardCountsExactlyTheCasesTasksAndPaymentsCreated() {
        JsonNode before = dashboard();
        int month = LocalDate.parse(before.path("today").asText()).getMonthValue();

        // Two cases reported by the labour office: both open, in triage, opened this month and this year.
        String first = reportCase(24_000_000);
        String second = reportCase(24_000_000);
        JsonNode reported = dashboard();
        assertThat(caseFigure(reported, "open") - caseFigure(before, "open")).isEqualTo(2);
        assertThat(caseFigure(reported, "openedThisMonth") - caseFigure(before, "openedThisMonth")).isEqualTo(2);
        assertThat(caseFigure(reported, "openedThisYear") - caseFigure(before, "openedThisYear")).isEqualTo(2);
        assertThat(caseFigure(reported, "closedThisYear")).isEqualTo(caseFigure(before, "closedThisYear"));
        assertThat(count(reported.path("enforcementCases").path("openByStage"), "TRIAGE")
                - count(before.path("enforcementCases").path("openByStage"), "TRIAGE")).isEqualTo(2);
        assertThat(count(reported.path("agencies").path("casesReportedThisYear"), DASHBOARD_AGENCY)
                - count(before.path("agencies").path("casesReportedThisYear"), DASHBOARD_AGENCY)).isEqualTo(2);

        // Money: the register establishes arrears and a fine on the first case; the employer pays arrears and
        // part of the fine, each verified by an officer, and a third report is rejected.
        OffsetDateTime now = OffsetDateTime.now(JAKARTA);
        jdbc().sql("""
                UPDATE enforcement_case SET inspection_scheduled_at = ?, established_arrears = ?, fine_amount = ?,
                    fine_basis = ?, fine_imposed_at = ? WHERE case_number = ?
                """).params(now, new BigDecimal("20000000"), new BigDecimal("40000"), new BigDecimal("20000000"), now, first)
                .update();
        pay(first, "ARREARS_PAID", 1_250_000, "VERIFIED", "VERIFIED");
        pay(first, "FINE_PAID", 40_000, "VERIFIED", "VERIFIED");
        pay(first, "ARREARS_PAID", 700_000, "NOT_VERIFIED", "REJECTED");
        JsonNode paid = dashboard();
        assertThat(money(paid, month, "arrearsEstablished").subtract(money(before, month, "arrearsEstablished")))
                .isEqualByComparingTo("20000000");
        assertThat(money(paid, month, "finesImposed").subtract(money(before, month, "finesImposed"))).isEqualByComparingTo("40000");
        assertThat(money(paid, month, "finesPaid").subtract(money(before, month, "finesPaid"))).isEqualByComparingTo("40000");
        assertThat(money(paid, month, "recovered").subtract(money(before, month, "recovered"))).isEqualByComparingTo("1290000");

        // Tasks: the first case's triage is a day late, the second falls due in two working days.
        var tasks = engine().getTaskService();
        Task late = triage(first);
        Task soon = triage(second);
        tasks.setDueDate(late.getId(), null);
        tasks.setDueDate(soon.getId(), null);
        JsonNode undated = dashboard();
        LocalDate today = LocalDate.now(JAKARTA);
        tasks.setDueDate(late.getId(), Date.from(now.minusDays(1).toInstant()));
        LocalDate inTwoWorkingDays = applicationContext().getBean(WorkingDayCalendar.class).addWorkingDays(today, 2);
        tasks.setDueDate(soon.getId(), Date.from(inTwoWorkingDays.atTime(12, 0).atZone(JAKARTA).toInstant()));
        JsonNode dated = dashboard();
        JsonNode t0 = undated.path("tasks");
        JsonNode t1 = dated.path("tasks");
        assertThat(t1.path("overdue").asLong() - t0.path("overdue").asLong()).isEqualTo(1);
        assertThat(t1.path("dueInNextFiveWorkingDays").asLong() - t0.path("dueInNextFiveWorkingDays").asLong()).isEqualTo(1);
        assertThat(step(t1, late) - step(t0, late)).isEqualTo(1);
        List<String> groups = tasks.getIdentityLinksForTask(late.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        assertThat(groups).isNotEmpty();
        for (String group : groups) {
            assertThat(count(t1.path("overdueByCandidateGroup"), group) - count(t0.path("overdueByCandidateGroup"), group))
                    .as(group).isEqualTo(1);
        }
    }

    @Test
    default void finesPaidByInstalmentsCountInTheMonthOfTheInstalmentThatPaidThem() {
        JsonNode before = dashboard();
        LocalDate today = LocalDate.now(JAKARTA);
        int month = today.getMonthValue();
        String caseId = reportCase(1_000_000);
        jdbc().sql("UPDATE enforcement_case SET established_arrears = ?, fine_amount = ?, fine_imposed_at = ? WHERE case_number = ?")
                .params(new BigDecimal("1000000"), new BigDecimal("320000"), OffsetDateTime.now(JAKARTA), caseId).update();
        // The employer paid 300,000 of the arrears and 20,000 of the fine directly, then a plan: 600,000 last December,
        // 400,000 and 50,000 now.
        verifiedPayment(caseId, "ARREARS_PAID", 300_000, today, 1);
        verifiedPayment(caseId, "FINE_PAID", 20_000, today, 2);
        verifiedPayment(caseId, "INSTALMENT_PAID", 600_000, LocalDate.of(today.getYear() - 1, 12, 20), 3);
        verifiedPayment(caseId, "INSTALMENT_PAID", 400_000, today, 4);
        verifiedPayment(caseId, "INSTALMENT_PAID", 50_000, today, 5);
        // A case without a fine: instalments beyond its arrears are no fine paid.
        String noFine = reportCase(100_000);
        jdbc().sql("UPDATE enforcement_case SET established_arrears = ? WHERE case_number = ?")
                .params(new BigDecimal("100000"), noFine).update();
        verifiedPayment(noFine, "INSTALMENT_PAID", 150_000, today, 6);

        JsonNode after = dashboard();

        // A plan pays the arrears first: 700,000 were left after the direct payment, so last December's 600,000 paid
        // arrears only and this month's 400,000 the last 100,000 of them and 300,000 of the fine, which is all the
        // direct 20,000 left of it: the fine of 320,000 is paid, and the last 50,000 is no fine paid twice.
        assertThat(money(after, month, "finesPaid").subtract(money(before, month, "finesPaid"))).isEqualByComparingTo("320000");
        assertThat(money(after, month, "recovered").subtract(money(before, month, "recovered"))).isEqualByComparingTo("920000");
    }

    /** A payment as the register holds it once verified; written directly so it can be dated before the case. */
    private void verifiedPayment(String caseId, String kind, long amount, LocalDate date, int order) {
        jdbc().sql("""
                INSERT INTO compliance_report (id, case_number, kind, compliance_date, amount_paid, reference, status, received_at, source)
                VALUES (?, ?, ?, ?, ?, ?, 'VERIFIED', ?, 'STAFF')
                """).params(java.util.UUID.randomUUID().toString(), caseId, kind, date, new BigDecimal(amount), "SLIP-" + order,
                        OffsetDateTime.now(JAKARTA).plusSeconds(order)).update();
    }

    @Test
    default void dashboardCountsOpenCasesByTheRouteDecidedAtTriage() {
        // Two cases whose DMN inputs differ only in arrears: the engine's own decision says which route each gets.
        String outreach = reportCase(24_000_000);
        String inspection = reportCase(30_000_000);
        String firstRoute = decidedRoute(24_000_000);
        String secondRoute = decidedRoute(30_000_000);
        assertThat(List.of(firstRoute, secondRoute)).containsExactly("OUTREACH", "INSPECTION");
        JsonNode before = dashboard();
        JsonNode routes0 = before.path("enforcementCases").path("openByRoute");

        ApiClient api = new ApiClient(port());
        for (String caseId : List.of(outreach, inspection)) {
            var accepted = api.send("POST", "/engine-rest/task/" + triage(caseId).getId() + "/complete",
                    ApiClient.withJson(ApiClient.basic("officer", "demo")),
                    ApiClient.json(Map.of("variables", Map.of("triageDecision", Map.of("value", "ACCEPT"),
                            "triageNotes", Map.of("value", "Data BPJS cocok")))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        }
        assertThat(jdbc().sql("SELECT route FROM enforcement_case WHERE case_number = ?").param(outreach)
                .query(String.class).single()).isEqualTo(firstRoute);
        JsonNode routes1 = dashboard().path("enforcementCases").path("openByRoute");
        assertThat(count(routes1, "OUTREACH") - count(routes0, "OUTREACH")).isEqualTo(1);
        assertThat(count(routes1, "INSPECTION") - count(routes0, "INSPECTION")).isEqualTo(1);
        assertThat(count(routes1, "UNDECIDED") - count(routes0, "UNDECIDED")).isEqualTo(-2);
    }

    @Test
    default void dashboardCountsAnAgencysRefusedCallsThisMonth() {
        JsonNode before = dashboard();
        ApiClient api = new ApiClient(port());
        var refused = api.postJson("/api/v1/enforcement-cases", DASHBOARD_AGENCY_TOKEN,
                ApiClient.json(Map.of("employer", Map.of("nib", "bukan-nib"))));
        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
        String reported = reportCase(24_000_000);
        JsonNode after = dashboard();
        assertThat(apiErrors(after, DASHBOARD_AGENCY, "clientErrors") - apiErrors(before, DASHBOARD_AGENCY, "clientErrors"))
                .isEqualTo(1);
        assertThat(apiErrors(after, DASHBOARD_AGENCY, "serverErrors")).isEqualTo(apiErrors(before, DASHBOARD_AGENCY, "serverErrors"));
        // The call that changed something keeps its one audit row, now with the status it was answered with.
        assertThat(jdbc().sql("SELECT status FROM api_audit WHERE case_number = ? AND action = 'CASE_REPORTED'")
                .param(reported).query(Integer.class).list()).containsExactly(201);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM api_audit WHERE request_id = ? AND actor = ?")
                .params(refused.header("X-Request-Id"), DASHBOARD_AGENCY).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    default void dashboardCountsMonitoringReportsAndPartnerAnswersAwaitedPastTheReminder() {
        JsonNode before = dashboard().path("agreements");
        String today = LocalDate.now(JAKARTA).toString();
        // One agreement in force whose 6-monthly monitoring fell due, one whose draft awaits the partner's answer.
        var active = AgreementDriver.start(engine(), AgreementDriver.proposal("PKS", "LABOUR_OFFICE", false))
                .throughConcept().sign(today, today).fireTimer(AgreementProcess.Elements.MONITORING);
        var drafting = AgreementDriver.start(engine(), AgreementDriver.proposal("PKS", "LABOUR_OFFICE", false))
                .explore("GO").legalReview("APPROVE", "sesuai");
        Task monitoring = active.task(AgreementProcess.Elements.MONITORING_REPORT);
        Task response = drafting.task(AgreementProcess.Elements.RECORD_PARTNER_RESPONSE);
        var tasks = engine().getTaskService();
        tasks.setDueDate(monitoring.getId(), Date.from(OffsetDateTime.now(JAKARTA).plusDays(3).toInstant()));
        JsonNode created = dashboard().path("agreements");
        assertThat(created.path("monitoringReportsOpen").asLong() - before.path("monitoringReportsOpen").asLong()).isEqualTo(1);
        assertThat(created.path("monitoringReportsOverdue").asLong()).isEqualTo(before.path("monitoringReportsOverdue").asLong());
        assertThat(created.path("partnerResponsesPastReminder").asLong())
                .isEqualTo(before.path("partnerResponsesPastReminder").asLong());

        // The monitoring report is a day late; the draft went out fifteen days ago (the reminder comes after 14).
        tasks.setDueDate(monitoring.getId(), Date.from(OffsetDateTime.now(JAKARTA).minusDays(1).toInstant()));
        jdbc().sql("UPDATE ACT_RU_TASK SET CREATE_TIME_ = ? WHERE ID_ = ?")
                .params(java.sql.Timestamp.from(OffsetDateTime.now(JAKARTA).minusDays(15).toInstant()), response.getId()).update();
        JsonNode late = dashboard().path("agreements");
        assertThat(late.path("monitoringReportsOpen").asLong() - before.path("monitoringReportsOpen").asLong()).isEqualTo(1);
        assertThat(late.path("monitoringReportsOverdue").asLong() - before.path("monitoringReportsOverdue").asLong()).isEqualTo(1);
        assertThat(late.path("partnerResponsesPastReminder").asLong() - before.path("partnerResponsesPastReminder").asLong())
                .isEqualTo(1);
    }

    private String decidedRoute(long arrears) {
        return (String) engine().getDecisionService().evaluateDecisionByKey("enforcement-route")
                .variables(Map.of("violationType", "CONTRIBUTION_ARREARS", "sizeClass", "MEDIUM", "workersAffected", 12,
                        "arrearsAmount", arrears, "priorCases", 0))
                .evaluate().getSingleResult().getEntry("route");
    }

    private static long apiErrors(JsonNode dashboard, String agency, String figure) {
        for (JsonNode errors : dashboard.path("agencies").path("apiErrorsThisMonth")) {
            if (agency.equals(errors.path("agency").asText())) {
                return errors.path(figure).asLong();
            }
        }
        return 0;
    }

    private JsonNode dashboard() {
        var response = new ApiClient(port()).send("GET", DASHBOARD, ApiClient.basic("manager", "demo"), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static long caseFigure(JsonNode dashboard, String name) {
        return dashboard.path("enforcementCases").path(name).asLong();
    }

    private static long count(JsonNode counts, String key) {
        for (JsonNode count : counts) {
            if (key.equals(count.path("key").asText())) {
                return count.path("count").asLong();
            }
        }
        return 0;
    }

    private static long step(JsonNode tasks, Task task) {
        for (JsonNode step : tasks.path("overdueByStep")) {
            if (task.getTaskDefinitionKey().equals(step.path("taskDefinitionKey").asText())
                    && task.getName().equals(step.path("name").asText())) {
                return step.path("count").asLong();
            }
        }
        return 0;
    }

    private static BigDecimal money(JsonNode dashboard, int month, String figure) {
        return dashboard.path("money").path("months").get(month - 1).path(figure).decimalValue();
    }

    private Task triage(String caseId) {
        return engine().getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(Elements.TRIAGE).singleResult();
    }

    private String reportCase(long arrears) {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", Long.toString(DASHBOARD_NIBS.incrementAndGet()));
        employer.put("npwp", "012345678901234");
        employer.put("name", "PT Dasbor Sejahtera");
        employer.put("address", "Jl. Gajah Mada 1, Batang");
        employer.put("email", "hrd@dasbor.example");
        employer.put("sizeClass", "MEDIUM");
        var report = Map.of("employer", employer, "reference", "DN-BTG/2026/DASBOR",
                "violation", Map.of("type", "CONTRIBUTION_ARREARS", "workersAffected", 12, "arrearsAmount", arrears,
                        "monthsInArrears", 3, "description", "iuran belum dibayar"));
        var created = new ApiClient(port()).postJson("/api/v1/enforcement-cases", DASHBOARD_AGENCY_TOKEN, ApiClient.json(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }

    /** The agency reports a payment dated today; an officer decides it on its verification task. */
    private void pay(String caseId, String kind, long amount, String decision, String status) {
        var body = ApiClient.json(Map.of("kind", kind, "date", LocalDate.now(JAKARTA).toString(), "amountPaid", amount,
                "reference", "SLIP-" + kind + "-" + amount));
        var accepted = new ApiClient(port()).postJson("/api/v1/enforcement-cases/" + caseId + "/compliance-reports",
                DASHBOARD_AGENCY_TOKEN, body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        var tasks = engine().getTaskService();
        var verification = tasks.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(Elements.VERIFY_COMPLIANCE).singleResult();
        tasks.complete(verification.getId(), Map.of("verificationDecision", decision, "verificationNotes", "bukti diperiksa"));
        assertThat(jdbc().sql("SELECT status FROM compliance_report WHERE case_number = ? AND reference = ?")
                .params(caseId, "SLIP-" + kind + "-" + amount).query(String.class).single()).isEqualTo(status);
    }
}
