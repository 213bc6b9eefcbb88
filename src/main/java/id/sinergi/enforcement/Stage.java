package id.sinergi.enforcement;

/**
 * Where a case stands on the enforcement ladder; kept as the process variable {@code stage}, and its
 * Indonesian label as {@code stageName}, which Tasklist shows on every task card.
 */
public enum Stage {
    TRIAGE("Verifikasi laporan"),
    OUTREACH("Imbauan"),
    INSPECTION("Pemeriksaan"),
    WARNING_1("Surat Teguran I"),
    WARNING_2("Surat Teguran II"),
    FINE("Denda"),
    SERVICE_SANCTION("Sanksi TMP3T"),
    PROSECUTOR("Kejaksaan (SKK)"),
    COURT("Gugatan di pengadilan"),
    CLOSED("Selesai");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    /** The Indonesian name staff read in Tasklist, never the code. */
    public String label() {
        return label;
    }
}
