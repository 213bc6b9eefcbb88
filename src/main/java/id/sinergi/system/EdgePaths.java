package id.sinergi.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The path a request is routed by, as opposed to the raw request URI. Tomcat decodes {@code %61}, drops
 * {@code ;params} and resolves {@code /./} before mapping, so a decision taken on the raw URI can differ
 * from the handler that finally runs; every security decision uses {@link #of} instead.
 */
public final class EdgePaths {

    /** Request attribute with the routed path, set by {@link EdgeRequestFilter} for API requests. */
    public static final String ROUTED_PATH = "sinergi.routedPath";

    // A percent-encoded unreserved character (RFC 3986 2.3) or '/', which no client needs to encode.
    private static final Pattern ENCODED_UNRESERVED = Pattern.compile(
            "%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[DdEeFf]|5[Ff]|7[Ee])");

    private EdgePaths() {
    }

    /** The decoded, normalized path within the application that Spring MVC maps. */
    public static String of(HttpServletRequest request) {
        Object routed = request.getAttribute(ROUTED_PATH);
        if (routed instanceof String path) {
            return path;
        }
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    public static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /**
     * Whether the raw URI spells its path only one way: no path parameters, no dot segments, no empty
     * segments, no backslash and no needless percent-encoding.
     */
    public static boolean isNormalized(String rawUri) {
        String lower = rawUri.toLowerCase();
        return !rawUri.contains(";") && !rawUri.contains("\\") && !lower.contains("%5c") && !lower.contains("%3b")
                && !rawUri.contains("//") && !rawUri.contains("/./") && !rawUri.contains("/../")
                && !rawUri.endsWith("/.") && !rawUri.endsWith("/..")
                && !ENCODED_UNRESERVED.matcher(rawUri).find();
    }
}
