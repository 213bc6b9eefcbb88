package id.sinergi.enforcement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The {@code cursor} of the agency's case list: where the previous page ended, as the sort key of its last
 * case ({@code reported_at}, {@code case_number}). Opaque to clients (base64url of {@code v1|instant|case}),
 * read back strictly: anything else answers 400 naming {@code cursor}. It is a position, not a permission:
 * a client that forges one only moves its own window over the cases it may see anyway.
 */
final class CaseCursor {

    private static final String VERSION = "v1";
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");

    private CaseCursor() {
    }

    static String encode(EnforcementCaseRepository.ListKey key) {
        String plain = VERSION + "|" + key.reportedAt().toInstant() + "|" + key.caseNumber();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static EnforcementCaseRepository.ListKey decode(String cursor) {
        try {
            if (cursor.length() > 200) {
                throw invalid();
            }
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || !CASE_NUMBER.matcher(parts[2]).matches()) {
                throw invalid();
            }
            return new EnforcementCaseRepository.ListKey(Instant.parse(parts[1]).atOffset(ZoneOffset.UTC), parts[2]);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw invalid();
        }
    }

    private static AgencyCaseService.InvalidFieldException invalid() {
        return new AgencyCaseService.InvalidFieldException("cursor",
                "is not a cursor this API gave out; start again without it and follow links.next");
    }
}
