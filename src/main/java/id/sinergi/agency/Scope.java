package id.sinergi.agency;

/** What an agency's API client may do beyond reading the cases it may see. */
public enum Scope {
    /** Report employers: labour offices, the ministry's inspectors. */
    REPORT_CASES,
    /** Record the outcome of cases whose special power of attorney (SKK) names this office. */
    PROSECUTE
}
