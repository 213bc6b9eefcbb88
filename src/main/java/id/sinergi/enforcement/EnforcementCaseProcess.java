package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code enforcement-case} process: its key, the names the model and the code share, and typed
 * access to its variables, so no delegate reads a raw variable by a string of its own.
 */
public final class EnforcementCaseProcess {

    public static final String KEY = "enforcement-case";
    public static final String MESSAGE_EMPLOYER_COMPLIED = "EmployerComplied";

    /** Element ids, for tests and for reading where a case waits. */
    public static final class Elements {
        public static final String TRIAGE = "UserTask_TriageCase";
        public static final String DECIDE_ROUTE = "BusinessRuleTask_DecideRoute";
        public static final String SEND_OUTREACH_LETTER = "ServiceTask_SendOutreachLetter";
        public static final String OUTREACH_PERIOD_EXPIRED = "Timer_OutreachPeriodExpired";
        public static final String SCHEDULE_INSPECTION = "UserTask_ScheduleInspection";
        public static final String SEND_SUMMONS = "ServiceTask_SendSummons";
        public static final String RECORD_INSPECTION = "UserTask_RecordInspection";
        public static final String SEND_FINAL_SUMMONS = "ServiceTask_SendFinalSummons";
        public static final String SEND_INSPECTION_RESULTS = "ServiceTask_SendInspectionResults";
        public static final String RESULTS_ANSWER_WINDOW_EXPIRED = "Timer_ResultsAnswerWindowExpired";
        public static final String RECORD_RESULTS_ANSWER = "UserTask_RecordResultsAnswer";
        public static final String REVIEW_OBJECTION = "UserTask_ReviewObjection";
        public static final String DECIDE_OBJECTION = "UserTask_DecideObjection";
        public static final String FINALIZE_INSPECTION_REPORT = "UserTask_FinalizeInspectionReport";
        public static final String ESTABLISH_FINAL_REPORT = "ServiceTask_EstablishFinalReport";
        public static final String SETTLED_AT_INSPECTION = "EndEvent_SettledAtInspection";
        public static final String PLAN_AT_INSPECTION = "CallActivity_PlanAtInspection";
        public static final String SEND_FIRST_WARNING = "ServiceTask_SendFirstWarning";
        public static final String FIRST_WARNING_EXPIRED = "Timer_FirstWarningExpired";
        public static final String SEND_SECOND_WARNING = "ServiceTask_SendSecondWarning";
        public static final String SECOND_WARNING_EXPIRED = "Timer_SecondWarningExpired";
        public static final String IMPOSE_FINE = "ServiceTask_ImposeFine";
        public static final String FINE_OWED = "Gateway_FineOwed";
        public static final String SEND_FINE_NOTICE = "ServiceTask_SendFineNotice";
        public static final String FINE_PERIOD_EXPIRED = "Timer_FinePeriodExpired";
        public static final String CHOOSE_LICENSING_OFFICE = "UserTask_ChooseLicensingOffice";
        public static final String REQUEST_SERVICE_WITHHOLDING = "ServiceTask_RequestServiceWithholding";
        public static final String RECORD_WITHHOLDING_DECISION = "UserTask_RecordWithholdingDecision";
        public static final String SERVICE_SANCTION_PERIOD_EXPIRED = "Timer_ServiceSanctionPeriodExpired";
        public static final String PREPARE_SKK = "UserTask_PrepareSpecialPowerOfAttorney";
        public static final String APPROVE_SKK = "UserTask_ApproveSpecialPowerOfAttorney";
        public static final String SEND_SKK = "ServiceTask_SendSpecialPowerOfAttorney";
        public static final String RECORD_PROSECUTOR_OUTCOME = "UserTask_RecordProsecutorOutcome";
        public static final String MONTHLY_FOLLOW_UP = "Timer_MonthlyFollowUp";
        public static final String FOLLOW_UP_PROSECUTOR = "UserTask_FollowUpProsecutor";
        public static final String PLAN_AT_PROSECUTOR = "CallActivity_PlanAtProsecutor";
        public static final String REPORT_PLAN_DEFAULT = "ServiceTask_ReportPlanDefault";
        public static final String PROPOSE_LEGAL_ACTION = "UserTask_ProposeLegalAction";
        public static final String APPROVE_LEGAL_ACTION = "UserTask_ApproveLegalAction";
        public static final String INSTRUCT_SUIT = "ServiceTask_InstructSuit";
        public static final String RECORD_SUIT_FILED = "UserTask_RecordSuitFiled";
        public static final String RECORD_COURT_PROGRESS = "UserTask_RecordCourtProgress";
        public static final String JUDGMENT_OVERDUE = "Timer_JudgmentOverdue";
        public static final String CHASE_JUDGMENT = "UserTask_ChaseJudgment";
        public static final String RECORD_EXECUTION = "UserTask_RecordExecution";
        public static final String VERIFY_COMPLIANCE = "UserTask_VerifyCompliance";
        public static final String APPLY_COMPLIANCE = "ServiceTask_ApplyCompliance";
        public static final String PLAN_AFTER_WARNING = "CallActivity_PlanAfterWarning";
        public static final String VERIFY_REGISTRATION_FOR_LIFTING = "UserTask_VerifyRegistrationForLifting";
        public static final String AWAIT_REGISTRATION = "SubProcess_AwaitRegistration";
        public static final String REGISTRATION_RECHECK = "Timer_RegistrationRecheck";
        public static final String VERIFY_REPORTED_REGISTRATION = "UserTask_VerifyReportedRegistration";
        public static final String REQUEST_SANCTION_LIFTING = "ServiceTask_RequestSanctionLifting";
        public static final String CASE_CLOSED = "EndEvent_CaseClosed";
        public static final String CASE_REJECTED = "EndEvent_CaseRejected";

