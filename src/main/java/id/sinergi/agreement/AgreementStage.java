package id.sinergi.agreement;

/**
 * Where an agreement stands; kept as the process variable {@code stage}, and its Indonesian label as
 * {@code stageName}, which Tasklist shows on every task card.
 */
public enum AgreementStage {
    EXPLORATION("Penjajakan"),
    LEGAL_REVIEW("Kajian hukum"),
    DRAFTING("Penyusunan draf"),
    CONCEPT_APPROVAL("Persetujuan konsep"),
    SIGNING("Penandatanganan"),
    DATA_EXCHANGE_SETUP("Penyiapan pertukaran data"),
    ACTIVE("Berlaku"),
    ENDED("Berakhir");

    private final String label;

    AgreementStage(String label) {
        this.label = label;
    }

    /** The Indonesian name staff read in Tasklist, never the code. */
    public String label() {
        return label;
    }
}
