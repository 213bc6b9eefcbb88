package id.sinergi.notification;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sinergi.signatories.<ROLE>.*}: who signs letters for each signing role. Enforcement letters are
 * signed by {@code BRANCH_HEAD}; agreement letters by the agreement's signatory level (PRESIDENT_DIRECTOR,
 * DIRECTOR, REGIONAL_DEPUTY, BRANCH_HEAD), the branch head until a level is decided.
 */
@ConfigurationProperties("sinergi")
public record SignatorySettings(Map<String, Signatory> signatories) {

    public static final String BRANCH_HEAD = "BRANCH_HEAD";

    /** Position as the signature block names it, the official's name and staff number (NPP). */
    public record Signatory(String position, String name, String npp) {
    }

    /** A role nobody is configured for is a configuration defect: no letter goes out unsigned. */
    public Signatory of(String role) {
        Signatory signatory = signatories == null ? null : signatories.get(role);
        if (signatory == null || blank(signatory.position()) || blank(signatory.name()) || blank(signatory.npp())) {
            throw new IllegalStateException("No complete signatory configured for role " + role
                    + " (sinergi.signatories." + role + ".position/name/npp)");
        }
        return signatory;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
