package id.sinergi.system;

import java.util.List;

/** The Camunda groups the processes assign work to. They exist in every profile; users only in demo. */
public final class Groups {

    public static final String ENFORCEMENT_OFFICERS = "enforcement-officers";
    public static final String INSPECTORS = "inspectors";
    public static final String LEGAL = "legal";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";
    /** The monitoring system's account: reads /actuator/prometheus, nothing else. */
    public static final String MONITORING = "monitoring";
    /** The inter-agency relations unit (Hubungan Antar Lembaga) that runs agreements. */
    public static final String PARTNERSHIPS = "partnerships";
    // The signatory levels the agreement-signatory decision can pick.
    public static final String SIGNATORY_PRESIDENT_DIRECTOR = "signatory-president-director";
    public static final String SIGNATORY_DIRECTOR = "signatory-director";
    public static final String SIGNATORY_REGIONAL_DEPUTY = "signatory-regional-deputy";
    public static final String SIGNATORY_BRANCH_HEAD = "signatory-branch-head";

    public static final List<String> SIGNATORIES = List.of(SIGNATORY_PRESIDENT_DIRECTOR, SIGNATORY_DIRECTOR,
            SIGNATORY_REGIONAL_DEPUTY, SIGNATORY_BRANCH_HEAD);

    /** Groups whose members work tasks in Tasklist. */
    public static final List<String> STAFF = List.of(ENFORCEMENT_OFFICERS, INSPECTORS, LEGAL, MANAGERS, PARTNERSHIPS,
            SIGNATORY_PRESIDENT_DIRECTOR, SIGNATORY_DIRECTOR, SIGNATORY_REGIONAL_DEPUTY, SIGNATORY_BRANCH_HEAD);

    private Groups() {
    }

    public static String displayName(String groupId) {
        return switch (groupId) {
            case ENFORCEMENT_OFFICERS -> "Petugas Penegakan Kepatuhan";
            case INSPECTORS -> "Pemeriksa";
            case LEGAL -> "Hukum";
            case MANAGERS -> "Manajer";
            case ADMINS -> "Administrator Camunda";
            case MONITORING -> "Pemantauan sistem";
            case PARTNERSHIPS -> "Hubungan Antar Lembaga";
            case SIGNATORY_PRESIDENT_DIRECTOR -> "Penanda tangan: Direktur Utama";
            case SIGNATORY_DIRECTOR -> "Penanda tangan: Direktur";
            case SIGNATORY_REGIONAL_DEPUTY -> "Penanda tangan: Deputi Direksi Wilayah";
            case SIGNATORY_BRANCH_HEAD -> "Penanda tangan: Kepala Cabang";
            default -> groupId;
        };
    }
}
