package id.sinergi.agency;

import java.time.OffsetDateTime;
import java.util.Set;

/** A partner agency's API client. The token itself is never stored, only its hash and a short hint. */
public record AgencyClient(
        String agencyId,
        String name,
        Set<Scope> scopes,
        String tokenHint,
        Integer requestsPerMinute,
        OffsetDateTime createdAt,
        OffsetDateTime revokedAt,
        String agreementId) {

    public boolean isActive() {
        return revokedAt == null;
    }

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }
}
