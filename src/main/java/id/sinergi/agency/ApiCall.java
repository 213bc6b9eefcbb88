package id.sinergi.agency;

import id.sinergi.system.EdgePaths;
import jakarta.servlet.http.HttpServletRequest;

/** Who made the current API call and how to find it again in logs and the audit record. */
public record ApiCall(String actor, String requestId, String method, String path) {

    // api_audit.path is VARCHAR(300) (V4__agency_api.sql).
    static final int MAX_PATH = 300;

    /** The path is the routed one (decoded, normalized), so the audit names the resource that was used. */
    public static ApiCall of(HttpServletRequest request, String actor) {
        String path = EdgePaths.of(request);
        return new ApiCall(actor, (String) request.getAttribute(ApiAuthenticationFilter.REQUEST_ID),
                request.getMethod(), path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path);
    }
}
