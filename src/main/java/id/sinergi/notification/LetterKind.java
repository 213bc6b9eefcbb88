package id.sinergi.notification;

/** Every letter the system writes, with the code that goes into its number and its template. */
public enum LetterKind {
    OUTREACH("IMB", "Surat Imbauan"),
    SUMMONS("PGL", "Surat Panggilan Pemeriksaan"),
    FINAL_SUMMONS("PGL-T", "Surat Panggilan Terakhir"),
    INSPECTION_RESULTS("SPHP", "Surat Pemberitahuan Hasil Pemeriksaan"),
    FIRST_WARNING("TEG-I", "Surat Teguran Tertulis I"),
    SECOND_WARNING("TEG-II", "Surat Teguran Tertulis II"),
    FINE_NOTICE("DND", "Surat Pemberitahuan Denda"),
    SERVICE_WITHHOLDING_REQUEST("TMP3T", "Permintaan Pengenaan Sanksi TMP3T"),
    SANCTION_LIFTING_REQUEST("CBT", "Permintaan Pencabutan Sanksi TMP3T"),
    SKK_COVER_LETTER("SKK", "Pengantar Surat Kuasa Khusus"),
    LABOUR_OFFICE_NOTICE("PBR", "Pemberitahuan Pemeriksaan Bersama"),
    SUIT_INSTRUCTION("GGT", "Permintaan Pengajuan Gugatan"),
    INSTALMENT_DEFAULT_REPORT("WAN", "Laporan Wanprestasi Angsuran"),
    // Documents that travel enclosed in a letter (LetterRequest.Enclosure), never mailed on their own.
    SPECIAL_POWER_OF_ATTORNEY("SKU", "Surat Kuasa Khusus"),
    FINAL_INSPECTION_REPORT("LHPA", "Laporan Hasil Pemeriksaan Akhir"),
    // Agreements with partner agencies.
    AGREEMENT_DRAFT("DRF", "Penyampaian Draf Perjanjian"),
    AGREEMENT_DRAFT_REMINDER("DRF-P", "Pengingat Tanggapan Draf Perjanjian"),
    SIGNATURE_REMINDER("TTD-P", "Pengingat Penandatanganan Perjanjian"),
    AMENDMENT_DRAFT("ADD", "Penyampaian Draf Adendum"),
    DATA_EXCHANGE_LIVE("PDT", "Pemberitahuan Dimulainya Pertukaran Data"),
    AGREEMENT_ENDED("AKH", "Pemberitahuan Berakhirnya Perjanjian"),
    AGREEMENT_REGISTERED("REG", "Penyampaian Naskah Perjanjian Terdaftar"),
    // Agreement documents enclosed in the letters above.
    AGREEMENT_DRAFT_TEXT("DRAF", "Draf Naskah Perjanjian"),
    AGREEMENT_TEXT("NSK", "Naskah Perjanjian Terdaftar"),
    AMENDMENT_DRAFT_TEXT("DRAF-ADD", "Draf Naskah Adendum");

    private final String code;
    private final String title;

    LetterKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    /**
     * A document that travels enclosed in a letter ({@link LetterRequest.Enclosure}): laid out as a document
     * (title and number, no addressee) by {@code letters/_document.html}, never mailed on its own.
     */
    public boolean isEnclosure() {
        return switch (this) {
            case SPECIAL_POWER_OF_ATTORNEY, FINAL_INSPECTION_REPORT, AGREEMENT_DRAFT_TEXT, AGREEMENT_TEXT, AMENDMENT_DRAFT_TEXT -> true;
            default -> false;
        };
    }

    /** Indonesian title, as people call the letter. */
    public String title() {
        return title;
    }

    /** The template's name under {@code letters/}, e.g. {@code first-warning}. */
    String templateName() {
        return name().toLowerCase().replace('_', '-');
    }

    String templatePath() {
        return "letters/" + templateName() + ".html";
    }
}
