package id.sinergi.agency;

import jakarta.servlet.http.HttpServletRequest;

/** Who made the current API call and how to find it again in logs and the audit record. */
public record ApiCall(String actor, String requestId, String method, String path) {

    public static ApiCall of(HttpServletRequest request, String actor) {
        return new ApiCall(actor, (String) request.getAttribute(ApiAuthenticationFilter.REQUEST_ID),
                request.getMethod(), request.getRequestURI());
    }
}
