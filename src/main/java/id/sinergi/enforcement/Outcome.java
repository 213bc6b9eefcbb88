package id.sinergi.enforcement;

/** How a case ended; kept as the process variable {@code outcome}. */
public enum Outcome {
    REJECTED_UNFOUNDED,
    REJECTED_DUPLICATE,
    /** The obligation met (and any fine paid), verified at some step of the ladder, or an instalment plan paid off. */
    COMPLIED,
    /** Recovered in full by the state attorney out of court. */
    PAID_IN_FULL,
    /** Before this release the prosecutor could end a case on a payment agreement; now it becomes an instalment plan. */
    @Deprecated
    PAYMENT_AGREEMENT,
    /** Before this release the prosecutor could close a case as uncollectable; now BPJS decides a write-off. */
    @Deprecated
    UNCOLLECTABLE,
    /** The court's judgment executed and paid. */
    JUDGMENT_PAID,
    /** BPJS (legal proposes, a manager approves) wrote the debt off as uncollectable. */
    WRITTEN_OFF
}
