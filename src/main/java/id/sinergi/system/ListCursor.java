package id.sinergi.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * The {@code cursor} of the agency API's lists (cases, agreements): where the previous page ended, as the
 * sort key of its last row, an instant and an id, newest first. Opaque to clients (base64url of
 * {@code v1|instant|id}) and read back strictly: anything else answers 400 naming {@code cursor}. It is a
 * position, not a permission: a client that forges one only moves its own window over rows it may see anyway.
 */
public record ListCursor(OffsetDateTime at, String id) {

    private static final String VERSION = "v1";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");

    public String encode() {
        String plain = VERSION + "|" + at.toInstant() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static ListCursor decode(String cursor) {
        try {
            if (cursor.length() > 200) {
                throw invalid();
            }
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || !ID.matcher(parts[2]).matches()) {
                throw invalid();
            }
            return new ListCursor(Instant.parse(parts[1]).atOffset(ZoneOffset.UTC), parts[2]);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw invalid();
        }
    }

    private static ApiProblem invalid() {
        String message = "is not a cursor this API gave out; start again without it and follow links.next";
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "cursor " + message)
                .with("errors", List.of(Map.of("field", "cursor", "message", message)));
    }
}
