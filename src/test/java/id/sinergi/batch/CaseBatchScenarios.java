package id.sinergi.batch;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.support.ApiClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk reports as an agency's system sends them: over real HTTP, the job executor's jobs run one by one as
 * the executor would (the test context disables it), on H2 and on PostgreSQL through the agency-API test
 * classes, in contexts that exist anyway.
 */
public interface CaseBatchScenarios {

    String BATCHES = "/api/v1/enforcement-case-batches";
    String AGENCY = "demo-token-disnaker-batang";
    String OTHER_AGENCY = "demo-token-kemnaker";
    String CSV_HEADER = "nib,npwp,name,address,email,size_class,violation,workers,arrears,months,reference";
    AtomicLong BATCH_NIBS = new AtomicLong(9_170_000_000_000L + (System.nanoTime() % 100_000) * 10_000);

    int port();

    ProcessEngine engine();

    JdbcClient jdbc();

    ApplicationContext applicationContext();

    private ApiClient http() {
        return new ApiClient(port());
    }

    private static String nib() {
        return Long.toString(BATCH_NIBS.incrementAndGet());
    }

    private static Map<String, Object> batchReport(String nib, String type, int workers) {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", nib);
        employer.put("npwp", "012345678901234");
        employer.put("name", "PT Massal " + nib);
        employer.put("address", "Jl. Pemuda 5, Batang");
        employer.put("email", "hrd" + nib + "@massal.example");
        employer.put("sizeClass", "SMALL");
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("type", type);
        violation.put("workersAffected", workers);
        violation.put("arrearsAmount", 2_500_000);
        violation.put("monthsInArrears", 2);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("employer", employer);
        report.put("violation", violation);
        report.put("reference", "DN-BTG/MASSAL/" + nib);
        return report;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> report, String name) {
        return (Map<String, Object>) report.get(name);
    }

    private ApiClient.Response post(String token, List<?> reports, Map<String, String> extra) {
        return http().postJson(BATCHES, token, ApiClient.json(Map.of("reports", reports)), extra);
    }

