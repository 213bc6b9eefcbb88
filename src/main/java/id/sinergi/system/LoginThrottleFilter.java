package id.sinergi.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wraps every place that checks a password or token: the API (HTTP Basic for admins, bearer tokens for
 * agencies), /engine-rest (HTTP Basic) and the webapps' login form. A 401 to a request that carried
 * credentials counts as a failure of the client's address; past the limit the address gets 429 with
 * Retry-After, right credentials or not, until its window ends. The accounts themselves are never
 * locked (see the engine's login properties in application.yaml).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 7)
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final LoginThrottle throttle;
    private final ClientAddresses addresses;
    private final ObjectMapper json;

    LoginThrottleFilter(LoginThrottle throttle, ClientAddresses addresses, ObjectMapper json) {
        this.throttle = throttle;
        this.addresses = addresses;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = EdgePaths.of(request);
        return !(EdgePaths.isApi(path) || path.equals("/engine-rest") || path.startsWith("/engine-rest/")
                || isWebappLogin(request));
    }

    private static boolean isWebappLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(EdgePaths.of(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = addresses.of(request);
        var retryAfter = throttle.retryAfter(address);
        if (retryAfter.isPresent()) {
            long seconds = Math.max(1, (retryAfter.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins",
                    "Too many failed logins", "Too many failed logins from this address; retry after " + seconds + " seconds."));
            return;
        }
        // A request without credentials is not a guess (browsers and clients probe that way first).
        boolean triedCredentials = request.getHeader(HttpHeaders.AUTHORIZATION) != null || isWebappLogin(request);
        chain.doFilter(request, triedCredentials ? new FailureCounting(response, () -> throttle.failed(address)) : response);
    }

    /**
     * Counts the failure the moment a 401 is set, before any of the answer reaches the client: counted
     * after the chain returned, a client could read its 401 and send its next guess before the count.
     */
    private static final class FailureCounting extends HttpServletResponseWrapper {
        private final Runnable onFailure;
        private boolean counted;

        FailureCounting(HttpServletResponse response, Runnable onFailure) {
            super(response);
            this.onFailure = onFailure;
        }

        @Override
        public void setStatus(int status) {
            count(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            count(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            count(status);
            super.sendError(status, message);
        }

        private void count(int status) {
            if (status == HttpStatus.UNAUTHORIZED.value() && !counted) {
                counted = true;
                onFailure.run();
            }
        }
    }
}
