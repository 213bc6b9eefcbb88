package id.sinergi.enforcement;

/** What the employer did, as reported to a case and verified by an officer. */
public enum ComplianceKind {
    /** Registered itself and its workers (UNREGISTERED cases). */
    WORKERS_REGISTERED("Pekerja didaftarkan"),
    /** Gave complete and correct data on workers, family members and wages (PARTIALLY_REGISTERED cases). */
    DATA_COMPLETED("Data dilengkapi"),
    /** Paid contributions owed; the amount counts against the established arrears. */
    ARREARS_PAID("Tunggakan iuran dibayar"),
    /** Paid the administrative fine, in full or in part. */
    FINE_PAID("Denda dibayar"),
    /** Paid an instalment of an instalment plan. */
    INSTALMENT_PAID("Angsuran dibayar"),
    /** Signed an instalment plan; not compliance by itself: the plan is followed until paid. */
    INSTALMENT_AGREED("Rencana angsuran ditandatangani");

    private final String label;

    ComplianceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
