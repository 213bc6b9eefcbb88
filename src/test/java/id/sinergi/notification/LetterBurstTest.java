package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseService;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The attack's burst: more letter jobs due at once than the pool has connections (as after an operator
 * retries a mail outage), worked by the real job executor at the application's own pool and thread
 * sizes. Each letter must go out exactly once, no job may fail, and the application must keep answering.
 * On PostgreSQL, as in the attack: row locks and connection hand-over behave as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class LetterBurstTest {

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final GreenMail MAIL_SERVER = new GreenMail(SMTP);

    static {
        MAIL_SERVER.start();
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    LetterRepository letterRepository;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realJobExecutorAndGreenMail(DynamicPropertyRegistry registry) {
        registry.add("camunda.bpm.job-execution.enabled", () -> "true");
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @AfterAll
    static void stopMailServer() {
        MAIL_SERVER.stop();
    }

    @Test
    void moreLetterJobsThanConnectionsEachGoOutOnceWithoutIncidentOrStall() throws Exception {
        int connections = ((HikariDataSource) dataSource).getMaximumPoolSize();
        int burst = connections + 4;
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        jobExecutor.shutdown();
        var cases = new LetterCases(service, engine, letterRepository);
        List<EnforcementCase> reported = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            var c = cases.reportSmallEmployer("PT Konveksi Burst " + i, "hrd" + i + "@konveksi.example");
            cases.acceptTriage(c);
            reported.add(c);
        }
        assertThat(engine.getManagementService().createJobQuery().messages().executable().count())
                .as("letter jobs due at once").isEqualTo(burst);

        jobExecutor.start();
        var http = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).build();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            // The application answers throughout: health needs a connection of its own.
            assertThat(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(reported).allSatisfy(c -> assertThat(cases.letter(c, LetterKind.OUTREACH).isSent()).isTrue());
            // A letter is marked sent inside its job, before the job itself commits.
            assertThat(engine.getManagementService().createJobQuery().messages().count()).as("letter jobs left").isZero();
        });

        var numbers = Arrays.stream(MAIL_SERVER.getReceivedMessages()).map(LetterBurstTest::letterNumber).toList();
        assertThat(numbers).as("each letter exactly once").hasSize(burst).doesNotHaveDuplicates();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
    }

    private static String letterNumber(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getHeader(MailDelivery.LETTER_NUMBER_HEADER)[0];
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
}
