package id.sinergi.agreement;

/** Where an agreement stands; kept as the process variable {@code stage}. */
public enum AgreementStage {
    EXPLORATION, LEGAL_REVIEW, DRAFTING, CONCEPT_APPROVAL, SIGNING, DATA_EXCHANGE_SETUP, ACTIVE, ENDED
}
