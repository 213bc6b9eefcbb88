package id.sinergi.agreement;

/** What the agreement is for; each is a checkbox on the start form, named by {@link #variable()}. */
public enum Purpose {
    COVERAGE_EXPANSION("purposeCoverageExpansion", "memperluas kepesertaan Program Jaminan Kesehatan Nasional"),
    ENFORCEMENT("purposeEnforcement", "menegakkan kepatuhan pemberi kerja dalam Program Jaminan Kesehatan Nasional"),
    DATA_EXCHANGE("purposeDataExchange", "mempertukarkan data untuk pemadanan dan pemutakhiran data kepesertaan"),
    OUTREACH("purposeOutreach", "menyosialisasikan Program Jaminan Kesehatan Nasional kepada masyarakat dan pemberi kerja");

    private final String variable;
    private final String aim;

    Purpose(String variable, String aim) {
        this.variable = variable;
        this.aim = aim;
    }

    /** The purpose as the agreement's text states it (Pasal 1), completing "dengan tujuan ...". */
    public String aim() {
        return aim;
    }

    public String variable() {
        return variable;
    }
}
