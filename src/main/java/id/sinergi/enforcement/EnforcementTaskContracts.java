package id.sinergi.enforcement;

import static id.sinergi.system.TaskContract.task;

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
            task("UserTask_RecordInspection")
                    // A checkbox always submits; the gateway after the task reads it.
                    .flag("employerAttended").required()
                    .number("foundWorkers").range(0, 1_000_000).requiredWhen("employerAttended", "true")
                    .number("foundArrearsAmount").range(0, MAX_AMOUNT).requiredWhen("employerAttended", "true")
                    .number("foundMonthsInArrears").range(0, 240).requiredWhen("employerAttended", "true")
                    .text("inspectionNotes").maxLength(2000),
            task("UserTask_FinalizeInspectionReport")
                    .flag("employerAnswered")
                    .number("finalArrearsAmount").range(0, MAX_AMOUNT).required()
                    .number("finalMonthsInArrears").range(0, 240).required()
                    .text("finalReportNotes").maxLength(2000),
            task("UserTask_PrepareSpecialPowerOfAttorney")
                    .choice("prosecutorOffice", "kejari-pekalongan", "kejari-batang").required()
                    .text("skkNotes").maxLength(2000).required(),
            task("UserTask_ApproveSpecialPowerOfAttorney")
                    .choice("skkDecision", "APPROVE", "SEND_BACK").required()
                    .text("skkReviewNotes").maxLength(1000),
            task("UserTask_RecordProsecutorOutcome")
                    .choice("prosecutorOutcome", "PAID_IN_FULL", "PAYMENT_AGREEMENT", "UNCOLLECTABLE", "SUIT_FILED",
                            "JUDGMENT_PAID").required()
                    .number("recoveredAmount").range(0, MAX_AMOUNT)
                    .text("prosecutorOutcomeNotes").maxLength(2000)
                    // The prosecutor's office reports the date through the agency API; staff have no such field.
                    .date("prosecutorOutcomeDate").applicationOnly(),
            task("UserTask_FollowUpProsecutor")
                    .text("followUpNotes").maxLength(2000).required(),
            task("UserTask_VerifyCompliance")
                    .choice("verificationDecision", "VERIFIED", "NOT_VERIFIED").required()
                    .text("verificationNotes").maxLength(1000));

    @Override
    public String processKey() {
        return EnforcementCaseProcess.KEY;
    }

    @Override
    public Map<String, TaskContract> byTask() {
        return CONTRACTS;
    }
}
