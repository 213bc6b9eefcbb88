package id.sinergi.enforcement;

/** Where a case stands on the enforcement ladder; kept as the process variable {@code stage}. */
public enum Stage {
    TRIAGE, OUTREACH, INSPECTION, WARNING_1, WARNING_2, FINE, SERVICE_SANCTION, PROSECUTOR, COURT, CLOSED
}
