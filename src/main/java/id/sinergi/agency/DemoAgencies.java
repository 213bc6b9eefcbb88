package id.sinergi.agency;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: three partner agencies with known tokens ({@code demo-token-<agency>}, or
 * {@code sinergi.demo.agency-tokens.<agency>} when set), so the API can be tried with curl.
 */
@Component
@Profile("demo")
@Order(15)
class DemoAgencies {

    private static final Map<String, String> NAMES = Map.of(
            "disnaker-batang", "Dinas Ketenagakerjaan Kabupaten Batang",
            "kemnaker", "Kementerian Ketenagakerjaan (Pengawas Ketenagakerjaan)",
            "kejari-pekalongan", "Kejaksaan Negeri Kota Pekalongan");
    private static final Map<String, Set<Scope>> SCOPES = Map.of(
            "disnaker-batang", Set.of(Scope.REPORT_CASES),
            "kemnaker", Set.of(Scope.REPORT_CASES),
            "kejari-pekalongan", Set.of(Scope.PROSECUTE));

    private final AgencyTokens tokens;
    private final Environment environment;

    DemoAgencies(AgencyTokens tokens, Environment environment) {
        this.tokens = tokens;
        this.environment = environment;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void create() {
        NAMES.forEach((id, name) -> {
            String token = environment.getProperty("sinergi.demo.agency-tokens." + id, "demo-token-" + id);
            // Only once: a token an admin revoked or rotated stays so across restarts.
            if (tokens.find(id).isEmpty()) {
                tokens.issue(id, name, SCOPES.get(id), null, token);
            }
        });
    }
}
