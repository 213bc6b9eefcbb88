package id.sinergi.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The {@code agreement} process: its key, message, element ids and variables, in one typed place. */
public final class AgreementProcess {

    public static final String KEY = "agreement";
    public static final String MESSAGE_PARTNER_RESPONDED = "PartnerResponded";
    /** Staff recorded a mutual termination: the active agreement ends on the agreed day. */
    public static final String MESSAGE_TERMINATION_AGREED = "TerminationAgreed";

    public static final class Elements {
        public static final String EXPLORE = "UserTask_ExploreProposal";
        public static final String LEGAL_REVIEW = "UserTask_LegalReview";
        public static final String REVISE_PROPOSAL = "UserTask_ReviseProposal";
        public static final String SEND_DRAFT = "ServiceTask_SendDraft";
        public static final String RECORD_PARTNER_RESPONSE = "UserTask_RecordPartnerResponse";
        public static final String DRAFT_REMINDER = "Timer_DraftReminder";
        public static final String SEND_DRAFT_REMINDER = "ServiceTask_SendDraftReminder";
        public static final String DRAFTING_ESCALATION = "Timer_DraftingEscalation";
        public static final String ESCALATE_DRAFTING = "UserTask_EscalateDrafting";
        public static final String REVISE_DRAFT = "UserTask_ReviseDraft";
        public static final String APPROVE_CONCEPT = "UserTask_ApproveConcept";
        public static final String RECORD_BPJS_SIGNATURE = "UserTask_RecordBpjsSignature";
        public static final String RECORD_PARTNER_SIGNATURE = "UserTask_RecordPartnerSignature";
        public static final String BPJS_SIGNATURE_REMINDER = "Timer_BpjsSignatureReminder";
        public static final String PARTNER_SIGNATURE_REMINDER = "Timer_PartnerSignatureReminder";
        public static final String SEND_BPJS_SIGNATURE_REMINDER = "ServiceTask_SendBpjsSignatureReminder";
        public static final String SEND_PARTNER_SIGNATURE_REMINDER = "ServiceTask_SendPartnerSignatureReminder";
        public static final String REGISTER = "ServiceTask_RegisterAgreement";
        public static final String SEND_REGISTERED = "ServiceTask_SendRegisteredAgreement";
        public static final String DEFINE_DATASET = "UserTask_DefineDataset";
        public static final String REVIEW_PERSONAL_DATA = "UserTask_ReviewPersonalData";
        public static final String CHOOSE_MECHANISM = "UserTask_ChooseMechanism";
        public static final String RUN_TEST_EXCHANGE = "UserTask_RunTestExchange";
        public static final String GO_LIVE = "ServiceTask_GoLive";
        public static final String RENEWAL_DECISION_DUE = "Timer_RenewalDecisionDue";
        public static final String DECIDE_RENEWAL = "UserTask_DecideRenewal";
        public static final String SEND_AMENDMENT_DRAFT = "ServiceTask_SendAmendmentDraft";
        public static final String RECORD_AMENDMENT = "UserTask_RecordAmendment";
        public static final String AGREEMENT_EXPIRES = "Timer_AgreementExpires";
        public static final String TERMINATION_AGREED = "Event_TerminationAgreed";
        public static final String MONITORING = "Timer_Monitoring";
        public static final String MONITORING_REPORT = "UserTask_MonitoringReport";
        public static final String END_AGREEMENT = "ServiceTask_EndAgreement";
        public static final String AGREEMENT_ENDED = "EndEvent_AgreementEnded";
        public static final String STOPPED_AT_EXPLORATION = "EndEvent_StoppedAtExploration";

        private Elements() {
        }
    }

    /** Variable names; the start form's field keys are the first group. */
    public static final class Vars {
        public static final String KIND = "kind";
        public static final String PARENT_MOU_NUMBER = "parentMouNumber";
        public static final String PARTNER_NAME = "partnerName";
        public static final String PARTNER_KIND = "partnerKind";
        public static final String PARTNER_AGENCY_ID = "partnerAgencyId";
        /** The partner's agency as the proposal named it (set by the application, not a form), if it did. */
        public static final String PROPOSED_PARTNER_AGENCY_ID = "proposedPartnerAgencyId";
        public static final String TITLE = "title";
        public static final String SCOPE = "scope";
        public static final String TERM_YEARS = "termYears";
        public static final String BPJS_CONTACT_NAME = "bpjsContactName";
        public static final String BPJS_CONTACT_EMAIL = "bpjsContactEmail";
        public static final String PARTNER_CONTACT_NAME = "partnerContactName";
        public static final String PARTNER_CONTACT_EMAIL = "partnerContactEmail";
        public static final String PROPOSED_BY = "proposedBy";
        public static final String RENEWAL_OF = "renewalOf";

