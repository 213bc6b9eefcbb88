package id.sinergi.agreement;

/**
 * One field a partner may receive in a data exchange: a checkbox of the dataset step, kept as the process
 * variable {@link #variable()}, named and explained for the personal-data review.
 */
enum DatasetField {
    EMPLOYER_CODE("datasetEmployerCode", "Kode badan usaha BPJS", "nomor badan usaha di kepesertaan BPJS Kesehatan", false),
    NIB("datasetNib", "NIB", "Nomor Induk Berusaha, untuk memadankan badan usaha", false),
    NPWP("datasetNpwp", "NPWP", "Nomor Pokok Wajib Pajak badan usaha", false),
    KBLI("datasetKbli", "Kode KBLI", "bidang usaha menurut Klasifikasi Baku Lapangan Usaha Indonesia", false),
    SIZE_CLASS("datasetSizeClass", "Skala usaha", "mikro, kecil, menengah atau besar", false),
    WORKERS("datasetWorkers", "Jumlah pekerja (dilaporkan/terdaftar)", "jumlah pekerja yang dilaporkan dan yang terdaftar", false),
    WAGE_TOTAL("datasetWageTotal", "Total upah", "total upah yang dilaporkan badan usaha", false),
    ARREARS("datasetArrears", "Tunggakan iuran", "tunggakan iuran badan usaha", false),
    NIK("datasetNik", "NIK", "Nomor Induk Kependudukan pekerja", true),
    MEMBERSHIP_STATUS("datasetMembershipStatus", "Status kepesertaan", "status kepesertaan JKN pekerja", true),
    DISTRICT_AGGREGATES("datasetDistrictAggregates", "Agregat per kabupaten/kota", "angka gabungan per kabupaten/kota, tanpa data orang", false);

    private final String variable;
    private final String label;
    private final String description;
    private final boolean personal;

    DatasetField(String variable, String label, String description, boolean personal) {
        this.variable = variable;
        this.label = label;
        this.description = description;
        this.personal = personal;
    }

    String variable() {
        return variable;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    /** Data about a person (UU 27/2022 Pelindungan Data Pribadi), not about an employer. */
    boolean personal() {
        return personal;
    }
}
