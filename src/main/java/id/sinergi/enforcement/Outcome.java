package id.sinergi.enforcement;

/** How a case ended; kept as the process variable {@code outcome}. */
public enum Outcome {
    REJECTED_UNFOUNDED,
    REJECTED_DUPLICATE,
    /** Compliance reported and verified at some step of the ladder. */
    COMPLIED,
    // The prosecutor's outcomes (Jaksa Pengacara Negara), out of court or after a suit.
    PAID_IN_FULL,
    PAYMENT_AGREEMENT,
    UNCOLLECTABLE,
    JUDGMENT_PAID
}
