package id.sinergi.agreement;

/** How an agreement ended; kept as the process variable {@code outcome}. */
public enum AgreementOutcome {
    STOPPED_AT_EXPLORATION, STOPPED_AT_DRAFTING, EXPIRED, TERMINATED
}
