package id.sinergi.notification;

import static id.sinergi.system.PersonalData.maskEmail;
import static id.sinergi.system.PersonalData.maskEmailsIn;
import static id.sinergi.system.PersonalData.scrubbed;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Puts a letter on its way: through SMTP when {@code spring.mail.host} is set, otherwise as an .eml file
 * in the outbox folder, so a fresh installation loses no letter and shows what it would have sent.
 * Any failure is thrown: the calling job retries and finally becomes an incident.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    static final String LETTER_NUMBER_HEADER = "X-Sinergi-Letter-Number";

    private final ObjectProvider<JavaMailSender> smtp;
    private final NotificationSettings settings;

    MailDelivery(ObjectProvider<JavaMailSender> smtp, NotificationSettings settings) {
        this.smtp = smtp;
        this.settings = settings;
    }

    void deliver(Letter letter, LetterDocument document, List<LetterRepository.Enclosed> enclosures) {
        JavaMailSender sender = smtp.getIfAvailable();
        try {
            if (sender != null) {
                MimeMessage message = compose(sender.createMimeMessage(), letter, document, enclosures);
                sender.send(message);
                log.info("Letter {} ({}) sent to {}", letter.number(), letter.kind(), maskEmail(letter.recipientEmail()));
            } else {
                Path file = writeToOutbox(compose(new MimeMessage(Session.getInstance(new Properties())), letter, document, enclosures), letter);
                log.info("No SMTP host configured: letter {} ({}) written to {}", letter.number(), letter.kind(),
                        file.toAbsolutePath());
            }
        } catch (MessagingException | IOException | MailException e) {
            // JavaMailSender reports SMTP failures as Spring's unchecked MailException. A rejected recipient
            // names the address in the message: the job's stored stack trace and the log get a masked copy.
            throw new LetterDeliveryException("Letter " + letter.number() + " could not be delivered: "
                    + maskEmailsIn(rootMessage(e)), scrubbed(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * The e-mail is a short cover note; the letter itself is the attached PDF, named after its number, followed
     * by the documents it encloses, each named after its own number.
     */
    private MimeMessage compose(MimeMessage message, Letter letter, LetterDocument document,
                                List<LetterRepository.Enclosed> enclosures) throws MessagingException {
        message.setFrom(new InternetAddress(settings.from()));
        try {
            message.setRecipient(MimeMessage.RecipientType.TO,
                    new InternetAddress(letter.recipientEmail(), letter.recipientName(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 unavailable", e);
        }
        message.setSubject(letter.subject(), "UTF-8");
        var note = new MimeBodyPart();
        note.setText(coverNote(letter, enclosures.stream().map(LetterRepository.Enclosed::letter).toList()), "UTF-8");
        var parts = new MimeMultipart(note, attachment(letter.number(), document));
        for (var enclosure : enclosures) {
            parts.addBodyPart(attachment(enclosure.letter().number(), enclosure.document()));
        }
        message.setContent(parts);
        message.setSentDate(new Date());
        message.setHeader(LETTER_NUMBER_HEADER, letter.number());
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart attachment(String number, LetterDocument document) throws MessagingException {
        var pdf = new MimeBodyPart();
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(document.content(), LetterDocument.MEDIA_TYPE)));
        pdf.setFileName(LetterDocument.fileName(number));
        pdf.setDisposition(Part.ATTACHMENT);
        return pdf;
    }

    /** What the e-mail says: which letter, its number, that the letter is the attachment, and what it encloses. */
    static String coverNote(Letter letter, List<Letter> enclosures) {
        StringBuilder enclosed = new StringBuilder();
        if (!enclosures.isEmpty()) {
            enclosed.append("\nBeserta lampirannya:\n");
            for (Letter enclosure : enclosures) {
                enclosed.append("- %s Nomor %s, berkas PDF %s\n".formatted(enclosure.kind().title(), enclosure.number(),
                        LetterDocument.fileName(enclosure.number())));
            }
        }
        return """
                Yth. %s,

                Bersama surat elektronik ini kami sampaikan %s Nomor %s
                perihal %s.

                Surat tersebut terlampir dalam berkas PDF %s.%s
                Surat dalam lampiran itulah yang berlaku; mohon disimpan dan nomor surat dicantumkan dalam
                setiap tanggapan.

                Surat elektronik ini dikirim otomatis oleh Sinergi, BPJS Kesehatan.
                """.formatted(letter.recipientName(), letter.kind().title(), letter.number(), letter.subject(),
                LetterDocument.fileName(letter.number()), enclosed);
    }

    private Path writeToOutbox(MimeMessage message, Letter letter) throws IOException, MessagingException {
        Files.createDirectories(settings.outboxDir());
        Path file = settings.outboxDir().resolve(letter.number().replaceAll("[^A-Za-z0-9-]", "_") + ".eml");
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.writeTo(out);
        }
        // Appears whole or not at all, for whoever collects the outbox.
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