        private Elements() {
        }
    }

    /** Variable names. Case data beyond this summary (NPWP, address, email) stays in the case register. */
    public static final class Vars {
        public static final String CASE_NUMBER = "caseNumber";
        public static final String EMPLOYER_NAME = "employerName";
        public static final String SIZE_CLASS = "sizeClass";
        public static final String VIOLATION_TYPE = "violationType";
        public static final String WORKERS_AFFECTED = "workersAffected";
        public static final String ARREARS_AMOUNT = "arrearsAmount";
        public static final String MONTHS_IN_ARREARS = "monthsInArrears";
        public static final String PRIOR_CASES = "priorCases";
        public static final String PRIORITY = "priority";
        public static final String STAGE = "stage";
        /** The stage's Indonesian label, for Tasklist cards. */
        public static final String STAGE_NAME = "stageName";
        public static final String OUTCOME = "outcome";
        public static final String TRIAGE_DECISION = "triageDecision";
        public static final String JOINT_INSPECTION = "jointInspection";
        public static final String EMPLOYER_ATTENDED = "employerAttended";
        public static final String FINAL_SUMMONS_SENT = "finalSummonsSent";
        public static final String INSPECTION_DATE = "inspectionDate";
        public static final String FOUND_ARREARS_AMOUNT = "foundArrearsAmount";
        public static final String FOUND_MONTHS_IN_ARREARS = "foundMonthsInArrears";
        public static final String FOUND_WORKERS = "foundWorkers";
        public static final String FINAL_ARREARS_AMOUNT = "finalArrearsAmount";
        public static final String FINAL_MONTHS_IN_ARREARS = "finalMonthsInArrears";
        public static final String FINAL_REPORT_NOTES = "finalReportNotes";
        /** The day the case was opened (yyyy-MM-dd, Asia/Jakarta): no outcome may be dated before it. */
        public static final String CASE_OPENED_ON = "caseOpenedOn";
        /** The day the withholding request went out (yyyy-MM-dd, Asia/Jakarta): no sanction recorded before it. */
        public static final String WITHHOLDING_REQUESTED_ON = "withholdingRequestedOn";
        public static final String OUTSTANDING_ARREARS = "outstandingArrears";
        public static final String EMPLOYER_DISTRICT = "employerDistrict";
        public static final String SUMMONS_ROUND = "summonsRound";
        public static final String SPHP_ANSWER = "sphpAnswer";
        public static final String ANSWER_PAID_AMOUNT = "answerPaidAmount";
        public static final String ANSWER_PAYMENT_DATE = "answerPaymentDate";
        public static final String ANSWER_PAYMENT_REFERENCE = "answerPaymentReference";
        public static final String OBJECTION_REVIEW = "objectionReview";
        public static final String OBJECTION_DECISION = "objectionDecision";
        public static final String REVISED_ARREARS_AMOUNT = "revisedArrearsAmount";
        public static final String REVISED_MONTHS_IN_ARREARS = "revisedMonthsInArrears";
        public static final String REVISED_WORKERS = "revisedWorkers";
        public static final String INSPECTION_OUTCOME = "inspectionOutcome";
        public static final String COMPLIANCE_EFFECT = "complianceEffect";
        public static final String INSTALMENT_PLAN_RESULT = "instalmentPlanResult";
        public static final String LEGAL_ACTION = "legalAction";
        public static final String CLAIM_AMOUNT = "claimAmount";
        public static final String COURT_JUDGMENT_DUE = "courtJudgmentDue";
        public static final String FINE_AMOUNT = "fineAmount";
        public static final String SERVICES_WITHHELD = "servicesWithheld";
        public static final String PROSECUTOR_OFFICE = "prosecutorOffice";
        public static final String SKK_DECISION = "skkDecision";
        public static final String PROSECUTOR_OUTCOME = "prosecutorOutcome";
        public static final String VERIFICATION_DECISION = "verificationDecision";
        public static final String VERIFICATION_NOTES = "verificationNotes";
        public static final String COMPLIANCE_KIND = "complianceKind";
        public static final String WORKERS_REGISTERED = "workersRegistered";
        public static final String AMOUNT_PAID = "amountPaid";
        public static final String COMPLIANCE_DATE = "complianceDate";
        public static final String COMPLIANCE_REFERENCE = "complianceReference";
        /** The registration (or complete data) staff verified before a recovered case's lifting (Pasal 10(7)). */
        public static final String REGISTRATION_KIND = "registrationKind";
        public static final String REGISTRATION_DATE = "registrationDate";
        public static final String REGISTERED_WORKERS = "registeredWorkers";
        public static final String REGISTRATION_REFERENCE = "registrationReference";
        /** What the officer found when the registration was not there yet (the case then checks again later). */
        public static final String REGISTRATION_CHECK_NOTES = "registrationCheckNotes";
        /** Local to each compliance verification: the report (row in compliance_report) it decides. */
        public static final String COMPLIANCE_REPORT_ID = "complianceReportId";
        // Deadlines set when a letter goes out and read by the timer that follows it.
        public static final String OUTREACH_DEADLINE = "outreachDeadline";
        public static final String RESULTS_ANSWER_DEADLINE = "resultsAnswerDeadline";
        public static final String FIRST_WARNING_DEADLINE = "firstWarningDeadline";
        public static final String SECOND_WARNING_DEADLINE = "secondWarningDeadline";
        public static final String FINE_DEADLINE = "fineDeadline";
        public static final String SERVICE_SANCTION_DEADLINE = "serviceSanctionDeadline";

