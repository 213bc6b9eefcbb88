package id.sinergi.agreement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Agreement a) {
        jdbc.sql("""
                INSERT INTO agreement (agreement_id, process_instance_id, kind, parent_mou_number, partner_name, partner_kind,
                    partner_agency_id, title, scope, purposes, term_years, bpjs_contact_name, bpjs_contact_email,
                    partner_contact_name, partner_contact_email, proposed_by, renewal_of, stage, status,
                    data_exchange_status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(a.agreementId(), a.processInstanceId(), a.kind().name(), a.parentMouNumber(), a.partnerName(),
                        a.partnerKind().name(), a.partnerAgencyId(), a.title(), a.scope(), String.join(",", a.purposes()),
                        a.termYears(), a.bpjsContactName(), a.bpjsContactEmail(), a.partnerContactName(),
                        a.partnerContactEmail(), a.proposedBy(), a.renewalOf(), a.stage().name(), a.status(),
                        a.dataExchangeStatus(), a.createdAt())
                .update();
    }

    /**
     * The agreement a process instance runs, found by the instance id the register stored when the start
     * event opened it: never by the {@code agreementId} variable, which a user could try to set.
     */
    public String idOf(VariableScope scope) {
        return findIdOf(scope).orElseThrow(() -> new IllegalStateException(
                "No agreement registered for process instance " + processInstanceId(scope)));
    }

    Optional<String> findIdOf(VariableScope scope) {
        return jdbc.sql("SELECT agreement_id FROM agreement WHERE process_instance_id = ?").param(processInstanceId(scope))
                .query(String.class).optional();
    }

    private static String processInstanceId(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessInstanceId();
        }
        if (scope instanceof DelegateTask task) {
            return task.getProcessInstanceId();
        }
        throw new IllegalStateException("No process instance behind " + scope);
    }

    public Optional<Agreement> find(String agreementId) {
        return jdbc.sql("SELECT * FROM agreement WHERE agreement_id = ?").param(agreementId)
                .query(AgreementRepository::map).optional();
    }

    /** The partner agency's agreements, newest first. */
    /**
     * The agency's agreements newest first (created_at, then agreement id, both descending), after
     * {@code after} (null: from the newest), at most {@code limit}: a keyset walk of agreement_partner_list.
     */
    public List<Agreement> ofPartner(String agencyId, id.sinergi.system.ListCursor after, int limit) {
        var params = new java.util.ArrayList<Object>();
        var query = new StringBuilder("SELECT * FROM agreement WHERE partner_agency_id = ?");
        params.add(agencyId);
        newestFirstAfter(after, limit, query, params);
        return jdbc.sql(query.toString()).params(params).query(AgreementRepository::map).list();
    }

    /** The keyset bound and order of every agreement list: newest first, after {@code after}, at most {@code limit}. */
    private static void newestFirstAfter(id.sinergi.system.ListCursor after, int limit, StringBuilder query,
                                         java.util.List<Object> params) {
        if (after != null) {
            query.append(" AND created_at <= ? AND (created_at < ? OR agreement_id < ?)");
            params.add(after.at());
            params.add(after.at());
            params.add(after.id());
        }
        query.append(" ORDER BY created_at DESC, agreement_id DESC FETCH FIRST ? ROWS ONLY");
        params.add(limit);
    }

    /** What a manager asks for in the branch's agreement list; null fields do not filter, end dates are inclusive. */
    public record BranchFilter(AgreementStage stage, String status, java.time.LocalDate endFrom, java.time.LocalDate endTo) {
    }

    /** A row of the branch's agreement list. */
    public record ListedAgreement(String agreementId, String agreementNumber, String title, String partnerName,
                                  AgreementStage stage, String status, java.time.LocalDate endDate, String processInstanceId,
                                  java.time.OffsetDateTime createdAt) {
    }

    /** The branch's agreements matching {@code filter}, newest first, after {@code after}, at most {@code limit}: one query. */
    public List<ListedAgreement> ofBranch(BranchFilter filter, id.sinergi.system.ListCursor after, int limit) {
        var params = new java.util.ArrayList<Object>();
        var query = new StringBuilder("""
                SELECT agreement_id, agreement_number, title, partner_name, stage, status, end_date, process_instance_id,
                    created_at FROM agreement WHERE 1 = 1""");
        if (filter.stage() != null) {
            query.append(" AND stage = ?");
            params.add(filter.stage().name());
        }
        if (filter.status() != null) {
            query.append(" AND status = ?");
            params.add(filter.status());
        }
        if (filter.endFrom() != null) {
            query.append(" AND end_date >= ? AND end_date <= ?");
            params.add(filter.endFrom());
            params.add(filter.endTo());
        }
        newestFirstAfter(after, limit, query, params);
        return jdbc.sql(query.toString()).params(params).query((rs, i) -> new ListedAgreement(rs.getString("agreement_id"),
                rs.getString("agreement_number"), rs.getString("title"), rs.getString("partner_name"),
                AgreementStage.valueOf(rs.getString("stage")), rs.getString("status"),
                rs.getObject("end_date", java.time.LocalDate.class), rs.getString("process_instance_id"),
                rs.getObject("created_at", java.time.OffsetDateTime.class))).list();
    }

    /** The agency's agreements, counted no further than {@code cap}. */
    public long countOfPartner(String agencyId, int cap) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT agreement_id FROM agreement WHERE partner_agency_id = ? FETCH FIRST ? ROWS ONLY) capped")
                .params(agencyId, cap).query(Long.class).single();
    }

    /** Locks the agreement's row until the caller's transaction ends: one answer to a draft at a time. */
    void lock(String agreementId) {
        jdbc.sql("SELECT agreement_id FROM agreement WHERE agreement_id = ? FOR UPDATE").param(agreementId)
                .query(String.class).list();
    }

    /** True when the agency is the partner of a registered agreement that has not ended. */
    public boolean hasLiveAgreement(String agencyId) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement WHERE partner_agency_id = ? AND status = 'OPEN' AND agreement_number IS NOT NULL")
                .param(agencyId).query(Long.class).single() > 0;
    }

    void update(String agreementId, String column, Object value) {
        // Column names come from this class only, never from input.
        jdbc.sql("UPDATE agreement SET " + column + " = ? WHERE agreement_id = ?").params(value, agreementId).update();
    }

    /** A revised proposal's title, scope and term, before the agreement is drafted and numbered. */
    void reviseProposal(String agreementId, String title, String scope, int termYears) {
        jdbc.sql("UPDATE agreement SET title = ?, scope = ?, term_years = ? WHERE agreement_id = ?")
                .params(title, scope, termYears, agreementId).update();
    }

    void register(String agreementId, String number, LocalDate start, LocalDate end) {
        jdbc.sql("UPDATE agreement SET agreement_number = ?, start_date = ?, end_date = ? WHERE agreement_id = ?")
                .params(number, Date.valueOf(start), Date.valueOf(end), agreementId).update();
    }

    void recordSignatures(String agreementId, String bpjsSignatory, LocalDate bpjsSignedOn, String partnerSignatory,
                          LocalDate partnerSignedOn) {
        jdbc.sql("""
                UPDATE agreement SET bpjs_signatory = ?, bpjs_signed_on = ?, partner_signatory = ?, partner_signed_on = ?
                WHERE agreement_id = ?
                """)
                .params(bpjsSignatory, Date.valueOf(bpjsSignedOn), partnerSignatory, Date.valueOf(partnerSignedOn), agreementId)
                .update();
    }

    void end(String agreementId, OffsetDateTime at) {
        jdbc.sql("UPDATE agreement SET status = 'ENDED', stage = 'ENDED', ended_at = ? WHERE agreement_id = ?")
                .params(at, agreementId).update();
    }

    /** Cancelled outside the model (Cockpit, a REST delete): the record ends as CANCELLED, with who and why. */
    void cancel(String agreementId, OffsetDateTime at, String by, String reason) {
        jdbc.sql("""
                UPDATE agreement SET status = 'CANCELLED', stage = 'ENDED', ended_at = ?, cancelled_by = ?, cancel_reason = ?
                WHERE agreement_id = ? AND status <> 'ENDED'
                """).params(at, by, reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000)), agreementId)
                .update();
    }

    /** A live exchange ends with its agreement (REVOKED), whether or not the partner's client lives on. */
    void endDataExchange(String agreementId) {
        jdbc.sql("UPDATE agreement SET data_exchange_status = 'REVOKED' WHERE agreement_id = ? AND data_exchange_status = 'LIVE'")
                .param(agreementId).update();
    }

    public Optional<String> idOfInstance(String processInstanceId) {
        return jdbc.sql("SELECT agreement_id FROM agreement WHERE process_instance_id = ?").param(processInstanceId)
                .query(String.class).optional();
    }

    void addNote(String agreementId, String kind, int round, String decision, String notes, String author, OffsetDateTime at) {
        jdbc.sql("INSERT INTO agreement_note (agreement_id, kind, round_no, decision, notes, author, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, kind, round, decision, notes, author, at).update();
    }

    public record Note(String kind, int round, String decision, String notes, String author, OffsetDateTime at) {
    }

    public List<Note> notes(String agreementId) {
        return jdbc.sql("SELECT * FROM agreement_note WHERE agreement_id = ? ORDER BY at, id").param(agreementId)
                .query((rs, n) -> new Note(rs.getString("kind"), rs.getInt("round_no"), rs.getString("decision"),
                        rs.getString("notes"), rs.getString("author"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    int countNotes(String agreementId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement_note WHERE agreement_id = ? AND kind = ?").params(agreementId, kind)
                .query(Integer.class).single();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Agreement map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String purposes = rs.getString("purposes");
        return new Agreement(rs.getString("agreement_id"), rs.getString("process_instance_id"),
                rs.getString("agreement_number"), AgreementKind.valueOf(rs.getString("kind")),
                rs.getString("parent_mou_number"), rs.getString("partner_name"),
                PartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_agency_id"),
                rs.getString("title"), rs.getString("scope"),
                purposes.isBlank() ? List.of() : Arrays.asList(purposes.split(",")), rs.getInt("term_years"),
                rs.getString("bpjs_contact_name"), rs.getString("bpjs_contact_email"),
                rs.getString("partner_contact_name"), rs.getString("partner_contact_email"),
                rs.getString("proposed_by"), rs.getString("renewal_of"),
                AgreementStage.valueOf(rs.getString("stage")), rs.getString("status"),
                outcome == null ? null : AgreementOutcome.valueOf(outcome), rs.getString("signatory_level"),
                rs.getString("bpjs_signatory"), date(rs, "bpjs_signed_on"), rs.getString("partner_signatory"),
                date(rs, "partner_signed_on"), date(rs, "start_date"), date(rs, "end_date"),
                rs.getString("data_exchange_status"), rs.getString("exchange_mechanism"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class));
    }
}
