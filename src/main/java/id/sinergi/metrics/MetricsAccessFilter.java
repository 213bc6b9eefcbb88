package id.sinergi.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.system.Groups;
import id.sinergi.system.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/actuator/prometheus") || path.startsWith("/actuator/metrics"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] credentials = basic(request);
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

    private static String[] basic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
