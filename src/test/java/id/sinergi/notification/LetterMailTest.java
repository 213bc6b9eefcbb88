package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.system.PersonalData;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the addressee of a letter receives through SMTP, and that each letter arrives once. */
@ExtendWith(OutputCaptureExtension.class)
class LetterMailTest extends AbstractLetterMailTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String[] ROMAN_MONTHS =
            {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    @Test
    void outreachLetterReachesTheEmployerWithItsArchivedNumber(CapturedOutput log) throws Exception {
        // Non-ASCII in the name shows whether UTF-8 survives subject, addressee and body.
        String employer = "PT Kopi Nusantara Café Sejahtera";
        var c = cases.reportSmallEmployer(employer, "hrd@kopinusantara.example");

        cases.execute(cases.acceptTriage(c));

        assertThat(received()).hasSize(1);
        MimeMessage mail = received()[0];
        Letter letter = cases.letter(c, LetterKind.OUTREACH);
        LocalDate today = LocalDate.now(JAKARTA);
        assertThat(letter.number()).matches("\\d{5}/IMB/PKL/" + ROMAN_MONTHS[today.getMonthValue() - 1] + "/" + today.getYear());
        assertThat(mail.getHeader(MailDelivery.LETTER_NUMBER_HEADER)).containsExactly(letter.number());

        var to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).hasSize(1);
        assertThat(to.getAddress()).isEqualTo("hrd@kopinusantara.example");
        assertThat(to.getPersonal()).isEqualTo(employer);
        var from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@sinergi.example");
        assertThat(from.getPersonal()).isEqualTo("Sinergi BPJS Kesehatan Cabang Pekalongan");
        assertThat(mail.getSubject()).isEqualTo("Imbauan Kepatuhan Program JKN - " + employer);

        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).contains("Nomor   : " + letter.number(), "Pimpinan " + employer, "Nomor kasus: " + c.caseNumber(),
                "Rp4.320.000", "BPJS Kesehatan Kantor Cabang Pekalongan");
        assertThat(body.strip()).isEqualTo(letter.body().strip());

        // The date the letter gives the employer is the day the process waits for.
        var timer = engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
                .activityId(Elements.OUTREACH_PERIOD_EXPIRED).timers().singleResult();
        assertThat(timer).as("process waits after the outreach letter").isNotNull();
        assertThat(body).contains("paling lambat tanggal " + Formats.date(timer.getDuedate().toInstant().atZone(JAKARTA).toLocalDate()));
        assertThat(letter.isSent()).isTrue();

        // The application's own log line names the letter but masks the address (GreenMail's lines don't count).
        var deliveryLines = log.getOut().lines().filter(line -> line.contains(MailDelivery.class.getName())).toList();
        assertThat(deliveryLines).anyMatch(line -> line.endsWith(
                "Letter " + letter.number() + " (OUTREACH) sent to " + PersonalData.maskEmail("hrd@kopinusantara.example")));
        assertThat(deliveryLines).noneMatch(line -> line.contains("hrd@kopinusantara.example"));
    }

    @Test
    void serviceWithholdingRequestGoesToTheLicensingOffice() throws Exception {
        var c = cases.reportSmallEmployer("CV Batik Sido Mukti", "admin@sidomukti.example");
        // Jump to the step as an operator could in Cockpit; the ladder before it is the process tests' job.
        engine.getRuntimeService().createProcessInstanceModification(c.processInstanceId())
                .startBeforeActivity(Elements.REQUEST_SERVICE_WITHHOLDING)
                .cancelAllForActivity(Elements.TRIAGE)
                .execute();

        cases.execute(cases.letterJob(c, Elements.REQUEST_SERVICE_WITHHOLDING));

        // The district's licensing office (the branch's default district, Batang) and the OSS office for
        // centrally issued licences each get their own letter; the employer gets none.
        assertThat(received()).as("the offices get it, the employer does not").hasSize(2);
        MimeMessage mail = java.util.Arrays.stream(received()).filter(m -> {
            try {
                return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals("dpmptsp@batangkab.example");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        var to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("dpmptsp@batangkab.example");
        assertThat(to.getPersonal()).isEqualTo("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Batang");
        Letter letter = letterRepository.forCase(c.caseNumber()).stream()
                .filter(l -> l.kind() == LetterKind.SERVICE_WITHHOLDING_REQUEST && l.recipientEmail().equals("dpmptsp@batangkab.example"))
                .findFirst().orElseThrow();
        assertThat(letter.number()).contains("/TMP3T/PKL/");
        assertThat(mail.getHeader(MailDelivery.LETTER_NUMBER_HEADER)).containsExactly(letter.number());
        assertThat(mail.getSubject()).isEqualTo(
                "Permintaan Pengenaan Sanksi Tidak Mendapat Pelayanan Publik Tertentu - CV Batik Sido Mukti");
        assertThat((String) mail.getContent()).contains("Kepala Dinas Penanaman Modal", "CV Batik Sido Mukti",
                c.employerNib(), c.employerNpwp(), "Nomor kasus: " + c.caseNumber());
    }

    @Test
    void fineNoticeStatesAmountBasisAndPaymentWithNextMonthsContributions() throws Exception {
        var c = cases.reportSmallEmployer("PT Tekstil Pekalongan Raya", "keuangan@tekstilraya.example");
        // The inspection established Rp182,500,000 over 24 months; warning II ended on 20 November 2026.
        var runtime = engine.getRuntimeService();
        runtime.setVariable(c.processInstanceId(), "finalArrearsAmount", 182_500_000L);
        runtime.setVariable(c.processInstanceId(), "finalMonthsInArrears", 24);
        LocalDate warningEnded = LocalDate.of(2026, 11, 20);
        runtime.setVariable(c.processInstanceId(), "secondWarningDeadline",
                java.util.Date.from(warningEnded.atStartOfDay(JAKARTA).toInstant()));
        // Jump to the fine as an operator could in Cockpit; the ladder before it is the process tests' job.
        runtime.createProcessInstanceModification(c.processInstanceId())
                .startBeforeActivity(Elements.IMPOSE_FINE)
                .cancelAllForActivity(Elements.TRIAGE)
                .execute();
        cases.execute(cases.letterJob(c, Elements.IMPOSE_FINE));
        cases.execute(cases.letterJob(c, Elements.SEND_FINE_NOTICE));

        assertThat(received()).hasSize(1);
        MimeMessage mail = received()[0];
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo("keuangan@tekstilraya.example");
        assertThat(mail.getSubject()).isEqualTo("Pemberitahuan Denda Administratif - PT Tekstil Pekalongan Raya");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        // 0.1% of Rp182,500,000 = Rp182,500, once: not 24 x that (Rp4,380,000).
        assertThat(body).contains(
                "- iuran yang seharusnya dibayar : Rp182.500.000",
                "- denda (0,1% x iuran)          : Rp182.500",
                "Pasal 10 ayat (4) Peraturan Pemerintah Nomor 86 Tahun 2013",
                "sejak berakhirnya Teguran II",
                "berakhir pada tanggal " + Formats.date(warningEnded),
                "Pasal 10 ayat (5), denda dibayarkan kepada BPJS Kesehatan bersamaan dengan iuran bulan\nberikutnya")
                .doesNotContain("Rp4.380.000");
        var timer = engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
                .activityId(Elements.FINE_PERIOD_EXPIRED).timers().singleResult();
        assertThat(timer).as("the fine period runs after the notice").isNotNull();
        assertThat(body).contains("paling lambat tanggal " + Formats.date(timer.getDuedate().toInstant().atZone(JAKARTA).toLocalDate()));
        assertThat(body.strip()).isEqualTo(cases.letter(c, LetterKind.FINE_NOTICE).body().strip());
    }

    @Test
    void letterStepRunAgainAfterSendingDoesNotSendTheLetterTwice() throws Exception {
        var c = cases.reportSmallEmployer("PT Sumber Rejeki", "hrd@sumberrejeki.example");
        cases.execute(cases.acceptTriage(c));
        Letter sent = cases.letter(c, LetterKind.OUTREACH);
        assertThat(received()).hasSize(1);

        // The step runs again, as after a job retried past a sent mail or an operator restarting it.
        engine.getRuntimeService().createProcessInstanceModification(c.processInstanceId())
                .startBeforeActivity(Elements.SEND_OUTREACH_LETTER)
                .execute();
        cases.execute(cases.letterJob(c, Elements.SEND_OUTREACH_LETTER));

        assertThat(received()).as("no second mail").hasSize(1);
        assertThat(cases.letter(c, LetterKind.OUTREACH)).as("same letter, same number, same sending time")
                .isEqualTo(sent);
    }
}
