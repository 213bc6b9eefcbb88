package id.sinergi.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sinergi.SinergiApplication;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.support.ApiClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one PostgreSQL database, worked at once, as behind a load balancer: an
 * agency's reports land on either node, staff accept them on either node, and both job executors send the
 * letters that fall due. Afterwards every case has one number, its register row and its process instance;
 * every letter has one number and went out exactly once; no job was lost or failed; and both nodes did
 * part of the job work. A bulk report survives its node crashing midway, and bulk reports filling every job
 * thread of both nodes do not hold back a letter that falls due.
 *
 * <p>Both nodes run in this JVM, each a full application context with its own web server, connection pool,
 * process engine (named after the node, so Camunda's static engine registry keeps them apart) and job
 * executor. They share the database and one SMTP server (GreenMail).
 */
class TwoNodesPostgresTest {

    private static final int REPORTS = 40;
    private static final int CLIENT_THREADS = 8;
    private static final String CASES = "/api/v1/enforcement-cases";
    private static final String DISNAKER = "demo-token-disnaker-batang";
    private static final AtomicLong NIB = new AtomicLong(9_140_000_000_000L + (System.nanoTime() % 1_000_000) * 100);

    private static EmbeddedPostgres postgres;
    private static GreenMail mailServer;
    private static final List<Node> nodes = new ArrayList<>();

    /** One running instance: its context, its HTTP port, its engine. */
    record Node(String name, ConfigurableApplicationContext context) {
        int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        ProcessEngine engine() {
            return context.getBean(ProcessEngine.class);
        }

        JdbcClient jdbc() {
            return context.getBean(JdbcClient.class);
        }
    }

    @BeforeAll
    static void startDatabaseMailAndTwoNodes() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE sinergi_cluster");
        }
        var smtp = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        mailServer = new GreenMail(smtp);
        mailServer.start();
        // One after the other, as a rolling start: the first migrates the schema (Flyway, Camunda) and
        // deploys the models; the second finds them in place.
        nodes.add(start("nodeA", smtp));
        nodes.add(start("nodeB", smtp));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).context().close();
        }
        if (mailServer != null) {
            mailServer.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Node start(String name, ServerSetup smtp) {
        var context = new SpringApplicationBuilder(SinergiApplication.class)
                .profiles("test", "demo", "postgres")
                .initializers(c -> c.getBeanFactory().registerSingleton("leaveOutTestConfigurations", new LeaveOutTestConfigurations()))
                // Command-line arguments, so they win over application-test.yaml (which turns job execution off).
                .run("--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "sinergi_cluster"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        // The starter ignores an engine name with a hyphen (and falls back to "default").
                        "--camunda.bpm.process-engine-name=" + name,
                        "--camunda.bpm.generic-properties.properties.hostname=" + name,
                        "--camunda.bpm.job-execution.enabled=true",
                        // A job locked by a node that died is free again after this long (production: 5 minutes).
                        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                        // Small chunks: a bulk report runs many jobs within seconds (production: 100 per chunk).
                        "--sinergi.batch.chunk-size=10",
                        "--spring.mail.host=" + smtp.getBindAddress(),
                        "--spring.mail.port=" + smtp.getPort());
        return new Node(name, context);
    }

    @Test
    void reportsAndLettersSplitOverTwoNodesLeaveOneNumberEachAndEveryLetterSentOnce() throws Exception {
        Node a = nodes.get(0);
        Node b = nodes.get(1);
        ProcessEngine engine = a.engine();
        JdbcClient jdbc = a.jdbc();

        // 1. Reports over real HTTP, alternating nodes, eight clients at once.
        List<String> caseIds = inParallel(REPORTS, i -> {
            Node node = nodes.get(i % 2);
            var response = new ApiClient(node.port()).postJson(CASES, DISNAKER, ApiClient.json(report(nextNib(), i)));
            assertThat(response.status()).as("report %d on %s: %s", i, node.name(), response.body()).isEqualTo(201);
            return response.json().path("caseId").asText();
        });
        assertThat(caseIds).as("case numbers answered").hasSize(REPORTS).doesNotHaveDuplicates();

        // 2. Triage accepted on alternating nodes, at once: each small employer's outreach letter becomes a
        //    job, due now, which the job executors of both nodes pick up.
        inParallel(REPORTS, i -> {
            var tasks = nodes.get(i % 2).engine().getTaskService();
            var triage = tasks.createTaskQuery().processInstanceBusinessKey(caseIds.get(i))
                    .taskDefinitionKey(EnforcementCaseProcess.Elements.TRIAGE).singleResult();
            assertThat(triage).as("triage task of %s", caseIds.get(i)).isNotNull();
            tasks.complete(triage.getId(), Map.of(EnforcementCaseProcess.Vars.TRIAGE_DECISION, "ACCEPT",
                    "triageNotes", "berdasar"));
            return triage.getId();
        });

        // 3. Wait until the job executors have worked every due job and every letter is sent.
        var management = engine.getManagementService();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(management.createJobQuery().executable().count()).as("due jobs left").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM letter WHERE status <> 'SENT'").query(Long.class).single())
                    .as("letters not yet sent").isZero();
            assertThat(outreachLetters(jdbc, caseIds)).as("outreach letters of the reported cases").isEqualTo(REPORTS);
        });

        // Cases: one number each, each with its register row, its stage history and its process instance.
        List<String> registered = jdbc.sql("SELECT case_number FROM enforcement_case").query(String.class).list();
        assertThat(registered).as("case numbers in the register").doesNotHaveDuplicates().containsAll(caseIds);
        Map<String, String> instanceOf = jdbc.sql("SELECT case_number, process_instance_id FROM enforcement_case")
                .query((rs, n) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(EnforcementCaseProcess.KEY).list();
        assertThat(instances).as("a process instance for every registered case").hasSameSizeAs(registered);
        assertThat(instances).allSatisfy(instance -> assertThat(instanceOf.get(instance.getBusinessKey()))
                .as("register row of instance %s", instance.getId()).isEqualTo(instance.getId()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case c WHERE NOT EXISTS "
                + "(SELECT 1 FROM enforcement_case_stage s WHERE s.case_number = c.case_number)").query(Long.class).single())
                .as("cases without a stage entry").isZero();

        // Letters: one number each, every one SENT, and the mail server received each exactly once.
        List<String> letterNumbers = jdbc.sql("SELECT letter_number FROM letter WHERE status = 'SENT'").query(String.class).list();
        assertThat(letterNumbers).as("letter numbers").doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(REPORTS);
        List<String> mailed = Arrays.stream(mailServer.getReceivedMessages()).map(TwoNodesPostgresTest::letterNumber)
                .filter(n -> n != null).toList();
        assertThat(mailed).as("letters received by the mail server, each exactly once")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(letterNumbers);

        // Letter numbers are gap-free: the year's sequence runs 1..n with no number skipped or drawn twice.
        Map<String, List<Integer>> sequencesByYear = letterNumbers.stream().collect(Collectors.groupingBy(
                n -> n.substring(n.lastIndexOf('/') + 1),
                Collectors.mapping(n -> Integer.parseInt(n.substring(0, n.indexOf('/'))), Collectors.toList())));
        sequencesByYear.forEach((year, sequence) -> assertThat(sequence).as("letter sequence of %s", year)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, sequence.size()).boxed().toList()));

        // Each reported case ran its letter step exactly once and moved on to the outreach period's timer.
        var history = engine.getHistoryService();
        for (String caseId : caseIds) {
            String instance = instanceOf.get(caseId);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .activityId(EnforcementCaseProcess.Elements.SEND_OUTREACH_LETTER).finished().count())
                    .as("outreach letter step of %s", caseId).isOne();
            assertThat(management.createJobQuery().processInstanceId(instance).timers()
                    .activityId(EnforcementCaseProcess.Elements.OUTREACH_PERIOD_EXPIRED).count())
                    .as("outreach period timer of %s", caseId).isOne();
        }

        // Jobs: none lost, none failed.
        assertThat(management.createJobQuery().noRetriesLeft().count()).as("jobs without retries").isZero();
        assertThat(management.createJobQuery().withException().count()).as("jobs that failed").isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();

        // Both nodes did job work: the historic job log records the host that ran each job.
        Map<String, Long> jobsByNode = engine.getHistoryService().createHistoricJobLogQuery().successLog().list().stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
        long failures = engine.getHistoryService().createHistoricJobLogQuery().failureLog().count();
        System.out.printf("Two nodes: %d cases, %d letters, jobs run per node %s, failed attempts %d%n",
                registered.size(), letterNumbers.size(), jobsByNode, failures);
        assertThat(jobsByNode).as("jobs run per node").containsOnlyKeys(Set.of(a.name(), b.name()));
        assertThat(jobsByNode.values()).as("jobs run per node").allMatch(count -> count > 0);
    }

    /**
     * A bulk report survives its node going away: node B accepts a batch of several chunks and is shut down while
     * the job executors work through it, then started again. Node A carries on meanwhile; in the end every report
     * opened exactly one case, with its register row and its process, and nothing was done twice.
     */
    @Test
    void aBatchAcceptedByANodeThatRestartsMidwayIsProcessedOnceAndCompletely() throws Exception {
        Node a = nodes.get(0);
        Node b = nodes.get(1);
        int chunk = a.context().getBean(id.sinergi.batch.BatchSettings.class).chunkSize();
        int total = chunk * 4;
        List<Map<String, Object>> reports = new ArrayList<>();
        List<String> nibs = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            nibs.add(nextNib());
            reports.add(report(nibs.get(i), 1_000 + i));
        }
        var posted = new ApiClient(b.port()).postJson("/api/v1/enforcement-case-batches", DISNAKER,
                ApiClient.json(Map.of("reports", reports)));
        assertThat(posted.status()).as(posted.body()).isEqualTo(202);
        String batchId = posted.json().path("batchId").asText();
        JdbcClient jdbc = a.jdbc();

        // Node B goes down hard once the first chunk is in: its connections are cut under the chunk it is running (a
        // crash; a graceful stop lets the running chunk finish), then it stops and comes back later.
        // Its job stays locked until the lock expires (lock-time-in-millis, short on these nodes), then runs again.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> processed(jdbc, batchId) >= chunk);
        b.context().getBean(com.zaxxer.hikari.HikariDataSource.class).close();
        b.context().close();
        long processedWhileDown = processed(jdbc, batchId);
        assertThat(processedWhileDown).as("chunks left when node B stopped").isLessThan(total);
        Node restarted = start(b.name(), new ServerSetup(mailServer.getSmtp().getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        nodes.set(1, restarted);

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(new ApiClient(restarted.port()).get("/api/v1/enforcement-case-batches/" + batchId + "?size=1", DISNAKER)
                        .json().path("status").asText()).isEqualTo("COMPLETED"));

        var rows = jdbc.sql("SELECT row_no, result, case_number, employer_nib FROM case_batch_row WHERE batch_id = ? ORDER BY row_no")
                .param(batchId).query((rs, n) -> List.of(rs.getString(2), String.valueOf(rs.getString(3)), rs.getString(4))).list();
        assertThat(rows).as("every report has its outcome").hasSize(total)
                .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("CREATED"));
        List<String> opened = rows.stream().map(row -> row.get(1)).toList();
        assertThat(opened).as("one case per report").doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case WHERE employer_nib IN (:nibs)").param("nibs", nibs)
                .query(Long.class).single()).as("cases in the register for the batch's employers").isEqualTo(total);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enforcement_case c JOIN act_ru_execution e ON e.id_ = c.process_instance_id"
                + " AND e.business_key_ = c.case_number WHERE c.case_number IN (:opened)").param("opened", opened)
                .query(Long.class).single()).as("a running process per case, the one its register row names").isEqualTo(total);
        assertThat(a.engine().getManagementService().createJobQuery().withException().count()).as("jobs that failed").isZero();
        Map<String, Long> chunksByNode = a.engine().getHistoryService().createHistoricJobLogQuery().successLog()
                .processDefinitionKey("enforcement-case-batch").list().stream()
                .collect(Collectors.groupingBy(HistoricJobLog::getHostname, Collectors.counting()));
        long failedChunks = a.engine().getHistoryService().createHistoricJobLogQuery().failureLog()
                .processDefinitionKey("enforcement-case-batch").count();
        System.out.printf("Batch over a restart: %d reports, %d processed when node B stopped; chunks run per node %s,"
                + " failed attempts %d%n", total, processedWhileDown, chunksByNode, failedChunks);
    }

    /**
     * Bulk reports never hold a letter back: as many batches as the two nodes have job threads are under way when
     * a case's outreach letter falls due, and the letter goes out while every batch still has reports left (each
     * chunk goes back to acquisition, behind jobs of higher priority). Then the batches finish, each report once.
     */
    @Test
    void aLetterFallingDueWhileBulkReportsFillEveryJobThreadGoesOutBeforeAnyBatchFinishes() throws Exception {
        Node a = nodes.get(0);
        JdbcClient jdbc = a.jdbc();
        int chunk = a.context().getBean(id.sinergi.batch.BatchSettings.class).chunkSize();
        int jobThreads = 2 * a.context().getEnvironment().getRequiredProperty("camunda.bpm.job-execution.core-pool-size", Integer.class);
        int perBatch = chunk * 20;
        var reported = new ApiClient(a.port()).postJson(CASES, DISNAKER, ApiClient.json(report(nextNib(), 2_000)));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().path("caseId").asText();

        List<String> batchIds = new ArrayList<>();
        for (int n = 0; n < jobThreads; n++) {
            List<Map<String, Object>> reports = new ArrayList<>();
            for (int i = 0; i < perBatch; i++) {
                reports.add(report(nextNib(), 10_000 * (n + 1) + i));
            }
            var posted = new ApiClient(nodes.get(n % 2).port()).postJson("/api/v1/enforcement-case-batches", DISNAKER,
                    ApiClient.json(Map.of("reports", reports)));
            assertThat(posted.status()).as(posted.body()).isEqualTo(202);
            batchIds.add(posted.json().path("batchId").asText());
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> batchIds.stream().allMatch(batchId -> processed(jdbc, batchId) > 0));

        var tasks = a.engine().getTaskService();
        var triage = tasks.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.TRIAGE).singleResult();
        tasks.complete(triage.getId(), Map.of(EnforcementCaseProcess.Vars.TRIAGE_DECISION, "ACCEPT", "triageNotes", "berdasar"));
        long due = System.nanoTime();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20))
                .until(() -> outreachLetters(jdbc, List.of(caseId)) == 1);
        long sentAfterMs = (System.nanoTime() - due) / 1_000_000;
        Map<String, Long> left = new LinkedHashMap<>();
        batchIds.forEach(batchId -> left.put(batchId, perBatch - processed(jdbc, batchId)));
        System.out.printf("Letter among bulk reports: sent %d ms after it fell due; reports each batch still had then %s%n",
                sentAfterMs, left.values());
        assertThat(left.values()).as("reports left in each batch when the letter went out").allSatisfy(n -> assertThat(n).isPositive());

        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(250))
                .until(() -> batchIds.stream().allMatch(batchId -> processed(jdbc, batchId) == perBatch));
        for (String batchId : batchIds) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM case_batch_row WHERE batch_id = ? AND result = 'CREATED'")
                    .param(batchId).query(Long.class).single()).as("cases opened by batch %s", batchId).isEqualTo(perBatch);
        }
        assertThat(a.engine().getManagementService().createJobQuery().withException().count()).as("jobs that failed").isZero();
    }

    private static long processed(JdbcClient jdbc, String batchId) {
        return jdbc.sql("SELECT processed_rows FROM case_batch WHERE batch_id = ?").param(batchId).query(Long.class).single();
    }

    private static long outreachLetters(JdbcClient jdbc, List<String> caseIds) {
        return jdbc.sql("SELECT COUNT(*) FROM letter WHERE kind = 'OUTREACH' AND status = 'SENT' AND case_reference IN (:ids)")
                .param("ids", caseIds).query(Long.class).single();
    }

    /** Runs {@code count} calls on eight threads at once and returns their results in order. */
    private static <T> List<T> inParallel(int count, Function<Integer, T> call) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(clients.submit(() -> call.apply(n)));
            }
            List<T> results = new ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }

    private static Map<String, Object> report(String nib, int i) {
        Map<String, Object> employer = new LinkedHashMap<>();
        employer.put("nib", nib);
        employer.put("npwp", "012345678901234");
        employer.put("name", "CV Konveksi Klaster " + i);
        employer.put("address", "Jl. Gajah Mada " + i + ", Batang");
        employer.put("email", "hrd" + i + "@konveksi.example");
        employer.put("sizeClass", "SMALL");
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("type", "UNREGISTERED");
        violation.put("workersAffected", 12);
        violation.put("arrearsAmount", 4_320_000);
        violation.put("monthsInArrears", 3);
        violation.put("description", "12 pekerja belum didaftarkan");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", employer);
        body.put("violation", violation);
        body.put("reference", "DN-BTG/2026/" + i);
        return body;
    }

    private static String nextNib() {
        return Long.toString(NIB.incrementAndGet());
    }

    private static String letterNumber(MimeMessage message) {
        try {
            String[] header = message.getHeader("X-Sinergi-Letter-Number");
            return header == null ? null : header[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A plain {@code SpringApplication} scans the test classes too (they share the base package); the
     * {@code @TestConfiguration} classes nested in other tests (a fixed clock, coverage gates) are for their
     * own contexts, as {@code @SpringBootTest} would leave them out.
     */
    static final class LeaveOutTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestConfigurations;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestConfigurations.class.hashCode();
        }
    }
}
