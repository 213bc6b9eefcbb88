package id.sinergi.agency;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.system.EdgePaths;
import id.sinergi.system.Groups;
import id.sinergi.system.Problems;
import id.sinergi.system.StaffUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is calling the API. {@code /api/v1} takes an agency's bearer token (401 without a valid one, 429
 * past its rate); {@code /api/admin} takes HTTP Basic of a Camunda administrator (403 for an agency);
 * {@code /api/staff} takes HTTP Basic of a member of a staff group, or, for reads, the session of a
 * user logged in to the Camunda webapps (so a link in Tasklist or Cockpit opens without a second login).
 * The only write a session may make is a document upload from Tasklist, and only with the session's CSRF
 * token in {@code X-XSRF-TOKEN}, so a forged cross-site POST is refused.
 * Every API response carries an {@code X-Request-Id}, the one the audit record and the logs use.
 */
@Component
// Before the body-size filter, which reads the body: nobody may make the server read a large body unauthenticated.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    public static final String AGENCY = "sinergi.agency";
    public static final String ADMIN = "sinergi.admin";
    public static final String STAFF = "sinergi.staff";
    public static final String REQUEST_ID = "sinergi.requestId";
    static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern CLIENT_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AgencyTokens tokens;
    private final RateLimiter rateLimiter;
    private final IdentityService identity;
    private final ObjectMapper json;

    ApiAuthenticationFilter(AgencyTokens tokens, RateLimiter rateLimiter, IdentityService identity, ObjectMapper json) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EdgePaths.isApi(EdgePaths.of(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestId(request);
        request.setAttribute(REQUEST_ID, requestId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        MDC.put("requestId", requestId);
        try {
            // The routed path, never the raw URI: '/api;x/admin' and '/api/%61dmin' route to /api/admin.
            String path = EdgePaths.of(request);
            if (path.equals("/api/admin") || path.startsWith("/api/admin/")) {
                admin(request, response, chain);
            } else if (path.equals("/api/staff") || path.startsWith("/api/staff/")) {
                staff(request, response, chain);
            } else {
                agency(request, response, chain);
            }
        } finally {
            MDC.remove("requestId");
        }
    }

    private void agency(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<AgencyClient> client = bearer(request).flatMap(tokens::authenticate);
        if (client.isEmpty() && readsOwnAgreements(request)) {
            // A partner whose access ended may still read its own agreements' final state, and nothing else.
            client = bearer(request).flatMap(tokens::authenticateEnded);
        }
        if (client.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sinergi\"");
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Send the agency's API token as 'Authorization: Bearer <token>'; the token given is missing, unknown or revoked."));
            return;
        }
        var retryAfter = rateLimiter.acquire(client.get());
        if (retryAfter.isPresent()) {
            long seconds = Math.max(1, (retryAfter.get().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "This agency's request rate is exceeded; retry after " + seconds + " seconds."));
            return;
        }
        request.setAttribute(AGENCY, client.get());
        chain.doFilter(request, response);
    }

    private static final java.util.regex.Pattern OWN_AGREEMENTS = java.util.regex.Pattern.compile("/api/v1/agreements(/[^/]+)?");

    private static boolean readsOwnAgreements(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && OWN_AGREEMENTS.matcher(EdgePaths.of(request)).matches();
    }

    private void admin(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> admin = basic(request).filter(this::isAdministrator).map(credentials -> credentials[0]);
        if (admin.isPresent()) {
            request.setAttribute(ADMIN, admin.get());
            chain.doFilter(request, response);
        } else if (bearer(request).flatMap(tokens::authenticate).isPresent()) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Agency tokens may not manage API clients."));
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sinergi-admin\"");
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Managing API clients needs the HTTP Basic credentials of a Camunda administrator."));
        }
    }

    private void staff(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = basic(request)
                .filter(credentials -> identity.checkPassword(credentials[0], credentials[1]))
                .map(credentials -> credentials[0]);
        if (user.isEmpty() && "GET".equals(request.getMethod())) {
            user = webappUser(request);
        } else if (user.isEmpty() && "POST".equals(request.getMethod()) && SESSION_UPLOAD.matcher(EdgePaths.of(request)).matches()) {
            // Tasklist's "Dokumen" tab uploads with the webapp session. A cookie also rides along on a forged
            // cross-site form, so the session only counts with the Camunda CSRF token only Tasklist's own page can read.
            user = webappUser(request);
            if (user.isPresent() && !carriesSessionCsrfToken(request)) {
                Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "csrf-token-invalid", "CSRF token missing or wrong",
                        "An upload with the Camunda webapp session must send the session's CSRF token in the X-XSRF-TOKEN header."));
                return;
            }
        }
        var staff = user.map(this::staffUser).filter(s -> s.isIn(Groups.ADMINS) || Groups.STAFF.stream().anyMatch(s::isIn));
        if (staff.isPresent()) {
            request.setAttribute(STAFF, staff.get());
            chain.doFilter(request, response);
        } else if (user.isPresent() || bearer(request).flatMap(tokens::authenticate).isPresent()) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "This operation is for the branch's staff."));
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sinergi-staff\"");
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "Log in to the Camunda webapps, or send a staff member's HTTP Basic credentials."));
        }
    }

    /** The document uploads of a case or agreement: the only writes a webapp session may make. */
    private static final Pattern SESSION_UPLOAD = Pattern.compile("/api/staff/(enforcement-cases|agreements)/[^/]+/documents");

    /**
     * The header equals the token Camunda's {@code CsrfPreventionFilter} keeps in the session (and hands the page
     * as the {@code XSRF-TOKEN} cookie), compared in constant time.
     */
    private static boolean carriesSessionCsrfToken(HttpServletRequest request) {
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        var session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return header != null && expected instanceof String token && !token.isEmpty()
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> webappUser(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        var authentications = org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.getAuthsFromSession(session);
        var authentication = authentications == null ? null : authentications.getAuthenticationForProcessEngine("default");
        return Optional.ofNullable(authentication).map(a -> a.getIdentityId());
    }

    private StaffUser staffUser(String userId) {
        var groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        return new StaffUser(userId, groups);
    }

    private boolean isAdministrator(String[] credentials) {
        return identity.checkPassword(credentials[0], credentials[1])
                && identity.createGroupQuery().groupMember(credentials[0]).groupId(Groups.ADMINS).count() > 0;
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** HTTP Basic credentials as {user, password}, if the request carries well-formed ones. */
    public static Optional<String[]> basic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String requestId(HttpServletRequest request) {
        String given = request.getHeader(REQUEST_ID_HEADER);
        return given != null && CLIENT_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
