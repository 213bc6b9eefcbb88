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

    @org.springframework.beans.factory.annotation.Autowired
    id.sinergi.signature.LetterVerifications verifications;

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

        // The mail is a cover note naming the letter; the letter is the attached PDF.
        String note = MailedLetter.coverNote(mail);
        String fileName = letter.number().replace('/', '-') + ".pdf";
        assertThat(note).contains("Yth. " + employer, "Surat Imbauan Nomor " + letter.number(), "terlampir", fileName);
        byte[] pdf = MailedLetter.pdf(mail);
        String body = LetterText.of(pdf);
        assertThat(body).contains("Nomor : " + letter.number(), "Pimpinan " + employer, "Nomor kasus: " + c.caseNumber(),
                "Rp4.320.000", "BPJS KESEHATAN KANTOR CABANG PEKALONGAN");
        assertThat(letter.body()).as("the archived text is the attached letter's").isEqualTo(body);
        // The archive keeps exactly the bytes that went out, and their SHA-256.
        LetterDocument archived = letterRepository.document(letter.id()).orElseThrow();
        assertThat(archived.content()).isEqualTo(pdf);
        assertThat(archived.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));

        // Signed (PAdES), intact over the whole file, and verifiable: the code printed on the letter leads to
        // the verification page's record of exactly these bytes, and the QR code on the page says the same URL.
        var signature = id.sinergi.signature.PdfSignatureCheck.check(pdf);
        assertThat(signature.intact()).as(signature.problem()).isTrue();
        var code = java.util.regex.Pattern.compile("kode verifikasi ([0-9A-Z]{10})").matcher(body);
        assertThat(code.find()).as("the letter prints its verification code").isTrue();
        String url = "http://localhost:8080/verifikasi/" + code.group(1);
        assertThat(body).contains(url);
        assertThat(verifications.find(code.group(1))).hasValueSatisfying(v -> {
            assertThat(v.letterNumber()).isEqualTo(letter.number());
            assertThat(v.documentSha256()).isEqualTo(archived.sha256());
            assertThat(v.addresseeMasked()).isEqualTo("PT K*** N*** C*** S***");
        });
        assertThat(MailedLetter.qrCodes(pdf)).containsExactly(url);

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
        // The NPWP as printed on the taxpayer card: 15 digits grouped 2.3.3.1-3.3.
        String npwp = c.employerNpwp();
        String printedNpwp = npwp.length() == 15 ? npwp.substring(0, 2) + "." + npwp.substring(2, 5) + "." + npwp.substring(5, 8)
                + "." + npwp.charAt(8) + "-" + npwp.substring(9, 12) + "." + npwp.substring(12) : npwp;
        assertThat(MailedLetter.text(mail)).contains("Kepala Dinas Penanaman Modal", "CV Batik Sido Mukti",
                c.employerNib(), "NPWP : " + printedNpwp, "Nomor kasus: " + c.caseNumber(), "Nomor : " + letter.number());
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
        String body = MailedLetter.text(mail);
        // 0.1% of Rp182,500,000 = Rp182,500, once: not 24 x that (Rp4,380,000); the fine also in words.
        assertThat(body).contains(
                "iuran yang seharusnya dibayar : Rp182.500.000",
                "denda (0,1% x iuran) : Rp182.500 (seratus delapan puluh dua ribu lima ratus rupiah)",
                "Pasal 10 ayat (4) Peraturan Pemerintah Nomor 86 Tahun 2013",
                "sejak berakhirnya Teguran II",
                "berakhir pada tanggal " + Formats.date(warningEnded),
                "Pasal 10 ayat (5), denda dibayarkan kepada BPJS Kesehatan bersamaan dengan iuran bulan berikutnya")
                .doesNotContain("Rp4.380.000");
        var timer = engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
                .activityId(Elements.FINE_PERIOD_EXPIRED).timers().singleResult();
        assertThat(timer).as("the fine period runs after the notice").isNotNull();
        assertThat(body).contains("paling lambat tanggal " + Formats.date(timer.getDuedate().toInstant().atZone(JAKARTA).toLocalDate()));
        Letter notice = cases.letter(c, LetterKind.FINE_NOTICE);
        assertThat(body).isEqualTo(notice.body());
        assertThat(letterRepository.document(notice.id()).orElseThrow().sha256())
                .isEqualTo(LetterDocument.sha256(MailedLetter.pdf(mail)));
    }

    @Test
    void letterStepRunAgainAfterSendingDoesNotSendTheLetterTwice() throws Exception {
        var c = cases.reportSmallEmployer("PT Sumber Rejeki", "hrd@sumberrejeki.example");
        cases.execute(cases.acceptTriage(c));
        Letter sent = cases.letter(c, LetterKind.OUTREACH);
        assertThat(received()).hasSize(1);
        String sentHash = letterRepository.document(sent.id()).orElseThrow().sha256();

        // The step runs again, as after a job retried past a sent mail or an operator restarting it.
        engine.getRuntimeService().createProcessInstanceModification(c.processInstanceId())
                .startBeforeActivity(Elements.SEND_OUTREACH_LETTER)
                .execute();
        cases.execute(cases.letterJob(c, Elements.SEND_OUTREACH_LETTER));

        assertThat(received()).as("no second mail").hasSize(1);
        assertThat(cases.letter(c, LetterKind.OUTREACH)).as("same letter, same number, same sending time")
                .isEqualTo(sent);
        assertThat(letterRepository.document(sent.id()).orElseThrow().sha256()).as("same document").isEqualTo(sentHash);
    }
}
