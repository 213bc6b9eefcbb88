package id.sinergi.system;

import java.util.List;

/**
 * Which groups may see a process definition, and which may start it from Tasklist; each process family
 * contributes one bean.
 */
public record ProcessAccess(String processKey, List<String> groups, List<String> starterGroups) {

    public ProcessAccess(String processKey, List<String> groups) {
        this(processKey, groups, List.of());
    }
}
