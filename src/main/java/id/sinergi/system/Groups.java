package id.sinergi.system;

import java.util.List;

/** The Camunda groups the processes assign work to. They exist in every profile; users only in demo. */
public final class Groups {

    public static final String ENFORCEMENT_OFFICERS = "enforcement-officers";
    public static final String INSPECTORS = "inspectors";
    public static final String LEGAL = "legal";
    public static final String MANAGERS = "managers";
    public static final String ADMINS = "camunda-admin";

    /** Groups whose members work tasks in Tasklist. */
    public static final List<String> STAFF = List.of(ENFORCEMENT_OFFICERS, INSPECTORS, LEGAL, MANAGERS);

    private Groups() {
    }

    public static String displayName(String groupId) {
        return switch (groupId) {
            case ENFORCEMENT_OFFICERS -> "Petugas Penegakan Kepatuhan";
            case INSPECTORS -> "Pemeriksa";
            case LEGAL -> "Hukum";
            case MANAGERS -> "Manajer";
            case ADMINS -> "Administrator Camunda";
            default -> groupId;
        };
    }
}
