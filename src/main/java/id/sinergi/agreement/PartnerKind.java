package id.sinergi.agreement;

/** What kind of body the partner is; with the agreement kind it decides who signs. */
public enum PartnerKind {
    MINISTRY("Kementerian/lembaga pusat"),
    REGIONAL_GOVERNMENT("Pemerintah daerah"),
    LABOUR_OFFICE("Dinas Ketenagakerjaan"),
    PROSECUTOR("Kejaksaan"),
    OTHER("Lainnya");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    /** The Indonesian name the proposal form offers, never the code. */
    public String label() {
        return label;
    }
}
