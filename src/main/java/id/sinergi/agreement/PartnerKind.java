package id.sinergi.agreement;

/** What kind of body the partner is; with the agreement kind it decides who signs. */
public enum PartnerKind {
    MINISTRY, REGIONAL_GOVERNMENT, LABOUR_OFFICE, PROSECUTOR, OTHER
}
