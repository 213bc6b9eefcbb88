package id.sinergi.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from. {@code X-Forwarded-For} is believed only when the TCP peer is a
 * configured proxy, and then only up to the first hop that is not one: anyone can write the header.
 */
@Component
class ClientAddresses {

    private final Set<String> trustedProxies;

    ClientAddresses(SecuritySettings settings) {
        this.trustedProxies = Set.copyOf(settings.trustedProxies());
    }

    String of(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(client)) {
            return client;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty()) {
                break;
            }
            client = hop;
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