        private Vars() {
        }
    }

    private EnforcementCaseProcess() {
    }

    /** Typed view of one execution's variables. */
    public static Variables variables(VariableScope scope) {
        return new Variables(scope);
    }

    static String businessKey(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        if (scope instanceof DelegateTask task && task.getExecution() != null) {
            return task.getExecution().getProcessBusinessKey();
        }
        throw new IllegalStateException("No process instance behind " + scope);
    }

    public record Variables(VariableScope scope) {

        /**
         * The case number is the process instance's business key, set by the application when it opens
         * the case. Never the {@code caseNumber} variable: the register is not keyed by anything a user can set.
         */
        public String caseNumber() {
            return businessKey(scope);
        }

        public String employerName() {
            return (String) scope.getVariable(Vars.EMPLOYER_NAME);
        }

        public ViolationType violationType() {
            return ViolationType.valueOf((String) scope.getVariable(Vars.VIOLATION_TYPE));
        }

        public int workersAffected() {
            return intValue(Vars.WORKERS_AFFECTED);
        }

        public boolean jointInspection() {
            return Boolean.TRUE.equals(scope.getVariable(Vars.JOINT_INSPECTION));
        }

        public boolean finalSummonsSent() {
            return Boolean.TRUE.equals(scope.getVariable(Vars.FINAL_SUMMONS_SENT));
        }

