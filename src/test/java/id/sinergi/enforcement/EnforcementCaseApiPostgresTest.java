package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.ApiClient;
import id.sinergi.support.EmbeddedPostgresInitializer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The agency API on a real PostgreSQL server. */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class EnforcementCaseApiPostgresTest extends AbstractEnforcementCaseApiTest {

    /**
     * A database error names the constraint and the column, never the row's values: PostgreSQL's detail ("Failing
     * row contains (...)") would otherwise carry an employer's NPWP, name and e-mail into every log that prints the
     * exception, the engine's own ERROR log of a failed command included. The postgres profile turns the driver's
     * server error detail off; this context runs with that profile's settings.
     */
    @Test
    void aDatabaseErrorNamesTheConstraintButNotTheRowsPersonalData() {
        String npwp = "098765432109876";
        String name = "PT Rahasia Sentosa Abadi";
        String email = "direksi@rahasia-sentosa.example";
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> jdbc().sql("""
                INSERT INTO enforcement_case (case_number, employer_nib, employer_npwp, employer_name, employer_address,
                    employer_email, size_class, violation_type, workers_affected, arrears_amount, months_in_arrears, stage,
                    status, reported_at)
                VALUES ('ENF-1999-000001', '9120399999999', ?, ?, 'Jl. Rahasia 1', ?, 'SMALL', 'UNREGISTERED', 1, 0, 0,
                    'TRIAGE', 'OPEN', CURRENT_TIMESTAMP)
                """).params(npwp, name, email).update());
        assertThat(failure).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        var printed = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(printed));
        assertThat(printed.toString()).contains("violates not-null constraint").contains("reported_by")
                .doesNotContain(npwp).doesNotContain(name).doesNotContain(email);
    }

    /**
     * On PostgreSQL, each branch of the list walks its V27 index in order from the cursor: no sequential scan of
     * the register, no sort of an agency's whole history. The test database is small enough for a scan, or a bitmap
     * of a few rows and a sort, to look cheapest (which plan depends on the statistics of the moment), so the planner
     * is told to avoid all three: the plan then shows the index that serves each branch in order, as a register of
     * a million cases needs.
     */
    @Test
    void caseListBranchesWalkTheirIndexes() {
        var register = applicationContext().getBean(EnforcementCaseRepository.class);
        var transaction = new org.springframework.transaction.support.TransactionTemplate(
                applicationContext().getBean(org.springframework.transaction.PlatformTransactionManager.class));
        var after = new EnforcementCaseRepository.ListKey(OffsetDateTime.now(ZoneOffset.UTC), "ENF-2026-000100");
        // Which agency index serves a status filter is the planner's choice (with most cases open, the plain list
        // index filtered by status is as cheap as the status index); either walks the agency's cases in order.
        Map<String, List<String>> expectedIndexes = Map.of(
                "", List.of("enforcement_case_agency_list", "enforcement_case_prosecutor_list"),
                "OPEN", List.of("enforcement_case_agency_", "enforcement_case_prosecutor_list"));
        expectedIndexes.forEach((status, indexes) -> {
            var filter = new EnforcementCaseRepository.AgencyFilter("disnaker-batang", status.isEmpty() ? null : status, null, null);
            for (var key : java.util.Arrays.asList(null, after)) {
                var query = register.visibleToQuery(filter, key, 21);
                String plan = transaction.execute(tx -> {
                    jdbc.sql("SET LOCAL enable_seqscan = off").update();
                    jdbc.sql("SET LOCAL enable_bitmapscan = off").update();
                    jdbc.sql("SET LOCAL enable_sort = off").update();
                    return String.join("\n", jdbc.sql("EXPLAIN " + query.sql()).params(query.params()).query(String.class).list());
                });
                System.out.println(plan);
                assertThat(plan).as(plan).contains(indexes.toArray(String[]::new)).contains("Index Scan using enforcement_case_agency")
                        .doesNotContain("Seq Scan").doesNotContainPattern("->\\s+Sort\\s+\\(");
            }
        });
    }

    /** Tasklist's search and sort, on the database that answers it from its indexes (see the scenario). */
    @Test
    void officersSearchAndSortTasks() {
        officersSearchAndSortTasksByCaseNumberAndEmployer();
    }

    // ---- group commit (ReportGroups) ------------------------------------------------------------------------

    /**
     * While the writers are held at their groups' case-number draw (the test holds the counter's row), reports
     * queue and are written in groups. Each is answered as if it had been alone: a new employer 201 with its case,
     * process and audit record; the second report of one employer and violation 409 naming the first's case; a
     * report of an already open case 409 naming that case.
     */
    @Test
    void reportsQueuedWhileTheWritersAreBusyShareGroupsAndEachIsAnsweredAsIfAlone() throws Exception {
        String openNib = nextNib();
        String open = reportCase(DISNAKER, report(openNib, "SMALL", "UNREGISTERED", 5, 1_000_000));
        String twiceNib = nextNib();
        List<Map<String, Object>> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            reports.add(report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        }
        reports.add(report(twiceNib, "SMALL", "CONTRIBUTION_ARREARS", 5, 2_000_000));
        reports.add(report(twiceNib, "MEDIUM", "CONTRIBUTION_ARREARS", 9, 2_500_000));
        reports.add(report(openNib, "SMALL", "UNREGISTERED", 6, 1_000_000));
        var groups = meters().find("sinergi.api.report.groups").summary();
        long groupsBefore = groups.count();
        double reportsBefore = groups.totalAmount();

        var answers = whileWritersAreHeld(reports);

        assertThat(answers.subList(0, 7)).extracting(ApiClient.Response::status).containsOnly(201);
        var twice = answers.subList(7, 9);
        assertThat(twice).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 409);
        String twiceCase = twice.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().path("caseId").asText();
        var second = twice.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        id.sinergi.support.ProblemAssertions.assertProblem(second, 409);
        assertThat(second.json().path("caseId").asText()).isEqualTo(twiceCase);
        id.sinergi.support.ProblemAssertions.assertProblem(answers.get(9), 409);
        assertThat(answers.get(9).json().path("caseId").asText()).isEqualTo(open);

        var created = answers.stream().filter(r -> r.status() == 201).map(r -> r.json().path("caseId").asText()).toList();
        assertThat(created).hasSize(8).doesNotHaveDuplicates();
        created.forEach(this::assertOpenedWholly);
        assertThat(groups.totalAmount() - reportsBefore).as("every report went through exactly one group").isEqualTo(10);
        assertThat(groups.count() - groupsBefore).as("the queued reports shared groups").isLessThan(10);
    }

    /**
     * A group that fails in the middle (a database trigger refuses one employer's register row) rolls back whole,
     * and each of its reports is written again alone: the others are answered 201, the refused one 500, and the
     * rolled-back group leaves nothing behind: every case exactly once, no register row or process of the refused
     * report, no process beyond the cases answered 201.
     */
    @Test
    void aGroupThatFailsHalfwayLeavesNothingAndEachOfItsReportsIsWrittenAlone() throws Exception {
        reportCase(DISNAKER, report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000)); // this year's counter row exists
        String refusedNib = nextNib();
        List<Map<String, Object>> reports = new java.util.ArrayList<>();
        // Eighth of nine queued: whatever the number of writers, it joins a group after reports already written in it.
        for (int i = 0; i < 10; i++) {
            reports.add(report(i == 8 ? refusedNib : nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        }
        var rolledBack = meters().find("sinergi.api.report.groups.rolled.back").counter();
        double rolledBackBefore = rolledBack.count();
        long processesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(EnforcementCaseProcess.KEY).count();
        jdbc.sql("""
                CREATE FUNCTION refuse_test_employer() RETURNS trigger AS $$
                BEGIN
                    IF NEW.employer_nib = '%s' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                    RETURN NEW;
                END $$ LANGUAGE plpgsql""".formatted(refusedNib)).update();
        jdbc.sql("CREATE TRIGGER refuse_test_employer BEFORE INSERT ON enforcement_case FOR EACH ROW EXECUTE FUNCTION refuse_test_employer()")
                .update();
        List<ApiClient.Response> answers;
        try {
            answers = whileWritersAreHeld(reports);
        } finally {
            jdbc.sql("DROP TRIGGER refuse_test_employer ON enforcement_case").update();
            jdbc.sql("DROP FUNCTION refuse_test_employer()").update();
        }

        for (int i = 0; i < reports.size(); i++) {
            if (i == 8) {
                id.sinergi.support.ProblemAssertions.assertProblem(answers.get(i), 500);
            } else {
                assertThat(answers.get(i).status()).as(answers.get(i).body()).isEqualTo(201);
            }
        }
        assertThat(rolledBack.count() - rolledBackBefore).as("the refused report's group rolled back").isGreaterThanOrEqualTo(1);
        var created = answers.stream().filter(r -> r.status() == 201).map(r -> r.json().path("caseId").asText()).toList();
        created.forEach(this::assertOpenedWholly);
        for (var report : reports) {
            String nib = (String) employer(report).get("nib");
            assertThat(casesOf(nib)).as("register rows of " + nib).isEqualTo(nib.equals(refusedNib) ? 0 : 1);
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(EnforcementCaseProcess.KEY).count() - processesBefore)
                .as("no process left by the rolled-back group").isEqualTo(9);
    }

    /**
     * Two transactions report the same employer and violation at once, each past its duplicate check: the second's
     * register insert waits for the first and, once that commits, writes nothing and answers the refusal naming
     * the first's case. Its transaction stays usable (no key error): the next report in it opens its case, as the
     * other reports of a group or a bulk chunk must.
     */
    @Test
    void aReportRacingAnotherForTheSameOpenCaseIsRefusedWithoutSpoilingItsTransaction() throws Exception {
        String nib = nextNib();
        var first = reportOf(report(nib, "SMALL", "CONTRIBUTION_ARREARS", 5, 2_000_000));
        var racing = reportOf(report(nib, "MEDIUM", "CONTRIBUTION_ARREARS", 8, 2_000_000));
        var next = reportOf(report(nextNib(), "SMALL", "UNREGISTERED", 5, 1_000_000));
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                applicationContext().getBean(org.springframework.transaction.PlatformTransactionManager.class));
        var firstWritten = new java.util.concurrent.CountDownLatch(1);
        var commitFirst = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var firstCase = pool.submit(() -> transactions.execute(tx -> {
                var opened = service.reportUnlessRefused(first, "Dinas Uji", "disnaker-batang", ReportSource.AGENCY_API, null);
                firstWritten.countDown();
                await(commitFirst);
                return opened.opened().caseNumber();
            }));
            firstWritten.await(30, java.util.concurrent.TimeUnit.SECONDS);
            var second = pool.submit(() -> transactions.execute(tx -> List.of(
                    service.reportUnlessRefused(racing, "Dinas Uji", "disnaker-batang", ReportSource.AGENCY_API, null),
                    service.reportUnlessRefused(next, "Dinas Uji", "disnaker-batang", ReportSource.AGENCY_API, null))));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO enforcement_case%'")
                    .query(Long.class).single() == 0) {
                assertThat(System.nanoTime()).as("the racing insert waits for the first").isLessThan(deadline);
                Thread.sleep(20);
            }
            commitFirst.countDown();
            String opened = firstCase.get(60, java.util.concurrent.TimeUnit.SECONDS);
            var outcomes = second.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(outcomes.get(0).opened()).isNull();
            assertThat(outcomes.get(0).refused().openCaseNumber()).isEqualTo(opened);
            assertThat(outcomes.get(1).refused()).isNull();
            assertThat(casesOf(nib)).isOne();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(opened).count()).isOne();
            String after = outcomes.get(1).opened().caseNumber();
            assertThat(jdbc.sql("SELECT process_instance_id FROM enforcement_case WHERE case_number = ?").param(after)
                    .query(String.class).single()).as("the transaction went on and committed the next case").isNotNull();
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    private CaseReport reportOf(Map<String, Object> body) throws Exception {
        return applicationContext().getBean(com.fasterxml.jackson.databind.ObjectMapper.class)
                .readValue(ApiClient.json(body), CaseReport.class);
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private io.micrometer.core.instrument.MeterRegistry meters() {
        return applicationContext().getBean(io.micrometer.core.instrument.MeterRegistry.class);
    }

    private void assertOpenedWholly(String caseNumber) {
        String process = jdbc.sql("SELECT process_instance_id FROM enforcement_case WHERE case_number = ?")
                .param(caseNumber).query(String.class).single();
        assertThat(process).as("register row of " + caseNumber + " names its process").isNotNull();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process)
                .processInstanceBusinessKey(caseNumber).count()).as(caseNumber).isOne();
        assertThat(jdbc.sql("SELECT status FROM api_audit WHERE case_number = ? AND action = 'CASE_REPORTED'")
                .param(caseNumber).query(Integer.class).list()).as("audit of " + caseNumber + ", with the status its call answered")
                .containsExactly(201);
    }

    /**
     * Holds the case-number counter's row (every writer stops at its group's draw; the caller has made sure this
     * year's row exists), posts {@code reports} one after another, each once the one before is inside
     * {@link ReportGroups} (in a group held at the draw, or queued), then frees the row. So the groups are formed in
     * the order of {@code reports}: the first alone, the next ones as the writer settings make them. The answers,
     * in the order of {@code reports}.
     */
    private List<ApiClient.Response> whileWritersAreHeld(List<Map<String, Object>> reports) throws Exception {
        var groups = applicationContext().getBean(ReportGroups.class);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(reports.size());
        var dataSource = applicationContext().getBean(javax.sql.DataSource.class);
        try (var holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT last_value FROM number_sequence WHERE name = 'enforcement-case' FOR UPDATE");
                 var locked = lock.executeQuery()) {
                assertThat(locked.next()).as("the counter row is held").isTrue();
            }
            List<java.util.concurrent.Future<ApiClient.Response>> answers = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            int before = groups.inFlight();
            for (var report : reports) {
                var body = ApiClient.json(report);
                answers.add(pool.submit(() -> new ApiClient(port).postJson(CASES, DISNAKER, body)));
                while (groups.inFlight() < before + answers.size()) {
                    assertThat(System.nanoTime()).as("each report handed to the writers within 30 s").isLessThan(deadline);
                    Thread.sleep(10);
                }
            }
            holder.rollback();
            List<ApiClient.Response> done = new java.util.ArrayList<>();
            for (var answer : answers) {
                done.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}
