package id.sinergi.agreement;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.agreement.AgreementProcess.Elements;
import id.sinergi.support.ApiClient;
import id.sinergi.support.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Agreements through the agency API over real HTTP: a partner reads its own agreements and answers
 * drafts; the client a data exchange creates at go-live works, and the agreement's end locks it out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
abstract class AbstractAgreementApiTest {

    static final String AGREEMENTS = "/api/v1/agreements";
    static final String DISNAKER = "demo-token-disnaker-batang";
    static final String KEMNAKER = "demo-token-kemnaker";
    static final Map<String, String> ADMIN = ApiClient.basic("admin", "demo");

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    ApiClient api;
    @Autowired
    id.sinergi.agency.AgencyTokens tokens;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        // engine-rest finds its engine by name in a JVM-wide registry; a context closed by an earlier test
        // class (same name "default") took this cached context's engine out of it.
        org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine);
    }

    /**
     * An agency's agreements page by cursor, newest first by (created_at, agreement id): each once, in that order,
     * the total on the first page only; a forged cursor is a 400 naming it. The agency and its agreements are the
     * test's own (rows written directly), on two instants so the id breaks ties.
     */
    @Test
    void agreementListWalksEveryAgreementOnceByCursor() {
        String agencyId = "agr-list-" + System.nanoTime();
        String token = tokens.issue(agencyId, "Mitra Uji Daftar", java.util.Set.of(), null).token();
        var base = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusDays(1);
        String prefix = "LST" + (System.nanoTime() % 1_000_000_000L) + "-";
        var createdAt = new java.util.HashMap<String, java.time.OffsetDateTime>();
        for (int i = 0; i < 7; i++) {
            String id = prefix + i;
            var at = base.plusSeconds(i % 2);
            jdbc.sql("""
                    INSERT INTO agreement (agreement_id, kind, partner_name, partner_kind, partner_agency_id, title, scope,
                        purposes, term_years, bpjs_contact_name, bpjs_contact_email, partner_contact_name, partner_contact_email,
                        stage, status, data_exchange_status, created_at)
                    VALUES (?, 'MOU', 'Mitra Uji', 'OTHER', ?, 'Uji daftar', 'Uji', '', 1, 'Petugas', 'p@bpjs.example',
                        'Mitra', 'm@mitra.example', 'ACTIVE', 'OPEN', 'NONE', ?)
                    """).params(id, agencyId, at).update();
            createdAt.put(id, at);
        }
        List<String> expected = createdAt.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, java.time.OffsetDateTime>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey()).reversed())
                .map(java.util.Map.Entry::getKey).toList();

        JsonNode first = api.get(AGREEMENTS + "?size=3", token).json();
        assertThat(first.path("totalItems").asLong()).isEqualTo(7);
        assertThat(first.path("totalIsLowerBound").asBoolean()).isFalse();
        List<String> seen = new java.util.ArrayList<>(first.path("items").findValuesAsText("agreementId"));
        String next = first.path("links").path("next").asText();
        while (!next.isEmpty()) {
            JsonNode page = api.get(next, token).json();
            assertThat(page.has("totalItems")).isFalse();
            assertThat(next).contains("size=3");
            seen.addAll(page.path("items").findValuesAsText("agreementId"));
            next = page.path("links").path("next").asText();
        }
        assertThat(seen).containsExactlyElementsOf(expected);

        String cursor = first.path("links").path("next").asText().replaceAll(".*cursor=", "");
        var refused = api.get(AGREEMENTS + "?cursor=A" + cursor.substring(1), token);
        assertProblem(refused, 400);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("cursor");
    }

    @Test
    void demoAgenciesSeeTheirAgreementInForceAndNoOneElses() {
        JsonNode mine = api.get(AGREEMENTS, KEMNAKER).json();
        assertThat(mine.path("totalItems").asLong()).isEqualTo(1);
        JsonNode agreement = mine.path("items").get(0);
        assertThat(agreement.path("kind").asText()).isEqualTo("MOU");
        assertThat(agreement.path("stage").asText()).isEqualTo("ACTIVE");
        assertThat(agreement.path("number").asText()).matches("MOU/\\d{4}/KC-PKL/[IVX]+/\\d{4}");
        assertThat(agreement.path("dataExchange").path("status").asText()).isEqualTo("LIVE");
        assertThat(agreement.path("dataExchange").path("mechanism").asText()).isEqualTo("API");
        assertThat(agreement.path("signatories").path("level").asText()).isEqualTo("PRESIDENT_DIRECTOR");
        assertThat(agreement.path("endDate").asText()).isNotBlank();

        String id = agreement.path("agreementId").asText();
        assertThat(api.get(AGREEMENTS + "/" + id, KEMNAKER).status()).isEqualTo(200);
        assertProblem(api.get(AGREEMENTS + "/" + id, DISNAKER), 404);
        assertProblem(api.get(AGREEMENTS + "/AGR-1999-0001", KEMNAKER), 404);
        assertProblem(api.get(AGREEMENTS + "?size=0", KEMNAKER), 400);
    }

    @Test
    void thePartnerAnswersDraftsThroughTheApiRoundByRound() {
        var driver = drafting("disnaker-batang");
        String responses = AGREEMENTS + "/" + driver.agreementId + "/partner-responses";
        assertThat(api.get(AGREEMENTS + "/" + driver.agreementId, DISNAKER).json().path("awaitingPartnerResponse").asBoolean()).isTrue();

        assertProblem(api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "CHANGES_REQUESTED"))), 400);
        assertProblem(api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "MAYBE"))), 400);
        assertProblem(api.postJson(responses, DISNAKER, "{\"response\": \"AGREED\", \"extra\": 1}"), 400);
        assertProblem(api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "AGREED", "round", 2))), 409);
        assertProblem(api.postJson(responses, KEMNAKER, ApiClient.json(Map.of("response", "AGREED"))), 404);
        assertThat(driver.hasTask(Elements.RECORD_PARTNER_RESPONSE)).as("nothing delivered yet").isTrue();

        Map<String, String> key = Map.of("Idempotency-Key", "resp-" + System.nanoTime());
        String changes = ApiClient.json(Map.of("response", "CHANGES_REQUESTED", "comments", "Pasal 7 tentang data diperjelas", "round", 1));
        Response answered = api.postJson(responses, DISNAKER, changes, key);
        assertThat(answered.status()).as(answered.body()).isEqualTo(202);
        assertThat(answered.json().path("awaitingPartnerResponse").asBoolean()).isFalse();
        assertThat(driver.hasTask(Elements.REVISE_DRAFT)).isTrue();
        assertThat(driver.variable("partnerComments")).isEqualTo("Pasal 7 tentang data diperjelas");

        Response retried = api.postJson(responses, DISNAKER, changes, key);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "AGREED")), key), 422);
        assertProblem(api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "AGREED"))), 409);

        driver.reviseDraft();
        assertThat(api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "AGREED", "round", 2))).status()).isEqualTo(202);
        assertThat(driver.hasTask(Elements.APPROVE_CONCEPT)).isTrue();
        JsonNode read = api.get(AGREEMENTS + "/" + driver.agreementId, DISNAKER).json();
        assertThat(read.path("stage").asText()).isEqualTo("CONCEPT_APPROVAL");
        assertThat(read.path("draftRound").asInt()).isEqualTo(2);
        assertThat(read.path("signatories").path("level").isNull()).as("known once approved and registered").isTrue();
    }

    @Test
    void aPartnerAnswerWhoseNoteCannotBeWrittenLeavesTheRoundUnanswered() {
        var driver = drafting("disnaker-batang");
        String responses = AGREEMENTS + "/" + driver.agreementId + "/partner-responses";
        // A crash at the note: the database refuses exactly this note, after the engine took the answer.
        jdbc.sql("ALTER TABLE agreement_note ADD CONSTRAINT crash_probe CHECK (notes IS NULL OR notes <> 'Pasal 4 diubah (crash)')")
                .update();
        try {
            Response crashed = api.postJson(responses, DISNAKER,
                    ApiClient.json(Map.of("response", "CHANGES_REQUESTED", "comments", "Pasal 4 diubah (crash)")));
            assertThat(crashed.status()).as(crashed.body()).isGreaterThanOrEqualTo(500);
        } finally {
            jdbc.sql("ALTER TABLE agreement_note DROP CONSTRAINT crash_probe").update();
        }
        // Nothing of the answer stayed: the draft still waits for the partner, and no note exists for it.
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(driver.processInstanceId)
                .eventName(id.sinergi.agreement.AgreementProcess.MESSAGE_PARTNER_RESPONDED).count()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement_note WHERE agreement_id = ? AND kind = 'PARTNER_RESPONSE'")
                .param(driver.agreementId).query(Integer.class).single()).isZero();

        Response answered = api.postJson(responses, DISNAKER,
                ApiClient.json(Map.of("response", "CHANGES_REQUESTED", "comments", "Pasal 4 diubah")));
        assertThat(answered.status()).isEqualTo(202);
        assertThat(jdbc.sql("SELECT notes FROM agreement_note WHERE agreement_id = ? AND kind = 'PARTNER_RESPONSE'")
                .param(driver.agreementId).query(String.class).list()).containsExactly("Pasal 4 diubah");
    }

    @Test
    void partnerResponsesAtTheSameMomentDeliverOneAndAnswerTheOthers409() throws Exception {
        var driver = drafting("disnaker-batang");
        String responses = AGREEMENTS + "/" + driver.agreementId + "/partner-responses";
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Response>>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.postJson(responses, DISNAKER, ApiClient.json(Map.of("response", "AGREED")));
                }));
            }
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var answer : answers) {
                Response response = answer.get();
                statuses.add(response.status());
                if (response.status() != 202) {
                    assertProblem(response, 409);
                }
            }
            assertThat(statuses).as("one delivered, the rest 409, never 500").containsOnlyOnce(202).containsOnly(202, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(driver.hasTask(Elements.APPROVE_CONCEPT)).isTrue();
    }

    @Test
    void goLiveCreatesTheApiClientTheAdminHandsOverAndTheEndRevokesIt() {
        String agencyId = "disnaker-pml-" + Long.toString(System.nanoTime(), 36);
        var driver = signedWith(agencyId, "2026-11-20");
        assertProblem(api.send("GET", "/api/admin/agencies/" + agencyId, ADMIN, null), 404);

        driver.setUpDataExchange("API");

        JsonNode client = api.send("GET", "/api/admin/agencies/" + agencyId, ADMIN, null).json();
        assertThat(client.path("active").asBoolean()).isTrue();
        assertThat(client.path("agreementId").asText()).isEqualTo(driver.agreementId);
        Response rotated = api.send("POST", "/api/admin/agencies/" + agencyId + "/token", ADMIN, null);
        assertThat(rotated.status()).isEqualTo(201);
        String token = rotated.json().path("token").asText();

        JsonNode own = api.get(AGREEMENTS, token).json();
        assertThat(own.path("items").findValuesAsText("agreementId")).containsExactly(driver.agreementId);
        assertThat(own.path("items").get(0).path("dataExchange").path("mechanism").asText()).isEqualTo("API");
        Response reported = api.postJson("/api/v1/enforcement-cases", token, ApiClient.json(caseReport()));
        assertThat(reported.status()).as("an agency with a live agreement reports employers").isEqualTo(201);

        terminateAs("partnerships", driver, "2026-11-23", "sepakat");

        assertOnlyTheFinalStateIsReadable(token, "ENDED", driver.agreementId);
        assertThat(api.send("GET", "/api/admin/agencies/" + agencyId, ADMIN, null).json().path("active").asBoolean()).isFalse();

        // The token then leaks: the administrator revokes it, and it reads nothing, ended agreements included.
        assertThat(api.send("DELETE", "/api/admin/agencies/" + agencyId + "/token", ADMIN, null).status()).isEqualTo(204);
        assertProblem(api.get(AGREEMENTS, token), 401);
        assertProblem(api.get(AGREEMENTS + "/" + driver.agreementId, token), 401);
    }

    @Test
    void aTokenTheAdministratorRevokesReadsNothingWhileItsAgreementIsLive() {
        String agencyId = "disnaker-btg-" + Long.toString(System.nanoTime(), 36);
        var driver = signedWith(agencyId, "2026-11-20");
        driver.setUpDataExchange("API");
        String token = handOverToken(agencyId);
        assertThat(api.get(AGREEMENTS, token).status()).isEqualTo(200);

        assertThat(api.send("DELETE", "/api/admin/agencies/" + agencyId + "/token", ADMIN, null).status()).isEqualTo(204);

        assertProblem(api.get(AGREEMENTS, token), 401);
        assertProblem(api.get(AGREEMENTS + "/" + driver.agreementId, token), 401);
        assertProblem(api.get("/api/v1/enforcement-cases", token), 401);
    }

    @Test
    void aClientServingTwoLiveAgreementsKeepsItsAccessUntilTheLastOneEnds() {
        String agencyId = "disnaker-kpk-" + Long.toString(System.nanoTime(), 36);
        var dataExchange = signedWith(agencyId, "2026-11-20").setUpDataExchange("API");
        var enforcement = signedWith(agencyId, "2026-11-21").setUpDataExchange("API");
        String token = handOverToken(agencyId);
        assertThat(api.get(AGREEMENTS, token).json().path("items").findValuesAsText("agreementId"))
                .containsExactlyInAnyOrder(dataExchange.agreementId, enforcement.agreementId);

        terminateAs("partnerships", dataExchange, "2026-11-23", "sepakat");
        assertThat(api.get(AGREEMENTS, token).status()).as("the other agreement is still in force").isEqualTo(200);
        assertThat(api.send("GET", "/api/admin/agencies/" + agencyId, ADMIN, null).json().path("agreementId").asText())
                .isEqualTo(enforcement.agreementId);

        terminateAs("partnerships", enforcement, "2026-11-23", "sepakat");
        assertOnlyTheFinalStateIsReadable(token, "ENDED", dataExchange.agreementId, enforcement.agreementId);
    }

    @Test
    void cancellingALiveAgreementInCockpitEndsItAsCancelledAndRevokesItsApiAccess() {
        String agencyId = "disnaker-btg-" + Long.toString(System.nanoTime(), 36);
        var driver = signedWith(agencyId, "2026-11-20").setUpDataExchange("API");
        String token = handOverToken(agencyId);
        assertThat(api.get(AGREEMENTS, token).status()).isEqualTo(200);

        // What Cockpit's "cancel process instance" sends: a delete that skips the model's own listeners.
        Response deleted = api.send("DELETE", "/engine-rest/process-instance/" + driver.processInstanceId
                + "?skipCustomListeners=true&skipIoMappings=true", ADMIN, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

        assertOnlyTheFinalStateIsReadable(token, "CANCELLED", driver.agreementId);
        assertThat(api.send("GET", "/api/admin/agencies/" + agencyId, ADMIN, null).json().path("active").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT status || ' ' || cancelled_by || ' ' || data_exchange_status FROM agreement WHERE agreement_id = ?")
                .param(driver.agreementId).query(String.class).single()).isEqualTo("CANCELLED admin REVOKED");
    }

    // ---- the agreement's file -----------------------------------------------------------------------

    @Test
    void theAgreementFileKeepsEachMonitoringReportTheAmendmentAndTheTerminationWithWhoAndWhen() {
        String agencyId = "disnaker-file-" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> proposal = AgreementDriver.proposal("PKS", "LABOUR_OFFICE", false);
        proposal.put("partnerAgencyId", agencyId);
        var driver = AgreementDriver.start(engine, proposal).throughConcept().sign("2026-11-20", "2026-11-20");
        driver.fireTimer(Elements.MONITORING);
        completeAs("partnerships", driver.task(Elements.MONITORING_REPORT).getId(),
                Map.of("monitoringRating", "NEEDS_ATTENTION", "monitoringSummary", "Data semester I terlambat"));
        driver.fireTimer(Elements.MONITORING);
        completeAs("partnerships", driver.task(Elements.MONITORING_REPORT).getId(),
                Map.of("monitoringRating", "GOOD", "monitoringSummary", "Data semester II lengkap"));
        driver.fireTimer(Elements.RENEWAL_DECISION_DUE)
                .complete(Elements.DECIDE_RENEWAL, Map.of("renewalDecision", "AMEND", "renewalNotes", "Tambah data upah"));
        driver.complete(Elements.RECORD_AMENDMENT, Map.of("amendmentNumber", "ADD-1", "amendmentSummary", "data upah",
                "amendmentSignedDate", "2026-11-23"));
        terminateAs("partnerships", driver, "2026-11-23", "Kesepakatan bersama para pihak");

        Response read = api.send("GET", "/api/staff/agreements/" + driver.agreementId + "/file",
                ApiClient.basic("partnerships", "demo"), null);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode file = read.json();
        assertThat(file.path("agreementId").asText()).isEqualTo(driver.agreementId);
        assertThat(file.path("status").asText()).isEqualTo("ENDED");
        assertThat(file.path("partner").path("agencyId").asText()).isEqualTo(agencyId);
        assertThat(file.path("letters").findValuesAsText("kind")).contains("AMENDMENT_DRAFT");
        assertThat(file.path("notes").findValuesAsText("text")).contains("sesuai", "Tambah data upah");

        List<JsonNode> steps = new java.util.ArrayList<>();
        file.path("timeline").forEach(event -> {
            if ("STEP".equals(event.path("type").asText())) {
                steps.add(event);
            }
        });
        assertThat(steps).extracting(step -> step.path("activityId").asText()).containsSubsequence(
                Elements.EXPLORE, Elements.LEGAL_REVIEW, Elements.RECORD_PARTNER_RESPONSE, Elements.APPROVE_CONCEPT,
                Elements.RECORD_BPJS_SIGNATURE, Elements.RECORD_PARTNER_SIGNATURE, Elements.MONITORING_REPORT,
                Elements.MONITORING_REPORT, Elements.DECIDE_RENEWAL, Elements.RECORD_AMENDMENT);
        var monitoring = steps.stream().filter(step -> Elements.MONITORING_REPORT.equals(step.path("activityId").asText())).toList();
        assertThat(monitoring).extracting(step -> step.path("facts").path("monitoringSummary").asText())
                .containsExactly("Data semester I terlambat", "Data semester II lengkap");
        assertThat(monitoring).extracting(step -> step.path("decision").asText()).containsExactly("NEEDS_ATTENTION", "GOOD");
        assertThat(monitoring).extracting(step -> step.path("actor").asText()).containsOnly("partnerships");
        JsonNode amendment = steps.stream().filter(step -> Elements.RECORD_AMENDMENT.equals(step.path("activityId").asText()))
                .findFirst().orElseThrow();
        assertThat(amendment.path("facts").path("amendmentNumber").asText()).isEqualTo("ADD-1");
        assertThat(amendment.path("facts").path("amendmentSignedDate").asText()).isEqualTo("2026-11-23");
        // The termination is no task any more: the file keeps it as a note, with who recorded it.
        JsonNode termination = null;
        for (JsonNode note : file.path("notes")) {
            if (note.toString().contains("Kesepakatan bersama para pihak")) {
                termination = note;
            }
        }
        assertThat(termination).as("termination note in %s", file.path("notes")).isNotNull();
        assertThat(termination.toString()).contains("2026-11-23", "partnerships");
        JsonNode last = file.path("timeline").get(file.path("timeline").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("ENDED");

        assertThat(jdbc.sql("""
                SELECT actor || ' ' || channel || ' ' || request_id FROM personal_data_access
                WHERE record_type = 'AGREEMENT' AND record_id = ? AND actor_type = 'STAFF'
                """).param(driver.agreementId).query(String.class).list())
                .containsExactly("partnerships GET /api/staff/agreements/{agreementId}/file " + read.header("X-Request-Id"));
    }

    @Test
    void theAgreementFileIsForTheGroupsThatWorkAgreementsAndAnUnknownOneIs404() {
        var driver = drafting("disnaker-file-" + Long.toString(System.nanoTime(), 36));
        String path = "/api/staff/agreements/" + driver.agreementId + "/file";

        for (String reader : List.of("partnerships", "legal", "manager", "kacab", "admin")) {
            assertThat(api.send("GET", path, ApiClient.basic(reader, "demo"), null).status()).as(reader).isEqualTo(200);
        }
        assertProblem(api.send("GET", path, ApiClient.basic("officer", "demo"), null), 403);
        assertProblem(api.send("GET", path, ApiClient.basic("inspector", "demo"), null), 403);
        assertProblem(api.get(path, KEMNAKER), 403);
        assertProblem(api.send("GET", "/api/staff/agreements/AGR-1999-0001/file", ApiClient.basic("partnerships", "demo"), null), 404);
    }

    /** What a partnerships officer does when the parties agree to end the agreement: the staff endpoint. */
    /**
     * Issue 12, as Tasklist reads and submits it: the revise-proposal form names the agreement in Indonesian and
     * is prefilled with the proposal's term; a term outside the proposal's limits is a 400 naming the field, and
     * a valid one becomes the register's.
     */
    @Test
    void staffReadTheAgreementByNameAndARevisedTermOutsideItsLimitsIsRefused() {
        var driver = AgreementDriver.start(engine, AgreementDriver.proposal("MOU", "REGIONAL_GOVERNMENT", false)).explore("GO")
                .legalReview("SEND_BACK", "Jangka waktu terlalu panjang");
        String taskId = driver.task(AgreementProcess.Elements.REVISE_PROPOSAL).getId();
        Response read = api.send("GET", "/engine-rest/task/" + taskId + "/form-variables", ApiClient.basic("partnerships", "demo"), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("agreementSummary").path("value").asText())
                .contains("**Jenis:** Nota Kesepahaman (MoU)", "(Pemerintah daerah)", "**Tahap saat ini:** Kajian hukum",
                        "**Jangka waktu:** 3 (tiga) tahun")
                .doesNotContain("REGIONAL_GOVERNMENT", "LEGAL_REVIEW", "MOU");
        assertThat(read.json().path("termYears").path("value").asInt()).as("prefilled").isEqualTo(3);

        Map<String, Object> revision = new java.util.LinkedHashMap<>(Map.of("title", Map.of("value", "Sosialisasi JKN di Kabupaten Batang"),
                "scope", Map.of("value", "Sosialisasi bersama"), "termYears", Map.of("value", 11),
                "revisionSummary", Map.of("value", "jangka waktu disesuaikan")));
        Response refused = api.send("POST", "/engine-rest/task/" + taskId + "/complete",
                ApiClient.withJson(ApiClient.basic("partnerships", "demo")),
                ApiClient.json(Map.of("variables", revision)).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("termYears");

        revision.put("termYears", Map.of("value", 2));
        Response completed = api.send("POST", "/engine-rest/task/" + taskId + "/complete",
                ApiClient.withJson(ApiClient.basic("partnerships", "demo")),
                ApiClient.json(Map.of("variables", revision)).getBytes(StandardCharsets.UTF_8));
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT term_years FROM agreement WHERE agreement_id = ?").param(driver.agreementId)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT title FROM agreement WHERE agreement_id = ?").param(driver.agreementId)
                .query(String.class).single()).isEqualTo("Sosialisasi JKN di Kabupaten Batang");
    }

    private void terminateAs(String user, AgreementDriver driver, String terminationDate, String reason) {
        Response recorded = api.send("POST", "/api/staff/agreements/" + driver.agreementId + "/termination",
                ApiClient.withJson(ApiClient.basic(user, "demo")),
                ApiClient.json(Map.of("terminationDate", terminationDate, "terminationReason", reason)).getBytes(StandardCharsets.UTF_8));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(202);
        driver.runJobs();
    }

    /** What Tasklist does for a logged-in user: completes the task through engine-rest with its form's values. */
    private void completeAs(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Response completed = api.send("POST", "/engine-rest/task/" + taskId + "/complete",
                ApiClient.withJson(ApiClient.basic(user, "demo")),
                ApiClient.json(Map.of("variables", variables)).getBytes(StandardCharsets.UTF_8));
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }

    /** A PKS with a labour office for this agency id, signed by both on the given day, its data exchange still to set up. */
    private AgreementDriver signedWith(String agencyId, String signedOn) {
        Map<String, Object> proposal = AgreementDriver.proposal("PKS", "LABOUR_OFFICE", true);
        proposal.put("partnerAgencyId", agencyId);
        return AgreementDriver.start(engine, proposal).throughConcept().sign(signedOn, signedOn);
    }

    /** What an administrator does after go-live: gives the agency's client a token to hand over. */
    private String handOverToken(String agencyId) {
        return api.send("POST", "/api/admin/agencies/" + agencyId + "/token", ADMIN, null).json().path("token").asText();
    }

    /** Access ended: the partner still reads its own agreements' final state, and nothing else. */
    private void assertOnlyTheFinalStateIsReadable(String token, String status, String... agreementIds) {
        JsonNode ended = api.get(AGREEMENTS, token).json();
        assertThat(ended.path("items").findValuesAsText("agreementId")).contains(agreementIds);
        List<JsonNode> items = new java.util.ArrayList<>();
        ended.path("items").forEach(items::add);
        assertThat(items).extracting(item -> item.path("stage").asText()).containsOnly("ENDED");
        assertThat(items).extracting(item -> item.path("status").asText()).containsOnly(status);
        assertProblem(api.get("/api/v1/enforcement-cases", token), 401);
        assertProblem(api.postJson("/api/v1/enforcement-cases", token, ApiClient.json(caseReport())), 401);
    }

    @Test
    void anAgencyWithoutALiveAgreementCannotReportEmployers() {
        String agencyId = "dinas-tanpa-pks-" + Long.toString(System.nanoTime(), 36);
        Response issued = api.send("POST", "/api/admin/agencies", ApiClient.withJson(ADMIN), ApiClient.json(Map.of("agencyId", agencyId,
                "name", "Dinas Tanpa PKS", "scopes", List.of("REPORT_CASES"))).getBytes(StandardCharsets.UTF_8));
        String token = issued.json().path("token").asText();

        Response refused = api.postJson("/api/v1/enforcement-cases", token, ApiClient.json(caseReport()));

        assertProblem(refused, 403);
        assertThat(refused.json().path("detail").asText()).contains("no agreement in force");
        assertThat(api.get(AGREEMENTS, token).json().path("totalItems").asLong()).isZero();
    }

    private AgreementDriver drafting(String agencyId) {
        Map<String, Object> proposal = AgreementDriver.proposal("PKS", "LABOUR_OFFICE", false);
        proposal.put("partnerAgencyId", agencyId);
        return AgreementDriver.start(engine, proposal).explore("GO").legalReview("APPROVE", "sesuai");
    }

    private static Map<String, Object> caseReport() {
        String nib = Long.toString(9_140_000_000_000L + (System.nanoTime() % 1_000_000_000L));
        return Map.of(
                "employer", Map.of("nib", nib, "npwp", "012345678901234", "name", "CV Sinar Abadi (Cab. Pemalang)",
                        "address", "Jl. Jend. Sudirman 5, Pemalang", "email", "admin@sinarabadi.example", "sizeClass", "SMALL"),
                "violation", Map.of("type", "UNREGISTERED", "workersAffected", 9, "arrearsAmount", 3_240_000,
                        "monthsInArrears", 3, "description", "9 pekerja belum didaftarkan"),
                "reference", "DN-PML/2026/004");
    }

}
