package id.sinergi.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.support.ApiClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * What a case's form shows when an officer opens it in Tasklist, read as Tasklist reads it
 * ({@code GET /engine-rest/task/{id}/form-variables}) over real HTTP: amounts, sizes, violations and stages
 * by their Indonesian names, and the triage step's context (the report, NPWP, address, the employer's
 * other cases). Run by the agency-API test classes, so on H2 and on PostgreSQL.
 */
public interface TaskFormScenarios {

    AtomicLong FORM_NIBS = new AtomicLong(9_170_000_000_000L + (System.nanoTime() % 100_000) * 10_000);

    int port();

    ProcessEngine engine();

    private String report(String nib, String type, long arrears, int months, String description) {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", nib);
        employer.put("npwp", "012345678901234");
        employer.put("name", "PT Batik *Sekar* Jagad");
        employer.put("address", "Jl. Sultan Agung 12, Pekalongan");
        employer.put("email", "keuangan@sekarjagad.example");
        employer.put("sizeClass", "LARGE");
        var report = Map.of("employer", employer, "reference", "DN-BTG/2026/077",
                "violation", Map.of("type", type, "workersAffected", 120, "arrearsAmount", arrears,
                        "monthsInArrears", months, "description", description));
        var created = new ApiClient(port()).postJson("/api/v1/enforcement-cases", "demo-token-disnaker-batang",
                ApiClient.json(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }

    private JsonNode formVariables(String taskId, String query) {
        var read = new ApiClient(port()).send("GET", "/engine-rest/task/" + taskId + "/form-variables" + query,
                ApiClient.basic("officer", "demo"), null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    @Test
    default void triageFormShowsTheReportAndTheEmployersOtherCasesInIndonesian() {
        String nib = Long.toString(FORM_NIBS.incrementAndGet());
        String earlier = report(nib, "UNREGISTERED", 1_440_000, 3, "4 pekerja belum didaftarkan");
        String caseId = report(nib, "CONTRIBUTION_ARREARS", 182_500_000, 10,
                "Menunggak iuran sejak Januari.\nLihat *lampiran* [tautan](http://contoh.example)");
        String taskId = engine().getTaskService().createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(Elements.TRIAGE).singleResult().getId();

        JsonNode form = formVariables(taskId, "");

        String summary = form.path("caseSummary").path("value").asText();
        assertThat(form.path("caseSummary").path("type").asText()).isEqualTo("String");
        assertThat(summary).contains("### Kasus " + caseId)
                .contains("PT Batik \\*Sekar\\* Jagad (NIB " + nib + ", usaha besar)")
                .contains("**Pelanggaran:** Menunggak iuran")
                .contains("**Pekerja terdampak:** 120")
                .contains("Rp182.500.000 untuk 10 bulan")
                .contains("**Tahap saat ini:** Verifikasi laporan")
                .doesNotContain("LARGE", "CONTRIBUTION_ARREARS", "TRIAGE", "182500000");
        assertThat(form.path("arrearsAmountText").path("value").asText()).isEqualTo("Rp182.500.000");

        String report = form.path("caseReport").path("value").asText();
        assertThat(report).contains("**NPWP:** 01.234.567.8-901.234")
                .contains("**Alamat:** Jl. Sultan Agung 12, Pekalongan")
                .contains("**Referensi pelapor:** DN-BTG/2026/077")
                .contains("> Menunggak iuran sejak Januari.  \n> Lihat \\*lampiran\\* \\[tautan\\](http://contoh.example)")
                .containsPattern("\\*\\*Diterima:\\*\\* \\d{1,2} [A-Z][a-z]+ \\d{4} pukul \\d{2}\\.\\d{2} WIB");

        String others = form.path("earlierCases").path("value").asText();
        assertThat(others).contains("| " + earlier + " |")
                .contains("Belum mendaftarkan diri dan pekerjanya")
                .contains("Berjalan: Verifikasi laporan")
                .doesNotContain("| " + caseId + " |");

        // Display values are read, never stored: not in the instance, not on the task.
        String instanceId = engine().getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        assertThat(engine().getRuntimeService().getVariables(instanceId)).doesNotContainKeys("caseSummary", "caseReport",
                "earlierCases", "arrearsAmountText");
        assertThat(engine().getTaskService().getVariablesLocal(taskId)).doesNotContainKey("caseSummary");
        // A read of named variables gets those only.
        assertThat(formVariables(taskId, "?variableNames=caseNumber").has("caseSummary")).isFalse();
        // The first case's form says there is a later one.
        String earlierTask = engine().getTaskService().createTaskQuery().processInstanceBusinessKey(earlier)
                .taskDefinitionKey(Elements.TRIAGE).singleResult().getId();
        assertThat(formVariables(earlierTask, "").path("earlierCases").path("value").asText()).contains("| " + caseId + " |");
    }

    /**
     * Tasklist's search bar and sort header query engine-rest as the officer: "Variabel proses" caseNumber finds
     * exactly that case's task, an employer name matches with a wildcard, and sorting by the caseNumber process
     * variable orders the cards by case number. Run by the PostgreSQL API class only: in the H2 suite's context,
     * which holds the data-matching test's ten thousand tasks, H2 joins every task with every variable and the
     * query outlives the HTTP timeout, while PostgreSQL answers it from its indexes.
     */
    default void officersSearchAndSortTasksByCaseNumberAndEmployer() {
        String nib = Long.toString(FORM_NIBS.incrementAndGet());
        String first = report(nib, "UNREGISTERED", 1_440_000, 3, "4 pekerja belum didaftarkan");
        String second = report(nib, "CONTRIBUTION_ARREARS", 2_000_000, 2, "tunggakan dua bulan");
        var api = new ApiClient(port());
        java.util.function.Function<Object, JsonNode> search = body -> {
            Map<String, String> headers = new LinkedHashMap<>(ApiClient.basic("officer", "demo"));
            headers.put("Content-Type", "application/json");
            var found = api.send("POST", "/engine-rest/task", headers,
                    ApiClient.json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            return found.json();
        };
        JsonNode byNumber = search.apply(Map.of("processVariables",
                java.util.List.of(Map.of("name", "caseNumber", "operator", "eq", "value", second))));
        assertThat(byNumber).hasSize(1);
        assertThat(engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(byNumber.get(0).path("processInstanceId").asText()).singleResult().getBusinessKey())
                .isEqualTo(second);

        JsonNode byEmployer = search.apply(Map.of(
                "processVariables", java.util.List.of(Map.of("name", "employerName", "operator", "like", "value", "PT Batik%Jagad"),
                        Map.of("name", "caseNumber", "operator", "like", "value", "ENF-%")),
                "sorting", java.util.List.of(Map.of("sortBy", "processVariable", "sortOrder", "desc",
                        "parameters", Map.of("variable", "caseNumber", "type", "String")))));
        java.util.List<String> numbers = new java.util.ArrayList<>();
        byEmployer.forEach(task -> numbers.add(engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.path("processInstanceId").asText()).singleResult().getBusinessKey()));
        assertThat(numbers).contains(first, second).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(search.apply(Map.of("processInstanceBusinessKeyIn", java.util.List.of(first, second),
                "processVariables", java.util.List.of(Map.of("name", "employerName", "operator", "like", "value", "CV %")))))
                .isEmpty();
    }
}