    private ApiClient.Response postCsv(String token, String csv) {
        return http().send("POST", BATCHES, Map.of("Authorization", "Bearer " + token, "Content-Type", "text/csv; charset=UTF-8"),
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private String processOf(String batchId) {
        return jdbc().sql("SELECT process_instance_id FROM case_batch WHERE batch_id = ?").param(batchId).query(String.class).single();
    }

    /** Executes the batch's next job as the job executor would; false when none is left. */
    private boolean runNextJob(String batchId) {
        var management = engine().getManagementService();
        var job = management.createJobQuery().processInstanceId(processOf(batchId)).singleResult();
        if (job == null) {
            return false;
        }
        management.executeJob(job.getId());
        return true;
    }

    private int runBatch(String batchId) {
        int jobs = 0;
        while (runNextJob(batchId)) {
            jobs++;
        }
        return jobs;
    }

    private JsonNode read(String token, String batchId) {
        var read = http().get(BATCHES + "/" + batchId, token);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    private long casesOf(String nib) {
        return jdbc().sql("SELECT COUNT(*) FROM enforcement_case WHERE employer_nib = ?").param(nib).query(Long.class).single();
    }

    private int chunkSize() {
        return applicationContext().getBean(BatchSettings.class).chunkSize();
    }

    @Test
    default void aBatchOpensACasePerValidReportAndReportsDuplicatesAndInvalidRowsWithFieldAndReason() {
        // An employer with an open case already (reported on its own before the batch).
        String alreadyOpen = nib();
        var single = http().postJson("/api/v1/enforcement-cases", AGENCY, ApiClient.json(batchReport(alreadyOpen, "UNREGISTERED", 4)));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        String openCase = single.json().path("caseId").asText();

        String a = nib();
        String b = nib();
        String c = nib();
        List<Object> reports = new ArrayList<>();
        reports.add(batchReport(a, "UNREGISTERED", 10));                     // 1 CREATED
        reports.add(batchReport(b, "CONTRIBUTION_ARREARS", 3));              // 2 CREATED
        reports.add(batchReport(a, "UNREGISTERED", 11));                     // 3 DUPLICATE of row 1's case
        reports.add(batchReport(alreadyOpen, "UNREGISTERED", 4));            // 4 DUPLICATE of the open case
        var shortNib = batchReport(nib(), "UNREGISTERED", 5);
        part(shortNib, "employer").put("nib", "912030123456");
        reports.add(shortNib);                                               // 5 INVALID employer.nib
        var stringWorkers = batchReport(nib(), "UNREGISTERED", 5);
        part(stringWorkers, "violation").put("workersAffected", "5");
        reports.add(stringWorkers);                                          // 6 INVALID violation.workersAffected
        var unknownSize = batchReport(nib(), "UNREGISTERED", 5);
        part(unknownSize, "employer").put("sizeClass", "HUGE");
        reports.add(unknownSize);                                            // 7 INVALID employer.sizeClass
        reports.add("not a report");                                         // 8 INVALID report
        reports.add(batchReport(c, "UNREGISTERED", 0));                      // 9 INVALID violation.workersAffected (min 1)
        reports.add(batchReport(c, "PARTIALLY_REGISTERED", 2));              // 10 CREATED
        Map<Integer, String> invalidField = Map.of(5, "employer.nib", 6, "violation.workersAffected", 7, "employer.sizeClass",
                8, "report", 9, "violation.workersAffected");

        var posted = post(AGENCY, reports, Map.of("X-Request-Id", "req-batch-1"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();
        assertThat(batchId).matches("BAT-\\d{4}-\\d{6}");
        assertThat(posted.header("Location")).endsWith(BATCHES + "/" + batchId);
        assertThat(posted.json().path("status").asText()).isEqualTo("PROCESSING");
        assertThat(posted.json().path("total").asInt()).isEqualTo(reports.size());
        assertThat(posted.json().path("created").asInt()).as("nothing opened before the job executor runs").isZero();
        assertThat(posted.json().path("links").path("self").asText()).isEqualTo(BATCHES + "/" + batchId);
        assertThat(casesOf(a)).isZero();

        assertThat(runBatch(batchId)).as("one chunk").isEqualTo((reports.size() + chunkSize() - 1) / chunkSize());

        JsonNode batch = read(AGENCY, batchId);
        assertThat(batch.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(batch.path("finishedAt").isTextual()).isTrue();
        assertThat(batch.path("processed").asInt()).isEqualTo(reports.size());
        assertThat(batch.path("created").asInt()).isEqualTo(3);
        assertThat(batch.path("duplicate").asInt()).isEqualTo(2);
        assertThat(batch.path("invalid").asInt()).isEqualTo(invalidField.size());
        JsonNode rows = batch.path("rows");
        assertThat(rows.size()).isEqualTo(reports.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).path("row").asInt()).isEqualTo(i + 1);
        }
        String caseOfA = rows.get(0).path("caseId").asText();
        for (int row : List.of(1, 2, 10)) {
            JsonNode r = rows.get(row - 1);
            assertThat(r.path("outcome").asText()).as("row %d", row).isEqualTo("CREATED");
            assertThat(r.path("caseId").asText()).as("row %d", row).matches("ENF-\\d{4}-\\d{6}");
        }
        assertThat(rows.get(2).path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(rows.get(2).path("caseId").asText()).as("the case row 1 opened").isEqualTo(caseOfA);
        assertThat(rows.get(3).path("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(rows.get(3).path("caseId").asText()).isEqualTo(openCase);
        invalidField.forEach((row, field) -> {
            JsonNode r = rows.get(row - 1);
            assertThat(r.path("outcome").asText()).as("row %d", row).isEqualTo("INVALID");
            assertThat(r.path("field").asText()).as("row %d", row).isEqualTo(field);
            assertThat(r.path("reason").asText()).as("row %d", row).isNotBlank();
            assertThat(r.path("caseId").isNull()).as("row %d", row).isTrue();
        });

        // The created cases are cases like any other: in the register as the agency's, their process running,
        // each with its audit record under the batch's request.
        assertThat(casesOf(a)).isOne();
        assertThat(casesOf(alreadyOpen)).isOne();
        assertThat(jdbc().sql("SELECT reporting_agency FROM enforcement_case WHERE case_number = ?").param(caseOfA)
                .query(String.class).single()).isEqualTo("disnaker-batang");
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseOfA).count()).isOne();
        var reads = http().get("/api/v1/enforcement-cases/" + caseOfA, AGENCY);
        assertThat(reads.status()).isEqualTo(200);
        assertThat(reads.json().path("employer").path("nib").asText()).isEqualTo(a);
        assertThat(jdbc().sql("SELECT COUNT(*) FROM api_audit WHERE case_number = ? AND action = 'CASE_REPORTED' AND request_id = ?")
                .params(caseOfA, "req-batch-1").query(Long.class).single()).isOne();
        assertThat(jdbc().sql("SELECT COUNT(*) FROM api_audit WHERE action = 'CASE_BATCH_SUBMITTED' AND request_id = ? AND detail LIKE ?")
                .params("req-batch-1", "%" + batchId + "%").query(Long.class).single()).isOne();
        // The reports' personal data is gone from the batch once processed.
        assertThat(jdbc().sql("SELECT COUNT(*) FROM case_batch_row WHERE batch_id = ? AND payload IS NOT NULL").param(batchId)
                .query(Long.class).single()).isZero();

        // Rows page by cursor.
        JsonNode first = http().get(BATCHES + "/" + batchId + "?size=4", AGENCY).json();
        assertThat(first.path("rows").findValuesAsText("row")).containsExactly("1", "2", "3", "4");
        String next = first.path("links").path("next").asText();
        assertThat(next).isEqualTo(BATCHES + "/" + batchId + "?after=4&size=4");
        JsonNode last = http().get(BATCHES + "/" + batchId + "?after=8&size=4", AGENCY).json();
        assertThat(last.path("rows").findValuesAsText("row")).containsExactly("9", "10");
        assertThat(last.path("links").path("next").isNull()).isTrue();
    }

    @Test
    default void aCsvBatchUsesTheDataMatchingColumnsAndNamesTheColumnAtFault() {
        String a = nib();
        String b = nib();
        String csv = CSV_HEADER.replace(',', ';') + "\n"
                + a + ";01.234.567.8-901.000;PT Titik Koma;Jl. B 2;b" + a + "@b.example;KECIL;UNREGISTERED;3;15.750.000;2;TK-1\n"
                + b + ";012345678901234;PT Raksasa;Jl. C 3;c" + b + "@c.example;RAKSASA;UNREGISTERED;3;0;0;TK-2\n"
                // What a spreadsheet leaves below the data: a line of spaces, a formatted empty row. Neither is a report.
                + "   \n;;;;;;;;;;\n";
        var posted = postCsv(AGENCY, csv);
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();
        assertThat(posted.json().path("format").asText()).isEqualTo("CSV");
        assertThat(posted.json().path("total").asInt()).as("blank lines are not reports").isEqualTo(2);
        runBatch(batchId);
        JsonNode rows = read(AGENCY, batchId).path("rows");
        assertThat(rows.get(0).path("outcome").asText()).isEqualTo("CREATED");
        assertThat(jdbc().sql("SELECT arrears_amount FROM enforcement_case WHERE case_number = ?").param(rows.get(0).path("caseId").asText())
                .query(Long.class).single()).as("rupiah with thousands dots").isEqualTo(15_750_000L);
        assertThat(rows.get(1).path("outcome").asText()).isEqualTo("INVALID");
        assertThat(rows.get(1).path("field").asText()).isEqualTo("size_class");
        assertThat(casesOf(b)).isZero();
    }

    @Test
    default void aBatchThatCannotBeReadIsRefusedNamingTheFieldAndStoresNothing() {
        long batchesBefore = jdbc().sql("SELECT COUNT(*) FROM case_batch").query(Long.class).single();

        var empty = post(AGENCY, List.of(), Map.of());
        assertProblem(empty, 400);
        assertThat(empty.json().path("errors").get(0).path("field").asText()).isEqualTo("reports");

        int max = applicationContext().getBean(BatchSettings.class).maxReports();
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i <= max; i++) {
            tooMany.add(Map.of());
        }
        var overLimit = post(AGENCY, tooMany, Map.of());
        assertProblem(overLimit, 400);
        assertThat(overLimit.json().path("errors").get(0).path("field").asText()).isEqualTo("reports");
        assertThat(overLimit.json().path("detail").asText()).contains(Integer.toString(max));

        var unknownEnvelopeField = http().postJson(BATCHES, AGENCY, "{\"reports\": [{}], \"priority\": 1}");
        assertProblem(unknownEnvelopeField, 400);
        assertThat(unknownEnvelopeField.json().path("errors").get(0).path("field").asText()).isEqualTo("priority");

        var badHeader = postCsv(AGENCY, "nib,npwp,name\n9120301234567,012345678901234,PT A\n");
        assertProblem(badHeader, 400);
        assertThat(badHeader.json().path("errors").get(0).path("field").asText()).isEqualTo("header");
        assertThat(badHeader.json().path("detail").asText()).contains("missing").contains("reference");

        StringBuilder tooManyLines = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i <= max; i++) {
            tooManyLines.append("9120301234567,012345678901234,PT A,Jl. A,a@a.example,SMALL,UNREGISTERED,1,0,0,R-").append(i).append('\n');
        }
        var csvOverLimit = postCsv(AGENCY, tooManyLines.toString());
        assertProblem(csvOverLimit, 400);
        assertThat(csvOverLimit.json().path("errors").get(0).path("field").asText()).as("as for JSON").isEqualTo("reports");
        assertThat(csvOverLimit.json().path("detail").asText()).contains(Integer.toString(max));

        var headerOnly = postCsv(AGENCY, CSV_HEADER + "\n");
        assertProblem(headerOnly, 400);
        assertThat(headerOnly.json().path("errors").get(0).path("field").asText()).isEqualTo("rows");

        // A NUL (a spreadsheet's binary export): PostgreSQL's text cannot store it, so the upload is refused as not
        // text, naming the line, on both databases alike.
        var withNul = postCsv(AGENCY, CSV_HEADER + "\n9120301234567,012345678901234,PT A,Jl. A,a@a.example,SMALL,UNREGISTERED,1,0,0,R-1\n"
                + "9120301234568,012345678901234,PT B\u0000,Jl. B,b@b.example,SMALL,UNREGISTERED,1,0,0,R-2\n");
        assertProblem(withNul, 400);
        assertThat(withNul.json().path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertThat(withNul.json().path("detail").asText()).contains("line 3").contains("NUL");

        var wrongType = http().send("POST", BATCHES, Map.of("Authorization", "Bearer " + AGENCY, "Content-Type", "text/plain"),
                "reports".getBytes(StandardCharsets.UTF_8));
        assertProblem(wrongType, 415);

        assertProblem(http().postJson(BATCHES, null, "{\"reports\": [{}]}"), 401);
        assertProblem(http().postJson(BATCHES, "demo-token-kejari-pekalongan", ApiClient.json(Map.of("reports",
                List.of(batchReport(nib(), "UNREGISTERED", 1))))), 403);

        assertThat(jdbc().sql("SELECT COUNT(*) FROM case_batch").query(Long.class).single()).isEqualTo(batchesBefore);
    }

    @Test
    default void theSameBatchPostedTwiceWithTheSameKeyOpensNothingTwice() {
        String a = nib();
        String b = nib();
        List<Object> reports = List.of(batchReport(a, "UNREGISTERED", 7), batchReport(b, "UNREGISTERED", 8));
        String key = "BATCH-" + a;

        var first = post(AGENCY, reports, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        String batchId = first.json().path("batchId").asText();
        var again = post(AGENCY, reports, Map.of("Idempotency-Key", key));
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        assertThat(again.json().path("batchId").asText()).isEqualTo(batchId);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM case_batch WHERE batch_id = ?").param(batchId).query(Long.class).single()).isOne();
        assertThat(engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(batchId).count())
                .as("one processing").isOne();

        runBatch(batchId);
        var afterProcessing = post(AGENCY, reports, Map.of("Idempotency-Key", key));
        assertThat(afterProcessing.json().path("batchId").asText()).isEqualTo(batchId);
        assertThat(afterProcessing.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(afterProcessing.json().path("created").asInt()).isEqualTo(2);
        assertThat(casesOf(a)).isOne();
        assertThat(casesOf(b)).isOne();

        var otherBody = post(AGENCY, List.of(batchReport(a, "UNREGISTERED", 9)), Map.of("Idempotency-Key", key));
        assertProblem(otherBody, 422);
        assertThat(otherBody.json().path("type").asText()).endsWith("idempotency-key-reused");
    }

    @Test
    default void onlyTheAgencyThatPostedABatchMayReadIt() {
        var posted = post(AGENCY, List.of(batchReport(nib(), "UNREGISTERED", 1)), Map.of());
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();

        assertThat(read(AGENCY, batchId).path("batchId").asText()).isEqualTo(batchId);
        var byOther = http().get(BATCHES + "/" + batchId, OTHER_AGENCY);
        assertProblem(byOther, 404);
        var unknown = http().get(BATCHES + "/BAT-2000-999999", OTHER_AGENCY);
        assertProblem(unknown, 404);
        assertThat(byOther.json().path("type").asText()).isEqualTo(unknown.json().path("type").asText());
        assertProblem(http().get(BATCHES + "/" + batchId, null), 401);
        runBatch(batchId);
    }

    @Test
    default void aChunkCutOffByACrashIsRepeatedAndTheBatchCompletesWithNoReportTwice() {
        int chunk = chunkSize();
        int total = chunk + 3;
        List<String> nibs = new ArrayList<>();
        List<Object> reports = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String nib = nib();
            nibs.add(nib);
            reports.add(batchReport(nib, "UNREGISTERED", 1 + i % 50));
        }
        var posted = post(AGENCY, reports, Map.of());
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();

        assertThat(runNextJob(batchId)).isTrue();
        JsonNode halfway = read(AGENCY, batchId);
        assertThat(halfway.path("status").asText()).isEqualTo("PROCESSING");
        assertThat(halfway.path("processed").asInt()).isEqualTo(chunk);
        assertThat(halfway.path("created").asInt()).isEqualTo(chunk);

        // The node dies while the second chunk runs: everything that job did is rolled back with its transaction.
        var transaction = new TransactionTemplate(applicationContext().getBean(PlatformTransactionManager.class));
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            assertThat(runNextJob(batchId)).isTrue();
            assertThat(casesOf(nibs.get(total - 1))).as("opened inside the dying transaction").isOne();
            throw new IllegalStateException("node stopped");
        })).hasMessage("node stopped");
        assertThat(casesOf(nibs.get(total - 1))).isZero();
        assertThat(read(AGENCY, batchId).path("processed").asInt()).isEqualTo(chunk);

        // Another node (or this one restarted) picks the job up again.
        assertThat(runBatch(batchId)).isOne();
        JsonNode done = read(AGENCY, batchId);
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("processed").asInt()).isEqualTo(total);
        assertThat(done.path("created").asInt()).isEqualTo(total);
        assertThat(done.path("duplicate").asInt()).isZero();
        for (String nib : nibs) {
            assertThat(casesOf(nib)).as("cases of %s", nib).isOne();
        }
        assertThat(jdbc().sql("SELECT COUNT(DISTINCT case_number) FROM case_batch_row WHERE batch_id = ? AND result = 'CREATED'")
                .param(batchId).query(Long.class).single()).isEqualTo(total);
    }

    @Test
    default void rowsGetTheirOutcomeInRowOrderSoAReaderResumingAfterTheLastRowSeenMissesNone() {
        int chunk = chunkSize();
        List<Object> reports = new ArrayList<>();
        reports.add(batchReport(nib(), "UNREGISTERED", 1));
        var noEmployer = batchReport(nib(), "UNREGISTERED", 1);
        noEmployer.remove("employer");
        reports.add(noEmployer);                                                 // 2 INVALID employer
        var nullEmployer = batchReport(nib(), "UNREGISTERED", 1);
        nullEmployer.put("employer", null);
        reports.add(nullEmployer);                                               // 3 INVALID employer
        while (reports.size() < chunk + 1) {
            reports.add(batchReport(nib(), "UNREGISTERED", 2));
        }
        reports.add("not a report");                                             // chunk + 2: refused as the batch is posted
        reports.add(batchReport(nib(), "UNREGISTERED", 3));                      // chunk + 3
        int refusedAtOnce = chunk + 2;

        var posted = post(AGENCY, reports, Map.of());
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();
        assertThat(posted.json().path("rows").size()).as("no outcome before the first chunk").isZero();
        assertThat(read(AGENCY, batchId).path("rows").size()).isZero();

        assertThat(runNextJob(batchId)).isTrue();
        JsonNode halfway = read(AGENCY, batchId);
        assertThat(halfway.path("processed").asInt()).isEqualTo(chunk);
        JsonNode rows = http().get(BATCHES + "/" + batchId + "?after=" + (chunk - 1) + "&size=10", AGENCY).json().path("rows");
        assertThat(rows.findValuesAsText("row")).as("nothing beyond the rows processed so far")
                .containsExactly(Integer.toString(chunk));

        assertThat(runBatch(batchId)).isOne();
        JsonNode done = read(AGENCY, batchId);
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("created").asInt()).isEqualTo(reports.size() - 3);
        assertThat(done.path("invalid").asInt()).isEqualTo(3);
        JsonNode all = done.path("rows");
        for (int row : List.of(2, 3)) {
            assertThat(all.get(row - 1).path("outcome").asText()).as("row %d", row).isEqualTo("INVALID");
            assertThat(all.get(row - 1).path("field").asText()).as("row %d", row).isEqualTo("employer");
        }
        JsonNode tail = http().get(BATCHES + "/" + batchId + "?after=" + chunk, AGENCY).json().path("rows");
        assertThat(tail.findValuesAsText("row")).containsExactly(Integer.toString(chunk + 1), Integer.toString(refusedAtOnce),
                Integer.toString(chunk + 3));
        assertThat(tail.get(1).path("outcome").asText()).isEqualTo("INVALID");
        assertThat(tail.get(1).path("field").asText()).isEqualTo("report");
        assertThat(tail.get(2).path("outcome").asText()).isEqualTo("CREATED");
    }

