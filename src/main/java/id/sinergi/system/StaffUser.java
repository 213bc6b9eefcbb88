package id.sinergi.system;

import java.util.List;

/**
 * A member of the branch's staff calling {@code /api/staff}: who, and in which groups (read afresh from the
 * engine's identity service on every call, so a removed membership takes effect at once).
 */
public record StaffUser(String userId, List<String> groupIds) {

    public boolean isIn(String... groups) {
        for (String group : groups) {
            if (groupIds.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
