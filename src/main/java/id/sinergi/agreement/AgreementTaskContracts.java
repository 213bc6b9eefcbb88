package id.sinergi.agreement;

import static id.sinergi.system.TaskContract.task;

import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What each user task of {@code agreement} accepts: exactly the fields of its form (checked against the
 * forms by TaskContractFormTest). The agreement id, partner, purposes and signatory level belong to no
 * task, so no one can change them by completing one.
 */
@Component
public class AgreementTaskContracts implements TaskContracts {

    /** A task of earlier process versions only, kept so running instances waiting there can still complete it. */
    public static final String RETIRED_RECORD_TERMINATION = "UserTask_RecordTermination";

    private static final String AGENCY_ID = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final Map<String, TaskContract> CONTRACTS = TaskContracts.of(
            // The proposal (Tasklist's start form, or engine-rest's /start by partnerships).
            task("StartEvent_AgreementProposed")
                    .choice("kind", "MOU", "PKS").required()
                    .text("parentMouNumber").maxLength(40)
                    .text("partnerName").maxLength(200).required()
                    .choice("partnerKind", "MINISTRY", "REGIONAL_GOVERNMENT", "LABOUR_OFFICE", "PROSECUTOR", "OTHER").required()
                    .text("partnerAgencyId").maxLength(40).pattern(AGENCY_ID)
                    .text("title").maxLength(300).required()
                    .text("scope").maxLength(2000).required()
                    .flag("purposeCoverageExpansion").flag("purposeEnforcement").flag("purposeDataExchange").flag("purposeOutreach")
                    .number("termYears").range(1, 10).required()
                    .text("bpjsContactName").maxLength(200).required()
                    .text("bpjsContactEmail").maxLength(254).email().required()
                    .text("partnerContactName").maxLength(200).required()
                    .text("partnerContactEmail").maxLength(254).email().required(),
            task("UserTask_ExploreProposal")
                    .choice("explorationDecision", "GO", "STOP").required()
                    .text("explorationNotes").maxLength(2000).required(),
            task("UserTask_LegalReview")
                    .choice("legalDecision", "APPROVE", "SEND_BACK").required()
                    .text("legalNotes").maxLength(2000).required(),
            // The revision may change what the proposal said, within the proposal's own limits.
            task("UserTask_ReviseProposal")
                    .text("title").maxLength(300).required()
                    .text("scope").maxLength(2000).required()
                    .number("termYears").range(1, 10).required()
                    .text("revisionSummary").maxLength(2000).required(),
            task("UserTask_RecordPartnerResponse")
                    .choice("partnerResponse", "AGREED", "CHANGES_REQUESTED").required()
                    .text("partnerComments").maxLength(2000),
            task("UserTask_EscalateDrafting")
                    // STOP_DRAFTING: the partner does not go on; the agreement ends before it was agreed.
                    .choice("escalationDecision", "CONTINUE", "STOP_DRAFTING").required()
                    .text("escalationNotes").maxLength(2000).required(),
            task("UserTask_ReviseDraft")
                    .text("draftChanges").maxLength(2000).required(),
            task("UserTask_ApproveConcept")
                    .choice("conceptDecision", "APPROVE", "SEND_BACK").required()
                    // A send-back says what to change: the revision works from it.
                    .text("conceptNotes").maxLength(2000).requiredWhen("conceptDecision", "SEND_BACK"),
            task("UserTask_RecordBpjsSignature")
                    .text("bpjsSignatory").maxLength(200).required()
                    .date("bpjsSignedDate").required().notInFuture()
                    .text("bpjsSignedCopy").maxLength(100).required(),
            task("UserTask_RecordPartnerSignature")
                    .text("partnerSignatory").maxLength(200).required()
                    .date("partnerSignedDate").required().notInFuture()
                    .text("partnerSignedCopy").maxLength(100).required(),
            task("UserTask_MonitoringReport")
                    .choice("monitoringRating", "GOOD", "NEEDS_ATTENTION", "POOR").required()
                    .text("monitoringSummary").maxLength(2000).required(),
            task("UserTask_DefineDataset")
                    .flag("datasetEmployerCode").flag("datasetNib").flag("datasetNpwp").flag("datasetKbli")
                    .flag("datasetSizeClass").flag("datasetWorkers").flag("datasetWageTotal").flag("datasetArrears")
                    .flag("datasetNik").flag("datasetMembershipStatus").flag("datasetDistrictAggregates")
                    .anyFlag("datasetEmployerCode", "datasetNib", "datasetNpwp", "datasetKbli", "datasetSizeClass", "datasetWorkers",
                            "datasetWageTotal", "datasetArrears", "datasetNik", "datasetMembershipStatus", "datasetDistrictAggregates")
                    .text("datasetPurpose").maxLength(2000).required(),
            task("UserTask_ReviewPersonalData")
                    .text("legalBasis").maxLength(300).required()
                    .flag("minimalFieldsConfirmed")
                    .number("retentionMonths").range(1, 120).required()
                    .text("breachContactEmail").maxLength(254).email().required()
                    .choice("personalDataDecision", "APPROVE", "SEND_BACK").required()
                    // Approving says the fields are the fewest the purpose needs (data minimisation, UU 27/2022): it must be confirmed.
                    .anyFlagWhen("personalDataDecision", "APPROVE", "minimalFieldsConfirmed")
                    .text("personalDataNotes").maxLength(2000).requiredWhen("personalDataDecision", "SEND_BACK"),
            task("UserTask_ChooseMechanism")
                    .choice("exchangeMechanism", "API", "BATCH").required()
                    // Go-live binds this agency's API client to the agreement, so an API exchange names it.
                    .text("partnerAgencyId").maxLength(40).pattern(AGENCY_ID).requiredWhen("exchangeMechanism", "API")
                    // The agency named in the proposal may already read the agreement and answer its drafts: go-live
                    // binds the API client to that agency, never to another typed here.
                    .sameAsWhenSet(AgreementProcess.Vars.PROPOSED_PARTNER_AGENCY_ID)
                    .text("mechanismNotes").maxLength(2000),
            task("UserTask_RunTestExchange")
                    .choice("testResult", "PASSED", "FAILED").required()
                    .text("testNotes").maxLength(2000).required(),
            task("UserTask_DecideRenewal")
                    .choice("renewalDecision", "RENEW", "AMEND", "LET_END").required()
                    .text("renewalNotes").maxLength(2000).required(),
            task("UserTask_RecordAmendment")
                    .text("amendmentNumber").maxLength(60).required()
                    .text("amendmentSummary").maxLength(2000).required()
                    .date("amendmentSignedDate").required(),
            // Retired: only in process versions before termination on demand; instances still there may finish it.
            task(RETIRED_RECORD_TERMINATION)
                    .date("terminationDate").required()
                    .text("terminationReason").maxLength(2000).required());

    @Override
    public String processKey() {
        return AgreementProcess.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return CONTRACTS;
    }
}