    /** A new agency allowed to report: a token with REPORT_CASES and a signed, registered agreement in force. */
    private String reportingAgency(String agencyId, String name) {
        String token = applicationContext().getBean(id.sinergi.agency.AgencyTokens.class)
                .issue(agencyId, name, java.util.Set.of(id.sinergi.agency.Scope.REPORT_CASES), null).token();
        jdbc().sql("""
                INSERT INTO agreement (agreement_id, agreement_number, kind, partner_name, partner_kind, partner_agency_id, title,
                    scope, purposes, term_years, bpjs_contact_name, bpjs_contact_email, partner_contact_name, partner_contact_email,
                    stage, status, data_exchange_status, created_at)
                SELECT ?, ?, 'PKS', ?, 'OTHER', ?, 'Uji', 'Uji', '', 1, 'Petugas', 'p@bpjs.example', 'Mitra', 'm@mitra.example',
                    'ACTIVE', 'OPEN', 'NONE', CURRENT_TIMESTAMP
                WHERE NOT EXISTS (SELECT 1 FROM agreement WHERE partner_agency_id = ?)
                """).params("AGR-U-" + Integer.toHexString(agencyId.hashCode()), "PKS/U/" + Integer.toHexString(agencyId.hashCode()),
                name, agencyId, agencyId).update();
        return token;
    }

