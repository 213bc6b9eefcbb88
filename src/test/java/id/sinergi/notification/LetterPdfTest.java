package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Every letter kind through template and PDF, without Spring: the text read back from the PDF carries the
 * number, the addressee, the amount as Indonesian readers write it, the letter it cites, and the kop and
 * signature block from configuration. Expected values are built from the rules (Formats), not copied.
 */
class LetterPdfTest {

    static final BranchSettings BRANCH = new BranchSettings("BPJS Kesehatan Kantor Cabang Pekalongan", "PKL", "Pekalongan",
            "Kepala Kantor Cabang Pekalongan", "Jl. Jenderal Sudirman No. 156, Pekalongan 51116", "(0285) 421100",
            "kc-pekalongan@bpjs-kesehatan.example", "www.bpjs-kesehatan.go.id");
    static final SignatorySettings.Signatory HEAD = new SignatorySettings.Signatory("Kepala Kantor Cabang Pekalongan",
            "dr. Rahmat Hidayat, M.Kes.", "01234");

    private static final BigDecimal ARREARS = new BigDecimal("182500000");
    private static final BigDecimal FINE = new BigDecimal("182500");
    private static final String CITED_NUMBER = "00007/TEG-II/PKL/XI/2026";
    private static final String CITED_DATE = "9 November 2026";
    private static final String CITED = "Nomor " + CITED_NUMBER + " tanggal " + CITED_DATE;

    /** Kinds whose letter carries an amount of money, and which amount. */
    private static final Map<LetterKind, BigDecimal> AMOUNT = Map.ofEntries(
            Map.entry(LetterKind.OUTREACH, ARREARS), Map.entry(LetterKind.INSPECTION_RESULTS, ARREARS),
            Map.entry(LetterKind.FIRST_WARNING, ARREARS), Map.entry(LetterKind.SECOND_WARNING, ARREARS),
            Map.entry(LetterKind.FINE_NOTICE, FINE), Map.entry(LetterKind.SKK_COVER_LETTER, ARREARS),
            Map.entry(LetterKind.SUIT_INSTRUCTION, ARREARS), Map.entry(LetterKind.INSTALMENT_DEFAULT_REPORT, ARREARS),
            Map.entry(LetterKind.SPECIAL_POWER_OF_ATTORNEY, ARREARS), Map.entry(LetterKind.FINAL_INSPECTION_REPORT, ARREARS),
            Map.entry(LetterKind.SERVICE_WITHHOLDING_REQUEST, FINE));

    /** Kinds that carry the amount in words after the figure. */
    private static final Set<LetterKind> IN_WORDS = Set.of(LetterKind.FINE_NOTICE, LetterKind.SKK_COVER_LETTER,
            LetterKind.SUIT_INSTRUCTION, LetterKind.SPECIAL_POWER_OF_ATTORNEY, LetterKind.FINAL_INSPECTION_REPORT);

    /** Kinds that cite the letter before them (enforcement/CaseLetters.CITES). */
    private static final Set<LetterKind> CITING = Set.of(LetterKind.FIRST_WARNING, LetterKind.SECOND_WARNING,
            LetterKind.FINE_NOTICE, LetterKind.FINAL_SUMMONS, LetterKind.SANCTION_LIFTING_REQUEST,
            LetterKind.SUIT_INSTRUCTION, LetterKind.INSTALMENT_DEFAULT_REPORT);

    private final LetterTemplates templates = new LetterTemplates();
    private final LetterPdf pdf = new LetterPdf();

