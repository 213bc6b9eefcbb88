package id.sinergi.agency;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The second lock on the API, behind {@link ApiAuthenticationFilter}: a handler of a controller mapped
 * under /api/admin runs only for an authenticated administrator, one under /api/staff only for a staff
 * member, one under /api/v1 only for an authenticated agency. It looks at the controller the request reached, not at the URL, so however a
 * path slips past the filter, no handler runs without its caller.
 */
@Component
class ApiAccessInterceptor implements HandlerInterceptor {

    private final ObjectMapper json;

    ApiAccessInterceptor(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class);
        String[] paths = mapping == null ? new String[0] : mapping.path();
        if (Arrays.stream(paths).anyMatch(p -> p.startsWith("/api/admin"))
                && !(request.getAttribute(ApiAuthenticationFilter.ADMIN) instanceof String)) {
            return refuse(response, "This operation is for Camunda administrators.");
        }
        if (Arrays.stream(paths).anyMatch(p -> p.startsWith("/api/staff"))
                && !(request.getAttribute(ApiAuthenticationFilter.STAFF) instanceof id.sinergi.system.StaffUser)) {
            return refuse(response, "This operation is for the branch's staff.");
        }
        if (Arrays.stream(paths).anyMatch(p -> p.startsWith("/api/v1"))
                && !(request.getAttribute(ApiAuthenticationFilter.AGENCY) instanceof AgencyClient)) {
            return refuse(response, "This operation is for agencies with a valid API token.");
        }
        return true;
    }

    private boolean refuse(HttpServletResponse response, String detail) throws IOException {
        Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail));
        return false;
    }
}
