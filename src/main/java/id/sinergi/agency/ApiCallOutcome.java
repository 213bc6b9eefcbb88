package id.sinergi.agency;

import id.sinergi.system.EdgePaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the HTTP status of an API call into the audit record once the call is answered (api_audit.status,
 * V24): on the row the call wrote if it changed something (unless that row was written with the status the
 * call answers, as a case report's 201, so the usual outcome costs no second statement), or, for a known
 * agency's call that was refused
 * (4xx) or failed (5xx) without a row of its own, on one new row. One row per call either way. It wraps the
 * authentication filter, so it knows the agency; calls without a valid token (401) or over the rate limit
 * (429, refused before the agency is set) name no agency and get no row.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 7)
class ApiCallOutcome extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiCallOutcome.class);

    private final ApiAudit audit;

    ApiCallOutcome(ApiAudit audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EdgePaths.isApi(EdgePaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            int status = failed && response.getStatus() < 400 ? 500 : response.getStatus();
            try {
                record(request, status);
            } catch (RuntimeException e) {
                // The audit's status must never change the answer the caller gets.
                log.warn("Could not write status {} into the API audit", status, e);
            }
        }
    }

    private void record(HttpServletRequest request, int status) {
        @SuppressWarnings("unchecked")
        Map<Long, Integer> rows = (Map<Long, Integer>) request.getAttribute(ApiAudit.ROWS);
        int written = audit.answered(rows, status);
        if (written == 0 && status >= 400
                && request.getAttribute(ApiAuthenticationFilter.AGENCY) instanceof AgencyClient agency) {
            audit.refused(ApiCall.of(request, agency.agencyId()), status);
        }
    }
}
