package id.sinergi.system;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs engine calls as the application rather than as the logged-in user, then puts the user back: for
 * what the application does on a user's behalf but the user has no right to do directly (opening the
 * enforcement case behind a staff start form, finding the case behind a task to record a read).
 */
public final class AsApplication {

    private AsApplication() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        var user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
