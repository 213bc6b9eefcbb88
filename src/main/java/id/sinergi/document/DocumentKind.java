package id.sinergi.document;

/** What a document attached to a case or agreement is. */
public enum DocumentKind {
    /** A transfer slip or receipt for arrears, a fine or an instalment. */
    PROOF_OF_PAYMENT,
    /** A signed copy: a plan, an agreement, a letter countersigned by the partner. */
    SIGNED_COPY,
    /** A scan of the inspection record (berita acara pemeriksaan). */
    INSPECTION_RECORD,
    OTHER
}
