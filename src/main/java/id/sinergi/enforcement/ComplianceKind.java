package id.sinergi.enforcement;

/** What the employer did to comply. */
public enum ComplianceKind {
    WORKERS_REGISTERED,
    ARREARS_PAID,
    INSTALMENT_AGREED
}