    static Map<String, String> fields(LetterKind kind) {
        var f = new HashMap<String, String>();
        f.put("letterNumber", "00012/" + kind.code() + "/PKL/XII/2026");
        f.put("letterDate", "8 Desember 2026");
        f.put("branchName", BRANCH.name());
        f.put("branchCity", BRANCH.city());
        f.put("recipientName", "PT Kopi Nusantara Sejahtera");
        f.put("caseNumber", "KSS-2026-00042");
        f.put("employerName", "PT Kopi Nusantara Sejahtera");
        f.put("employerNib", "9120001234567");
        f.put("employerNpwp", Formats.npwp("012345678901234"));
        f.put("employerAddress", "Jl. Hayam Wuruk No. 12, Pekalongan");
        f.put("employerDistrict", "Kota Pekalongan");
        f.put("violation", "menunggak pembayaran iuran Program JKN");
        f.put("workersAffected", "35");
        f.put("foundWorkers", "35");
        boolean fine = kind == LetterKind.FINE_NOTICE;
        f.put("arrears", Formats.rupiah(fine ? FINE.multiply(BigDecimal.valueOf(1000)) : ARREARS));
        f.put("arrearsInWords", Formats.rupiahInWords(ARREARS));
        f.put("monthsInArrears", "5");
        f.put("fine", Formats.rupiah(FINE));
        f.put("fineInWords", Formats.rupiahInWords(FINE));
        f.put("secondWarningEnded", "5 Desember 2026");
        f.put("deadline", "22 Desember 2026");
        f.put("warningPeriod", Formats.workingDays(10));
        f.put("resultsAnswerPeriod", Formats.workingDays(3));
        f.put("finePeriod", Formats.calendarDays(30));
        f.put("outreachPeriod", Formats.calendarDays(14));
        f.put("prosecutorFollowUpPeriod", Formats.period(1, "bulan"));
        if (CITING.contains(kind)) {
            f.put("citedNumber", CITED_NUMBER);
            f.put("citedDate", CITED_DATE);
        }
        f.put("inspectionDate", "Senin, 14 Desember 2026");
        f.put("inspectionTime", "09.00 WIB");
        f.put("inspectionPlace", "Kantor BPJS Kesehatan Kantor Cabang Pekalongan");
        f.put("jointInspection", "true");
        f.put("labourOfficeName", "Dinas Tenaga Kerja Kota Pekalongan");
        f.put("labourInspectors", "Rina Wati, Budi Santoso");
        if (kind == LetterKind.SUMMONS || kind == LetterKind.FINAL_SUMMONS) {
            f.put("tembusan", "Kepala Dinas Tenaga Kerja Kota Pekalongan");
        }
        // The withholding request's ground: the fine unpaid, in part, when its period ended.
        f.put("withholdingGround", "FINE_UNPAID");
        f.put("fineDeadline", "4 Januari 2027");
        f.put("unpaidFine", Formats.rupiah(new BigDecimal("82500")));
        f.put("settlement", "telah membayar lunas denda administratif dan memenuhi kewajibannya dalam Program JKN");
        f.put("proofs", "- bukti pembayaran denda Rp182.500, BUKTI-1, tanggal 2 Desember 2026\n- bukti pembayaran tunggakan iuran Rp182.500.000, BUKTI-2, tanggal 2 Desember 2026");
        f.put("suitKind", "gugatan perdata biasa");
        f.put("claimAmount", Formats.rupiah(ARREARS));
        f.put("claimAmountInWords", Formats.rupiahInWords(ARREARS));
        f.put("planSignedOn", "1 Oktober 2026");
        f.put("instalmentNumber", "2");
        f.put("instalmentDueDate", "1 Desember 2026");
        f.put("instalmentAmount", Formats.rupiah(new BigDecimal("36500000")));
        f.put("outstandingAmount", Formats.rupiah(ARREARS));
        f.put("agreementId", "PKS-2026-007");
        f.put("agreementNumber", "PKS/007/2026");
        f.put("agreementKind", "Perjanjian Kerja Sama");
        f.put("title", "Pemadanan Data Pemberi Kerja");
        f.put("scope", "pemadanan data NIB dan NPWP pemberi kerja");
        f.put("partnerName", "Dinas Penanaman Modal dan PTSP Kota Pekalongan");
        f.put("bpjsContactName", "Siti Aminah");
        f.put("bpjsContactEmail", "siti.aminah@bpjs-kesehatan.example");
        f.put("endDate", "31 Desember 2027");
        f.put("round", "2");
        f.put("notes", "penyesuaian ruang lingkup data");
        f.put("mechanism", "API");
        f.put("accessNote", "Kredensial API telah dikirim terpisah.");
        f.put("endReason", "berakhir sesuai jangka waktunya");
        f.put("endedOn", "31 Desember 2026");
        f.put("dataExchangeEnded", "true");
        f.put("forBpjs", "true");
        f.put("signatoryName", "Direktur Utama");
        f.put("startDate", "1 Januari 2027");
        // Enclosed documents.
        f.put("prosecutorName", "Kejaksaan Negeri Kota Pekalongan");
        f.put("fine", Formats.rupiah(FINE));
        f.put("claimTotal", Formats.rupiah(ARREARS.add(FINE)));
        f.put("claimTotalInWords", Formats.rupiahInWords(ARREARS.add(FINE)));
        f.put("ladderLetters", "Surat Teguran Tertulis I Nomor 00003/TEG-I/PKL/X/2026 tanggal 1 Oktober 2026;" + "Surat Teguran Tertulis II " + CITED);
        f.put("foundArrears", Formats.rupiah(ARREARS));
        f.put("foundMonths", "5");
        f.put("finalArrears", Formats.rupiah(ARREARS));
        f.put("finalMonths", "5");
        f.put("answer", "Pemberi kerja tidak menyampaikan tanggapan dalam batas waktu SPHP.");
        f.put("purposes", "memperluas kepesertaan Program Jaminan Kesehatan Nasional;mempertukarkan data");
        f.put("partnerContactName", "Bambang Prasetyo");
        f.put("forceMajeureNotice", Formats.period(14, "hari"));
        f.put("term", "untuk jangka waktu 3 (tiga) tahun sejak ditandatangani oleh PARA PIHAK");
        f.put("draftTitle", "Draf Perjanjian Kerja Sama");
        if (kind == LetterKind.AGREEMENT_DRAFT_TEXT || kind == LetterKind.AMENDMENT_DRAFT_TEXT) {
            f.put("draftMark", "DRAF");
        }
        f.put("changes", "Pasal 3 ditambah pertukaran data upah bulanan");
        if (kind == LetterKind.AMENDMENT_DRAFT_TEXT) {
            f.put("draftTitle", "Draf Adendum ke-2");
        }
        f.put("bpjsSignatory", "dr. Rahmat Hidayat, M.Kes.");
        f.put("bpjsSignedOn", "30 Desember 2026");
        f.put("partnerSignatory", "Ir. Dewi Lestari");
        f.put("partnerSignedOn", "1 Januari 2027");
        if (kind.isEnclosure()) {
            f.put("coverLetterNumber", "00011/SKK/PKL/XII/2026");
        }
        return f;
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void everyKindIsAnA4PdfThatSaysWhatItMust(LetterKind kind) {
        var fields = fields(kind);
        var rendered = templates.render(kind, fields, BRANCH, HEAD);
        byte[] document = pdf.render(rendered.html(), fields.get("letterNumber"));

        assertThat(new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = LetterText.of(document);
        if (kind.isEnclosure()) {
            // A document: its title and number, the letter it is enclosed in, where and when it was issued.
            assertThat(text).as("title, number, cover letter, kop of %s", kind).contains(
                    "Nomor: " + fields.get("letterNumber"), "Lampiran Surat Nomor 00011/SKK/PKL/XII/2026",
                    "BADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN", BRANCH.address(), "Pekalongan, 8 Desember 2026")
                    .doesNotContain("Yth.");
        } else {
            assertThat(text).as("number, addressee, kop, signatory of %s", kind).contains(
                    "Nomor : " + fields.get("letterNumber"), "Yth.", fields.get("recipientName"),
                    "BADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN", BRANCH.address(), "Pekalongan, 8 Desember 2026",
                    HEAD.position(), HEAD.name(), "NPP " + HEAD.npp());
        }
        assertThat(rendered.subject()).as("subject of %s", kind).isNotBlank().doesNotContain("${", "&quot;");
        if (AMOUNT.containsKey(kind)) {
            assertThat(text).as("amount of %s", kind).contains(Formats.rupiah(AMOUNT.get(kind)));
        }
        if (IN_WORDS.contains(kind)) {
            assertThat(text).as("amount in words of %s", kind).contains(Formats.rupiahInWords(AMOUNT.get(kind)));
        }
        if (CITING.contains(kind)) {
            assertThat(text).as("citation of %s", kind).contains(CITED);
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(document)) {
            var a4 = org.apache.pdfbox.pdmodel.common.PDRectangle.A4;
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(a4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(a4.getHeight(), org.assertj.core.data.Offset.offset(1f));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Leaves one letter at target/letter-example.pdf: docs/letter-example.png is rendered from it with pdftoppm. */
    @Test
    void writesAnExampleForTheReadme() throws java.io.IOException {
        var fields = fields(LetterKind.FINE_NOTICE);
        byte[] document = pdf.render(templates.render(LetterKind.FINE_NOTICE, fields, BRANCH, HEAD).html(), "example");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letter-example.pdf"), document);
        for (LetterKind enclosure : new LetterKind[] {LetterKind.SPECIAL_POWER_OF_ATTORNEY, LetterKind.FINAL_INSPECTION_REPORT,
                LetterKind.AGREEMENT_DRAFT_TEXT, LetterKind.AGREEMENT_TEXT, LetterKind.AGREEMENT_REGISTERED, LetterKind.FIRST_WARNING,
                LetterKind.SERVICE_WITHHOLDING_REQUEST, LetterKind.AGREEMENT_ENDED, LetterKind.SIGNATURE_REMINDER,
                LetterKind.AMENDMENT_DRAFT_TEXT}) {
            java.nio.file.Files.write(java.nio.file.Path.of("target", enclosure.name().toLowerCase() + "-example.pdf"),
                    pdf.render(templates.render(enclosure, fields(enclosure), BRANCH, HEAD).html(), "example"));
        }
    }

    @Test
    void theSpecialPowerOfAttorneyEmpowersTheProsecutorForTheWholeClaim() {
        String text = LetterText.of(pdf.render(templates.render(LetterKind.SPECIAL_POWER_OF_ATTORNEY,
                fields(LetterKind.SPECIAL_POWER_OF_ATTORNEY), BRANCH, HEAD).html(), "x"));
        assertThat(text).contains("SURAT KUASA KHUSUS", "PEMBERI KUASA", "PENERIMA KUASA", "K H U S U S",
                "Kepala Kejaksaan Negeri Kota Pekalongan, dengan hak substitusi",
                HEAD.name(), "NPWP : 01.234.567.8-901.234",
                // The claim is the arrears plus the unpaid fine: Rp182.500.000 + Rp182.500.
                "jumlah kewajiban : Rp182.682.500 (seratus delapan puluh dua juta enam ratus delapan puluh dua ribu lima ratus rupiah)",
                "Pasal 30 ayat (2)", "Pasal 5 sampai dengan Pasal 10",
                "Surat Teguran Tertulis II " + CITED, "Penghapusan piutang tetap menjadi kewenangan PEMBERI KUASA");
    }

    @Test
    void aPksCarriesTheArticlesAnMouLeavesOutAndADraftIsMarkedAsOne() {
        var pks = fields(LetterKind.AGREEMENT_DRAFT_TEXT);
        String draft = LetterText.of(pdf.render(templates.render(LetterKind.AGREEMENT_DRAFT_TEXT, pks, BRANCH, HEAD).html(), "x"));
        assertThat(draft).contains("DRAF PERJANJIAN KERJA SAMA", "Versi putaran ke-2", "Pasal 4 Hak dan Kewajiban",
                "Pasal 7 Keadaan Kahar", "Pasal 8 Penyelesaian Perselisihan", "Pasal 10 Penutup",
                "memperluas kepesertaan Program Jaminan Kesehatan Nasional");

        // The mark across each page: the same draft without it says DRAF fewer times (only in its title).
        pks.remove("draftMark");
        String unmarked = LetterText.of(pdf.render(templates.render(LetterKind.AGREEMENT_DRAFT_TEXT, pks, BRANCH, HEAD).html(), "x"));
        assertThat(countOf("DRAF", draft)).as("DRAF marks").isGreaterThan(countOf("DRAF", unmarked));

        var mou = fields(LetterKind.AGREEMENT_TEXT);
        mou.remove("draftMark");
        mou.put("agreementKind", "Nota Kesepahaman");
        mou.put("term", "untuk jangka waktu 5 (lima) tahun, sejak tanggal 1 Januari 2027 sampai dengan tanggal 31 Desember 2031");
        String registered = LetterText.of(pdf.render(templates.render(LetterKind.AGREEMENT_TEXT, mou, BRANCH, HEAD).html(), "x"));
        assertThat(registered).contains("NOTA KESEPAHAMAN", "Nomor register perjanjian: PKS/007/2026", "Pasal 4 Jangka Waktu",
                "Pasal 7 Penutup", "Ir. Dewi Lestari", "menandatangani pada tanggal 1 Januari 2027", "sampai dengan tanggal 31 Desember 2031")
                .doesNotContain("Keadaan Kahar", "Hak dan Kewajiban", "Penyelesaian Perselisihan", "DRAF");
    }

    private static long countOf(String word, String text) {
        return java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text).results().count();
    }

    @Test
    void theRuleAmountsAreWrittenAsIndonesianReadersExpect() {
        assertThat(Formats.rupiah(ARREARS)).isEqualTo("Rp182.500.000");
        assertThat(Formats.rupiahInWords(ARREARS)).isEqualTo("seratus delapan puluh dua juta lima ratus ribu rupiah");
        assertThat(Formats.npwp("012345678901234")).isEqualTo("01.234.567.8-901.234");
        assertThat(Formats.npwp("3175091201850001")).isEqualTo("3175091201850001");
        assertThatThrownBy(() -> Formats.npwp("01.234")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJointSummonsPrintsTheInspectorsAndTheCopyToTheLabourOffice() {
        var fields = fields(LetterKind.SUMMONS);
        String text = LetterText.of(pdf.render(templates.render(LetterKind.SUMMONS, fields, BRANCH, HEAD).html(), "x"));
        assertThat(text).contains("pukul : 09.00 WIB", "pengawas ketenagakerjaan : Rina Wati, Budi Santoso",
                "pemeriksaan bersama BPJS Kesehatan dengan Pengawas Ketenagakerjaan Dinas Tenaga Kerja Kota Pekalongan",
                "Tembusan: 1. Kepala Dinas Tenaga Kerja Kota Pekalongan");

        fields.put("jointInspection", "false");
        fields.remove("labourInspectors");
        fields.remove("tembusan");
        fields.remove("inspectionTime");
        String alone = LetterText.of(pdf.render(templates.render(LetterKind.SUMMONS, fields, BRANCH, HEAD).html(), "x"));
        assertThat(alone).doesNotContain("pukul", "pengawas ketenagakerjaan", "pemeriksaan bersama", "Tembusan");
    }

    @Test
    void aMissingValueFailsInsteadOfPrintingABlank() {
        var fields = fields(LetterKind.FINE_NOTICE);
        fields.remove("fineInWords");
        assertThatThrownBy(() -> templates.render(LetterKind.FINE_NOTICE, fields, BRANCH, HEAD))
                .hasMessageContaining("FINE_NOTICE").hasMessageContaining("fineInWords");
    }

    @Test
    void theSignatoryOfTheRoleSignsAndAnUnconfiguredRoleFails() {
        var settings = new SignatorySettings(Map.of("BRANCH_HEAD", HEAD, "PRESIDENT_DIRECTOR",
                new SignatorySettings.Signatory("Direktur Utama", "Hendra Gunawan, S.H., M.H.", "00101")));
        var director = settings.of("PRESIDENT_DIRECTOR");
        String text = LetterText.of(pdf.render(templates.render(LetterKind.AGREEMENT_ENDED, fields(LetterKind.AGREEMENT_ENDED),
                BRANCH, director).html(), "x"));
        assertThat(text).contains("Direktur Utama Hendra Gunawan, S.H., M.H. NPP 00101").doesNotContain(HEAD.name());
        assertThatThrownBy(() -> settings.of("DIRECTOR")).hasMessageContaining("sinergi.signatories.DIRECTOR");
    }

    @Test
    void aLetterheadWithAHoleFails() {
        var noPhone = new BranchSettings(BRANCH.name(), BRANCH.code(), BRANCH.city(), BRANCH.head(), BRANCH.address(),
                null, BRANCH.email(), BRANCH.website());
        assertThatThrownBy(() -> templates.render(LetterKind.OUTREACH, fields(LetterKind.OUTREACH), noPhone, HEAD))
                .hasMessageContaining("sinergi.branch.phone");
    }
}
