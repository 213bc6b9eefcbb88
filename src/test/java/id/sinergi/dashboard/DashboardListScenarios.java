package id.sinergi.dashboard;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.support.ApiClient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists behind the dashboard's figures over real HTTP: the page a figure links to asks the API for exactly
 * the cases the figure counts. The shared database holds other tests' cases, so the checks walk the whole list
 * and compare it with the dashboard read just before. Run by the agency-API test classes (H2 and PostgreSQL).
 */
public interface DashboardListScenarios {

    String CASE_LIST = "/api/staff/enforcement-cases";
    String LIST_PAGE = "/camunda/app/cockpit/default/#/sinergi/daftar-kasus";

    int port();

    JdbcClient jdbc();

    @Test
    default void dashboardStageFigureLinksToTheListOfExactlyItsCases() {
        String employer = "PT Daftar Tahap " + System.nanoTime();
        List<String> created = List.of(report(employer), report(employer), report(employer));

        JsonNode dashboard = get("/api/staff/dashboard");
        JsonNode triage = null;
        for (JsonNode count : dashboard.path("enforcementCases").path("openByStage")) {
            if ("TRIAGE".equals(count.path("key").asText())) {
                triage = count;
            }
        }
        assertThat(triage).isNotNull();
        String href = triage.path("href").asText();
        assertThat(href).isEqualTo(LIST_PAGE + "?stage=TRIAGE&status=OPEN");

        // The list page asks the API with its own query string; walking every page gives the figure exactly.
        List<JsonNode> rows = walk(CASE_LIST + href.substring(href.indexOf('?')) + "&size=100");
        assertThat(rows).hasSize((int) triage.path("count").asLong());
        assertThat(rows.stream().map(row -> row.path("caseId").asText()).distinct().count()).isEqualTo(rows.size());
        for (String caseId : created) {
            JsonNode row = rows.stream().filter(r -> caseId.equals(r.path("caseId").asText())).findFirst().orElseThrow();
            assertThat(row.path("employerName").asText()).isEqualTo(employer);
            assertThat(row.path("stage").asText()).isEqualTo("TRIAGE");
            assertThat(row.path("stageName").asText()).isEqualTo("Verifikasi laporan");
            assertThat(row.path("status").asText()).isEqualTo("OPEN");
            String instance = row.path("processInstanceId").asText();
            assertThat(instance).isNotBlank();
            assertThat(row.path("links").path("caseFile").asText()).isEqualTo("/camunda/app/cockpit/default/#/sinergi/kasus/" + caseId);
            assertThat(row.path("links").path("cockpitInstance").asText())
                    .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
        }
        for (int i = 1; i < rows.size(); i++) {
            assertThat(OffsetDateTime.parse(rows.get(i).path("reportedAt").asText()))
                    .isBeforeOrEqualTo(OffsetDateTime.parse(rows.get(i - 1).path("reportedAt").asText()));
        }
        // Each listed case is a read of personal data, recorded like the case file's.
        assertThat(jdbc().sql("SELECT COUNT(*) FROM personal_data_access WHERE record_id = ? AND channel = ? AND actor = ?")
                .params(created.get(0), "GET " + CASE_LIST, "manager").query(Long.class).single()).isGreaterThanOrEqualTo(1);
    }

    @Test
    default void dashboardListWalksByCursorNewestFirst() {
        String employer = "PT Daftar Kursor " + System.nanoTime();
        List<String> created = List.of(report(employer), report(employer), report(employer));
        // The three are the newest open cases in triage: two on the first page, the third after links.next.
        JsonNode first = get(CASE_LIST + "?stage=TRIAGE&status=OPEN&size=2");
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(created.get(2), created.get(1));
        String next = first.path("links").path("next").asText();
        assertThat(next).startsWith(CASE_LIST + "?stage=TRIAGE&status=OPEN&size=2&cursor=");
        JsonNode second = get(next);
        assertThat(ids(second).get(0)).isEqualTo(created.get(0));

        // The period figures and the agreements' expiry figure link to lists of exactly their count.
        JsonNode dashboard = get("/api/staff/dashboard");
        String opened = dashboard.path("enforcementCases").path("links").path("openedThisMonth").asText();
        assertThat(opened).isEqualTo(LIST_PAGE + "?openedIn=month");
        assertThat(walk(CASE_LIST + "?openedIn=month&size=100"))
                .hasSize((int) dashboard.path("enforcementCases").path("openedThisMonth").asLong());
        String expiring = dashboard.path("agreements").path("expiringHref").asText();
        assertThat(expiring).isEqualTo("/camunda/app/cockpit/default/#/sinergi/daftar-perjanjian?expiringWithinDays=90");
        assertThat(walk("/api/staff/agreements?expiringWithinDays=90&size=100"))
                .hasSize((int) dashboard.path("agreements").path("expiringInNext90Days").asLong());

        ApiClient api = new ApiClient(port());
        assertProblem(api.send("GET", CASE_LIST + "?cursor=bukan-kursor", ApiClient.basic("manager", "demo"), null), 400);
        assertProblem(api.send("GET", CASE_LIST + "?stage=NOPE", ApiClient.basic("manager", "demo"), null), 400);
    }

    @Test
    default void dashboardListsAreForManagersAndAdministratorsOnly() {
        ApiClient api = new ApiClient(port());
        for (String list : List.of(CASE_LIST, "/api/staff/agreements")) {
            assertThat(api.send("GET", list, ApiClient.basic("admin", "demo"), null).status()).isEqualTo(200);
            assertProblem(api.send("GET", list, ApiClient.basic("officer", "demo"), null), 403);
            assertProblem(api.get(list, DashboardScenarios.DASHBOARD_AGENCY_TOKEN), 403);
            assertProblem(api.send("GET", list, Map.of(), null), 401);
        }
    }

    private List<JsonNode> walk(String first) {
        List<JsonNode> rows = new ArrayList<>();
        String url = first;
        for (int pages = 0; url != null && !url.isEmpty(); pages++) {
            assertThat(pages).isLessThan(1_000);
            JsonNode page = get(url);
            (page.has("cases") ? page.path("cases") : page.path("agreements")).forEach(rows::add);
            url = page.path("links").path("next").isTextual() ? page.path("links").path("next").asText() : null;
        }
        return rows;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("cases").forEach(row -> ids.add(row.path("caseId").asText()));
        return ids;
    }

    private JsonNode get(String path) {
        var response = new ApiClient(port()).send("GET", path, ApiClient.basic("manager", "demo"), null);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    private String report(String employerName) {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", Long.toString(DashboardScenarios.DASHBOARD_NIBS.incrementAndGet()));
        employer.put("npwp", "012345678901234");
        employer.put("name", employerName);
        employer.put("address", "Jl. Gajah Mada 2, Batang");
        employer.put("email", "hrd@daftar.example");
        employer.put("sizeClass", "MEDIUM");
        var report = Map.of("employer", employer, "reference", "DN-BTG/2026/DAFTAR",
                "violation", Map.of("type", "CONTRIBUTION_ARREARS", "workersAffected", 12, "arrearsAmount", 24_000_000,
                        "monthsInArrears", 3, "description", "iuran belum dibayar"));
        var created = new ApiClient(port()).postJson("/api/v1/enforcement-cases", DashboardScenarios.DASHBOARD_AGENCY_TOKEN,
                ApiClient.json(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }
}