    @Test
    default void anAgencyListsItsOwnBatchesNewestFirstByCursorAndByStatus() {
        String token = reportingAgency("dinas-uji-daftar-batch", "Dinas Uji Daftar Batch");
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var batch = post(token, List.of(batchReport(nib(), "UNREGISTERED", 1 + i)), Map.of());
            assertThat(batch.status()).as(batch.body()).isEqualTo(202);
            posted.add(batch.json().path("batchId").asText());
        }

        JsonNode first = http().get(BATCHES + "?size=2", token).json();
        assertThat(first.path("items").findValuesAsText("batchId")).as("newest first").containsExactly(posted.get(2), posted.get(1));
        assertThat(first.path("totalItems").asLong()).isEqualTo(3);
        assertThat(first.path("totalIsLowerBound").asBoolean()).isFalse();
        JsonNode newest = first.path("items").get(0);
        assertThat(newest.path("status").asText()).isEqualTo("PROCESSING");
        assertThat(newest.path("total").asInt()).isOne();
        assertThat(newest.path("self").asText()).isEqualTo(BATCHES + "/" + posted.get(2));
        assertThat(newest.has("rows")).as("rows are read at self").isFalse();
        JsonNode second = http().get(first.path("links").path("next").asText(), token).json();
        assertThat(second.path("items").findValuesAsText("batchId")).containsExactly(posted.get(0));
        assertThat(second.path("links").has("next")).isFalse();
        assertThat(second.has("totalItems")).as("counted on the first page only").isFalse();

