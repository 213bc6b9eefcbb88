package id.sinergi.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgencyClientRepository {

    private final JdbcClient jdbc;

    AgencyClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AgencyClient> find(String agencyId) {
        return jdbc.sql("SELECT * FROM agency_client WHERE agency_id = ?").param(agencyId)
                .query(AgencyClientRepository::map).optional();
    }

    Optional<AgencyClient> findActiveByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM agency_client WHERE token_hash = ? AND revoked_at IS NULL").param(tokenHash)
                .query(AgencyClientRepository::map).optional();
    }

    Optional<AgencyClient> findRevokedByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM agency_client WHERE token_hash = ? AND revoked_at IS NOT NULL AND revoked_reason = ?")
                .params(tokenHash, AGREEMENTS_ENDED)
                .query(AgencyClientRepository::map).optional();
    }

    List<AgencyClient> list() {
        return jdbc.sql("SELECT * FROM agency_client ORDER BY agency_id").query(AgencyClientRepository::map).list();
    }

    /** Creates the client, or gives an existing one a new token and reactivates it. */
    void upsert(AgencyClient client, String tokenHash) {
        int updated = jdbc.sql("""
                UPDATE agency_client SET name = ?, scopes = ?, token_hash = ?, token_hint = ?, requests_per_minute = ?,
                    revoked_at = NULL, revoked_reason = NULL WHERE agency_id = ?
                """)
                .params(client.name(), join(client.scopes()), tokenHash, client.tokenHint(), client.requestsPerMinute(),
                        client.agencyId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO agency_client (agency_id, name, scopes, token_hash, token_hint, requests_per_minute, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(client.agencyId(), client.name(), join(client.scopes()), tokenHash, client.tokenHint(),
                            client.requestsPerMinute(), client.createdAt())
                    .update();
        }
    }

    /** The client serves this agreement too; the client's own agreement_id names the latest one. */
    void bindToAgreement(String agencyId, String agreementId) {
        jdbc.sql("UPDATE agency_client SET agreement_id = ? WHERE agency_id = ?").params(agreementId, agencyId).update();
        jdbc.sql("DELETE FROM agency_client_agreement WHERE agency_id = ? AND agreement_id = ?").params(agencyId, agreementId).update();
        jdbc.sql("INSERT INTO agency_client_agreement (agency_id, agreement_id) VALUES (?, ?)").params(agencyId, agreementId).update();
    }

    /** The active clients serving this agreement. */
    List<String> boundTo(String agreementId) {
        return jdbc.sql("""
                SELECT c.agency_id FROM agency_client c JOIN agency_client_agreement b ON b.agency_id = c.agency_id
                WHERE b.agreement_id = ? AND c.revoked_at IS NULL
                """).param(agreementId).query(String.class).list();
    }

    /** The agreement no longer gives the client access; returns the agreements the client still serves. */
    List<String> unbind(String agencyId, String agreementId) {
        jdbc.sql("DELETE FROM agency_client_agreement WHERE agency_id = ? AND agreement_id = ?").params(agencyId, agreementId).update();
        List<String> remaining = jdbc.sql("SELECT agreement_id FROM agency_client_agreement WHERE agency_id = ? ORDER BY agreement_id")
                .param(agencyId).query(String.class).list();
        if (!remaining.isEmpty()) {
            jdbc.sql("UPDATE agency_client SET agreement_id = ? WHERE agency_id = ?")
                    .params(remaining.get(remaining.size() - 1), agencyId).update();
        }
        return remaining;
    }

    /** Its last agreement ended: the partner may still read its own agreements' final state with the token. */
    static final String AGREEMENTS_ENDED = "AGREEMENTS_ENDED";
    /** An administrator revoked it: nothing is readable with the token. */
    static final String BY_ADMINISTRATOR = "ADMINISTRATOR";

    /**
     * Revokes an active client for {@code reason}; true if it was active. An administrator's revocation also takes away
     * what an earlier one for ended agreements left readable: the token may be the reason it is revoked again.
     */
    boolean revoke(String agencyId, OffsetDateTime at, String reason) {
        boolean wasActive = jdbc.sql("UPDATE agency_client SET revoked_at = ?, revoked_reason = ? WHERE agency_id = ? AND revoked_at IS NULL")
                .params(at, reason, agencyId).update() > 0;
        if (!wasActive && BY_ADMINISTRATOR.equals(reason)) {
            jdbc.sql("UPDATE agency_client SET revoked_reason = ? WHERE agency_id = ?").params(reason, agencyId).update();
        }
        return wasActive;
    }

    private static String join(Set<Scope> scopes) {
        return scopes.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static AgencyClient map(ResultSet rs, int row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank()).map(Scope::valueOf).forEach(scopes::add);
        Integer perMinute = rs.getObject("requests_per_minute", Integer.class);
        return new AgencyClient(rs.getString("agency_id"), rs.getString("name"), scopes, rs.getString("token_hint"),
                perMinute, rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("revoked_at", OffsetDateTime.class), rs.getString("agreement_id"));
    }
}
