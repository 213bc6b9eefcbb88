package id.sinergi.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAudit;
import id.sinergi.agency.ApiCall;
import id.sinergi.agency.IdempotencyKeys;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.ListCursor;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Agreements as partner agencies use them through the API: read their own, answer drafts. */
@Service
class PartnerAgreementService {

    private final AgreementRepository agreements;
    private final AgreementRegister register;
    private final RuntimeService runtime;
    private final IdempotencyKeys idempotency;
    private final ApiAudit audit;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    PartnerAgreementService(AgreementRepository agreements, AgreementRegister register, RuntimeService runtime,
                            IdempotencyKeys idempotency, ApiAudit audit, ObjectMapper json,
                            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.agreements = agreements;
        this.register = register;
        this.runtime = runtime;
        this.idempotency = idempotency;
        this.audit = audit;
        this.json = json;
    }

    AgreementView find(AgencyClient agency, String agreementId) {
        return view(own(agency, agreementId));
    }

    /** How far the first page counts the agency's agreements, and how deep the deprecated page may reach. */
    static final int TOTAL_CAP = 1_000;
    static final int MAX_PAGE_OFFSET = 1_000;

    /** One page of the agency's agreements, as the case list pages: cursor, links.next, capped first-page total. */
    AgreementView.Page list(AgencyClient agency, String cursor, Integer page, int size) {
        if (cursor != null && page != null) {
            throw invalidPage("must not be given with cursor: follow links.next");
        }
        if (page != null && (long) page * size > MAX_PAGE_OFFSET) {
            throw invalidPage("reaches past the first " + MAX_PAGE_OFFSET + " agreements; follow links.next (cursor) instead");
        }
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        int skip = page == null ? 0 : page * size;
        var found = agreements.ofPartner(agency.agencyId(), after, skip + size + 1);
        var pageRows = found.stream().skip(skip).limit(size).toList();
        Long total = null;
        Boolean lowerBound = null;
        if (cursor == null && (page == null || page == 0)) {
            total = agreements.countOfPartner(agency.agencyId(), TOTAL_CAP);
            lowerBound = total >= TOTAL_CAP;
        }
        String next = null;
        if (found.size() > skip + size) {
            var last = pageRows.get(pageRows.size() - 1);
            next = "/api/v1/agreements?size=" + size + "&cursor=" + new ListCursor(last.createdAt(), last.agreementId()).encode();
        }
        return new AgreementView.Page(views(pageRows), size, total, lowerBound, new AgreementView.Links(next));
    }

