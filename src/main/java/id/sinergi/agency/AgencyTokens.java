package id.sinergi.agency;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Issues, checks and revokes the agencies' bearer tokens. A token is 32 random bytes shown once; the
 * database keeps its SHA-256 (a token has full entropy, so a slow password hash adds nothing).
 */
@Service
public class AgencyTokens {

    private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgencyClientRepository clients;
    private final Clock clock;

    AgencyTokens(AgencyClientRepository clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    public record IssuedToken(AgencyClient client, String token) {
    }

    /** A new random token for the agency, creating it if needed; the old token stops working. */
    public IssuedToken issue(String agencyId, String name, Set<Scope> scopes, Integer requestsPerMinute) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return issue(agencyId, name, scopes, requestsPerMinute,
                "sng_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** Issues a token chosen by configuration (the demo profile's known tokens). */
    public IssuedToken issue(String agencyId, String name, Set<Scope> scopes, Integer requestsPerMinute, String token) {
        if (!AGENCY_ID.matcher(agencyId).matches() || agencyId.length() > 40) {
            throw new IllegalArgumentException("agency id must be lowercase words joined by hyphens, at most 40 characters");
        }
        var existing = clients.find(agencyId);
        var client = new AgencyClient(agencyId, name, Set.copyOf(scopes), hint(token), requestsPerMinute,
                existing.map(AgencyClient::createdAt).orElse(OffsetDateTime.now(clock)), null,
                existing.map(AgencyClient::agreementId).orElse(null));
        clients.upsert(client, hash(token));
        return new IssuedToken(clients.find(agencyId).orElseThrow(), token);
    }

    /**
     * The API client a live data exchange gives the partner, bound to the agreement so that its end
     * revokes it. An existing active client keeps its token; a new or revoked one gets a token no one
     * knows yet, to be handed over with {@link #rotate(String)} by an administrator.
     */
    public AgencyClient grantForAgreement(String agencyId, String name, Set<Scope> scopes, String agreementId) {
        var existing = clients.find(agencyId);
        if (existing.isEmpty() || !existing.get().isActive()) {
            issue(agencyId, name, scopes, existing.map(AgencyClient::requestsPerMinute).orElse(null));
        }
        clients.bindToAgreement(agencyId, agreementId);
        return clients.find(agencyId).orElseThrow();
    }

    /** A new token for an existing client, keeping its name, scopes and agreement. */
    public Optional<IssuedToken> rotate(String agencyId) {
        return clients.find(agencyId).map(c -> {
            var issued = issue(agencyId, c.name(), c.scopes(), c.requestsPerMinute());
            return new IssuedToken(issued.client(), issued.token());
        });
    }

    /**
     * The agreement ended: a client it was the last live agreement of loses access; one that still serves
     * another live agreement keeps it. Returns the clients revoked.
     */
    public List<String> revokeForAgreement(String agreementId) {
        List<String> revoked = new java.util.ArrayList<>();
        for (String agencyId : clients.boundTo(agreementId)) {
            if (clients.unbind(agencyId, agreementId).isEmpty()) {
                clients.revoke(agencyId, OffsetDateTime.now(clock), AgencyClientRepository.AGREEMENTS_ENDED);
                revoked.add(agencyId);
            }
        }
        return revoked;
    }

    public Optional<AgencyClient> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return clients.findActiveByTokenHash(hash(token));
    }

    /**
     * A token whose access ended with its agreements: it still names the agency, for the one thing it may
     * still do (read its own agreements' final state).
     */
    public Optional<AgencyClient> authenticateEnded(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return clients.findRevokedByTokenHash(hash(token));
    }

    /** An administrator's revocation (a leaked token): the token reads nothing afterwards, ended agreements included. */
    public boolean revoke(String agencyId) {
        return clients.revoke(agencyId, OffsetDateTime.now(clock), AgencyClientRepository.BY_ADMINISTRATOR);
    }

    public Optional<AgencyClient> find(String agencyId) {
        return clients.find(agencyId);
    }

    public List<AgencyClient> list() {
        return clients.list();
    }

    static String hash(String token) {
        return IdempotencyKeys.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Enough of the token's end for an admin to tell two tokens apart, too little to guess it. */
    private static String hint(String token) {
        return "…" + token.substring(Math.max(0, token.length() - 4));
    }
}
