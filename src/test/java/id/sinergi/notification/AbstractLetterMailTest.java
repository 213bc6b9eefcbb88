package id.sinergi.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sinergi.enforcement.EnforcementCaseService;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context sending through SMTP to a GreenMail server on a free local port. The
 * subclasses share the context and the server; a test may stop the server to play an outage, and the
 * next test finds it running again with an empty inbox.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class AbstractLetterMailTest {

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    static final GreenMail mailServer = new GreenMail(SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    LetterRepository letterRepository;

    LetterCases cases;

    @DynamicPropertySource
    static void sendThroughGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
        // A server that does not answer fails a send within seconds, not minutes.
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "2000");
    }

    @BeforeAll
    static void startMailServer() {
        if (!mailServer.isRunning()) {
            mailServer.start();
        }
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    @BeforeEach
    void emptyInboxAndRunningServer() throws Exception {
        startMailServer();
        mailServer.purgeEmailFromAllMailboxes();
        cases = new LetterCases(service, engine, letterRepository);
    }

    /** Everything the server received so far; SMTP hands a message over before the send returns. */
    MimeMessage[] received() {
        return mailServer.getReceivedMessages();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