        public static final String AGREEMENT_ID = "agreementId";
        public static final String STAGE = "stage";
        /** The stage's Indonesian label, for Tasklist cards. */
        public static final String STAGE_NAME = "stageName";
        public static final String OUTCOME = "outcome";
        public static final String INCLUDES_DATA_EXCHANGE = "includesDataExchange";
        public static final String EXPLORATION_DECISION = "explorationDecision";
        public static final String LEGAL_DECISION = "legalDecision";
        public static final String LEGAL_NOTES = "legalNotes";
        public static final String DRAFT_ROUND = "draftRound";
        public static final String PARTNER_RESPONSE = "partnerResponse";
        public static final String PARTNER_COMMENTS = "partnerComments";
        public static final String SIGNATORY_LEVEL = "signatoryLevel";
        public static final String SIGNATORY_GROUP = "signatoryGroup";
        public static final String CONCEPT_DECISION = "conceptDecision";
        public static final String CONCEPT_NOTES = "conceptNotes";
        /** Why the draft is being revised: the partner asked for changes (PARTNER) or the concept was sent back (CONCEPT). */
        public static final String REVISION_REASON = "revisionReason";
        public static final String BPJS_SIGNATORY = "bpjsSignatory";
        public static final String BPJS_SIGNED_DATE = "bpjsSignedDate";
        public static final String PARTNER_SIGNATORY = "partnerSignatory";
        public static final String PARTNER_SIGNED_DATE = "partnerSignedDate";
        public static final String AGREEMENT_NUMBER = "agreementNumber";
        public static final String START_DATE = "startDate";
        public static final String END_DATE = "endDate";
        public static final String RENEWAL_DECISION_DATE = "renewalDecisionDate";
        public static final String DATASET_FIELDS = "datasetFields";
        public static final String PERSONAL_DATA_DECISION = "personalDataDecision";
        public static final String PERSONAL_DATA_NOTES = "personalDataNotes";
        public static final String EXCHANGE_MECHANISM = "exchangeMechanism";
        public static final String TEST_RESULT = "testResult";
        public static final String RENEWAL_DECISION = "renewalDecision";
        public static final String RENEWED_BY = "renewedBy";
        public static final String AMENDMENT_ROUND = "amendmentRound";
        public static final String TERMINATION_DATE = "terminationDate";
        public static final String TERMINATION_REASON = "terminationReason";

        private Vars() {
        }
    }

    public static Variables variables(VariableScope scope) {
        return new Variables(scope);
    }

    /** Typed view of one execution's variables. */
    public record Variables(VariableScope scope) {

        public AgreementKind kind() {
            return AgreementKind.valueOf((String) scope.getVariable(Vars.KIND));
        }

        public PartnerKind partnerKind() {
            return PartnerKind.valueOf((String) scope.getVariable(Vars.PARTNER_KIND));
        }

        public String string(String name) {
            Object value = scope.getVariable(name);
            return value == null ? null : value.toString();
        }

        public int termYears() {
            return ((Number) scope.getVariable(Vars.TERM_YEARS)).intValue();
        }


        public int draftRound() {
            Object value = scope.getVariable(Vars.DRAFT_ROUND);
            return value == null ? 0 : ((Number) value).intValue();
        }

        public int nextDraftRound() {
            int round = draftRound() + 1;
            scope.setVariable(Vars.DRAFT_ROUND, round);
            return round;
        }

        public int nextAmendmentRound() {
            Object value = scope.getVariable(Vars.AMENDMENT_ROUND);
            int round = (value == null ? 0 : ((Number) value).intValue()) + 1;
            scope.setVariable(Vars.AMENDMENT_ROUND, round);
            return round;
        }

        /** A date field from a form (form-js sends yyyy-MM-dd strings) or a Date set by code. */
        public LocalDate date(String name, ZoneId zone) {
            Object value = scope.getVariable(name);
            if (value instanceof Date date) {
                return LocalDate.ofInstant(date.toInstant(), zone);
            }
            return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
        }

        public void setStage(AgreementStage stage) {
            scope.setVariable(Vars.STAGE, stage.name());
            scope.setVariable(Vars.STAGE_NAME, stage.label());
        }

        public void set(String name, Object value) {
            scope.setVariable(name, value);
        }
    }

    private AgreementProcess() {
    }
}
