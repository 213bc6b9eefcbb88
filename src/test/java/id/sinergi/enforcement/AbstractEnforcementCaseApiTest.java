package id.sinergi.enforcement;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.agency.ApiAudit;
import id.sinergi.support.ApiClient;
import id.sinergi.support.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The agency API over real HTTP against the running application: the contract partner agencies build
 * on. The demo profile provides the agencies (demo-token-*) and the staff users who work the cases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// Spring Boot tests leave metrics export off unless asked; MetricsScenarios scrapes /actuator/prometheus.
@org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability(tracing = false)
abstract class AbstractEnforcementCaseApiTest implements id.sinergi.matching.DataMatchingScenarios, id.sinergi.metrics.MetricsScenarios,
        id.sinergi.signature.VerificationPageScenarios, id.sinergi.document.CaseDocumentScenarios,
        id.sinergi.document.TaskDocumentScenarios, id.sinergi.dashboard.DashboardScenarios, id.sinergi.dashboard.DashboardListScenarios,
        id.sinergi.forms.TaskFormScenarios, id.sinergi.agency.RateLimitScenarios, id.sinergi.batch.CaseBatchScenarios,
        CaseListScenarios {

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Override
    public org.springframework.context.ApplicationContext applicationContext() {
        return applicationContext;
    }


    @Override
    public int port() {
        return port;
    }

    @Override
    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public JdbcClient jdbc() {
        return jdbc;
    }


    static final String CASES = "/api/v1/enforcement-cases";
    static final String DISNAKER = "demo-token-disnaker-batang";
    static final String KEMNAKER = "demo-token-kemnaker";
    static final String KEJARI = "demo-token-kejari-pekalongan";
    static final String STAFF_PASSWORD = "demo";
    private static final AtomicLong NIB = new AtomicLong(9_130_000_000_000L + (System.nanoTime() % 1_000_000) * 100);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiAudit audit;
    @Autowired
    CaseRecords records;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    EnforcementCaseRepository cases;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    // ---- reporting ------------------------------------------------------------------------------

    /**
     * Every process variable is three rows per start with history FULL, so the case's process carries the facts
     * that route it and its task cards show, and nothing else sets them a second time: the stage and its label are
     * set once, by the triage task's stage listener; the flags of later steps do not exist until a step sets them.
     */
    @Test
    void aReportStartsItsProcessWithRoutingFactsOnlyEachWrittenOnce() {
        Response created = api.postJson(CASES, DISNAKER, ApiClient.json(report(nextNib(), "SMALL", "UNREGISTERED", 7, 4_200_000)));
        assertThat(created.status()).isEqualTo(201);
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(created.json().path("caseId").asText()).singleResult().getId();

        assertThat(engine.getRuntimeService().getVariables(instance).keySet()).containsExactlyInAnyOrder(
                "caseNumber", "employerName", "sizeClass", "violationType", "workersAffected", "arrearsAmount",
                "monthsInArrears", "priorCases", "priority", "employerDistrict", "caseOpenedOn", "stage", "stageName");
        // The triage task's card copies are variables of their own (on the task), each written once too.
        var writes = engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list()
                .stream().map(org.camunda.bpm.engine.history.HistoricVariableUpdate.class::cast).toList();
        assertThat(writes).extracting(org.camunda.bpm.engine.history.HistoricVariableUpdate::getVariableInstanceId)
                .as("each variable written once while the case waits at triage").doesNotHaveDuplicates();
        assertThat(writes).extracting(org.camunda.bpm.engine.history.HistoricVariableUpdate::getVariableName)
                .doesNotContain("servicesWithheld", "finalSummonsSent");
    }

    @Test
    void reportingAnEmployerOpensACaseAndKeepsNamesExactly() {
        Map<String, Object> body = report(nextNib(), "MEDIUM", "UNREGISTERED", 42, 15_750_000);
        employer(body).put("name", "CV Sinar Abadi (Cab. Batang) — “Ñusantara” Ünggul");

        Response created = api.postJson(CASES, DISNAKER, ApiClient.json(body), Map.of("X-Request-Id", "req-report-1"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode c = created.json();
        String caseId = c.path("caseId").asText();
        assertThat(caseId).matches("ENF-\\d{4}-\\d{6}");
        assertThat(created.header("Location")).endsWith(CASES + "/" + caseId);
        assertThat(c.path("stage").asText()).isEqualTo("TRIAGE");
        assertThat(c.path("status").asText()).isEqualTo("OPEN");
        assertThat(c.path("employer").path("name").asText()).isEqualTo("CV Sinar Abadi (Cab. Batang) — “Ñusantara” Ünggul");
        assertThat(c.path("violation").path("arrearsAmount").asLong()).isEqualTo(15_750_000);
        assertThat(c.path("reference").asText()).isEqualTo("DN-BTG/2026/017");
        assertThat(c.path("currentStepDue").isTextual()).as("triage due date").isTrue();

        Response read = api.get(CASES + "/" + caseId, DISNAKER);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("employer").path("name").asText()).isEqualTo("CV Sinar Abadi (Cab. Batang) — “Ñusantara” Ünggul");
        assertThat(read.json().path("timeline").get(0).path("stage").asText()).isEqualTo("TRIAGE");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isOne();
        // The answer is built from what opening the case wrote and created, not read back: it must say what a read says,
        // and its due date is the triage task's own.
        var triage = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
        assertThat(java.time.OffsetDateTime.parse(c.path("currentStepDue").asText()).toInstant())
                .isEqualTo(triage.getDueDate().toInstant());
        assertThat(c.path("currentStepDue").asText()).isEqualTo(read.json().path("currentStepDue").asText());
        assertThat(c.path("timeline")).isEqualTo(read.json().path("timeline")).hasSize(1);
        assertThat(c.path("timeline").get(0).path("enteredAt").asText()).isEqualTo(c.path("reportedAt").asText());

        var recorded = audit.forCase(caseId);
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("disnaker-batang");
            assertThat(entry.requestId()).isEqualTo("req-report-1");
            assertThat(entry.action()).isEqualTo("CASE_REPORTED");
        });
    }

    @Test
    void listingShowsTheAgencysOwnCasesNewestFirstFilteredAndPaged() {
        String nib = nextNib();
        String first = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        String second = reportCase(KEMNAKER, report(nib, "SMALL", "CONTRIBUTION_ARREARS", 5, 2_000_000));
        reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));

        JsonNode byNib = api.get(CASES + "?nib=" + nib, KEMNAKER).json();
        assertThat(byNib.path("items").findValuesAsText("caseId")).containsExactly(second, first);
        assertThat(byNib.path("totalItems").asLong()).isEqualTo(2);

        JsonNode firstPage = api.get(CASES + "?nib=" + nib + "&size=1", KEMNAKER).json();
        assertThat(firstPage.path("items").findValuesAsText("caseId")).containsExactly(second);
        JsonNode paged = api.get(firstPage.path("links").path("next").asText(), KEMNAKER).json();
        assertThat(paged.path("items").findValuesAsText("caseId")).containsExactly(first);
        assertThat(paged.path("links").has("next")).as("the last page").isFalse();
        assertThat(api.get(CASES + "?nib=" + nib + "&page=1&size=1", KEMNAKER).json().path("items").findValuesAsText("caseId"))
                .as("the deprecated page parameter").containsExactly(first);

        JsonNode mine = api.get(CASES + "?status=OPEN&stage=TRIAGE&size=100", KEMNAKER).json();
        assertThat(mine.path("items").findValuesAsText("caseId")).contains(first, second);
        assertThat(mine.path("items").findValuesAsText("reference")).allMatch(r -> !r.isEmpty());
        assertThat(api.get(CASES + "?status=CLOSED&nib=" + nib, KEMNAKER).json().path("totalItems").asLong()).isZero();
    }

    @Test
    void anOpenCaseForTheSameEmployerAndViolationAnswers409WithItsId() {
        Map<String, Object> body = report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000);
        String existing = reportCase(DISNAKER, body);
        violation(body).put("workersAffected", 7);

        Response again = api.postJson(CASES, KEMNAKER, ApiClient.json(body));

        assertProblem(again, 409);
        assertThat(again.json().path("caseId").asText()).isEqualTo(existing);
    }

    // ---- idempotency ----------------------------------------------------------------------------

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheSameCase() {
        String body = ApiClient.json(report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + System.nanoTime());

        Response first = api.postJson(CASES, DISNAKER, body, key);
        Response retry = api.postJson(CASES, DISNAKER, body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("caseId").asText()).isEqualTo(first.json().path("caseId").asText());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(casesOf(first.json().path("employer").path("nib").asText())).isOne();
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyAnswers422() {
        Map<String, String> key = Map.of("Idempotency-Key", "reuse-" + System.nanoTime());
        api.postJson(CASES, DISNAKER, ApiClient.json(report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000)), key);

        String otherNib = nextNib();
        Response reused = api.postJson(CASES, DISNAKER, ApiClient.json(report(otherNib, "SMALL", "UNREGISTERED", 5, 1_000_000)), key);

        assertProblem(reused, 422);
        assertThat(casesOf(otherNib)).isZero();
    }

    @Test
    void twoIdenticalRequestsAtTheSameMomentCreateOneCase() throws Exception {
        String nib = nextNib();
        String body = ApiClient.json(report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        Map<String, String> key = Map.of("Idempotency-Key", "race-" + System.nanoTime());
        var start = new CountDownLatch(1);
        List<Future<Response>> responses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 4; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return api.postJson(CASES, DISNAKER, body, key);
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            for (Future<Response> response : responses) {
                assertThat(response.get().status()).isEqualTo(201);
                ids.add(response.get().json().path("caseId").asText());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(casesOf(nib)).isOne();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.KEY)
                .processInstanceBusinessKey(casesOfNib(nib).get(0)).count()).isOne();
    }

    private List<String> casesOfNib(String nib) {
        return jdbc.sql("SELECT case_number FROM enforcement_case WHERE employer_nib = ?").param(nib).query(String.class).list();
    }

    @Test
    void aClaimOrphanedByACrashIsTakenOverByTheRetryWhichCreatesTheCaseOnce() {
        String nib = nextNib();
        String body = ApiClient.json(report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        String key = "crash-" + System.nanoTime();
        // What older code left when the process died between claiming the key and creating the case:
        // a committed claim without a resource.
        jdbc.sql("INSERT INTO idempotency_key (agency_id, idempotency_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
                .params("disnaker-batang", key, "0".repeat(64), java.time.OffsetDateTime.now()).update();

        Response retry = api.postJson(CASES, DISNAKER, body, Map.of("Idempotency-Key", key));
        Response again = api.postJson(CASES, DISNAKER, body, Map.of("Idempotency-Key", key));

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("caseId").asText()).isEqualTo(retry.json().path("caseId").asText());
        assertThat(casesOf(nib)).isOne();
    }

    @Test
    void aRequestWhoseCreationFailsLeavesTheKeyFreeForTheCorrectedRetry() {
        String nib = nextNib();
        reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        Map<String, String> key = Map.of("Idempotency-Key", "fails-" + System.nanoTime());
        Map<String, Object> body = report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000);

        assertProblem(api.postJson(CASES, DISNAKER, ApiClient.json(body), key), 409);
        violation(body).put("type", "CONTRIBUTION_ARREARS");
        Response corrected = api.postJson(CASES, DISNAKER, ApiClient.json(body), key);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(casesOf(nib)).isEqualTo(2);
    }

    @Test
    void aPaddedPathIsRefusedAndLongKeysStillCreateTheCaseWithItsAuditRecord() {
        String nib = nextNib();
        Map<String, Object> body = report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000);
        body.put("reference", "R".repeat(100));

        // The attack's long path was padded with a ';' parameter: such a path is refused before anything
        // is created, and the audit stores the routed path, whose length the routes bound.
        Response padded = api.postJson(CASES + ";pad=" + "x".repeat(400), DISNAKER, ApiClient.json(body),
                Map.of("Idempotency-Key", "K".repeat(100)));
        assertProblem(padded, 400);
        assertThat(casesOf(nib)).isZero();

        Response created = api.postJson(CASES, DISNAKER, ApiClient.json(body), Map.of("Idempotency-Key", "K".repeat(100)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(casesOf(nib)).isOne();
        assertThat(audit.forCase(created.json().path("caseId").asText())).singleElement()
                .satisfies(entry -> assertThat(entry.path().length()).isLessThanOrEqualTo(300));
    }

    @Test
    void aCaseWhoseAuditRecordCannotBeWrittenIsNotCreated() {
        String nib = nextNib();
        jdbc.sql("ALTER TABLE api_audit ADD CONSTRAINT api_audit_refuses_test CHECK (request_id <> 'audit-refused')").update();
        try {
            Response refused = api.postJson(CASES, DISNAKER, ApiClient.json(report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000)),
                    Map.of("X-Request-Id", "audit-refused"));
            assertProblem(refused, 500);
        } finally {
            jdbc.sql("ALTER TABLE api_audit DROP CONSTRAINT api_audit_refuses_test").update();
        }
        assertThat(casesOf(nib)).as("no case without its audit record").isZero();
    }

    // ---- bad input ------------------------------------------------------------------------------

    static List<Arguments> invalidReports() {
        return List.of(
                Arguments.of("NIB of 12 digits", (Consumer<Map<String, Object>>) b -> employer(b).put("nib", "912030123456"), "employer.nib"),
                Arguments.of("NIB with letters", (Consumer<Map<String, Object>>) b -> employer(b).put("nib", "91203012345AB"), "employer.nib"),
                Arguments.of("NPWP of 14 digits", (Consumer<Map<String, Object>>) b -> employer(b).put("npwp", "01234567890123"), "employer.npwp"),
                Arguments.of("NPWP of 17 digits", (Consumer<Map<String, Object>>) b -> employer(b).put("npwp", "01234567890123456"), "employer.npwp"),
                Arguments.of("bad email", (Consumer<Map<String, Object>>) b -> employer(b).put("email", "hrd-at-majujaya"), "employer.email"),
                Arguments.of("unknown size class", (Consumer<Map<String, Object>>) b -> employer(b).put("sizeClass", "HUGE"), "employer.sizeClass"),
                Arguments.of("unknown violation", (Consumer<Map<String, Object>>) b -> violation(b).put("type", "LATE"), "violation.type"),
                Arguments.of("negative arrears", (Consumer<Map<String, Object>>) b -> violation(b).put("arrearsAmount", -1), "violation.arrearsAmount"),
                Arguments.of("absurd arrears", (Consumer<Map<String, Object>>) b -> violation(b).put("arrearsAmount", 5_000_000_000_000_000L), "violation.arrearsAmount"),
                Arguments.of("fraction of a rupiah", (Consumer<Map<String, Object>>) b -> violation(b).put("arrearsAmount", 1000.5), "violation.arrearsAmount"),
                Arguments.of("no workers", (Consumer<Map<String, Object>>) b -> violation(b).put("workersAffected", 0), "violation.workersAffected"),
                Arguments.of("absurd workers", (Consumer<Map<String, Object>>) b -> violation(b).put("workersAffected", 50_000_000), "violation.workersAffected"),
                Arguments.of("negative months", (Consumer<Map<String, Object>>) b -> violation(b).put("monthsInArrears", -2), "violation.monthsInArrears"),
                Arguments.of("name too long", (Consumer<Map<String, Object>>) b -> employer(b).put("name", "P".repeat(201)), "employer.name"),
                Arguments.of("reference too long", (Consumer<Map<String, Object>>) b -> b.put("reference", "R".repeat(101)), "reference"),
                Arguments.of("missing employer name", (Consumer<Map<String, Object>>) b -> employer(b).remove("name"), "employer.name"),
                Arguments.of("missing violation", (Consumer<Map<String, Object>>) b -> b.remove("violation"), "violation"),
                Arguments.of("unknown field", (Consumer<Map<String, Object>>) b -> employer(b).put("nik", "3326000000000001"), "employer.nik"),
                Arguments.of("wrong type", (Consumer<Map<String, Object>>) b -> violation(b).put("workersAffected", "banyak"), "violation.workersAffected"),
                Arguments.of("CR LF in the name", (Consumer<Map<String, Object>>) b -> employer(b).put("name", "PT Maju\r\nBcc: x@evil.example"), "employer.name"),
                Arguments.of("NUL in the name", (Consumer<Map<String, Object>>) b -> employer(b).put("name", "PT Maju\u0000Jaya"), "employer.name"),
                Arguments.of("TAB in the reference", (Consumer<Map<String, Object>>) b -> b.put("reference", "DN\tBTG"), "reference"),
                Arguments.of("invisible format character", (Consumer<Map<String, Object>>) b -> employer(b).put("address", "Jl. Gajah\u202EMada"), "employer.address"),
                Arguments.of("201 emoji", (Consumer<Map<String, Object>>) b -> employer(b).put("name", "\uD83C\uDFED".repeat(201)), "employer.name"),
                Arguments.of("email without a dot in the domain", (Consumer<Map<String, Object>>) b -> employer(b).put("email", "a@b"), "employer.email"),
                Arguments.of("quoted email", (Consumer<Map<String, Object>>) b -> employer(b).put("email", "\"quoted\"@x.example"), "employer.email"),
                Arguments.of("email with a display name", (Consumer<Map<String, Object>>) b -> employer(b).put("email", "HRD <hrd@majujaya.example>"), "employer.email"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidReports")
    void invalidReportsAre400NamingTheFieldAndLeaveNoTrace(String why, Consumer<Map<String, Object>> spoil, String field) {
        Map<String, Object> body = report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000);
        String nib = (String) employer(body).get("nib");
        spoil.accept(body);
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        Response refused = api.postJson(CASES, DISNAKER, ApiClient.json(body), Map.of("Idempotency-Key", "bad-" + System.nanoTime()));

        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains(field);
        assertThat(refused.json().path("detail").asText()).contains(field);
        assertThat(casesOf(nib)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void unicodeNamesAreKeptExactlyAndCountedInCharacters() {
        Map<String, Object> body = report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000);
        employer(body).put("name", "PT Ñusantara Jaya – Cabang Café 日本");
        Map<String, Object> emoji = report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000);
        employer(emoji).put("name", "\uD83C\uDFED".repeat(200));

        Response created = api.postJson(CASES, DISNAKER, ApiClient.json(body));
        Response emojiCreated = api.postJson(CASES, DISNAKER, ApiClient.json(emoji));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.get(CASES + "/" + created.json().path("caseId").asText(), DISNAKER).json().path("employer").path("name")
                .asText()).isEqualTo("PT Ñusantara Jaya – Cabang Café 日本");
        assertThat(emojiCreated.status()).as("200 characters of emoji are 200 characters").isEqualTo(201);
        assertThat(jdbc.sql("SELECT employer_name FROM enforcement_case WHERE case_number = ?")
                .param(emojiCreated.json().path("caseId").asText()).query(String.class).single()).isEqualTo("\uD83C\uDFED".repeat(200));
    }

    static List<Arguments> lenientJson() {
        return List.of(
                Arguments.of("trailing garbage", "$", "garbage", null),
                Arguments.of("a second document", "$", "{}", null),
                Arguments.of("number as a string", "\"workersAffected\":5", "\"workersAffected\":\"5\"", "violation.workersAffected"),
                Arguments.of("enum as a number", "\"sizeClass\":\"SMALL\"", "\"sizeClass\":1", "employer.sizeClass"),
                Arguments.of("lone surrogate", "PT Maju Jaya Tbk.", "PT Maju \\ud800 Jaya", "employer.name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientJson")
    void jsonIsReadExactlyAsDocumented(String why, String from, String to, String field) {
        String nib = nextNib();
        String json = ApiClient.json(report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        String spoiled = from.equals("$") ? json + to : json.replace(from, to);
        assertThat(spoiled).as("test data changed the body").isNotEqualTo(json);

        Response refused = api.postJson(CASES, DISNAKER, spoiled);

        assertProblem(refused, 400);
        if (field != null) {
            assertThat(refused.json().path("errors").findValuesAsText("field")).contains(field);
        }
        assertThat(casesOf(nib)).isZero();
    }

    @Test
    void datesOutsideSaneYearsAre400() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        String ancient = compliance().replaceFirst("\"date\":\"[^\"]*\"", "\"date\":\"-999999999-01-01\"");

        Response refused = api.postJson(CASES + "/" + caseId + "/compliance-reports", DISNAKER, ancient);

        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("date");
    }

    @Test
    void malformedJsonIs400WithoutInternals() {
        Response refused = api.postJson(CASES, DISNAKER, "{\"employer\": {\"nib\": \"9120301234567\",");
        assertProblem(refused, 400);
        assertThat(refused.json().path("type").asText()).isEqualTo("/problems/malformed-json");
        assertThat(api.postJson(CASES, DISNAKER, "").status()).isEqualTo(400);
    }

    @Test
    void aWrongContentTypeIs415AndAnOversizedBodyIs413() {
        String body = ApiClient.json(report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        Response text = api.send("POST", CASES, Map.of("Authorization", "Bearer " + DISNAKER, "Content-Type", "text/plain"),
                body.getBytes(StandardCharsets.UTF_8));
        assertProblem(text, 415);

        Map<String, Object> huge = report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000);
        violation(huge).put("description", "x".repeat(1024 * 1024 + 10));
        assertProblem(api.postJson(CASES, DISNAKER, ApiClient.json(huge)), 413);
        assertThat(casesOf((String) employer(huge).get("nib"))).isZero();
    }

    @Test
    void unknownPathsAndCasesAre404ProblemJson() {
        assertProblem(api.get("/api/v1/no-such-thing", DISNAKER), 404);
        assertProblem(api.get(CASES + "/ENF-2026-999999", DISNAKER), 404);
        assertProblem(api.get(CASES + "/not-a-case-id", DISNAKER), 404);
        assertProblem(api.get(CASES + "?stage=NOWHERE", DISNAKER), 400);
        assertProblem(api.get(CASES + "?size=1000", DISNAKER), 400);
    }

    // ---- access ---------------------------------------------------------------------------------

    @Test
    void noWrongOrForeignTokenGetsIn() {
        assertProblem(api.get(CASES, null), 401);
        assertThat(api.get(CASES, null).header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api.get(CASES, "demo-token-nobody"), 401);
        assertProblem(api.send("GET", CASES, ApiClient.basic("officer", STAFF_PASSWORD), null), 401);
        assertProblem(api.get("/api/admin/agencies", KEMNAKER), 403);
        assertProblem(api.postJson(CASES, KEJARI, ApiClient.json(report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000))), 403);
    }

    @Test
    void anAgencyCannotReadListOrActOnAnotherAgencysCase() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));

        assertProblem(api.get(CASES + "/" + caseId, KEMNAKER), 404);
        assertThat(api.get(CASES + "?size=100", KEMNAKER).json().path("items").findValuesAsText("caseId")).doesNotContain(caseId);
        assertProblem(api.postJson(CASES + "/" + caseId + "/compliance-reports", KEMNAKER, compliance()), 404);
        assertProblem(api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, outcome("PAID_IN_FULL")), 404);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.VERIFY_COMPLIANCE).count()).isZero();
    }

    @Test
    void aRevokedTokenIs401AndTheRateLimitAnswers429WithRetryAfter() {
        String agency = "uji-" + System.nanoTime();
        Response issued = api.send("POST", "/api/admin/agencies", ApiClient.withJson(ApiClient.basic("admin", STAFF_PASSWORD)),
                ApiClient.json(Map.of("agencyId", agency, "name", "Dinas Uji", "scopes", List.of("REPORT_CASES"),
                        "requestsPerMinute", 3)).getBytes(StandardCharsets.UTF_8));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().path("token").asText();
        assertThat(issued.json().path("client").toString()).doesNotContain(token);

        for (int i = 0; i < 3; i++) {
            assertThat(api.get(CASES, token).status()).isEqualTo(200);
        }
        Response limited = api.get(CASES, token);
        assertProblem(limited, 429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(api.get(CASES, KEMNAKER).status()).as("other agencies unaffected").isEqualTo(200);

        Response revoked = api.send("DELETE", "/api/admin/agencies/" + agency + "/token", ApiClient.basic("admin", STAFF_PASSWORD), null);
        assertThat(revoked.status()).isEqualTo(204);
        assertProblem(api.get(CASES, token), 401);
        JsonNode listed = api.send("GET", "/api/admin/agencies", ApiClient.basic("admin", STAFF_PASSWORD), null).json();
        assertThat(listed.findValuesAsText("agencyId")).contains(agency, "kemnaker");
        assertThat(listed.toString()).doesNotContain(token);
    }

    // ---- compliance and the prosecutor ----------------------------------------------------------

    @Test
    void aComplianceReportOpensVerificationAndOnAClosedCaseAnswers409() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));

        Response accepted = api.postJson(CASES + "/" + caseId + "/compliance-reports", DISNAKER, compliance());

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.VERIFY_COMPLIANCE).count()).isOne();

        verifyCompliance(caseId);
        assertProblem(api.postJson(CASES + "/" + caseId + "/compliance-reports", DISNAKER, compliance()), 409);
        assertThat(audit.forCase(caseId)).extracting(ApiAudit.Entry::action).containsExactly("CASE_REPORTED", "COMPLIANCE_REPORTED");
    }

    @Test
    void twoComplianceReportsInARowOpenTwoVerificationsEachShowingItsOwnReport() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        String path = CASES + "/" + caseId + "/compliance-reports";
        String today = today().toString();

        Response first = api.postJson(path, DISNAKER, ApiClient.json(Map.of("kind", "ARREARS_PAID", "date", today,
                "amountPaid", 1_000_000, "reference", "SLIP-A")));
        Response second = api.postJson(path, DISNAKER, ApiClient.json(Map.of("kind", "ARREARS_PAID", "date", today,
                "amountPaid", 3_000_000, "reference", "SLIP-B")));

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(second.status()).as(second.body()).isEqualTo(202);
        var taskService = engine.getTaskService();
        var verifications = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.VERIFY_COMPLIANCE).list();
        assertThat(verifications).hasSize(2);
        Map<String, String> taskByReference = new LinkedHashMap<>();
        for (var task : verifications) {
            Map<String, Object> shown = taskService.getVariables(task.getId());
            taskByReference.put((String) shown.get("complianceReference"), task.getId());
            assertThat(shown.get("amountPaid")).isEqualTo("SLIP-A".equals(shown.get("complianceReference")) ? 1_000_000L : 3_000_000L);
            assertThat(shown.get("complianceReportId")).isIn(first.json().path("reportId").asText(), second.json().path("reportId").asText());
        }
        assertThat(taskByReference).containsOnlyKeys("SLIP-A", "SLIP-B");

        taskService.complete(taskByReference.get("SLIP-A"), Map.of("verificationDecision", "NOT_VERIFIED"));
        assertThat(api.get(CASES + "/" + caseId, DISNAKER).json().path("status").asText()).isEqualTo("OPEN");
        taskService.complete(taskByReference.get("SLIP-B"), Map.of("verificationDecision", "VERIFIED"));
        assertThat(api.get(CASES + "/" + caseId, DISNAKER).json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT reference || ':' || status FROM compliance_report WHERE case_number = ? ORDER BY reference")
                .param(caseId).query(String.class).list()).containsExactly("SLIP-A:REJECTED", "SLIP-B:VERIFIED");
    }

    @Test
    void identicalComplianceReportsAtTheSameMomentWithOneKeyStoreOneReport() throws Exception {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        Map<String, String> key = Map.of("Idempotency-Key", "comply-" + System.nanoTime());

        List<Response> responses = concurrently(4, () -> api.postJson(CASES + "/" + caseId + "/compliance-reports", DISNAKER, compliance(), key));

        assertThat(responses).extracting(Response::status).containsOnly(202);
        assertThat(responses).extracting(r -> r.json().path("reportId").asText()).containsOnly(responses.get(0).json().path("reportId").asText());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM compliance_report WHERE case_number = ?").param(caseId).query(Long.class).single()).isOne();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.VERIFY_COMPLIANCE).count()).isOne();
    }

    @Test
    void prosecutorOutcomesAtTheSameMomentRecordOneAndAnswerTheOthers409() throws Exception {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        referToProsecutor(caseId, "kejari-pekalongan");

        List<Response> responses = concurrently(4, () -> api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, outcome("PAID_IN_FULL")));

        assertThat(responses).extracting(Response::status).as(responses.toString()).containsOnly(202, 409).containsOnlyOnce(202);
        responses.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(r, 409));
    }

    private static List<Response> concurrently(int requests, java.util.concurrent.Callable<Response> request) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theProsecutorHoldingTheSkkRecordsTheOutcomeAndNoOneElseCan() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        assertProblem(api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", DISNAKER, outcome("PAID_IN_FULL")), 403);

        referToProsecutor(caseId, "kejari-pekalongan");
        assertThat(api.get(CASES + "/" + caseId, KEJARI).json().path("letters").findValuesAsText("kind"))
                .as("the office holding the SKK now follows the case").containsExactly("SKK_COVER_LETTER", "SPECIAL_POWER_OF_ATTORNEY");

        Response recorded = api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, outcome("PAID_IN_FULL"));

        assertThat(recorded.status()).isEqualTo(202);
        // The answer carries the case, its employer's data included: a read, recorded like a GET's.
        assertThat(recorded.json().path("employer").path("npwp").asText()).isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_data_access WHERE record_id = ? AND actor = 'kejari-pekalongan' AND channel = ?")
                .params(caseId, "POST /api/v1/enforcement-cases/{caseId}/prosecutor-outcomes").query(Long.class).single()).isOne();
        JsonNode closed = api.get(CASES + "/" + caseId, DISNAKER).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("PAID_IN_FULL");
        assertProblem(api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, outcome("PAID_IN_FULL")), 409);
    }

    @Test
    void aCaseReferredToAnotherProsecutorIsInvisibleToThisOne() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        referToProsecutor(caseId, "kejari-batang");

        assertProblem(api.get(CASES + "/" + caseId, KEJARI), 404);
        assertProblem(api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, outcome("PAID_IN_FULL")), 404);
    }

    // ---- issue 9: what the prosecutor may report, compliance facts, dates, prior cases -------------

    static List<Arguments> decisionsThatAreNotTheProsecutors() {
        return List.of(Arguments.of("UNCOLLECTABLE"), Arguments.of("SUIT_FILED"), Arguments.of("JUDGMENT_PAID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionsThatAreNotTheProsecutors")
    void theProsecutorCannotWriteOffSueOrReportAJudgment(String outcome) {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        referToProsecutor(caseId, "kejari-pekalongan");

        Response refused = api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, outcome(outcome));

        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("outcome");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.RECORD_PROSECUTOR_OUTCOME).count())
                .as("the case still waits for the office's report").isOne();
        assertThat(api.get(CASES + "/" + caseId, DISNAKER).json().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void aProsecutorReportDatedBeforeTheCaseWasReportedIs400NamingTheDate() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        referToProsecutor(caseId, "kejari-pekalongan");
        String early = outcome("PAID_IN_FULL").replace(today().toString(), today().minusDays(1).toString());
        String tomorrow = outcome("PAID_IN_FULL").replace(today().toString(), today().plusDays(1).toString());

        Response beforeTheCase = api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, early);
        Response inTheFuture = api.postJson(CASES + "/" + caseId + "/prosecutor-outcomes", KEJARI, tomorrow);

        assertProblem(beforeTheCase, 400);
        assertThat(beforeTheCase.json().path("errors").findValuesAsText("field")).containsExactly("date");
        assertProblem(inTheFuture, 400);
        assertThat(inTheFuture.json().path("errors").findValuesAsText("field")).containsExactly("date");
        assertThat(api.get(CASES + "/" + caseId, DISNAKER).json().path("status").asText()).isEqualTo("OPEN");
    }

    static List<Arguments> complianceWithoutItsFacts() {
        return List.of(
                Arguments.of("arrears paid without an amount", Map.of("kind", "ARREARS_PAID"), "amountPaid"),
                Arguments.of("arrears paid of zero", Map.of("kind", "ARREARS_PAID", "amountPaid", 0), "amountPaid"),
                Arguments.of("fine paid without an amount", Map.of("kind", "FINE_PAID"), "amountPaid"),
                Arguments.of("fine paid of zero", Map.of("kind", "FINE_PAID", "amountPaid", 0), "amountPaid"),
                Arguments.of("instalment paid without an amount", Map.of("kind", "INSTALMENT_PAID", "workersRegistered", 5), "amountPaid"),
                Arguments.of("instalment paid negative", Map.of("kind", "INSTALMENT_PAID", "amountPaid", -5), "amountPaid"),
                Arguments.of("registration without workers", Map.of("kind", "WORKERS_REGISTERED"), "workersRegistered"),
                Arguments.of("unknown kind", Map.of("kind", "PROMISED"), "kind"),
                Arguments.of("tomorrow in Jakarta", Map.of("kind", "DATA_COMPLETED", "date", today().plusDays(1).toString()), "date"),
                Arguments.of("before the case was reported", Map.of("kind", "DATA_COMPLETED", "date", today().minusDays(1).toString()), "date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("complianceWithoutItsFacts")
    void aComplianceReportWithoutTheFactItsKindNeedsIs400NamingTheField(String why, Map<String, Object> spoil, String field) {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("date", today().toString(), "reference", "SLIP-X"));
        body.putAll(spoil);

        Response refused = api.postJson(CASES + "/" + caseId + "/compliance-reports", DISNAKER, ApiClient.json(body));

        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly(field);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM compliance_report WHERE case_number = ?").param(caseId).query(Long.class).single()).isZero();
    }

    static List<Arguments> newComplianceKinds() {
        return List.of(
                Arguments.of(Map.of("kind", "DATA_COMPLETED")),
                Arguments.of(Map.of("kind", "FINE_PAID", "amountPaid", 3_000)),
                Arguments.of(Map.of("kind", "INSTALMENT_PAID", "amountPaid", 1_000_000)),
                Arguments.of(Map.of("kind", "INSTALMENT_AGREED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newComplianceKinds")
    void theNewComplianceKindsAreAcceptedAndStoredAsTheAgencysReport(Map<String, Object> facts) {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("date", today().toString(), "reference", "SLIP-N"));
        body.putAll(facts);

        Response accepted = api.postJson(CASES + "/" + caseId + "/compliance-reports", DISNAKER, ApiClient.json(body));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT kind || ':' || source || ':' || status FROM compliance_report WHERE case_number = ?")
                .param(caseId).query(String.class).single()).isEqualTo(facts.get("kind") + ":AGENCY:PENDING");
    }

    @Test
    void priorCasesCountOnlyTheEmployersSubstantiatedCases() {
        String nib = nextNib();
        String rejectedUnfounded = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        endInRegister(rejectedUnfounded, "REJECTED_UNFOUNDED");
        String rejectedDuplicate = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        endInRegister(rejectedDuplicate, "REJECTED_DUPLICATE");
        String complied = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        endInRegister(complied, "COMPLIED");
        String writtenOff = reportCase(KEMNAKER, report(nib, "SMALL", "CONTRIBUTION_ARREARS", 5, 1_000_000));
        endInRegister(writtenOff, "WRITTEN_OFF");
        String pastTriage = reportCase(KEMNAKER, report(nib, "SMALL", "CONTRIBUTION_ARREARS", 5, 1_000_000));
        jdbc.sql("UPDATE enforcement_case SET stage = 'WARNING_1' WHERE case_number = ?").param(pastTriage).update();
        reportCase(KEMNAKER, report(nib, "SMALL", "PARTIALLY_REGISTERED", 5, 1_000_000)); // still in triage

        String latest = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 5, 1_000_000));

        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(latest).singleResult();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), EnforcementCaseProcess.Vars.PRIOR_CASES))
                .as("COMPLIED, WRITTEN_OFF and the open case past triage; not the rejected reports nor the one in triage")
                .isEqualTo(3);
    }

    @Test
    void aFreshCaseHasNoInspectionFineInstalmentPlanSanctionOrCourt() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));

        JsonNode c = api.get(CASES + "/" + caseId, DISNAKER).json();

        for (String section : List.of("inspection", "fine", "instalmentPlan", "sanction", "court")) {
            assertThat(c.has(section)).as(section + " present").isTrue();
            assertThat(c.path(section).isNull()).as(section + " is null").isTrue();
        }
    }

    /** The fine's payment date is the instalment that finished paying it, not a later one that paid nothing toward it. */
    @Test
    void theFineIsPaidOnTheInstalmentThatSettledItNotOnALaterOverpayment() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "MEDIUM", "CONTRIBUTION_ARREARS", 12, 24_000_000));
        records.arrearsEstablished(caseId, new java.math.BigDecimal("20000000"), 12);
        records.fineImposed(caseId, new java.math.BigDecimal("20000"), new java.math.BigDecimal("20000000"),
                java.time.OffsetDateTime.parse("2026-12-01T10:00:00+07:00"));
        // Rp20,000,000 of arrears and the Rp20,000 fine, both paid by the first instalment; the second pays beyond both.
        ledger(caseId, "INSTALMENT_PAID", 20_020_000, "2027-01-05", "VERIFIED");
        ledger(caseId, "INSTALMENT_PAID", 500_000, "2027-01-20", "VERIFIED");

        JsonNode fine = api.get(CASES + "/" + caseId, DISNAKER).json().path("fine");

        assertThat(fine.path("paidAmount").asLong()).isEqualTo(20_000);
        assertThat(fine.path("paidAt").asText()).isEqualTo("2027-01-05");
    }

    @Test
    void theCaseShowsWhatTheLadderEstablishedAndTheVerifiedFinePayments() {
        String nib = nextNib();
        String caseId = reportCase(DISNAKER, report(nib, "MEDIUM", "CONTRIBUTION_ARREARS", 12, 24_000_000));
        var inspectionAt = java.time.OffsetDateTime.parse("2026-11-26T09:00:00+07:00");
        records.inspectionScheduled(caseId, inspectionAt, "Kantor PT Maju Jaya, Batang");
        records.arrearsEstablished(caseId, new java.math.BigDecimal("20000000"), 14);
        records.fineImposed(caseId, new java.math.BigDecimal("20000"), new java.math.BigDecimal("20000000"),
                java.time.OffsetDateTime.parse("2026-12-01T10:00:00+07:00"));
        records.fineDue(caseId, java.time.OffsetDateTime.parse("2026-12-31T23:59:59+07:00"));
        records.sanctionRequested(caseId, "DPMPTSP Kabupaten Batang", java.time.OffsetDateTime.parse("2027-01-05T10:00:00+07:00"));
        records.sanctionDecided(caseId, "IMPOSED", "Izin usaha; IMB", java.time.LocalDate.parse("2027-01-10"));
        records.suitFiled(caseId, "SMALL_CLAIMS", java.time.LocalDate.parse("2027-03-01"));
        records.judgment(caseId, "WON");
        // The fine's ledger: verified FINE_PAID reports (5,000 + 7,000 = 12,000) and what verified instalments paid
        // beyond the established arrears: Rp20,000,000 less the Rp1,000,000 paid directly leaves Rp19,000,000 of
        // arrears, so of an instalment of Rp19,003,000 (28 Dec) Rp3,000 paid the fine: 15,000 in all, last on 28 Dec.
        ledger(caseId, "FINE_PAID", 5_000, "2026-12-10", "VERIFIED");
        ledger(caseId, "FINE_PAID", 7_000, "2026-12-20", "VERIFIED");
        ledger(caseId, "FINE_PAID", 8_000, "2026-12-22", "REJECTED");
        ledger(caseId, "FINE_PAID", 8_000, "2026-12-23", "PENDING");
        ledger(caseId, "ARREARS_PAID", 1_000_000, "2026-12-24", "VERIFIED");
        ledger(caseId, "INSTALMENT_PAID", 19_003_000, "2026-12-28", "VERIFIED");

        JsonNode c = api.get(CASES + "/" + caseId, DISNAKER).json();

        JsonNode inspection = c.path("inspection");
        assertThat(java.time.OffsetDateTime.parse(inspection.path("scheduledAt").asText()).toInstant()).isEqualTo(inspectionAt.toInstant());
        assertThat(inspection.path("place").asText()).isEqualTo("Kantor PT Maju Jaya, Batang");
        assertThat(inspection.path("establishedArrears").asLong()).isEqualTo(20_000_000);
        assertThat(inspection.path("workersFound").asInt()).isEqualTo(14);
        JsonNode fine = c.path("fine");
        assertThat(fine.path("amount").asLong()).isEqualTo(20_000);
        assertThat(fine.path("basis").asLong()).isEqualTo(20_000_000);
        assertThat(java.time.OffsetDateTime.parse(fine.path("dueAt").asText()).toInstant())
                .isEqualTo(java.time.OffsetDateTime.parse("2026-12-31T23:59:59+07:00").toInstant());
        assertThat(fine.path("paidAmount").asLong()).isEqualTo(15_000);
        assertThat(fine.path("paidAt").asText()).isEqualTo("2026-12-28");
        JsonNode sanction = c.path("sanction");
        assertThat(sanction.path("office").asText()).isEqualTo("DPMPTSP Kabupaten Batang");
        assertThat(sanction.path("decision").asText()).isEqualTo("IMPOSED");
        assertThat(sanction.path("services").asText()).isEqualTo("Izin usaha; IMB");
        assertThat(sanction.path("effectiveFrom").asText()).isEqualTo("2027-01-10");
        assertThat(sanction.path("liftedAt").isNull()).isTrue();
        JsonNode court = c.path("court");
        assertThat(court.path("kind").asText()).isEqualTo("SMALL_CLAIMS");
        assertThat(court.path("filedAt").asText()).isEqualTo("2027-03-01");
        assertThat(court.path("judgment").asText()).isEqualTo("WON");
        assertThat(c.path("instalmentPlan").isNull()).isTrue();

        JsonNode listed = api.get(CASES + "?nib=" + nib, DISNAKER).json().path("items").get(0);
        assertThat(listed.path("fine")).isEqualTo(fine);
        assertThat(listed.path("court")).isEqualTo(court);
    }

    @Test
    void theCaseShowsItsLatestInstalmentPlanWithLateInstalments() {
        String caseId = reportCase(DISNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 5, 3_000_000));
        var now = java.time.OffsetDateTime.now();
        String old = plan(caseId, "WARNING", "DEFAULTED", 3_000_000, "2026-10-01", now.minusDays(30));
        instalment(old, 1, "2026-10-15", 3_000_000, 0, null);
        String current = plan(caseId, "PROSECUTOR", "ACTIVE", 3_000_000, "2026-11-01", now.minusDays(1));
        java.time.LocalDate today = today();
        instalment(current, 1, today.minusDays(20).toString(), 1_000_000, 1_000_000, today.minusDays(22).toString());
        instalment(current, 2, today.minusDays(10).toString(), 1_000_000, 1_000_000, today.minusDays(8).toString());
        instalment(current, 3, today.minusDays(1).toString(), 500_000, 200_000, today.minusDays(3).toString());
        instalment(current, 4, today.toString(), 500_000, 0, null);

        JsonNode plan = api.get(CASES + "/" + caseId, DISNAKER).json().path("instalmentPlan");

        assertThat(plan.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.path("madeAt").asText()).isEqualTo("PROSECUTOR");
        assertThat(plan.path("total").asLong()).isEqualTo(3_000_000);
        assertThat(plan.path("signedOn").asText()).isEqualTo("2026-11-01");
        JsonNode instalments = plan.path("instalments");
        assertThat(instalments.findValuesAsText("dueDate")).containsExactly(today.minusDays(20).toString(),
                today.minusDays(10).toString(), today.minusDays(1).toString(), today.toString());
        // Paid early: on time; paid two days after the due date: late; short after its due date: late;
        // due today and unpaid: not late yet.
        assertThat(instalments.findValues("late")).extracting(JsonNode::asBoolean).containsExactly(false, true, true, false);
        assertThat(instalments.get(2).path("paidAmount").asLong()).isEqualTo(200_000);
        assertThat(instalments.get(3).path("paidAt").isNull()).isTrue();
    }

    @Test
    void theOpenApiDescriptionListsTheNewStagesOutcomesKindsAndSections() {
        JsonNode schemas = api.get("/v3/api-docs", null).json().path("components").path("schemas");
        JsonNode enforcementCase = schemas.path("EnforcementCase").path("properties");

        assertThat(enumOf(enforcementCase.path("stage"))).contains("INSPECTION", "FINE", "SERVICE_SANCTION", "PROSECUTOR", "COURT", "CLOSED");
        assertThat(enumOf(enforcementCase.path("outcome"))).contains("COMPLIED", "PAID_IN_FULL", "JUDGMENT_PAID", "WRITTEN_OFF");
        assertThat(enumOf(schemas.path("ProsecutorOutcomeReport").path("properties").path("outcome"))).containsExactly(
                "SUMMONED", "MEDIATION", "PAYMENT_STATEMENT", "PARTLY_RECOVERED", "PAID_IN_FULL", "PAYMENT_AGREEMENT",
                "FIRM_NOT_FOUND", "NO_SETTLEMENT");
        assertThat(enumOf(schemas.path("ComplianceReport").path("properties").path("kind"))).containsExactly(
                "WORKERS_REGISTERED", "DATA_COMPLETED", "ARREARS_PAID", "FINE_PAID", "INSTALMENT_PAID", "INSTALMENT_AGREED");
        assertThat(enforcementCase.has("inspection") && enforcementCase.has("fine") && enforcementCase.has("instalmentPlan")
                && enforcementCase.has("sanction") && enforcementCase.has("court")).isTrue();
        assertThat(enumOf(schemas.path("CourtView").path("properties").path("kind"))).containsExactly("SMALL_CLAIMS", "CIVIL_SUIT");
        assertThat(enumOf(schemas.path("CourtView").path("properties").path("judgment"))).containsExactly("WON", "LOST", "SETTLED");
        assertThat(enumOf(schemas.path("SanctionView").path("properties").path("decision"))).containsExactly("IMPOSED", "REFUSED");
        assertThat(enumOf(schemas.path("InstalmentPlanView").path("properties").path("status"))).containsExactly("ACTIVE", "PAID_OFF", "DEFAULTED");
    }

    private static List<String> enumOf(JsonNode property) {
        List<String> values = new ArrayList<>();
        JsonNode items = property.has("enum") ? property.path("enum") : property.path("items").path("enum");
        items.forEach(v -> values.add(v.asText()));
        assertThat(values).as("enum of " + property).isNotEmpty();
        return values;
    }

    /** Ends a case in the register only (and drops its process): what triage or the ladder would have left. */
    private void endInRegister(String caseId, String outcome) {
        var runtime = engine.getRuntimeService();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        runtime.deleteProcessInstance(instance.getId(), "test: ended in the register", true);
        jdbc.sql("UPDATE enforcement_case SET status = 'CLOSED', stage = 'CLOSED', outcome = ?, open_case_key = NULL, closed_at = ? WHERE case_number = ?")
                .params(outcome, java.time.OffsetDateTime.now(), caseId).update();
    }

    private void ledger(String caseId, String kind, long amount, String date, String status) {
        jdbc.sql("""
                INSERT INTO compliance_report (id, case_number, reporting_agency, kind, compliance_date, amount_paid,
                    reference, status, received_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(java.util.UUID.randomUUID().toString(), caseId, "disnaker-batang", kind,
                        java.time.LocalDate.parse(date), new java.math.BigDecimal(amount), "SLIP-" + date, status,
                        java.time.OffsetDateTime.now(), "AGENCY")
                .update();
    }

    private String plan(String caseId, String madeAt, String status, long total, String signedOn, java.time.OffsetDateTime createdAt) {
        String id = java.util.UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO instalment_plan (id, case_number, made_at, status, total, signed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, caseId, madeAt, status, new java.math.BigDecimal(total), java.time.LocalDate.parse(signedOn), createdAt)
                .update();
        return id;
    }

    private void instalment(String planId, int seq, String due, long amount, long paid, String paidOn) {
        jdbc.sql("INSERT INTO instalment (plan_id, seq, due_date, amount, paid_amount, paid_on) VALUES (?, ?, ?, ?, ?, ?)")
                .params(planId, seq, java.time.LocalDate.parse(due), new java.math.BigDecimal(amount), new java.math.BigDecimal(paid),
                        paidOn == null ? null : java.time.LocalDate.parse(paidOn))
                .update();
    }

    // ---- a whole case, agency and staff together ------------------------------------------------

    @Test
    void anAgencyFollowsItsCaseWhileStaffWorkItThroughTheEngineRestApi() {
        String caseId = reportCase(KEMNAKER, report(nextNib(), "LARGE", "PARTIALLY_REGISTERED", 150, 90_000_000));

        String triage = taskId("officer", caseId);
        assertThat(api.send("POST", "/engine-rest/task/" + triage + "/complete", ApiClient.withJson(ApiClient.basic("officer", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", Map.of("triageDecision", Map.of("value", "ACCEPT"),
                        "triageNotes", Map.of("value", "Data BPJS cocok")))).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(204);
        // The inspector sets the appointment before any summons goes out; a date in the past is refused.
        String schedule = taskId("inspector", caseId);
        Map<String, Object> appointment = new java.util.HashMap<>(Map.of(
                "inspectionDate", Map.of("value", java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).minusDays(1).toString()),
                "inspectionTime", Map.of("value", "09:30"), "inspectionPlace", Map.of("value", "Kantor Cabang Pekalongan"),
                "inspectionTeam", Map.of("value", "Rina Wati"), "labourInspectors", Map.of("value", "Agus Salim")));
        var refused = api.send("POST", "/engine-rest/task/" + schedule + "/complete", ApiClient.withJson(ApiClient.basic("inspector", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", appointment)).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("inspectionDate");
        appointment.put("inspectionDate", Map.of("value", java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).plusDays(2).toString()));
        assertThat(api.send("POST", "/engine-rest/task/" + schedule + "/complete", ApiClient.withJson(ApiClient.basic("inspector", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", appointment)).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(204);
        runLetterJobs(caseId);

        JsonNode inspection = api.get(CASES + "/" + caseId, KEMNAKER).json();
        assertThat(inspection.path("stage").asText()).isEqualTo("INSPECTION");
        assertThat(inspection.path("timeline").findValuesAsText("stage")).containsExactly("TRIAGE", "INSPECTION");
        assertThat(inspection.path("letters").findValuesAsText("kind")).containsExactly("SUMMONS", "LABOUR_OFFICE_NOTICE");
        assertThat(inspection.path("inspection").path("place").asText()).isEqualTo("Kantor Cabang Pekalongan");
        assertThat(inspection.path("letters").get(0).path("number").asText()).matches("\\d{5}/PGL/PKL/[IVXLC]+/\\d{4}");
        assertThat(inspection.path("letters").get(0).path("status").asText()).isEqualTo("SENT");

        // 5 of the 150 workers registered: verified and recorded, but the case goes on (Pasal 10(7): its workers, all).
        assertThat(api.postJson(CASES + "/" + caseId + "/compliance-reports", KEMNAKER, compliance()).status()).isEqualTo(202);
        String verifySome = taskId("officer", caseId);
        assertThat(api.send("POST", "/engine-rest/task/" + verifySome + "/complete", ApiClient.withJson(ApiClient.basic("officer", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", Map.of("verificationDecision", Map.of("value", "VERIFIED"),
                        "verificationNotes", Map.of("value", "Bukti pendaftaran 5 pekerja diterima")))).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(204);
        assertThat(api.get(CASES + "/" + caseId, KEMNAKER).json().path("status").asText()).isEqualTo("OPEN");

        assertThat(api.postJson(CASES + "/" + caseId + "/compliance-reports", KEMNAKER, ApiClient.json(Map.of("kind", "WORKERS_REGISTERED",
                "date", today().toString(), "workersRegistered", 150, "reference", "BUKTI-REG-02"))).status()).isEqualTo(202);
        String verify = taskId("officer", caseId);
        assertThat(api.send("POST", "/engine-rest/task/" + verify + "/complete", ApiClient.withJson(ApiClient.basic("officer", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", Map.of("verificationDecision", Map.of("value", "VERIFIED"),
                        "verificationNotes", Map.of("value", "Bukti pendaftaran diterima")))).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(204);

        JsonNode closed = api.get(CASES + "/" + caseId, KEMNAKER).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("COMPLIED");
        assertThat(closed.path("currentStepDue").isNull()).isTrue();
        assertThat(closed.path("timeline").findValuesAsText("stage")).containsExactly("TRIAGE", "INSPECTION", "CLOSED");
        // The reporting agency learns how its report was decided, and why.
        assertThat(closed.path("complianceReports").findValuesAsText("decisionNotes"))
                .containsExactly("Bukti pendaftaran 5 pekerja diterima", "Bukti pendaftaran diterima");
        JsonNode report = closed.path("complianceReports").get(1);
        assertThat(report.path("status").asText()).isEqualTo("VERIFIED");
        assertThat(report.path("workersRegistered").asInt()).isEqualTo(150);
        assertThat(report.path("source").asText()).isEqualTo("AGENCY");
        assertThat(report.path("decidedAt").isNull()).isFalse();
    }

    @Test
    void everyReadOfAnEmployersDataIsRecordedAndAnAdministratorListsThem() {
        String nib = nextNib();
        String caseId = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 12, 4_320_000));
        Response read = api.get(CASES + "/" + caseId, KEMNAKER);
        assertThat(api.get(CASES + "?nib=" + nib, KEMNAKER).json().path("items").size()).isOne();
        String triage = taskId("officer", caseId);
        assertThat(api.send("GET", "/engine-rest/task/" + triage + "/form-variables", ApiClient.basic("officer", STAFF_PASSWORD), null)
                .status()).isEqualTo(200);

        Response accesses = api.send("GET", "/api/admin/personal-data-access?nib=" + nib, ApiClient.basic("admin", STAFF_PASSWORD), null);
        assertThat(accesses.status()).isEqualTo(200);
        JsonNode rows = accesses.json();
        assertThat(rows.findValuesAsText("actor")).containsExactly("officer", "kemnaker", "kemnaker");
        assertThat(rows.findValuesAsText("actorType")).containsExactly("STAFF", "AGENCY", "AGENCY");
        assertThat(rows.findValuesAsText("channel")).containsExactly("Tasklist form of task " + triage,
                "GET /api/v1/enforcement-cases", "GET /api/v1/enforcement-cases/{caseId}");
        assertThat(rows.findValuesAsText("recordId")).containsOnly(caseId);
        assertThat(rows.get(2).path("requestId").asText()).isEqualTo(read.headers().get("x-request-id"));
        assertProblem(api.send("GET", "/api/admin/personal-data-access?nib=" + nib, ApiClient.bearer(KEMNAKER), null), 403);
    }

    // ---- the case file ----------------------------------------------------------------------------

    @Test
    void staffReadTheCaseFileWithEachStepsActorDecisionNotesAndFiguresInOrderAndTheReadIsLogged() {
        var driver = EnforcementCaseDriver.open(service, engine,
                EnforcementCaseDriver.report(SizeClass.LARGE, ViolationType.PARTIALLY_REGISTERED, 150, 90_000_000, 6));
        String caseId = driver.caseNumber;
        EnforcementCase registered = cases.find(caseId).orElseThrow();
        completeAs("officer", taskId("officer", caseId), Map.of("triageDecision", "ACCEPT",
                "triageNotes", "Data pemadanan cocok dengan laporan"));
        Map<String, Object> appointment = Map.of("inspectionDate", EnforcementCaseDriver.TOMORROW.toString(),
                "inspectionTime", "09:30", "inspectionPlace", "Kantor Cabang Pekalongan", "inspectionTeam", "Rina Wati",
                "labourInspectors", "Agus Salim");
        completeAs("inspector", taskId("inspector", caseId), appointment);
        driver.runJobs();
        completeAs("inspector", taskId("inspector", caseId), Map.of("employerAttended", false,
                "inspectionNotes", "Badan usaha tidak hadir"));
        completeAs("inspector", taskId("inspector", caseId), appointment);
        driver.runJobs();
        // The second record of the inspection has no notes: the first one's must not show up in it.
        completeAs("inspector", taskId("inspector", caseId), Map.of("employerAttended", true, "foundWorkers", 140,
                "foundArrearsAmount", 85_000_000, "foundMonthsInArrears", 6));
        driver.runJobs();
        // The application completes these (no user): recorded as SYSTEM, with the LHPA's figures.
        driver.finalReport(84_000_000, 6);

        Response read = api.send("GET", "/api/staff/enforcement-cases/" + caseId + "/file",
                ApiClient.basic("manager", STAFF_PASSWORD), null);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode file = read.json();
        assertThat(file.path("caseId").asText()).isEqualTo(caseId);
        assertThat(file.path("employer").path("nib").asText()).isEqualTo(registered.employerNib());
        assertThat(file.path("violation").path("workersAffected").asInt()).isEqualTo(150);
        assertThat(file.path("inspection").path("place").asText()).isEqualTo("Kantor Cabang Pekalongan");
        assertThat(file.path("inspection").path("establishedArrears").asLong()).as("the LHPA's figure").isEqualTo(84_000_000);
        assertThat(file.path("letters").findValuesAsText("kind")).contains("SUMMONS");
        assertThat(file.path("letters").get(0).path("number").asText()).matches("\\d{5}/PGL/PKL/[IVXLC]+/\\d{4}");
        assertThat(file.path("notes").findValuesAsText("text"))
                .containsExactly("Data pemadanan cocok dengan laporan", "Badan usaha tidak hadir");

        List<JsonNode> timeline = new ArrayList<>();
        file.path("timeline").forEach(timeline::add);
        assertThat(timeline).extracting(e -> e.path("at").asText()).isSortedAccordingTo(
                java.util.Comparator.comparing(java.time.OffsetDateTime::parse));
        List<String> events = timeline.stream().map(e -> e.path("type").asText() + ":" + e.path("activityId").asText()).toList();
        assertThat(events).containsSubsequence("STAGE:TRIAGE", "STEP:UserTask_TriageCase", "STAGE:INSPECTION",
                "STEP:UserTask_ScheduleInspection", "LETTER:SUMMONS", "STEP:UserTask_RecordInspection",
                "STEP:UserTask_ScheduleInspection", "STEP:UserTask_RecordInspection", "STEP:UserTask_RecordResultsAnswer", "STEP:UserTask_FinalizeInspectionReport", "STAGE:WARNING_1");
        // The timeline reads as people say it: stages and letters by name, not by code.
        assertThat(timeline.stream().map(e -> e.path("summary").asText()).toList())
                .contains("Masuk tahap " + id.sinergi.enforcement.Stage.TRIAGE.label())
                .anyMatch(summary -> summary.startsWith("Surat Panggilan Pemeriksaan nomor "))
                .noneMatch(summary -> summary.contains("SUMMONS") || summary.endsWith("TRIAGE"));
        JsonNode triage = step(timeline, "UserTask_TriageCase");
        assertThat(triage.path("actor").asText()).isEqualTo("officer");
        assertThat(triage.path("actorType").asText()).isEqualTo("STAFF");
        assertThat(triage.path("decision").asText()).isEqualTo("ACCEPT");
        assertThat(triage.path("notes").asText()).isEqualTo("Data pemadanan cocok dengan laporan");
        assertThat(triage.path("summary").asText()).isEqualTo("Verifikasi laporan kasus");
        List<JsonNode> inspections = steps(timeline, "UserTask_RecordInspection");
        assertThat(inspections).hasSize(2);
        assertThat(inspections.get(0).path("facts").path("employerAttended").asBoolean()).isFalse();
        assertThat(inspections.get(0).path("notes").asText()).isEqualTo("Badan usaha tidak hadir");
        JsonNode inspection = inspections.get(1);
        assertThat(inspection.path("notes").isNull()).as("this completion's own values only").isTrue();
        assertThat(inspection.path("actor").asText()).isEqualTo("inspector");
        assertThat(inspection.path("facts").path("employerAttended").asBoolean()).isTrue();
        assertThat(inspection.path("facts").path("foundWorkers").asInt()).isEqualTo(140);
        assertThat(inspection.path("facts").path("foundArrearsAmount").asLong()).isEqualTo(85_000_000);
        assertThat(inspection.path("facts").path("foundMonthsInArrears").asInt()).isEqualTo(6);
        assertThat(step(timeline, "UserTask_ScheduleInspection").path("facts").path("inspectionDate").asText())
                .isEqualTo(EnforcementCaseDriver.TOMORROW.toString());
        JsonNode answer = step(timeline, "UserTask_RecordResultsAnswer");
        assertThat(answer.path("actorType").asText()).isEqualTo("SYSTEM");
        assertThat(answer.path("decision").asText()).isEqualTo("NONE");
        assertThat(step(timeline, "UserTask_FinalizeInspectionReport").path("facts").path("finalArrearsAmount").asLong())
                .isEqualTo(84_000_000);
        // The steps keep what they established, never copies of the employer's identity.
        String stored = String.join("\n", jdbc.sql("SELECT facts FROM record_entry WHERE record_id = ?").param(caseId)
                .query(String.class).list());
        assertThat(stored).doesNotContain(registered.employerNpwp()).doesNotContain(registered.employerEmail())
                .doesNotContain(registered.employerNib());

        var logged = jdbc.sql("""
                SELECT actor, channel, request_id, employer_nib FROM personal_data_access
                WHERE record_id = ? AND actor_type = 'STAFF'
                """).param(caseId).query((rs, n) -> List.of(rs.getString("actor"), rs.getString("channel"),
                rs.getString("request_id"), rs.getString("employer_nib"))).list();
        assertThat(logged).containsExactly(List.of("manager", "GET /api/staff/enforcement-cases/{caseNumber}/file",
                read.header("X-Request-Id"), registered.employerNib()));
    }

    @Test
    void theCaseFileIsForTheGroupsThatWorkCasesAndAnUnknownCaseIs404() {
        String caseId = reportCase(KEMNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 12, 4_320_000));
        String path = "/api/staff/enforcement-cases/" + caseId + "/file";

        for (String reader : List.of("officer", "inspector", "legal", "manager", "admin")) {
            assertThat(api.send("GET", path, ApiClient.basic(reader, STAFF_PASSWORD), null).status()).as(reader).isEqualTo(200);
        }
        assertProblem(api.send("GET", path, ApiClient.basic("partnerships", STAFF_PASSWORD), null), 403);
        assertProblem(api.send("GET", path, ApiClient.basic("kacab", STAFF_PASSWORD), null), 403);
        assertProblem(api.get(path, KEMNAKER), 403);
        assertProblem(api.send("GET", path, Map.of(), null), 401);
        assertProblem(api.send("GET", "/api/staff/enforcement-cases/ENF-1999-000001/file",
                ApiClient.basic("officer", STAFF_PASSWORD), null), 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_data_access WHERE record_id = ? AND actor_type = 'STAFF'")
                .param(caseId).query(Long.class).single()).as("only the five reads that were answered").isEqualTo(5);
    }

    @Test
    void aCancelledCasesFileEndsWithWhoCancelledItAndWhy() {
        String caseId = reportCase(KEMNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 12, 4_320_000));
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .singleResult().getId();
        assertThat(api.send("DELETE", "/engine-rest/process-instance/" + instance + "?skipCustomListeners=true",
                ApiClient.basic("admin", STAFF_PASSWORD), null).status()).isEqualTo(204);

        JsonNode file = api.send("GET", "/api/staff/enforcement-cases/" + caseId + "/file",
                ApiClient.basic("officer", STAFF_PASSWORD), null).json();

        assertThat(file.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(file.path("cancellation").path("by").asText()).isEqualTo("admin");
        JsonNode last = file.path("timeline").get(file.path("timeline").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("CANCELLED");
        assertThat(last.path("actor").asText()).isEqualTo("admin");
    }

    private static JsonNode step(List<JsonNode> timeline, String activityId) {
        return steps(timeline, activityId).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no step " + activityId + " in " + timeline));
    }

    private static List<JsonNode> steps(List<JsonNode> timeline, String activityId) {
        return timeline.stream().filter(e -> "STEP".equals(e.path("type").asText()) && activityId.equals(e.path("activityId").asText()))
                .toList();
    }

    /** What Tasklist does for a logged-in user: completes the task through engine-rest with its form's values. */
    private void completeAs(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Response completed = api.send("POST", "/engine-rest/task/" + taskId + "/complete",
                ApiClient.withJson(ApiClient.basic(user, STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", variables)).getBytes(StandardCharsets.UTF_8));
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }

    @Test
    void aCaseCancelledInCockpitClosesAsCancelledAndTheEmployerCanBeReportedAgain() {
        String nib = nextNib();
        String caseId = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 12, 4_320_000));
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .singleResult().getId();
        assertThat(api.postJson(CASES + "/" + caseId + "/compliance-reports", KEMNAKER, compliance()).status()).isEqualTo(202);

        // What Cockpit's "cancel process instance" sends: a delete that skips the model's own listeners.
        assertThat(api.send("DELETE", "/engine-rest/process-instance/" + instance + "?skipCustomListeners=true&skipIoMappings=true",
                ApiClient.basic("admin", STAFF_PASSWORD), null).status()).isEqualTo(204);

        JsonNode cancelled = api.get(CASES + "/" + caseId, KEMNAKER).json();
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        // The report nobody will verify now is not shown pending on a cancelled case.
        assertThat(cancelled.path("complianceReports").findValuesAsText("status")).containsExactly("SUPERSEDED");
        assertThat(cancelled.path("closedAt").isNull()).isFalse();
        assertThat(jdbc.sql("SELECT cancelled_by FROM enforcement_case WHERE case_number = ?").param(caseId)
                .query(String.class).single()).isEqualTo("admin");
        String again = reportCase(KEMNAKER, report(nib, "SMALL", "UNREGISTERED", 12, 4_320_000));
        assertThat(again).as("the open-case key was freed: no 409 forever").isNotEqualTo(caseId);
    }

    @Test
    void anOfficerOpensACaseFromTasklistsStartFormAndADuplicateIsRefusedNamingTheOpenCase() {
        String start = "/engine-rest/process-definition/key/" + CaseOpening.KEY + "/submit-form";
        String nib = nextNib();
        Map<String, Object> form = new java.util.HashMap<>(Map.ofEntries(
                Map.entry("source", Map.of("value", "DATA_MATCHING")), Map.entry("employerNib", Map.of("value", nib)),
                Map.entry("employerNpwp", Map.of("value", "0123456789012")), Map.entry("employerName", Map.of("value", "CV Batik Pesisir")),
                Map.entry("employerAddress", Map.of("value", "Jl. Hayam Wuruk 3, Pekalongan")),
                Map.entry("employerEmail", Map.of("value", "admin@batikpesisir.example")), Map.entry("sizeClass", Map.of("value", "SMALL")),
                Map.entry("employerDistrict", Map.of("value", "kota-pekalongan")), Map.entry("violationType", Map.of("value", "UNREGISTERED")),
                Map.entry("workersAffected", Map.of("value", 14)), Map.entry("arrearsAmount", Map.of("value", 5_040_000, "type", "Long")),
                Map.entry("monthsInArrears", Map.of("value", 3)), Map.entry("reference", Map.of("value", "PMD-2026-11-0042"))));
        long casesBefore = jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single();

        var badNpwp = submit(start, "officer", form);
        assertThat(badNpwp.status()).isEqualTo(400);
        assertThat(badNpwp.body()).contains("employerNpwp");
        form.put("employerNpwp", Map.of("value", "012345678901234"));
        form.put("employerName", Map.of("value", "CV Batik\r\nPesisir"));
        var badName = submit(start, "officer", form);
        assertThat(badName.status()).as("the report's own rules apply: no line breaks in a name").isEqualTo(400);
        assertThat(badName.body()).contains("employerName");
        form.put("employerName", Map.of("value", "CV Batik Pesisir"));
        assertThat(submit(start, "partnerships", form).status()).as("only enforcement officers open cases").isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single()).isEqualTo(casesBefore);

        assertThat(submit(start, "officer", form).status()).isEqualTo(200);

        String caseId = jdbc.sql("SELECT case_number FROM enforcement_case WHERE employer_nib = ?").param(nib).query(String.class).single();
        assertThat(jdbc.sql("SELECT report_source || ' ' || reported_by || ' ' || employer_district FROM enforcement_case WHERE case_number = ?")
                .param(caseId).query(String.class).single())
                .isEqualTo("DATA_MATCHING BPJS Kesehatan Kantor Cabang (officer) kota-pekalongan");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.TRIAGE).count()).isOne();
        // The employer's NPWP, e-mail and name are in the register, whose reads are recorded, and not also in the
        // opening's engine history, which managers may read in full through engine-rest.
        var opening = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CaseOpening.KEY)
                .orderByProcessInstanceStartTime().desc().list().get(0);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(opening.getId()).list())
                .extracting(org.camunda.bpm.engine.history.HistoricVariableInstance::getName)
                .doesNotContain("employerNpwp", "employerEmail", "employerName", "employerAddress");
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(opening.getId()).list().stream()
                .map(Object::toString).filter(detail -> detail.contains("012345678901234") || detail.contains("admin@batikpesisir"))).isEmpty();

        var duplicate = submit(start, "officer", form);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("employerNib", caseId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case").query(Long.class).single()).isEqualTo(casesBefore + 1);
    }

    private Response submit(String path, String user, Map<String, Object> variables) {
        return api.send("POST", path, ApiClient.withJson(ApiClient.basic(user, STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", variables)).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOfficerRecordsAPaymentMadeAtTheBranchFromTasklistsStartForm() {
        String caseId = reportCase(KEMNAKER, report(nextNib(), "SMALL", "CONTRIBUTION_ARREARS", 12, 9_000_000));
        String start = "/engine-rest/process-definition/key/" + ComplianceRecording.KEY + "/submit-form";
        String today = java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).toString();
        Map<String, Object> form = new java.util.HashMap<>(Map.of("caseNumber", Map.of("value", caseId),
                "complianceKind", Map.of("value", "ARREARS_PAID"), "complianceDate", Map.of("value", today),
                "complianceReference", Map.of("value", "BUKTI-KC-17")));

        var noAmount = api.send("POST", start, ApiClient.withJson(ApiClient.basic("officer", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", form)).getBytes(StandardCharsets.UTF_8));
        assertThat(noAmount.status()).isEqualTo(400);
        assertThat(noAmount.body()).contains("amountPaid");
        form.put("amountPaid", Map.of("value", 4_000_000, "type", "Long"));
        form.put("caseNumber", Map.of("value", "ENF-1999-000001"));
        var unknownCase = api.send("POST", start, ApiClient.withJson(ApiClient.basic("officer", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", form)).getBytes(StandardCharsets.UTF_8));
        assertThat(unknownCase.status()).isEqualTo(400);
        assertThat(unknownCase.body()).contains("caseNumber");
        form.put("caseNumber", Map.of("value", caseId));
        assertThat(api.send("POST", start, ApiClient.withJson(ApiClient.basic("partnerships", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", form)).getBytes(StandardCharsets.UTF_8)).status())
                .as("only enforcement officers record compliance: others do not even see the process").isEqualTo(404);

        assertThat(api.send("POST", start, ApiClient.withJson(ApiClient.basic("officer", STAFF_PASSWORD)),
                ApiClient.json(Map.of("variables", form)).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);

        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.VERIFY_COMPLIANCE).singleResult();
        assertThat(task).as("the same verification as an agency's report").isNotNull();
        assertThat(jdbc.sql("SELECT source || ' ' || kind || ' ' || amount_paid || ' ' || reference FROM compliance_report WHERE case_number = ?")
                .param(caseId).query(String.class).single()).isEqualTo("STAFF ARREARS_PAID 4000000 BUKTI-KC-17");

        // The case file names who entered it at the branch.
        JsonNode file = api.send("GET", "/api/staff/enforcement-cases/" + caseId + "/file",
                ApiClient.basic("manager", STAFF_PASSWORD), null).json();
        assertThat(file.path("complianceReports").get(0).path("recordedBy").asText()).isEqualTo("officer");
        assertThat(file.path("timeline").findParents("type").stream()
                .filter(event -> event.path("type").asText().equals("COMPLIANCE_REPORT")).toList())
                .singleElement().satisfies(event -> {
                    assertThat(event.path("actorType").asText()).isEqualTo("STAFF");
                    assertThat(event.path("actor").asText()).isEqualTo("officer");
                });
    }

    @Test
    void theOpenApiDescriptionListsEveryEndpointAndItsErrors() {
        Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has(CASES)).isTrue();
        assertThat(paths.has(CASES + "/{caseId}/compliance-reports")).isTrue();
        assertThat(paths.has(CASES + "/{caseId}/prosecutor-outcomes")).isTrue();
        assertThat(paths.path(CASES).path("post").path("responses").has("409")).isTrue();
        assertThat(paths.path("/api/staff/enforcement-cases/{caseNumber}/file").path("get").path("responses").has("403")).isTrue();
        assertThat(paths.path("/api/staff/agreements/{agreementId}/file").path("get").path("responses").has("404")).isTrue();
        assertThat(paths.path(CASES).path("post").path("responses").has("413")).isTrue();
        assertThat(paths.path(CASES + "/{caseId}/documents").path("post").path("responses").has("415")).isTrue();
        assertThat(paths.has(CASES + "/{caseId}/documents/{documentId}")).isTrue();
        assertThat(paths.has(CASES + "/{caseId}/letters/{fileName}")).isTrue();
        assertThat(paths.path("/api/v1/enforcement-case-batches").path("post").path("responses").has("202")).isTrue();
        assertThat(paths.path("/api/v1/enforcement-case-batches/{batchId}").path("get").path("responses").has("404")).isTrue();
        JsonNode schemas = docs.json().path("components").path("schemas");
        assertThat(schemas.path("Employer").path("properties").path("nib").path("description").asText()).contains("13 digits");
        List<String> undescribed = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            if (!schema.getKey().equals("ProblemDetail")) {
                schema.getValue().path("properties").fields().forEachRemaining(property -> {
                    if (!property.getValue().has("description") && !property.getValue().has("$ref")) {
                        undescribed.add(schema.getKey() + "." + property.getKey());
                    }
                });
            }
        });
        assertThat(undescribed).as("every field described").isEmpty();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    // ---- helpers --------------------------------------------------------------------------------

    static Map<String, Object> report(String nib, String size, String type, int workers, long arrears) {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", nib);
        employer.put("npwp", "012345678901234");
        employer.put("name", "PT Maju Jaya Tbk.");
        employer.put("address", "Jl. Gajah Mada 1, Batang");
        employer.put("email", "hrd@majujaya.example");
        employer.put("sizeClass", size);
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("type", type);
        violation.put("workersAffected", workers);
        violation.put("arrearsAmount", arrears);
        violation.put("monthsInArrears", 3);
        violation.put("description", workers + " pekerja belum didaftarkan");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", employer);
        body.put("violation", violation);
        body.put("reference", "DN-BTG/2026/017");
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> employer(Map<String, Object> body) {
        return (Map<String, Object>) body.get("employer");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> violation(Map<String, Object> body) {
        return (Map<String, Object>) body.get("violation");
    }

    /** Agencies send dates as the calendar in Jakarta has them, whatever zone this JVM runs in. */
    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    }

    static String nextNib() {
        return Long.toString(NIB.incrementAndGet());
    }

    static String compliance() {
        return ApiClient.json(Map.of("kind", "WORKERS_REGISTERED", "date", today().toString(),
                "workersRegistered", 5, "reference", "BUKTI-REG-01"));
    }

    static String outcome(String kind) {
        return ApiClient.json(Map.of("outcome", kind, "date", today().toString(),
                "recoveredAmount", 3_000_000, "notes", "Dibayar lunas setelah mediasi"));
    }

    String reportCase(String token, Map<String, Object> body) {
        Response created = api.postJson(CASES, token, ApiClient.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }

    long casesOf(String nib) {
        return jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE employer_nib = ?").param(nib).query(Long.class).single();
    }


    private String taskId(String user, String caseId) {
        JsonNode tasks = api.send("GET", "/engine-rest/task?processInstanceBusinessKey=" + caseId,
                ApiClient.basic(user, STAFF_PASSWORD), null).json();
        assertThat(tasks.size()).as("tasks of %s visible to %s", caseId, user).isOne();
        return tasks.get(0).path("id").asText();
    }

    /** Job execution is off in tests: run the case's due letter jobs the way the job executor would. */
    private void runLetterJobs(String caseId) {
        var management = engine.getManagementService();
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        for (var job : management.createJobQuery().processInstanceId(instance.getId()).executable().messages().list()) {
            management.executeJob(job.getId());
        }
    }

    private void verifyCompliance(String caseId) {
        var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.VERIFY_COMPLIANCE).singleResult();
        engine.getTaskService().complete(task.getId(), Map.of("verificationDecision", "VERIFIED", "verificationNotes", "bukti sah"));
    }

    /** Moves a case straight to the SKK being sent, as if the ladder had run its course. */
    private void referToProsecutor(String caseId, String office) {
        var runtime = engine.getRuntimeService();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        runtime.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity(EnforcementCaseProcess.Elements.TRIAGE)
                .startBeforeActivity(EnforcementCaseProcess.Elements.SEND_SKK)
                .setVariable(EnforcementCaseProcess.Vars.PROSECUTOR_OFFICE, office)
                .setVariable(EnforcementCaseProcess.Vars.STAGE, "PROSECUTOR")
                .execute();
        runLetterJobs(caseId);
    }
}
