package id.sinergi.enforcement;

/** Where a case came from. */
public enum ReportSource {
    /** A partner agency reported it through the API. */
    AGENCY_API,
    /** The branch's matching of population, tax and membership data (pemadanan data). */
    DATA_MATCHING,
    /** Found during an inspection of another matter. */
    INSPECTION_FINDING,
    /** A worker's complaint. */
    WORKER_COMPLAINT,
    /** A partner's letter (not through the API). */
    PARTNER_LETTER
}
