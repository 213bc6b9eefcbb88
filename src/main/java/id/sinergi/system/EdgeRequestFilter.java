package id.sinergi.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of every API request. It refuses (400) any request URI that spells its path in more
 * than one way, so the path the filters check is always the path the handler is mapped to, and bodies
 * in an encoding the API does not decode (415). It records the routed path for the filters and the audit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class EdgeRequestFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    EdgeRequestFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Both spellings count: '/%61pi/...' routes to the API and the raw '/api;x/...' is meant to.
        return !EdgePaths.isApi(EdgePaths.of(request)) && !request.getRequestURI().startsWith("/api");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        if (!EdgePaths.isNormalized(raw)) {
            Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "non-normalized-path", "Path not normalized",
                    "Send API paths without ';' parameters, dot or empty segments, backslashes or percent-encoded letters."));
            return;
        }
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            Problems.write(response, json, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content-encoding",
                    "Content encoding not supported", "Send request bodies uncompressed (no Content-Encoding, or identity)."));
            return;
        }
        request.setAttribute(EdgePaths.ROUTED_PATH, EdgePaths.of(request));
        chain.doFilter(request, response);
    }
}
