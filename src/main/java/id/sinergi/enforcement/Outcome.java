package id.sinergi.enforcement;

/** How a case ended; kept as the process variable {@code outcome}. */
public enum Outcome {
    REJECTED_UNFOUNDED("Ditolak: laporan tidak berdasar"),
    REJECTED_DUPLICATE("Ditolak: duplikat"),
    /** The obligation met (and any fine paid), verified at some step of the ladder, or an instalment plan paid off. */
    COMPLIED("Patuh"),
    /** Recovered in full by the state attorney out of court. */
    PAID_IN_FULL("Lunas"),
    /** Before this release the prosecutor could end a case on a payment agreement; now it becomes an instalment plan. */
    @Deprecated
    PAYMENT_AGREEMENT("Kesepakatan pembayaran"),
    /** Before this release the prosecutor could close a case as uncollectable; now BPJS decides a write-off. */
    @Deprecated
    UNCOLLECTABLE("Tidak tertagih"),
    /** The court's judgment executed and paid. */
    JUDGMENT_PAID("Putusan dibayar"),
    /** BPJS (legal proposes, a manager approves) wrote the debt off as uncollectable. */
    WRITTEN_OFF("Piutang dihapus");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
