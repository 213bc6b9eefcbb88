package id.sinergi.agreement;

/** Nota Kesepahaman (MoU) or Perjanjian Kerja Sama (PKS); a PKS may carry out an MoU. */
public enum AgreementKind {
    MOU, PKS
}
