package id.sinergi.enforcement;

import static id.sinergi.system.TaskContract.task;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import id.sinergi.system.TaskContract;
import id.sinergi.system.TaskContracts;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What each user task of {@code enforcement-case} accepts: exactly the fields of its form (checked
 * against the forms by TaskContractFormTest). Routing facts such as {@code caseNumber}, {@code sizeClass}
 * or {@code priorCases} belong to no task, so no one can change them by completing one.
 */
@Component
public class EnforcementTaskContracts implements TaskContracts {

    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    private static final Map<String, TaskContract> CONTRACTS = TaskContracts.of(
            task("UserTask_TriageCase")
                    .choice("triageDecision", "ACCEPT", "REJECT_UNFOUNDED", "REJECT_DUPLICATE").required()
                    .text("triageNotes").maxLength(1000),
            task("UserTask_ScheduleInspection")
                    .date("inspectionDate").required().notInPast()
                    .text("inspectionTime").required().pattern("([01]\\d|2[0-3]):[0-5]\\d")
                    .text("inspectionPlace").required().maxLength(300)
                    .text("inspectionTeam").required().maxLength(500)
                    // A joint inspection names the labour inspectors (the route decision set jointInspection).
                    .text("labourInspectors").maxLength(500).requiredWhen("jointInspection", "true"),
            task("UserTask_RecordInspection")
                    // A checkbox always submits; the gateway after the task reads it.
                    .flag("employerAttended").required()
                    .number("foundWorkers").range(0, 1_000_000).requiredWhen("employerAttended", "true")
                    .number("foundArrearsAmount").range(0, MAX_AMOUNT).requiredWhen("employerAttended", "true")
                    .number("foundMonthsInArrears").range(0, 240).requiredWhen("employerAttended", "true")
                    .text("inspectionNotes").maxLength(2000),
            task("UserTask_RecordResultsAnswer")
                    .choice("sphpAnswer", "NONE", "PAID_IN_FULL", "PAID_IN_PART", "OBJECTION", "INSTALMENT_PLAN").required()
                    .number("answerPaidAmount").range(1, MAX_AMOUNT).requiredWhen("sphpAnswer", "PAID_IN_FULL", "PAID_IN_PART")
                    .date("answerPaymentDate").notInFuture().notBefore(Vars.CASE_OPENED_ON).requiredWhen("sphpAnswer", "PAID_IN_FULL", "PAID_IN_PART")
                    .text("answerPaymentReference").maxLength(100).requiredWhen("sphpAnswer", "PAID_IN_FULL", "PAID_IN_PART")
                    .text("objectionSummary").maxLength(2000).requiredWhen("sphpAnswer", "OBJECTION"),
            task("UserTask_ReviewObjection")
                    .choice("objectionReview", "SUSTAINED", "REFUSED", "DISPUTED").required()
                    .number("revisedArrearsAmount").range(0, MAX_AMOUNT).requiredWhen("objectionReview", "SUSTAINED")
                    .number("revisedMonthsInArrears").range(0, 240).requiredWhen("objectionReview", "SUSTAINED")
                    .number("revisedWorkers").range(0, 1_000_000).requiredWhen("objectionReview", "SUSTAINED")
                    .text("objectionReviewNotes").maxLength(2000).required(),
            task("UserTask_DecideObjection")
                    .choice("objectionDecision", "SUSTAINED", "REFUSED").required()
                    .number("revisedArrearsAmount").range(0, MAX_AMOUNT).requiredWhen("objectionDecision", "SUSTAINED")
                    .number("revisedMonthsInArrears").range(0, 240).requiredWhen("objectionDecision", "SUSTAINED")
                    .number("revisedWorkers").range(0, 1_000_000).requiredWhen("objectionDecision", "SUSTAINED")
                    .text("objectionDecisionNotes").maxLength(2000).required(),
            task("UserTask_FinalizeInspectionReport")
                    .number("finalArrearsAmount").range(0, MAX_AMOUNT).required()
                    .number("finalMonthsInArrears").range(0, 240).required()
                    .text("finalReportNotes").maxLength(2000),
            task("UserTask_ChooseLicensingOffice")
                    .choice("employerDistrict", "kota-pekalongan", "kabupaten-pekalongan", "batang", "pemalang").required(),
            task("UserTask_RecordWithholdingDecision")
                    .choice("withholdingDecision", "IMPOSED", "REFUSED").required()
                    .flag("withholdBusinessLicence")
                    .flag("withholdTenderPermit")
                    .flag("withholdForeignWorkerPermit")
                    .flag("withholdLabourSupplyLicence")
                    .flag("withholdBuildingApproval")
                    .anyFlagWhen("withholdingDecision", "IMPOSED", "withholdBusinessLicence", "withholdTenderPermit",
                            "withholdForeignWorkerPermit", "withholdLabourSupplyLicence", "withholdBuildingApproval")
                    // Services are withheld at BPJS's request (Pasal 8): not from before the request was sent (a case
                    // that reached this task before that day was recorded keeps the floor of its opening day).
                    .date("withheldFrom").notBefore(Vars.CASE_OPENED_ON).notBefore(Vars.WITHHOLDING_REQUESTED_ON)
                    .requiredWhen("withholdingDecision", "IMPOSED")
                    .text("decisionReference").maxLength(100).required()
                    .text("withholdingDecisionNotes").maxLength(1000),
            task("UserTask_PrepareSpecialPowerOfAttorney")
                    .choice("prosecutorOffice", "kejari-pekalongan", "kejari-batang").required()
                    .text("skkNotes").maxLength(2000).required(),
            task("UserTask_ApproveSpecialPowerOfAttorney")
                    .choice("skkDecision", "APPROVE", "SEND_BACK").required()
                    .text("skkReviewNotes").maxLength(1000),
            task("UserTask_RecordProsecutorOutcome")
                    // What the state attorney reports out of court; BPJS decides a suit or a write-off itself.
                    .choice("prosecutorOutcome", "SUMMONED", "MEDIATION", "PAYMENT_STATEMENT", "PARTLY_RECOVERED",
                            "PAID_IN_FULL", "PAYMENT_AGREEMENT", "FIRM_NOT_FOUND", "NO_SETTLEMENT").required()
                    .number("recoveredAmount").range(0, MAX_AMOUNT)
                    .text("prosecutorOutcomeNotes").maxLength(2000)
                    // The prosecutor's office reports the date through the agency API; staff have no such field.
                    .date("prosecutorOutcomeDate").applicationOnly(),
            task("UserTask_FollowUpProsecutor")
                    .text("followUpNotes").maxLength(2000).required(),
            task("UserTask_ProposeLegalAction")
                    .choice("legalAction", "SUE", "WRITE_OFF").required()
                    .number("claimAmount").range(1, MAX_AMOUNT).requiredWhen("legalAction", "SUE")
                    .text("legalActionReasons").maxLength(2000).required(),
            task("UserTask_ApproveLegalAction")
                    .choice("legalActionDecision", "APPROVE", "REFUSE").required()
                    .text("legalActionDecisionNotes").maxLength(1000).requiredWhen("legalActionDecision", "REFUSE"),
            task("UserTask_RecordSuitFiled")
                    .date("suitFiledOn").required().notInFuture().notBefore(Vars.CASE_OPENED_ON)
                    .text("courtName").maxLength(200).required()
                    .text("courtCaseNumber").maxLength(100).required()
                    .date("firstHearingOn").required().notBefore(Vars.CASE_OPENED_ON),
            task("UserTask_RecordCourtProgress")
                    .choice("courtEvent", "HEARING", "JUDGMENT").required()
                    .date("hearingOn").notBefore(Vars.CASE_OPENED_ON).requiredWhen("courtEvent", "HEARING")
                    .choice("judgment", "WON", "LOST", "SETTLED").requiredWhen("courtEvent", "JUDGMENT")
                    .date("judgmentOn").notInFuture().notBefore(Vars.CASE_OPENED_ON).requiredWhen("courtEvent", "JUDGMENT")
                    .number("awardedAmount").range(0, MAX_AMOUNT)
                    .text("courtNotes").maxLength(2000),
            task("UserTask_ChaseJudgment")
                    .text("chaseNotes").maxLength(2000).required(),
            task("UserTask_RecordExecution")
                    .choice("executionResult", "PAID", "PARTLY_PAID", "UNENFORCEABLE").required()
                    .number("executedAmount").range(0, MAX_AMOUNT).requiredWhen("executionResult", "PAID", "PARTLY_PAID")
                    .text("executionNotes").maxLength(2000),
            task("UserTask_VerifyCompliance")
                    .choice(Vars.VERIFICATION_DECISION, "VERIFIED", "NOT_VERIFIED").required()
                    .text(Vars.VERIFICATION_NOTES).maxLength(1000),
            task("UserTask_VerifyRegistrationForLifting")
                    // Which of Pasal 10(7)'s two it is must suit the violation: complete data (b) settles an employer
                    // already partly registered, never one that was not registered at all (a).
                    // NOT_YET: not in the membership data yet; what was found is noted and the case checks again later.
                    .choice(Vars.REGISTRATION_KIND, "WORKERS_REGISTERED", "DATA_COMPLETED", "NOT_YET").required()
                    .valueOnlyWhen("DATA_COMPLETED", Vars.VIOLATION_TYPE, ViolationType.PARTIALLY_REGISTERED.name())
                    .number(Vars.REGISTERED_WORKERS).range(1, 1_000_000).requiredWhen(Vars.REGISTRATION_KIND, "WORKERS_REGISTERED")
                    // "Seluruh pekerjanya": every worker the inspection found, else every worker reported.
                    .atLeastFirstOf(Vars.FOUND_WORKERS, Vars.WORKERS_AFFECTED)
                    .date(Vars.REGISTRATION_DATE).requiredWhen(Vars.REGISTRATION_KIND, "WORKERS_REGISTERED", "DATA_COMPLETED")
                    .notInFuture().notBefore(Vars.CASE_OPENED_ON)
                    .text(Vars.REGISTRATION_REFERENCE).maxLength(100).requiredWhen(Vars.REGISTRATION_KIND, "WORKERS_REGISTERED", "DATA_COMPLETED")
                    .text(Vars.REGISTRATION_CHECK_NOTES).maxLength(1000).requiredWhen(Vars.REGISTRATION_KIND, "NOT_YET"),
            // A compliance report that arrives while the case waits for the registration above.
            task("UserTask_VerifyReportedRegistration")
                    .choice(Vars.VERIFICATION_DECISION, "VERIFIED", "NOT_VERIFIED").required()
                    .text(Vars.VERIFICATION_NOTES).maxLength(1000));

    @Override
    public String processKey() {
        return EnforcementCaseProcess.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return CONTRACTS;
    }
}
