package id.sinergi.agreement;

/** What the agreement is for; each is a checkbox on the start form, named by {@link #variable()}. */
public enum Purpose {
    COVERAGE_EXPANSION("purposeCoverageExpansion"),
    ENFORCEMENT("purposeEnforcement"),
    DATA_EXCHANGE("purposeDataExchange"),
    OUTREACH("purposeOutreach");

    private final String variable;

    Purpose(String variable) {
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
