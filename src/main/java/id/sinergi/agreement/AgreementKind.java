package id.sinergi.agreement;

/** Nota Kesepahaman (MoU) or Perjanjian Kerja Sama (PKS); a PKS may carry out an MoU. */
public enum AgreementKind {
    MOU("Nota Kesepahaman (MoU)"),
    PKS("Perjanjian Kerja Sama (PKS)");

    private final String label;

    AgreementKind(String label) {
        this.label = label;
    }

    /** The Indonesian name the proposal form offers, never the code. */
    public String label() {
        return label;
    }
}
