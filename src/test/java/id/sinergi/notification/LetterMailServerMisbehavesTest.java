package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.enforcement.EnforcementCaseService;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail servers that fail in the slow and the talkative way: one that accepts the connection and never
 * answers must not hold a job thread forever, and one that rejects the recipient must not put the
 * employer's address into the job's stored stack trace or the log.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class LetterMailServerMisbehavesTest {

    private static final MisbehavingSmtpServer SERVER = new MisbehavingSmtpServer();

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    LetterRepository letterRepository;
    @Autowired
    JavaMailSenderImpl mailSender;

    LetterCases cases;

    @DynamicPropertySource
    static void sendThroughTheMisbehavingServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SERVER::port);
        // Only the read timeout is shortened, so the test waits seconds, not the production 30 s; the
        // connect and write timeouts are the application's own.
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "3000");
    }

    @AfterAll
    static void stopServer() throws IOException {
        SERVER.close();
    }

    @BeforeEach
    void newCases() {
        cases = new LetterCases(service, engine, letterRepository);
    }

    @Test
    void theApplicationBoundsEverySmtpWait() {
        var properties = mailSender.getJavaMailProperties();
        assertThat(properties.getProperty("mail.smtp.connectiontimeout")).as("from application.yaml").isEqualTo("10000");
        assertThat(properties.getProperty("mail.smtp.writetimeout")).as("from application.yaml").isEqualTo("30000");
        assertThat(properties.getProperty("mail.smtp.timeout")).isEqualTo("3000");
    }

    @Test
    void aServerThatNeverAnswersFailsTheJobWhichRetriesLater() throws Exception {
        SERVER.mode(MisbehavingSmtpServer.Mode.HANG);
        var c = cases.reportSmallEmployer("PT Sarung Tenun Wiradesa", "hrd@sarungwiradesa.example");
        var job = cases.acceptTriage(c);

        var attempt = CompletableFuture.runAsync(() -> cases.execute(job));
        Throwable failure = null;
        try {
            // Bounded so a regression fails the test instead of hanging the build; not a speed claim.
            attempt.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            failure = e.getCause();
        }

        assertThat(failure).as("the job gave up on the silent server").isInstanceOf(LetterDeliveryException.class);
        assertThat(cases.reload(job).getRetries()).as("retried later: R5, one attempt used").isEqualTo(4);
        assertThat(cases.letter(c, LetterKind.OUTREACH).isSent()).isFalse();
        assertThat(cases.waitsAtTimer(c, Elements.OUTREACH_PERIOD_EXPIRED)).as("not past the letter").isFalse();
    }

    @Test
    void aRejectedRecipientIsNeitherStoredNorLoggedInFull(CapturedOutput log) {
        SERVER.mode(MisbehavingSmtpServer.Mode.REJECT_RECIPIENT);
        String email = "keuangan.rahasia@batikpesisir.example";
        var c = cases.reportSmallEmployer("PT Batik Pesisir Utara", email);
        var job = cases.acceptTriage(c);

        Throwable failure = null;
        try {
            cases.execute(job);
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).isInstanceOf(LetterDeliveryException.class);
        var failed = cases.reload(job);
        String stacktrace = engine.getManagementService().getJobExceptionStacktrace(job.getId());
        assertThat(failed.getExceptionMessage()).contains("k***@batikpesisir.example").doesNotContain(email);
        assertThat(stacktrace).as("what Cockpit shows").contains("User unknown").doesNotContain(email);
        assertThat(log.getAll()).doesNotContain(email);
    }
}
