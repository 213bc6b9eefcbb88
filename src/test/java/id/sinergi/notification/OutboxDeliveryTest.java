package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.enforcement.EnforcementCaseService;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The default installation has no SMTP host: each letter becomes an .eml file in the outbox, a whole
 * message someone can open or forward, and the log says where it is.
 */
@SpringBootTest
@ActiveProfiles("test")
@org.springframework.context.annotation.Import(OutboxDeliveryTest.Clocks.class)
@ExtendWith(OutputCaptureExtension.class)
class OutboxDeliveryTest {

    private static final Path OUTBOX = createTempOutbox();

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    LetterRepository letterRepository;
    @Autowired
    ObjectProvider<JavaMailSender> smtp;
    @Autowired
    ShiftableClock clock;

    LetterCases cases;

    @DynamicPropertySource
    static void outboxInTempDir(DynamicPropertyRegistry registry) {
        registry.add("sinergi.mail.outbox-dir", OUTBOX::toString);
    }

    @BeforeEach
    void emptyOutbox() throws IOException {
        FileSystemUtils.deleteRecursively(OUTBOX);
        Files.createDirectories(OUTBOX);
        cases = new LetterCases(service, engine, letterRepository);
        clock.shift(java.time.Duration.ZERO);
        assertThat(smtp.getIfAvailable()).as("no spring.mail.host in this context").isNull();
    }

    @AfterAll
    static void removeOutbox() throws IOException {
        FileSystemUtils.deleteRecursively(OUTBOX);
    }

    @Test
    void letterIsWrittenToTheOutboxAsAWholeMessageAndTheLogSaysWhere(CapturedOutput log) throws Exception {
        var c = cases.reportSmallEmployer("PT Garam Pantura Jaya", "hrd@garampantura.example");

        cases.execute(cases.acceptTriage(c));

        Letter letter = cases.letter(c, LetterKind.OUTREACH);
        assertThat(outboxFiles()).as("one finished file, no partial one").hasSize(1);
        Path file = outboxFiles().get(0);
        assertThat(file.getFileName().toString()).isEqualTo(letter.number().replace('/', '_') + ".eml");
        MimeMessage mail;
        try (var in = Files.newInputStream(file)) {
            mail = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        var to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("hrd@garampantura.example");
        assertThat(mail.getHeader(MailDelivery.LETTER_NUMBER_HEADER)).containsExactly(letter.number());
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@sinergi.example");
        assertThat(mail.getSubject()).isEqualTo(letter.subject());
        assertThat(MailedLetter.coverNote(mail)).contains(letter.number(), "terlampir");
        byte[] pdf = MailedLetter.pdf(mail);
        assertThat(LetterText.of(pdf)).isEqualTo(letter.body()).contains("Nomor : " + letter.number());
        assertThat(letterRepository.document(letter.id()).orElseThrow().sha256()).isEqualTo(LetterDocument.sha256(pdf));

        assertThat(log).contains("letter " + letter.number() + " (OUTREACH) written to " + file.toAbsolutePath());
        assertThat(letter.isSent()).isTrue();
        assertThat(cases.waitsAtTimer(c, Elements.OUTREACH_PERIOD_EXPIRED)).isTrue();
    }

    @Test
    void outboxThatCannotBeWrittenFailsTheJobAndTheRetryWritesTheSameLetter() throws Exception {
        var c = cases.reportSmallEmployer("PT Batik Pesisir", "hrd@batikpesisir.example");
        var job = cases.acceptTriage(c);
        // A plain file where the folder should be: the outbox cannot be created.
        FileSystemUtils.deleteRecursively(OUTBOX);
        Files.writeString(OUTBOX, "not a folder");

        assertThatThrownBy(() -> cases.execute(job)).isInstanceOf(LetterDeliveryException.class);

        assertThat(cases.reload(job).getRetries()).as("retried later, not given up").isPositive();
        Letter kept = cases.letter(c, LetterKind.OUTREACH);
        assertThat(kept.isSent()).isFalse();
        assertThat(cases.waitsAtTimer(c, Elements.OUTREACH_PERIOD_EXPIRED)).isFalse();

        Files.delete(OUTBOX);
        cases.execute(job);

        assertThat(outboxFiles()).hasSize(1);
        assertThat(outboxFiles().get(0).getFileName().toString()).isEqualTo(kept.number().replace('/', '_') + ".eml");
        // The retry sends the document archived before the first attempt failed, byte for byte.
        MimeMessage resent;
        try (var in = Files.newInputStream(outboxFiles().get(0))) {
            resent = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(LetterDocument.sha256(MailedLetter.pdf(resent)))
                .isEqualTo(letterRepository.document(kept.id()).orElseThrow().sha256());
        assertThat(cases.letter(c, LetterKind.OUTREACH).isSent()).isTrue();
        assertThat(cases.waitsAtTimer(c, Elements.OUTREACH_PERIOD_EXPIRED)).isTrue();
    }

    @Test
    void aLetterResentDaysLaterKeepsTheDeadlineItStatesAndTheTimerWaitsForIt() throws Exception {
        var c = cases.reportSmallEmployer("PT Ikan Asap Wiradesa", "hrd@ikanasap.example");
        var job = cases.acceptTriage(c);
        FileSystemUtils.deleteRecursively(OUTBOX);
        Files.writeString(OUTBOX, "not a folder");
        assertThatThrownBy(() -> cases.execute(job)).isInstanceOf(LetterDeliveryException.class);
        Letter drafted = cases.letter(c, LetterKind.OUTREACH);

        // The outbox is repaired three days later and the job retried.
        clock.shift(java.time.Duration.ofDays(3));
        Files.delete(OUTBOX);
        cases.execute(job);

        var timer = engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
                .activityId(Elements.OUTREACH_PERIOD_EXPIRED).timers().singleResult();
        assertThat(drafted.deadline()).as("deadline archived with the letter").isNotNull();
        assertThat(timer.getDuedate().toInstant()).as("the timer waits for the date the letter states")
                .isEqualTo(drafted.deadline().toInstant());
        assertThat(drafted.body()).contains(Formats.date(drafted.deadline().atZoneSameInstant(clock.getZone()).toLocalDate()));
        assertThat(cases.letter(c, LetterKind.OUTREACH).body()).isEqualTo(drafted.body());
    }

    /** A clock a test can move forward, standing in for "now" everywhere the application reads it. */
    static class ShiftableClock extends java.time.Clock {
        private final java.time.Clock base = java.time.Clock.system(java.time.ZoneId.of("Asia/Jakarta"));
        private volatile java.time.Duration shift = java.time.Duration.ZERO;

        void shift(java.time.Duration by) {
            shift = by;
        }

        @Override
        public java.time.ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Instant instant() {
            return base.instant().plus(shift);
        }
    }

    @org.springframework.boot.test.context.TestConfiguration
    static class Clocks {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        ShiftableClock shiftableClock() {
            return new ShiftableClock();
        }
    }

    private static List<Path> outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(OUTBOX)) {
            return files.toList();
        }
    }

    private static Path createTempOutbox() {
        try {
            return Files.createTempDirectory("sinergi-outbox-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
