package id.sinergi.system;

import java.util.List;

/** Which groups may see a process definition; each process family contributes one bean. */
public record ProcessAccess(String processKey, List<String> groups) {
}
