package id.sinergi.metrics;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAuthenticationFilter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the agency API's calls per agency and outcome ({@code sinergi_api_calls_total{agency, outcome}}, outcome
 * 2xx/4xx/5xx). It wraps the authentication filter, so refused calls count too, under {@code agency="unknown"}:
 * a partner whose token broke shows up as a climb in 401s before anyone phones.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ApiCallMetrics extends OncePerRequestFilter {

    private final MeterRegistry registry;

    ApiCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            String agency = request.getAttribute(ApiAuthenticationFilter.AGENCY) instanceof AgencyClient client
                    ? client.agencyId() : "unknown";
            Counter.builder("sinergi.api.calls").description("Agency API calls by agency and outcome")
                    .tag("agency", agency).tag("outcome", response.getStatus() / 100 + "xx")
                    .register(registry).increment();
        }
    }
}
