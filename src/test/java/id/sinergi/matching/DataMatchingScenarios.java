package id.sinergi.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.support.ApiClient;
import id.sinergi.support.ProblemAssertions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data matching as an officer does it: the upload goes through Tasklist's own call (submit-form with a File
 * variable), the job executor's jobs import it chunk by chunk, the result is downloaded over the staff API.
 * Run by the agency-API test classes, so it runs on H2 and on PostgreSQL in contexts that exist anyway.
 */
public interface DataMatchingScenarios {

    String OFFICER = "officer";
    String PASSWORD = "demo";
    AtomicLong NIBS = new AtomicLong(9_150_000_000_000L + (System.nanoTime() % 100_000) * 10_000);

    int port();

    ProcessEngine engine();

    JdbcClient jdbc();

    private ApiClient http() {
        return new ApiClient(port());
    }

    /** What Tasklist sends when the officer submits the embedded upload form. */
    private ApiClient.Response upload(String user, String fileName, String content) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("type", "File");
        file.put("value", Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8)));
        file.put("valueInfo", Map.of("filename", fileName, "mimetype", "text/csv", "encoding", "UTF-8"));
        var body = Map.of("variables", Map.of(DataMatching.Vars.MATCHING_FILE, file,
                DataMatching.Vars.RUN_NOTE, Map.of("value", "Pemadanan OSS dan kepesertaan, November 2026", "type", "String")));
        return http().send("POST", "/engine-rest/process-definition/key/" + DataMatching.KEY + "/submit-form",
                ApiClient.withJson(ApiClient.basic(user, PASSWORD)), ApiClient.json(body).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the import's jobs as the job executor would, one chunk per job, until it waits for the review. */
    private int runImport(String processInstanceId) {
        var management = engine().getManagementService();
        int jobs = 0;
        for (var job = management.createJobQuery().processInstanceId(processInstanceId).singleResult(); job != null;
             job = management.createJobQuery().processInstanceId(processInstanceId).singleResult()) {
            management.executeJob(job.getId());
            jobs++;
        }
        return jobs;
    }

    private String importIdOf(String processInstanceId) {
        return (String) engine().getRuntimeService().getVariable(processInstanceId, DataMatching.Vars.IMPORT_ID);
    }

    private List<String[]> resultLines(String importId) {
        var result = http().send("GET", "/api/staff/data-matching/" + importId + "/result.csv", ApiClient.basic(OFFICER, PASSWORD), null);
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.contentType()).startsWith("text/csv");
        var lines = result.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("line,nib,result,case_number,field,reason");
        List<String[]> rows = new ArrayList<>();
        lines.stream().skip(1).forEach(line -> rows.add(line.split(",", 6)));
        return rows;
    }

    private static String line(String nib, String size, String violation, String workers, String arrears, String reference) {
        return String.join(",", nib, "01.234.567.8-901.000", "\"PT Padan " + nib + ", Tbk.\"", "\"Jl. Uji No. 1, Batang\"",
                "hrd" + nib + "@padan.example", size, violation, workers, arrears, "3", reference);
    }

    @Test
    default void aMatchingFileOfTenThousandLinesOpensCasesOnceAndReportsEveryLine() {
        // 10,000 lines: 9,880 new employers, 100 repeats of an earlier employer and violation under another
        // reference (the first line's case is open, so they are duplicates), 20 lines each wrong in one column.
        long first = NIBS.getAndAdd(20_000);
        var csv = new StringBuilder("nib,npwp,name,address,email,size_class,violation,workers,arrears,months,reference\n");
        Map<Integer, String> invalidColumn = new LinkedHashMap<>();
        int created = 0;
        for (int i = 0; i < 10_000; i++) {
            int lineNo = i + 2; // the header is line 1
            String nib = Long.toString(first + i);
            if (i % 500 == 250) {
                String[] wrong = switch ((i / 500) % 4) {
                    case 0 -> new String[] {"nib", line(nib.substring(1), "SMALL", "UNREGISTERED", "5", "0", "R-" + i)};
                    case 1 -> new String[] {"size_class", line(nib, "RAKSASA", "UNREGISTERED", "5", "0", "R-" + i)};
                    case 2 -> new String[] {"arrears", line(nib, "SMALL", "CONTRIBUTION_ARREARS", "5", "\"15,750,000\"", "R-" + i)};
                    default -> new String[] {"workers", line(nib, "SMALL", "UNREGISTERED", "0", "0", "R-" + i)};
                };
                invalidColumn.put(lineNo, wrong[0]);
                csv.append(wrong[1]).append('\n');
            } else if (i % 100 == 99) {
                csv.append(line(Long.toString(first + i - 50), "MEDIUM", "UNREGISTERED", "12", "0", "R-again-" + i)).append('\n');
            } else {
                csv.append(line(nib, i % 2 == 0 ? "KECIL" : "MEDIUM", "UNREGISTERED", "12", i % 3 == 0 ? "15.750.000" : "0", "R-" + i)).append('\n');
                created++;
            }
        }
        assertThat(invalidColumn).hasSize(20);
        int casesBefore = jdbc().sql("SELECT COUNT(*) FROM enforcement_case").query(Integer.class).single();

        long started = System.nanoTime();
        var uploaded = upload(OFFICER, "pemadanan-2026-11.csv", csv.toString());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        String instance = uploaded.json().path("id").asText();
        long stored = System.nanoTime();
        int jobs = runImport(instance);
        long imported = System.nanoTime();
        System.out.printf("Data matching: 10000 lines stored in %d ms, imported in %d jobs in %d ms (%.0f lines/s)%n",
                (stored - started) / 1_000_000, jobs, (imported - stored) / 1_000_000, 10_000 / ((imported - stored) / 1e9));

        String importId = importIdOf(instance);
        assertThat(importId).matches("PMD-\\d{4}-\\d{6}");
        assertThat(jobs).as("chunks of 250 lines").isEqualTo(40);
        JsonNode summary = http().send("GET", "/api/staff/data-matching/" + importId, ApiClient.basic("manager", PASSWORD), null).json();
        assertThat(summary.path("status").asText()).isEqualTo("DONE");
        assertThat(summary.path("uploadedBy").asText()).isEqualTo(OFFICER);
        assertThat(summary.path("totalRows").asInt()).isEqualTo(10_000);
        assertThat(summary.path("createdCount").asInt()).isEqualTo(created);
        assertThat(summary.path("duplicateCount").asInt()).isEqualTo(100);
        assertThat(summary.path("invalidCount").asInt()).isEqualTo(20);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM enforcement_case").query(Integer.class).single()).isEqualTo(casesBefore + created);

        var rows = resultLines(importId);
        assertThat(rows).hasSize(10_000);
        Map<String, String> caseOfNib = new LinkedHashMap<>();
        for (String[] row : rows) {
            if (row[2].equals("CREATED")) {
                caseOfNib.put(row[1], row[3]);
            }
        }
        for (String[] row : rows) {
            int lineNo = Integer.parseInt(row[0]);
            if (invalidColumn.containsKey(lineNo)) {
                assertThat(row[2]).as("line %d", lineNo).isEqualTo("INVALID");
                assertThat(row[4]).as("line %d", lineNo).isEqualTo(invalidColumn.get(lineNo));
                assertThat(row[5]).as("line %d has a reason", lineNo).isNotBlank();
            } else if ((lineNo - 2) % 100 == 99) {
                assertThat(row[2]).as("line %d", lineNo).isEqualTo("DUPLICATE");
                assertThat(row[3]).as("the open case of line %d's employer", lineNo).isEqualTo(caseOfNib.get(row[1]));
            } else {
                assertThat(row[2]).as("line %d", lineNo).isEqualTo("CREATED");
                assertThat(row[3]).matches("ENF-\\d{4}-\\d{6}");
            }
        }
        // A created case is a case like any other: in the register from data matching, its process running.
        String someCase = caseOfNib.get(Long.toString(first + 3));
        assertThat(jdbc().sql("SELECT report_source FROM enforcement_case WHERE case_number = ?").param(someCase)
                .query(String.class).single()).isEqualTo("DATA_MATCHING");
        assertThat(jdbc().sql("SELECT arrears_amount FROM enforcement_case WHERE case_number = ?").param(someCase)
                .query(Long.class).single()).as("15.750.000 read as rupiah with thousands dots").isEqualTo(15_750_000L);
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(someCase).count()).isOne();

        // The file's personal data is gone from the import once processed, and never reached the engine.
        assertThat(jdbc().sql("SELECT COUNT(*) FROM matching_row WHERE import_id = ? AND raw_line IS NOT NULL").param(importId)
                .query(Integer.class).single()).isZero();
        assertThat(engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(DataMatching.Vars.MATCHING_FILE).count()).isZero();
        assertThat(engine().getHistoryService().createHistoricDetailQuery().processInstanceId(instance).list())
                .noneMatch(d -> d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
                        && u.getVariableName().equals(DataMatching.Vars.MATCHING_FILE));

        // The officer reviews: the task is theirs; invalid lines need a follow-up, the server insists.
        var review = engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(DataMatching.REVIEW_RESULT);
        assertThat(review.getAssignee()).isEqualTo(OFFICER);
        var withoutFollowUp = http().send("POST", "/engine-rest/task/" + review.getId() + "/submit-form",
                ApiClient.withJson(ApiClient.basic(OFFICER, PASSWORD)), "{\"variables\":{}}".getBytes(StandardCharsets.UTF_8));
        assertThat(withoutFollowUp.status()).isEqualTo(400);
        assertThat(withoutFollowUp.body()).contains(DataMatching.Vars.INVALID_ROWS_FOLLOW_UP);
        var reviewed = http().send("POST", "/engine-rest/task/" + review.getId() + "/submit-form",
                ApiClient.withJson(ApiClient.basic(OFFICER, PASSWORD)),
                "{\"variables\":{\"invalidRowsFollowUp\":{\"value\":\"CORRECT_AND_REUPLOAD\"}}}".getBytes(StandardCharsets.UTF_8));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

        // The same file again opens nothing: every line that opened a case is reported as already imported.
        started = System.nanoTime();
        var again = upload(OFFICER, "pemadanan-2026-11.csv", csv.toString());
        assertThat(again.status()).isEqualTo(200);
        runImport(again.json().path("id").asText());
        System.out.printf("Data matching: the same 10000 lines again in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        String againId = importIdOf(again.json().path("id").asText());
        JsonNode second = http().send("GET", "/api/staff/data-matching/" + againId, ApiClient.basic(OFFICER, PASSWORD), null).json();
        assertThat(second.path("createdCount").asInt()).isZero();
        assertThat(second.path("duplicateCount").asInt()).isEqualTo(created + 100);
        assertThat(second.path("invalidCount").asInt()).isEqualTo(20);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM enforcement_case").query(Integer.class).single()).isEqualTo(casesBefore + created);
        assertThat(resultLines(againId)).filteredOn(row -> row[0].equals("5"))
                .singleElement().satisfies(row -> assertThat(row[5]).contains(importId).contains("line 5"));
    }

    @Test
    default void aFileThatCannotBeReadIsRefusedNamingTheFileAndLeavesNothing() {
        int importsBefore = jdbc().sql("SELECT COUNT(*) FROM matching_import").query(Integer.class).single();
        long instancesBefore = engine().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(DataMatching.KEY).count();

        var missingColumn = upload(OFFICER, "pemadanan.csv", "nib,npwp,name,address,email,size_class,violation,workers,arrears,months\n"
                + "9120399000001,012345678901234,PT A,Jl. A,a@a.example,SMALL,UNREGISTERED,1,0,0\n");
        assertThat(missingColumn.status()).isEqualTo(400);
        assertThat(missingColumn.body()).contains("matchingFile").contains("missing: reference");

        var notCsv = upload(OFFICER, "pemadanan.xlsx", "nib\n1\n");
        assertThat(notCsv.status()).isEqualTo(400);
        assertThat(notCsv.body()).contains("matchingFile").contains(".csv");

        var latin1 = http().send("POST", "/engine-rest/process-definition/key/" + DataMatching.KEY + "/submit-form",
                ApiClient.withJson(ApiClient.basic(OFFICER, PASSWORD)), ApiClient.json(Map.of("variables", Map.of("matchingFile",
                        Map.of("type", "File", "value", Base64.getEncoder().encodeToString(
                                "nib,npwp,name,address,email,size_class,violation,workers,arrears,months,reference\n9120399000001,1,Caf\u00e9,a,b,c,d,e,f,g,h\n"
                                        .getBytes(StandardCharsets.ISO_8859_1)),
                                "valueInfo", Map.of("filename", "latin.csv"))))).getBytes(StandardCharsets.UTF_8));
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.body()).contains("UTF-8");

        // Only enforcement officers start an import: to an inspector the process does not exist.
        var byInspector = upload("inspector", "pemadanan.csv", "nib\n");
        assertThat(byInspector.status()).isEqualTo(404);

        assertThat(jdbc().sql("SELECT COUNT(*) FROM matching_import").query(Integer.class).single()).isEqualTo(importsBefore);
        assertThat(engine().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(DataMatching.KEY).count())
                .isEqualTo(instancesBefore);
    }

    @Test
    default void theResultIsForEnforcementOfficersAndManagersOnly() {
        var small = "nib;npwp;name;address;email;size_class;violation;workers;arrears;months;reference\n"
                + Long.toString(NIBS.getAndAdd(10)) + ";012345678901234;PT Titik Koma;Jl. B 2;b@b.example;BESAR;UNREGISTERED;3;0;0;TK-1\n";
        var uploaded = upload(OFFICER, "titik-koma.csv", small);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        runImport(uploaded.json().path("id").asText());
        String importId = importIdOf(uploaded.json().path("id").asText());
        assertThat(resultLines(importId)).singleElement().satisfies(row -> assertThat(row[2]).as("semicolons read").isEqualTo("CREATED"));

        String path = "/api/staff/data-matching/" + importId + "/result.csv";
        ProblemAssertions.assertProblem(http().send("GET", path, Map.of(), null), 401);
        ProblemAssertions.assertProblem(http().send("GET", path, ApiClient.basic("inspector", PASSWORD), null), 403);
        ProblemAssertions.assertProblem(http().send("GET", path, ApiClient.bearer("demo-token-disnaker-batang"), null), 403);
        ProblemAssertions.assertProblem(http().send("GET", path, ApiClient.basic("tamu", "wrong"), null), 401);
        assertThat(http().send("GET", path, ApiClient.basic("manager", PASSWORD), null).status()).isEqualTo(200);
        ProblemAssertions.assertProblem(http().send("GET", "/api/staff/data-matching/PMD-1999-000001", ApiClient.basic(OFFICER, PASSWORD), null), 404);
    }
}
