package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Registers a proposed agreement under a draft reference when its process starts (from Tasklist's start
 * form or a renewal), and keeps each review round's notes. The BPMN calls it as {@code agreementRegister}.
 */
@Component("agreementRegister")
public class AgreementRegister {

    private final AgreementRepository agreements;
    private final AgreementNumbers numbers;
    private final AgreementDeadlines deadlines;
    private final Clock clock;

    AgreementRegister(AgreementRepository agreements, AgreementNumbers numbers, AgreementDeadlines deadlines, Clock clock) {
        this.agreements = agreements;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public void open(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        String agreementId = numbers.nextDraftReference(deadlines.today());
        List<String> purposes = Arrays.stream(Purpose.values())
                .filter(p -> Boolean.TRUE.equals(execution.getVariable(p.variable()))).map(Enum::name).toList();
        variables.set(Vars.AGREEMENT_ID, agreementId);
        variables.set(Vars.INCLUDES_DATA_EXCHANGE, purposes.contains(Purpose.DATA_EXCHANGE.name()));
        String proposedAgency = blankToNull(variables.string(Vars.PARTNER_AGENCY_ID));
        if (proposedAgency != null) {
            variables.set(Vars.PROPOSED_PARTNER_AGENCY_ID, proposedAgency);
        }
        execution.setProcessBusinessKey(agreementId);
        agreements.insert(new Agreement(agreementId, execution.getProcessInstanceId(), null, variables.kind(),
                blankToNull(variables.string(Vars.PARENT_MOU_NUMBER)), variables.string(Vars.PARTNER_NAME),
                variables.partnerKind(), blankToNull(variables.string(Vars.PARTNER_AGENCY_ID)), variables.string(Vars.TITLE),
                variables.string(Vars.SCOPE), purposes, variables.termYears(), variables.string(Vars.BPJS_CONTACT_NAME),
                variables.string(Vars.BPJS_CONTACT_EMAIL), variables.string(Vars.PARTNER_CONTACT_NAME),
                variables.string(Vars.PARTNER_CONTACT_EMAIL), variables.string(Vars.PROPOSED_BY),
                blankToNull(variables.string(Vars.RENEWAL_OF)), AgreementStage.EXPLORATION, Agreement.OPEN, null, null,
                null, null, null, null, null, null, "NONE", null, OffsetDateTime.now(clock), null));
    }

    /** The signatory's decision on the concept, with its reasons: a send-back's are what the revision works from. */
    public void recordConceptDecision(DelegateTask task) {
        recordRound(task, "CONCEPT_APPROVAL", Vars.CONCEPT_DECISION, Vars.CONCEPT_NOTES);
    }

    /** Each personal-data review round keeps its decision and notes, as the legal review's do. */
    public void recordPersonalDataReview(DelegateTask task) {
        recordRound(task, "PERSONAL_DATA_REVIEW", Vars.PERSONAL_DATA_DECISION, Vars.PERSONAL_DATA_NOTES);
    }

    /**
     * One round's decision and the notes this completion submitted: not a variable an earlier round left on the
     * process (an approval whose form hides the notes would otherwise be recorded with the last send-back's reasons).
     */
    private void recordRound(DelegateTask task, String kind, String decisionVariable, String notesVariable) {
        String agreementId = agreements.idOf(task);
        var submitted = id.sinergi.system.TaskSubmissions.of(task.getId());
        Object decision = submitted.map(values -> (Object) values.get(decisionVariable)).orElseGet(() -> task.getVariable(decisionVariable));
        Object notes = submitted.isPresent() ? submitted.get().get(notesVariable) : task.getVariable(notesVariable);
        agreements.addNote(agreementId, kind, agreements.countNotes(agreementId, kind) + 1, decision == null ? null : decision.toString(),
                notes == null ? null : notes.toString(), task.getAssignee(), OffsetDateTime.now(clock));
    }

    /** Each legal review round keeps its decision and notes, so a send-back loop loses no comment. */
    public void recordLegalReview(DelegateTask task) {
        String agreementId = agreements.idOf(task);
        int round = agreements.countNotes(agreementId, "LEGAL_REVIEW") + 1;
        agreements.addNote(agreementId, "LEGAL_REVIEW", round, (String) task.getVariable(Vars.LEGAL_DECISION),
                (String) task.getVariable(Vars.LEGAL_NOTES), task.getAssignee(), OffsetDateTime.now(clock));
    }

    /**
     * Staff revised the proposal after the legal review sent it back: the title, scope and term they
     * submitted (checked by the task's contract, as at the start) become the register's, so the next
     * review, the drafts and the registered text use them; the round's note says what changed.
     */
    public void reviseProposal(DelegateTask task) {
        String agreementId = agreements.idOf(task);
        Agreement before = agreements.find(agreementId)
                .orElseThrow(() -> new IllegalStateException("Agreement " + agreementId + " is not registered"));
        var variables = AgreementProcess.variables(task);
        String title = variables.string(Vars.TITLE);
        String scope = variables.string(Vars.SCOPE);
        int termYears = variables.termYears();
        agreements.reviseProposal(agreementId, title, scope, termYears);
        List<String> changed = new java.util.ArrayList<>();
        if (!title.equals(before.title())) {
            changed.add("judul: \"" + before.title() + "\" menjadi \"" + title + "\"");
        }
        if (!scope.equals(before.scope())) {
            changed.add("ruang lingkup diubah");
        }
        if (termYears != before.termYears()) {
            changed.add("jangka waktu: " + before.termYears() + " menjadi " + termYears + " tahun");
        }
        String summary = (String) task.getVariable("revisionSummary");
        String notes = (summary == null ? "" : summary)
                + (changed.isEmpty() ? "" : "\n(" + String.join("; ", changed) + ")");
        int round = agreements.countNotes(agreementId, "PROPOSAL_REVISION") + 1;
        agreements.addNote(agreementId, "PROPOSAL_REVISION", round, changed.isEmpty() ? "UNCHANGED" : "CHANGED", notes,
                task.getAssignee(), OffsetDateTime.now(clock));
    }

    /** Staff recorded the partner's answer in Tasklist. */
    public void recordPartnerResponseTask(DelegateTask task) {
        var round = task.getVariable(Vars.DRAFT_ROUND);
        recordPartnerResponse(agreements.idOf(task), round == null ? 0 : ((Number) round).intValue(),
                (String) task.getVariable(Vars.PARTNER_RESPONSE), (String) task.getVariable(Vars.PARTNER_COMMENTS),
                task.getAssignee());
    }

    /** The partner's answer to a draft round, whether recorded by staff or sent through the API. */
    /**
     * Holds off every other answer to the agreement's draft until the caller's transaction ends. Answers arriving
     * at the same moment otherwise raced inside the engine, and the loser failed in whichever way its reads of the
     * winner's half-finished work made it fail (a lost subscription, or a null parent execution: a 500 instead of
     * a 409); in turn, the later one finds the process no longer waiting and is answered 409 as before.
     */
    public void holdForAnswer(String agreementId) {
        agreements.lock(agreementId);
    }

    public void recordPartnerResponse(String agreementId, int round, String response, String comments, String author) {
        agreements.addNote(agreementId, "PARTNER_RESPONSE", round, response, comments, author, OffsetDateTime.now(clock));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