        runBatch(posted.get(0));
        assertThat(http().get(BATCHES + "?status=COMPLETED", token).json().path("items").findValuesAsText("batchId"))
                .containsExactly(posted.get(0));
        JsonNode processing = http().get(BATCHES + "?status=PROCESSING&size=1", token).json();
        assertThat(processing.path("items").findValuesAsText("batchId")).containsExactly(posted.get(2));
        assertThat(processing.path("links").path("next").asText()).contains("status=PROCESSING").contains("size=1");
        assertThat(http().get(processing.path("links").path("next").asText(), token).json().path("items").findValuesAsText("batchId"))
                .containsExactly(posted.get(1));

        assertThat(http().get(BATCHES + "?size=100", AGENCY).json().path("items").findValuesAsText("batchId"))
                .as("another agency's list").doesNotContainAnyElementsOf(posted);
        var badStatus = http().get(BATCHES + "?status=DONE", token);
        assertProblem(badStatus, 400);
        assertThat(badStatus.json().path("errors").get(0).path("field").asText()).isEqualTo("status");
        var badCursor = http().get(BATCHES + "?cursor=bm90LWEtY3Vyc29y", token);
        assertProblem(badCursor, 400);
        assertThat(badCursor.json().path("errors").get(0).path("field").asText()).isEqualTo("cursor");
        posted.forEach(this::runBatch);
    }

    @Test
    default void anAgencyWithANameOfTheLongestAllowedLengthReportsAloneAndInBatches() {
        String name = "Dinas Tenaga Kerja, Transmigrasi, Koperasi dan Usaha Kecil Menengah Kabupaten Contoh Raya "
                + "Provinsi Jawa Tengah, Bidang Pengawasan Ketenagakerjaan dan Jaminan Sosial Wilayah Pantai Utara Bagian Barat I";
        assertThat(name).as("the longest name an agency may have").hasSize(200);
        String token = reportingAgency("dinas-uji-nama-panjang", name);

        var single = http().postJson("/api/v1/enforcement-cases", token, ApiClient.json(batchReport(nib(), "UNREGISTERED", 2)));
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        String caseId = single.json().path("caseId").asText();
        assertThat(jdbc().sql("SELECT reported_by FROM enforcement_case WHERE case_number = ?").param(caseId).query(String.class)
                .single()).as("the agency's name, whole").isEqualTo(name);

        var posted = post(token, List.of(batchReport(nib(), "UNREGISTERED", 3)), Map.of());
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();
        assertThat(runBatch(batchId)).isOne();
        JsonNode row = read(token, batchId).path("rows").get(0);
        assertThat(row.path("outcome").asText()).isEqualTo("CREATED");
        assertThat(jdbc().sql("SELECT reported_by FROM enforcement_case WHERE case_number = ?").param(row.path("caseId").asText())
                .query(String.class).single()).isEqualTo(name);
    }
}