        /** The arrears as assessed, before any payment: the LHPA's figure, else the findings, else the report. */
        public BigDecimal assessedArrears() {
            return firstAmount(Vars.FINAL_ARREARS_AMOUNT, Vars.FOUND_ARREARS_AMOUNT, Vars.ARREARS_AMOUNT);
        }

        private BigDecimal firstAmount(String... names) {
            for (String name : names) {
                Object value = scope.getVariable(name);
                if (value instanceof Number number) {
                    return new BigDecimal(number.toString());
                }
            }
            return BigDecimal.ZERO;
        }

        public int establishedMonthsInArrears() {
            for (String name : new String[] {Vars.FINAL_MONTHS_IN_ARREARS, Vars.FOUND_MONTHS_IN_ARREARS, Vars.MONTHS_IN_ARREARS}) {
                Object value = scope.getVariable(name);
                if (value instanceof Number number) {
                    return number.intValue();
                }
            }
            return 0;
        }

        public String prosecutorOffice() {
            return (String) scope.getVariable(Vars.PROSECUTOR_OFFICE);
        }

        public Outcome outcome() {
            Object value = scope.getVariable(Vars.OUTCOME);
            return value == null ? null : Outcome.valueOf((String) value);
        }

        public void setStage(Stage stage) {
            scope.setVariable(Vars.STAGE, stage.name());
            scope.setVariable(Vars.STAGE_NAME, stage.label());
        }

        public void setOutcome(Outcome outcome) {
            scope.setVariable(Vars.OUTCOME, outcome.name());
        }

        public void setDeadline(String deadlineVariable, Date deadline) {
            scope.setVariable(deadlineVariable, deadline);
        }

        public void setFinalSummonsSent() {
            scope.setVariable(Vars.FINAL_SUMMONS_SENT, true);
        }

        /** The fine established when warning II ended, in whole rupiah; zero before that. */
        public BigDecimal fineAmount() {
            Object value = scope.getVariable(Vars.FINE_AMOUNT);
            return value instanceof Number number ? BigDecimal.valueOf(number.longValue()) : BigDecimal.ZERO;
        }

        /** A deadline a letter set, as the timer after it waits for it. */
        public Date deadline(String deadlineVariable) {
            return (Date) scope.getVariable(deadlineVariable);
        }

        public void setFineAmount(BigDecimal fine) {
            scope.setVariable(Vars.FINE_AMOUNT, fine.longValueExact());
        }

        public void setServicesWithheld(boolean withheld) {
            scope.setVariable(Vars.SERVICES_WITHHELD, withheld);
        }

        public boolean servicesWithheld() {
            return Boolean.TRUE.equals(scope.getVariable(Vars.SERVICES_WITHHELD));
        }

        public void setWithholdingRequestedOn(java.time.LocalDate day) {
            scope.setVariable(Vars.WITHHOLDING_REQUESTED_ON, day.toString());
        }

        public void setOutstandingArrears(BigDecimal outstanding) {
            scope.setVariable(Vars.OUTSTANDING_ARREARS, outstanding.longValueExact());
        }

        public String employerDistrict() {
            return (String) scope.getVariable(Vars.EMPLOYER_DISTRICT);
        }

        public int summonsRound() {
            return intValue(Vars.SUMMONS_ROUND);
        }

        public String text(String name) {
            Object value = scope.getVariable(name);
            return value == null ? null : value.toString();
        }

        public Long amount(String name) {
            Object value = scope.getVariable(name);
            return value instanceof Number number ? number.longValue() : null;
        }

        public java.time.LocalDate date(String name) {
            Object value = scope.getVariable(name);
            if (value instanceof Date date) {
                return id.sinergi.calendar.Zones.officeDate(date);
            }
            if (value instanceof String text && !text.isBlank()) {
                return java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            }
            return null;
        }

        private int intValue(String name) {
            Object value = scope.getVariable(name);
            return value instanceof Number number ? number.intValue() : 0;
        }
    }
}
