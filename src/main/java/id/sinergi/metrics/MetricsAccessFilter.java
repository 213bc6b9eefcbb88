package id.sinergi.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.system.Groups;
import id.sinergi.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics scrape ({@code /actuator/prometheus}) is for the monitoring system, not the public: HTTP Basic of
 * a member of {@code monitoring} (or an administrator). Case counts per stage and per-agency API figures say
 * too much about the branch's work to hand to anyone who asks. Health stays open for load balancers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MetricsAccessFilter extends OncePerRequestFilter {

    private final IdentityService identity;
    private final ObjectMapper json;

    MetricsAccessFilter(IdentityService identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    /**
     * Decided on the path the request is routed by, not the raw URI: {@code /actuator;x/prometheus} and
     * {@code /%61ctuator/prometheus} reach the scrape too, and slipped past a check of the raw URI.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = id.sinergi.system.EdgePaths.of(request);
        return !(path.startsWith("/actuator/prometheus") || path.startsWith("/actuator/metrics"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = ApiAuthenticationFilter.basic(request).orElse(null);
        if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sinergi-metrics\"");
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Metrics need HTTP Basic credentials of a member of 'monitoring'."));
            return;
        }
        boolean allowed = identity.createGroupQuery().groupMember(credentials[0])
                .groupIdIn(MonitoringGroup.ID, Groups.ADMINS).count() > 0;
        if (!allowed) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Metrics are for members of 'monitoring' and administrators."));
            return;
        }
        chain.doFilter(request, response);
    }
}
