package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sinergi.notification.Formats;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRepository;
import id.sinergi.notification.MailedLetter;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Letters that cite and carry legal effect, as the addressee receives them through SMTP (GreenMail):
 * each cites the letter before it by number and date, states the periods configured (changed here from
 * the defaults, so a typed period would show), goes to the office of the employer's district or to OSS,
 * copies the labour office on a joint inspection, and a new occasion gets a new letter.
 *
 * <p>Cases are real: reported through {@link EnforcementCaseService} and walked up the ladder on the
 * engine by {@link EnforcementCaseDriver}; letters the ladder does not send yet are sent through
 * {@link CaseLetters} with the case's real process instance as the execution.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = {
        "sinergi.enforcement.warning-working-days=7",
        "sinergi.enforcement.results-answer-working-days=4",
        "sinergi.enforcement.fine-period=P21D",
        "sinergi.enforcement.outreach-wait=P12D"})
abstract class AbstractCaseLettersMailTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final GreenMail mailServer = new GreenMail(SMTP);

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    CaseLetters caseLetters;
    @Autowired
    CaseRecords records;
    @Autowired
    LetterRepository letters;
    @Autowired
    EnforcementCaseRepository register;

    @DynamicPropertySource
    static void sendThroughGreenMail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
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
    void emptyInbox() throws Exception {
        mailServer.purgeEmailFromAllMailboxes();
    }

    @Test
    void warningsCiteTheLetterBeforeAndStateTheConfiguredPeriods() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_2);

        Letter outreach = letter(c, LetterKind.OUTREACH);
        Letter sphp = letter(c, LetterKind.INSPECTION_RESULTS);
        Letter firstWarning = letter(c, LetterKind.FIRST_WARNING);
        Letter secondWarning = letter(c, LetterKind.SECOND_WARNING);

        // sinergi.enforcement.outreach-wait=P12D, results-answer-working-days=4, warning-working-days=7.
        assertThat(mailBody(outreach)).contains("dalam jangka waktu 12 (dua belas) hari, paling lambat tanggal");
        assertThat(mailBody(sphp)).contains("(4 (empat) hari kerja)").doesNotContain("3 hari kerja");
        assertThat(mailBody(firstWarning))
                .contains("Teguran ini menindaklanjuti Surat Pemberitahuan Hasil Pemeriksaan (SPHP) kami Nomor "
                        + sphp.number() + " tanggal " + dateOf(sphp) + ".")
                .contains("dalam jangka waktu 7 (tujuh) hari kerja, paling lambat")
                .doesNotContain("sepuluh");
        assertThat(mailBody(secondWarning))
                .contains("Surat Teguran Tertulis I kami Nomor " + firstWarning.number() + " tanggal " + dateOf(firstWarning)
                        + " belum dipatuhi.")
                .contains("dalam jangka waktu 7 (tujuh) hari kerja, paling lambat tanggal")
                .doesNotContain("10 hari kerja", "sepuluh");

        // The fine notice cites Teguran II and states the fine period configured (P21D).
        Letter fine = inCase(c, execution -> caseLetters.send(execution, LetterKind.FINE_NOTICE, Map.of(
                "fine", Formats.rupiah(BigDecimal.valueOf(4_320)), "fineInWords", "empat ribu tiga ratus dua puluh rupiah",
                "secondWarningEnded", "1 Desember 2026",
                "deadline", "22 Desember 2026")));
        assertThat(mailBody(fine))
                .contains("Surat Teguran Tertulis II kami Nomor " + secondWarning.number() + " tanggal " + dateOf(secondWarning)
                        + ", yang berakhir pada tanggal 1 Desember 2026")
                .contains("yaitu 21 (dua puluh satu) hari (Pasal 7 ayat (1))")
                .contains("iuran yang seharusnya dibayar : Rp4.320.000",
                        "denda (0,1% x iuran) : Rp4.320 (empat ribu tiga ratus dua puluh rupiah)")
                .doesNotContain("30 (tiga puluh)");
    }

    @Test
    void jointFinalSummonsStatesTheAppointmentCitesTheSummonsAndCopiesTheDistrictLabourOffice() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.INSPECTION);
        records.districtChosen(c.caseNumber, "pemalang");
        Letter summons = letter(c, LetterKind.SUMMONS);
        mailServer.purgeEmailFromAllMailboxes();

        Map<String, String> appointment = Map.of(
                "inspectionDate", "Senin, 14 Desember 2026",
                "inspectionTime", "09.00 WIB",
                "inspectionPlace", "Kantor BPJS Kesehatan Cabang Pekalongan, Jl. Merdeka No. 2",
                "inspectionTeam", "Rina Wulandari, Agus Setiawan",
                "labourInspectors", "Bambang Hartono (Pengawas Ketenagakerjaan Ahli Muda)");
        Letter finalSummons = inCase(c, execution -> caseLetters.send(execution, LetterKind.FINAL_SUMMONS, appointment));
        Letter notice = inCase(c, execution -> caseLetters.labourOfficeNotice(execution, "pemalang", "FINAL_SUMMONS", appointment));

        assertThat(received()).hasSize(2);
        MimeMessage toEmployer = mailOf(finalSummons);
        assertThat(address(toEmployer)).isEqualTo(register.find(c.caseNumber).orElseThrow().employerEmail());
        assertThat(body(toEmployer))
                .contains("Menindaklanjuti Surat Panggilan Pemeriksaan kami Nomor " + summons.number() + " tanggal "
                        + dateOf(summons) + " yang tidak dipenuhi")
                .contains("hari/tanggal : Senin, 14 Desember 2026 pukul : 09.00 WIB "
                        + "tempat : Kantor BPJS Kesehatan Cabang Pekalongan, Jl. Merdeka No. 2 "
                        + "tim pemeriksa : Rina Wulandari, Agus Setiawan "
                        + "pengawas ketenagakerjaan : Bambang Hartono (Pengawas Ketenagakerjaan Ahli Muda)")
                .contains("pemeriksaan bersama BPJS Kesehatan dengan Pengawas Ketenagakerjaan Dinas Tenaga Kerja Kabupaten Pemalang")
                .endsWith("Tembusan: 1. Kepala Dinas Tenaga Kerja Kabupaten Pemalang");

        MimeMessage toLabourOffice = mailOf(notice);
        assertThat(address(toLabourOffice)).isEqualTo("disnaker@pemalangkab.example");
        assertThat(body(toLabourOffice))
                .contains("Kepala Dinas Tenaga Kerja Kabupaten Pemalang", "di wilayah Kabupaten Pemalang",
                        "hari/tanggal : Senin, 14 Desember 2026", "pukul : 09.00 WIB",
                        "menugaskan Pengawas Ketenagakerjaan")
                .doesNotContain("Tembusan");
    }

    @Test
    void withholdingGoesToTheDistrictAndOssAndLiftingCitesEachRequestWithTheProofs() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.OUTREACH);
        records.districtChosen(c.caseNumber, "kabupaten-pekalongan");
        mailServer.purgeEmailFromAllMailboxes();

        List<Letter> requests = inCase(c, execution -> caseLetters.requestWithholding(execution, "kabupaten-pekalongan"));
        // The step retried (job failed after sending): same letters, no new mail.
        List<Letter> retried = inCase(c, execution -> caseLetters.requestWithholding(execution, "kabupaten-pekalongan"));

        assertThat(received()).hasSize(2);
        assertThat(retried).extracting(Letter::number).containsExactlyElementsOf(requests.stream().map(Letter::number).toList());
        assertThat(requests).extracting(Letter::occasion).containsExactly("dpmptsp-kabupaten-pekalongan", "oss");
        assertThat(requests.get(0).number()).isNotEqualTo(requests.get(1).number());
        MimeMessage toDistrict = mailOf(requests.get(0));
        MimeMessage toOss = mailOf(requests.get(1));
        assertThat(address(toDistrict)).isEqualTo("dpmptsp@pekalongankab.example");
        assertThat(address(toOss)).isEqualTo("oss-rba@bkpm.example");
        for (MimeMessage mail : List.of(toDistrict, toOss)) {
            assertThat(body(mail)).contains("1. perizinan berusaha;", "2. izin yang diperlukan dalam mengikuti tender proyek;",
                    "3. izin mempekerjakan tenaga kerja asing;", "4. izin perusahaan penyedia jasa pekerja/buruh;",
                    "5. Persetujuan Bangunan Gedung (PBG, dahulu Izin Mendirikan Bangunan).", "(Kabupaten Pekalongan)");
        }
        assertThat(body(toDistrict)).contains("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Pekalongan");
        assertThat(body(toOss)).contains("Kepala Kementerian Investasi/Badan Koordinasi Penanaman Modal, Lembaga OSS (OSS-RBA)");

        mailServer.purgeEmailFromAllMailboxes();
        String proofs = "bukti pembayaran denda BUKTI-1 tanggal 2 Desember 2026; bukti pendaftaran 12 pekerja BUKTI-2";
        // A fine of Rp4,320 was imposed (and paid): the letter says so (Pasal 10(7)).
        engine.getRuntimeService().setVariable(c.processInstanceId, "fineAmount", 4_320L);
        List<Letter> liftings = inCase(c, execution -> caseLetters.requestLifting(execution, "kabupaten-pekalongan", proofs));

        assertThat(received()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Letter request = requests.get(i);
            Letter lifting = liftings.get(i);
            assertThat(lifting.recipientEmail()).isEqualTo(request.recipientEmail());
            assertThat(body(mailOf(lifting)))
                    .contains("pelayanan publik tertentu kami Nomor " + request.number() + " tanggal " + dateOf(request))
                    .contains(proofs, "membayar lunas denda administratif");
        }
    }

    @Test
    void liftingWithoutProofsFromTheStepNamesTheVerifiedLedger() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.OUTREACH);
        // Two verified payments and a plan agreement (not compliance, so not a proof) in the ledger.
        ledger(c, "FINE_PAID", "2026-12-02", 4_320L, null, "BUKTI-1", "VERIFIED");
        ledger(c, "WORKERS_REGISTERED", "2026-12-01", null, 12, "BUKTI-2", "VERIFIED");
        ledger(c, "ARREARS_PAID", "2026-12-03", 1_000L, null, "BUKTI-3", "REJECTED");
        ledger(c, "INSTALMENT_AGREED", "2026-12-01", 4_000_000L, null, "PLAN-1", "VERIFIED");
        inCase(c, execution -> caseLetters.requestWithholding(execution, null));
        mailServer.purgeEmailFromAllMailboxes();

        List<Letter> liftings = inCase(c, execution -> caseLetters.requestLifting(execution, null, null));

        assertThat(liftings).extracting(Letter::recipientEmail).containsExactly("dpmptsp@batangkab.example", "oss-rba@bkpm.example");
        String lifting = body(mailOf(liftings.get(0)));
        String registered = "bukti pendaftaran 12 pekerja, BUKTI-2, tanggal 1 Desember 2026";
        String finePaid = "bukti pembayaran denda Rp4.320, BUKTI-1, tanggal 2 Desember 2026";
        assertThat(lifting).contains(registered, finePaid).doesNotContain("BUKTI-3", "PLAN-1");
        assertThat(lifting.indexOf(registered)).as("in the order of the ledger").isLessThan(lifting.indexOf(finePaid));
    }

    @Test
    void prosecutorLettersCiteTheSkkAndEachMissedInstalmentIsItsOwnLetter() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.OUTREACH);
        engine.getRuntimeService().setVariable(c.processInstanceId, "prosecutorOffice", "kejari-batang");
        Letter skk = inCase(c, execution -> caseLetters.send(execution, LetterKind.SKK_COVER_LETTER, Map.of()));
        mailServer.purgeEmailFromAllMailboxes();

        Letter smallClaims = inCase(c, execution -> caseLetters.suitInstruction(execution, "SMALL_CLAIMS", BigDecimal.valueOf(182_500_000)));
        MimeMessage suit = mailOf(smallClaims);
        assertThat(address(suit)).isEqualTo("datun@kejari-batang.example");
        assertThat(body(suit))
                .contains("Surat Kuasa Khusus kami Nomor " + skk.number() + " tanggal " + dateOf(skk))
                .contains("nilai gugatan : Rp182.500.000 (seratus delapan puluh dua juta lima ratus ribu rupiah)")
                .contains("gugatan sederhana sesuai Peraturan Mahkamah Agung Nomor 2 Tahun 2015",
                        "Peraturan Mahkamah Agung Nomor 4 Tahun 2019, karena nilai gugatan paling banyak Rp500.000.000");

        Map<String, String> second = new HashMap<>(Map.of("planSignedOn", "5 Januari 2027", "instalmentNumber", "2",
                "instalmentDueDate", "5 Maret 2027", "instalmentAmount", "Rp15.000.000", "outstandingAmount", "Rp150.000.000"));
        Letter firstDefault = inCase(c, execution -> caseLetters.instalmentDefaultReport(execution, "plan-1#2", second));
        Letter again = inCase(c, execution -> caseLetters.instalmentDefaultReport(execution, "plan-1#2", second));
        second.put("instalmentNumber", "3");
        Letter secondDefault = inCase(c, execution -> caseLetters.instalmentDefaultReport(execution, "plan-1#3", second));

        assertThat(again.number()).as("a retry finds its letter").isEqualTo(firstDefault.number());
        assertThat(secondDefault.number()).as("another missed instalment is a new letter").isNotEqualTo(firstDefault.number());
        assertThat(received()).hasSize(3);
        assertThat(body(mailOf(firstDefault)))
                .contains("Surat Kuasa Khusus kami Nomor " + skk.number() + " tanggal " + dateOf(skk))
                .contains("angsuran ke : 2", "jatuh tempo : 5 Maret 2027",
                        "jumlah angsuran : Rp15.000.000", "sisa kewajiban : Rp150.000.000", "5 Januari 2027");
        assertThat(body(mailOf(secondDefault))).contains("angsuran ke : 3");
    }

    /**
     * Teguran I carries the LHPA the inspection established, and the SKK cover letter carries the Surat Kuasa
     * Khusus: each in the same e-mail as its own signed PDF, counted in the letter's Lampiran, archived with its
     * own number and sent with the letter.
     */
    @Test
    void theLhpaTravelsWithTeguranIAndTheSkkWithItsCoverLetter() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_1);
        Letter sphp = letter(c, LetterKind.INSPECTION_RESULTS);
        Letter warning = letter(c, LetterKind.FIRST_WARNING);
        Letter lhpa = letter(c, LetterKind.FINAL_INSPECTION_REPORT);
        long established = ((Number) engine.getRuntimeService().getVariable(c.processInstanceId, "finalArrearsAmount")).longValue();

        MimeMessage warningMail = mailOf(warning);
        var enclosed = MailedLetter.enclosures(warningMail);
        assertThat(enclosed.keySet()).containsExactly(lhpa.number().replace('/', '-'));
        assertThat(body(warningMail)).contains("Lampiran : 1 (satu) berkas",
                "Bersama surat ini kami lampirkan: 1. Laporan Hasil Pemeriksaan Akhir Nomor " + lhpa.number());
        String report = id.sinergi.notification.LetterText.of(enclosed.values().iterator().next());
        assertThat(report).contains("LAPORAN HASIL PEMERIKSAAN AKHIR", "Nomor: " + lhpa.number(),
                "Lampiran Surat Nomor " + warning.number(),
                "Surat Pemberitahuan Hasil Pemeriksaan Nomor " + sphp.number() + " tanggal " + dateOf(sphp),
                "Tunggakan iuran", Formats.rupiah(BigDecimal.valueOf(established)));
        assertThat(id.sinergi.signature.PdfSignatureCheck.check(enclosed.values().iterator().next()).intact())
                .as("the LHPA is signed on its own").isTrue();
        assertThat(MailedLetter.coverNote(warningMail)).contains("Laporan Hasil Pemeriksaan Akhir Nomor " + lhpa.number());
        assertThat(lhpa.isSent()).as("the enclosure left with its letter").isTrue();
        assertThat(jdbc.sql("SELECT enclosed_in FROM letter WHERE id = ?").param(lhpa.id()).query(Long.class).single())
                .isEqualTo(warning.id());

        engine.getRuntimeService().setVariable(c.processInstanceId, "prosecutorOffice", "kejari-batang");
        double sentBefore = lettersSent(LetterKind.SKK_COVER_LETTER);
        Letter cover = inCase(c, execution -> caseLetters.specialPowerOfAttorney(execution));
        assertThat(lettersSent(LetterKind.SKK_COVER_LETTER) - sentBefore).as("counted once, with its enclosure").isEqualTo(1);
        Letter skk = letter(c, LetterKind.SPECIAL_POWER_OF_ATTORNEY);
        MimeMessage skkMail = mailOf(cover);
        assertThat(address(skkMail)).isEqualTo("datun@kejari-batang.example");
        byte[] power = MailedLetter.enclosures(skkMail).get(skk.number().replace('/', '-'));
        assertThat(power).as("the SKK attached to its cover letter's mail").isNotNull();
        assertThat(body(skkMail)).contains("Lampiran : 1 (satu) berkas", "Surat Kuasa Khusus Nomor " + skk.number());
        assertThat(id.sinergi.notification.LetterText.of(power)).contains("SURAT KUASA KHUSUS", "PEMBERI KUASA", "PENERIMA KUASA",
                "Kepala Kejaksaan Negeri Batang", c.caseNumber,
                // No fine imposed yet: the claim is the arrears the LHPA established.
                "jumlah kewajiban : " + Formats.rupiah(BigDecimal.valueOf(established)),
                "Surat Teguran Tertulis I Nomor " + warning.number() + " tanggal " + dateOf(warning));
        assertThat(MailedLetter.qrCodes(power)).singleElement().asString().contains("/verifikasi/")
                .isNotIn(MailedLetter.qrCodes(MailedLetter.pdf(skkMail)));
    }

    /**
     * The SKK claims what the ledger says is owed: instalments beyond the arrears paid toward the fine, so the
     * fine is claimed only for what is left of it, not a second time.
     */
    @Test
    void theSkkClaimsOnlyTheFineInstalmentsLeftUnpaid() throws Exception {
        var c = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_1);
        var runtime = engine.getRuntimeService();
        long established = ((Number) runtime.getVariable(c.processInstanceId, "finalArrearsAmount")).longValue();
        // A fine of Rp10,000 imposed; a plan over arrears and fine paid the arrears and Rp4,000 more, then defaulted.
        runtime.setVariable(c.processInstanceId, "fineAmount", 10_000L);
        ledger(c, "INSTALMENT_PAID", "2026-11-02", established + 4_000L, null, "CICIL-1", "VERIFIED");
        runtime.setVariable(c.processInstanceId, "prosecutorOffice", "kejari-batang");

        Letter cover = inCase(c, execution -> caseLetters.specialPowerOfAttorney(execution));
        Letter skk = letter(c, LetterKind.SPECIAL_POWER_OF_ATTORNEY);
        byte[] power = MailedLetter.enclosures(mailOf(cover)).get(skk.number().replace('/', '-'));
        assertThat(id.sinergi.notification.LetterText.of(power)).contains("denda administratif : Rp6.000",
                "jumlah kewajiban : Rp6.000").doesNotContain("Rp10.000");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private double lettersSent(LetterKind kind) {
        var counter = meters.find("sinergi.letters.sent").tag("kind", kind.name()).counter();
        return counter == null ? 0 : counter.count();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void ledger(EnforcementCaseDriver c, String kind, String date, Long amount, Integer workers, String reference,
                        String status) {
        jdbc.sql("""
                INSERT INTO compliance_report (id, case_number, kind, compliance_date, amount_paid, workers_registered,
                    reference, status, received_at, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'STAFF')
                """).params(java.util.UUID.randomUUID().toString(), c.caseNumber, kind, java.time.LocalDate.parse(date),
                amount == null ? null : BigDecimal.valueOf(amount), workers, reference, status).update();
    }

    /** Runs CaseLetters inside an engine command with the case's process instance as the execution, as a delegate would. */
    private <T> T inCase(EnforcementCaseDriver c, Function<DelegateExecution, T> work) {
        var config = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        return config.getCommandExecutorTxRequired().execute(context ->
                work.apply(context.getExecutionManager().findExecutionById(c.processInstanceId)));
    }

    private Letter letter(EnforcementCaseDriver c, LetterKind kind) {
        var matching = letters.forCase(c.caseNumber).stream().filter(l -> l.kind() == kind).toList();
        assertThat(matching).as("%s letters of %s", kind, c.caseNumber).hasSize(1);
        return matching.get(0);
    }

    private static String dateOf(Letter letter) {
        return Formats.date(letter.createdAt().atZoneSameInstant(JAKARTA).toLocalDate());
    }

    private static MimeMessage[] received() {
        return mailServer.getReceivedMessages();
    }

    private static MimeMessage mailOf(Letter letter) throws Exception {
        var matching = Arrays.stream(received()).filter(m -> {
            try {
                return letter.number().equals(m.getHeader("X-Sinergi-Letter-Number", null));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(matching).as("mails of letter %s", letter.number()).hasSize(1);
        return matching.get(0);
    }

    private static String mailBody(Letter letter) throws Exception {
        return body(mailOf(letter));
    }

    /** The attached letter's text (the mail itself is only a cover note), whitespace folded. */
    private static String body(MimeMessage mail) throws Exception {
        return MailedLetter.text(mail);
    }

    private static String address(MimeMessage mail) throws Exception {
        return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
