package id.sinergi.document;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What Tasklist's "Dokumen" tab relies on, over real HTTP: a task leads to its case or agreement for whoever
 * may see the task, and an upload with the Tasklist session counts only with the session's CSRF token. Run by
 * the agency-API test classes, so it runs on H2 and on PostgreSQL.
 */
public interface TaskDocumentScenarios {

    String STAFF_PASSWORD = "demo";
    AtomicLong TASK_DOCUMENT_NIBS = new AtomicLong(9_180_000_000_000L + (System.nanoTime() % 100_000) * 10_000);
    Pattern SESSION_COOKIE = Pattern.compile("(JSESSIONID|XSRF-TOKEN)=([^;,\\s]+)");

    int port();

    ProcessEngine engine();

    JdbcClient jdbc();

    /** The webapp session of a staff member logged in to Tasklist: its cookies and the CSRF token its page reads. */
    record WebappSession(String cookies, String csrfToken) {

        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Cookie", cookies);
            return headers;
        }
    }

    /** As Tasklist's login page does it: open the app (a session and its XSRF token), then post the login form. */
    private WebappSession loginToTasklist(String user) {
        var api = new ApiClient(port());
        Map<String, String> cookies = new LinkedHashMap<>();
        var page = api.send("GET", "/camunda/app/tasklist/default/", Map.of(), null);
        keepCookies(page, cookies);
        String token = page.header("x-xsrf-token");
        assertThat(token).as(page.headers().toString()).isNotBlank();
        var login = api.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", Map.of(
                        "Cookie", cookieHeader(cookies), "X-XSRF-TOKEN", token,
                        "Content-Type", "application/x-www-form-urlencoded"),
                ("username=" + user + "&password=" + STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        keepCookies(login, cookies);
        // Logging in starts a new session (against session fixation) without a token; the app's next read, as
        // Tasklist makes at once, gives it one and sets the XSRF-TOKEN cookie the page's scripts read.
        cookies.remove("XSRF-TOKEN");
        var next = api.send("GET", "/camunda/api/admin/auth/user/default", Map.of("Cookie", cookieHeader(cookies)), null);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        keepCookies(next, cookies);
        assertThat(cookies).as(next.headers().toString()).containsKey("XSRF-TOKEN");
        return new WebappSession(cookieHeader(cookies), cookies.get("XSRF-TOKEN"));
    }

    private static void keepCookies(ApiClient.Response response, Map<String, String> cookies) {
        String set = response.header("set-cookie");
        if (set != null) {
            Matcher matcher = SESSION_COOKIE.matcher(set);
            while (matcher.find()) {
                cookies.put(matcher.group(1), matcher.group(2));
            }
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** A case reported by the labour office, waiting at triage (a task of the enforcement officers). */
    private String reportedCase() {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", Long.toString(TASK_DOCUMENT_NIBS.incrementAndGet()));
        employer.put("npwp", "012345678901234");
        employer.put("name", "CV Tenun Ikat Pekalongan");
        employer.put("address", "Jl. Hayam Wuruk 3, Pekalongan");
        employer.put("email", "hrd@tenunikat.example");
        employer.put("sizeClass", "SMALL");
        var report = Map.of("employer", employer, "reference", "DN-BTG/2026/TL",
                "violation", Map.of("type", "UNREGISTERED", "workersAffected", 4, "arrearsAmount", 1_440_000,
                        "monthsInArrears", 3, "description", "4 pekerja belum didaftarkan"));
        var created = new ApiClient(port()).postJson("/api/v1/enforcement-cases", "demo-token-disnaker-batang",
                ApiClient.json(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }

    private String triageTaskOf(String caseId) {
        return engine().getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(Elements.TRIAGE).singleResult().getId();
    }

    private ApiClient.Response upload(String path, Map<String, String> auth, byte[] content) {
        var form = ApiClient.Multipart.of(Map.of("kind", "INSPECTION_RECORD", "description", "Pindaian berita acara"),
                "file", "BAP.pdf", "application/pdf", content);
        Map<String, String> headers = new LinkedHashMap<>(auth);
        headers.put("Content-Type", form.contentType());
        return new ApiClient(port()).send("POST", path, headers, form.body());
    }

    private long documentsOf(String caseId) {
        return jdbc().sql("SELECT COUNT(*) FROM case_document WHERE record_type = 'ENFORCEMENT_CASE' AND record_id = ?")
                .param(caseId).query(Long.class).single();
    }

    @Test
    default void aProcessInstanceLeadsToItsCaseForWhoMayReadIt() {
        var api = new ApiClient(port());
        String caseId = reportedCase();
        String instanceId = engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey(id.sinergi.enforcement.EnforcementCaseProcess.KEY).singleResult().getId();
        String path = "/api/staff/process-instances/" + instanceId + "/record";

        for (String reader : new String[] {"manager", "admin"}) {
            var record = api.send("GET", path, ApiClient.basic(reader, STAFF_PASSWORD), null);
            assertThat(record.status()).as(reader + ": " + record.body()).isEqualTo(200);
            assertThat(record.json().path("recordType").asText()).isEqualTo("enforcement-cases");
            assertThat(record.json().path("recordId").asText()).isEqualTo(caseId);
            assertThat(record.json().path("documentsUrl").asText()).isEqualTo("/api/staff/enforcement-cases/" + caseId + "/documents");
        }
        // Officers work the case's tasks but may not read its process instance in the engine.
        assertProblem(api.send("GET", path, ApiClient.basic("officer", STAFF_PASSWORD), null), 403);
        assertProblem(api.send("GET", "/api/staff/process-instances/no-such-instance/record",
                ApiClient.basic("manager", STAFF_PASSWORD), null), 404);
        assertThat(api.send("GET", path, Map.of(), null).status()).isEqualTo(401);
    }

    @Test
    default void aTaskLeadsToItsCaseOrAgreementOnlyForWhoMaySeeIt() {
        var api = new ApiClient(port());
        String caseId = reportedCase();
        String triage = triageTaskOf(caseId);

        var record = api.send("GET", "/api/staff/tasks/" + triage + "/record", ApiClient.basic("officer", STAFF_PASSWORD), null);
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        assertThat(record.json().path("recordType").asText()).isEqualTo("enforcement-cases");
        assertThat(record.json().path("recordId").asText()).isEqualTo(caseId);
        assertThat(record.json().path("documentsUrl").asText()).isEqualTo("/api/staff/enforcement-cases/" + caseId + "/documents");
        assertThat(api.send("GET", "/api/staff/tasks/" + triage + "/record", ApiClient.basic("admin", STAFF_PASSWORD),
                null).status()).as("administrators").isEqualTo(200);
        assertThat(api.send("GET", "/api/staff/tasks/" + triage + "/record", ApiClient.basic("manager", STAFF_PASSWORD),
                null).status()).as("managers, who may read every task").isEqualTo(200);

        // Partnerships and inspectors are staff, but not candidates for a case's triage.
        assertProblem(api.send("GET", "/api/staff/tasks/" + triage + "/record", ApiClient.basic("partnerships", STAFF_PASSWORD),
                null), 403);
        assertProblem(api.send("GET", "/api/staff/tasks/" + triage + "/record", ApiClient.basic("inspector", STAFF_PASSWORD),
                null), 403);
        var unknown = api.send("GET", "/api/staff/tasks/no-such-task/record", ApiClient.basic("officer", STAFF_PASSWORD), null);
        assertProblem(unknown, 404);
        assertThat(unknown.json().path("type").asText()).endsWith("/task-not-found");
        assertProblem(api.send("GET", "/api/staff/tasks/" + triage + "/record", Map.of(), null), 401);

        // A task the officer sees that works on no case or agreement (here one made by hand in Tasklist).
        var taskService = engine().getTaskService();
        var standalone = taskService.newTask();
        standalone.setName("Catatan tanpa kasus");
        taskService.saveTask(standalone);
        taskService.addCandidateGroup(standalone.getId(), "enforcement-officers");
        try {
            var noRecord = api.send("GET", "/api/staff/tasks/" + standalone.getId() + "/record",
                    ApiClient.basic("officer", STAFF_PASSWORD), null);
            assertProblem(noRecord, 404);
            assertThat(noRecord.json().path("type").asText()).endsWith("/no-record");
        } finally {
            taskService.deleteTask(standalone.getId(), true);
        }

        // Claimed by the officer, the task stays hers to see; an agreement's task leads to the agreement.
        engine().getTaskService().claim(triage, "officer");
        assertThat(api.send("GET", "/api/staff/tasks/" + triage + "/record", ApiClient.basic("officer", STAFF_PASSWORD), null)
                .json().path("recordId").asText()).isEqualTo(caseId);
        // A proposal of its own: active agreements have no standing task (termination is started on demand).
        var proposed = id.sinergi.agreement.AgreementDriver.start(engine(),
                id.sinergi.agreement.AgreementDriver.proposal("PKS", "LABOUR_OFFICE", false));
        var agreementTask = engine().getTaskService().createTaskQuery().processInstanceId(proposed.processInstanceId)
                .taskCandidateGroup("partnerships").singleResult();
        assertThat(agreementTask).as("the proposal waits for exploration by partnerships").isNotNull();
        String agreementId = jdbc().sql("SELECT agreement_id FROM agreement WHERE process_instance_id = ?")
                .param(agreementTask.getProcessInstanceId()).query(String.class).single();
        var agreementRecord = api.send("GET", "/api/staff/tasks/" + agreementTask.getId() + "/record",
                ApiClient.basic("partnerships", STAFF_PASSWORD), null);
        assertThat(agreementRecord.status()).as(agreementRecord.body()).isEqualTo(200);
        assertThat(agreementRecord.json().path("recordType").asText()).isEqualTo("agreements");
        assertThat(agreementRecord.json().path("recordId").asText()).isEqualTo(agreementId);
        assertProblem(api.send("GET", "/api/staff/tasks/" + agreementTask.getId() + "/record",
                ApiClient.basic("officer", STAFF_PASSWORD), null), 403);
    }

    @Test
    default void aTasklistSessionUploadsOnlyWithItsCsrfToken() {
        var api = new ApiClient(port());
        String caseId = reportedCase();
        String documents = "/api/staff/enforcement-cases/" + caseId + "/documents";
        byte[] scan = ("%PDF-1.4\n% Berita acara " + caseId + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        WebappSession session = loginToTasklist("officer");

        var record = api.send("GET", "/api/staff/tasks/" + triageTaskOf(caseId) + "/record", session.headers(), null);
        assertThat(record.status()).as("the tab finds the case with the session: " + record.body()).isEqualTo(200);

        var withoutToken = upload(documents, session.headers(), scan);
        assertProblem(withoutToken, 403);
        assertThat(withoutToken.json().path("type").asText()).endsWith("/csrf-token-invalid");
        Map<String, String> wrongToken = new LinkedHashMap<>(session.headers());
        // One character changed, whatever the token's first character happens to be.
        String token = session.csrfToken();
        wrongToken.put("X-XSRF-TOKEN", (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1));
        assertProblem(upload(documents, wrongToken, scan), 403);
        assertThat(documentsOf(caseId)).as("nothing stored without the token").isZero();

        Map<String, String> withToken = new LinkedHashMap<>(session.headers());
        withToken.put("X-XSRF-TOKEN", session.csrfToken());
        var created = upload(documents, withToken, scan);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("uploadedBy").asText()).isEqualTo("officer");
        assertThat(documentsOf(caseId)).isOne();
        assertThat(jdbc().sql("SELECT COUNT(*) FROM api_audit WHERE case_number = ? AND action = 'DOCUMENT_ATTACHED'")
                .param(caseId).query(Long.class).single()).isOne();

        // The token belongs to the session: without the session it is no credential at all.
        assertProblem(upload(documents, Map.of("X-XSRF-TOKEN", session.csrfToken()), scan), 401);
        // The server still judges the file by its content.
        assertProblem(upload(documents, withToken, "MZ renamed executable".getBytes(StandardCharsets.ISO_8859_1)), 415);
        // And a session is no key to other records: a partnerships session may not attach to a case.
        WebappSession partnerships = loginToTasklist("partnerships");
        Map<String, String> partnershipsHeaders = new LinkedHashMap<>(partnerships.headers());
        partnershipsHeaders.put("X-XSRF-TOKEN", partnerships.csrfToken());
        assertProblem(upload(documents, partnershipsHeaders, scan), 403);
        assertThat(documentsOf(caseId)).isOne();
    }
}