    private static ApiProblem invalidPage(String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "page " + message)
                .with("errors", List.of(Map.of("field", "page", "message", message)));
    }

    record Answered(AgreementView view, boolean replayed) {
    }

    Answered respond(AgencyClient agency, ApiCall call, String agreementId, PartnerResponse response, String idempotencyKey) {
        if (response.response() == PartnerResponse.Answer.CHANGES_REQUESTED
                && (response.comments() == null || response.comments().isBlank())) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "comments must be given when changes are requested")
                    .with("errors", List.of(Map.of("field", "comments", "message", "must be given when changes are requested")));
        }
        Agreement agreement = own(agency, agreementId);
        if (idempotencyKey == null) {
            // The message, the recorded response and the audit record commit together or not at all.
            transaction.executeWithoutResult(status -> deliver(agency, call, agreement, response));
            return new Answered(find(agency, agreementId), false);
        }
        var outcome = idempotency.once(agency.agencyId(), idempotencyKey, canonical(agreementId, response), () -> {
            deliver(agency, call, agreement, response);
            return agreementId;
        });
        return new Answered(find(agency, outcome.resourceId()), outcome.replayed());
    }

    private void deliver(AgencyClient agency, ApiCall call, Agreement agreement, PartnerResponse response) {
        register.holdForAnswer(agreement.agreementId());
        int round = currentRound(agreement);
        if (response.round() != null && response.round() != round) {
            throw notAwaiting(agreement.agreementId(), "The current draft round is " + round + ", not " + response.round() + ".");
        }
        try {
            runtime.createMessageCorrelation(AgreementProcess.MESSAGE_PARTNER_RESPONDED)
                    .processInstanceId(agreement.processInstanceId())
                    .setVariables(Map.of(AgreementProcess.Vars.PARTNER_RESPONSE, response.response().name(),
                            AgreementProcess.Vars.PARTNER_COMMENTS, response.comments() == null ? "" : response.comments()))
                    .correlate();
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw notAwaiting(agreement.agreementId(), "Agreement " + agreement.agreementId() + " is not waiting for an answer to a draft.");
        } catch (org.camunda.bpm.engine.ProcessEngineException lostRace) {
            // Found waiting, then answered by a request that committed in between: it lost the race, like a
            // lost optimistic lock, and nothing was changed.
            if (lostRace.getMessage() != null && lostRace.getMessage().contains("does not have a subscription to a message event")) {
                throw new org.springframework.dao.ConcurrencyFailureException("Agreement " + agreement.agreementId()
                        + " was answered at the same moment", lostRace);
            }
            throw lostRace;
        }
        register.recordPartnerResponse(agreement.agreementId(), round, response.response().name(), response.comments(),
                "agency:" + agency.agencyId());
        audit.record(call, null, "PARTNER_RESPONDED", "agreement %s round %d: %s".formatted(agreement.agreementId(), round,
                response.response()));
    }

    private int currentRound(Agreement agreement) {
        Object round = agreement.processInstanceId() == null ? null
                : runtime.createVariableInstanceQuery().processInstanceIdIn(agreement.processInstanceId())
                .variableName(AgreementProcess.Vars.DRAFT_ROUND).list().stream().findFirst().map(v -> v.getValue()).orElse(null);
        return round == null ? 0 : ((Number) round).intValue();
    }

    private boolean awaitingResponse(Agreement agreement) {
        return agreement.processInstanceId() != null && runtime.createEventSubscriptionQuery()
                .processInstanceId(agreement.processInstanceId()).eventName(AgreementProcess.MESSAGE_PARTNER_RESPONDED).count() > 0;
    }

    /** Another agency's agreement is answered like one that does not exist. */
    private Agreement own(AgencyClient agency, String agreementId) {
        return agreements.find(agreementId).filter(a -> agency.agencyId().equals(a.partnerAgencyId()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "agreement-not-found", "Agreement not found",
                        "No agreement " + agreementId + " exists for this agency."));
    }

    private AgreementView view(Agreement a) {
        return views(List.of(a)).get(0);
    }

    /**
     * The views of a page of agreements in a fixed number of queries whatever its size: the drafting rounds of
     * all their processes in one variable query, and which of them wait for a partner's answer in one event
     * subscription query (the agreements waiting for an answer at any moment are few).
     */
    private List<AgreementView> views(List<Agreement> page) {
        var processes = page.stream().map(Agreement::processInstanceId).filter(java.util.Objects::nonNull).toList();
        Map<String, Integer> rounds = new java.util.HashMap<>();
        java.util.Set<String> awaiting = new java.util.HashSet<>();
        if (!processes.isEmpty()) {
            runtime.createVariableInstanceQuery().processInstanceIdIn(processes.toArray(String[]::new))
                    .variableName(AgreementProcess.Vars.DRAFT_ROUND).list()
                    .forEach(v -> {
                        if (v.getValue() instanceof Number round) {
                            rounds.putIfAbsent(v.getProcessInstanceId(), round.intValue());
                        }
                    });
            var onPage = new java.util.HashSet<>(processes);
            runtime.createEventSubscriptionQuery().eventName(AgreementProcess.MESSAGE_PARTNER_RESPONDED).list().stream()
                    .map(subscription -> subscription.getProcessInstanceId()).filter(onPage::contains).forEach(awaiting::add);
        }
        return page.stream().map(a -> new AgreementView(a.agreementId(), a.agreementNumber(), a.kind(), a.title(),
                a.partnerName(), a.stage(), a.status(), a.outcome(), a.startDate(), a.endDate(),
                a.processInstanceId() == null ? 0 : rounds.getOrDefault(a.processInstanceId(), 0),
                a.processInstanceId() != null && awaiting.contains(a.processInstanceId()),
                new AgreementView.Signatories(a.signatoryLevel(), a.bpjsSignatory(), a.bpjsSignedOn(), a.partnerSignatory(),
                        a.partnerSignedOn()),
                new AgreementView.DataExchange(a.dataExchangeStatus(), a.exchangeMechanism()), a.renewalOf())).toList();
    }

    private byte[] canonical(String agreementId, PartnerResponse response) {
        try {
            // A record, not a map: its fields serialize in a fixed order, so the same request hashes the same.
            return json.writeValueAsBytes(new CanonicalResponse(agreementId, response));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record CanonicalResponse(String agreementId, PartnerResponse response) {
    }

    private static ApiProblem notAwaiting(String agreementId, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "not-awaiting-response", "Not waiting for an answer", detail)
                .with("agreementId", agreementId);
    }
}
