package id.sinergi.enforcement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code instalment-plan} process, called by an enforcement case when the employer signs a plan
 * (cicilan): its key, the names the model and the code share, and typed access to its variables. The
 * business key is the case number, as in the calling case.
 */
public final class InstalmentPlanProcess {

    public static final String KEY = "instalment-plan";
    /** Correlated by the enforcement case when a verified INSTALMENT_PAID report has been applied. */
    public static final String MESSAGE_PAYMENT_RECORDED = "InstalmentPaymentRecorded";

    /** Element ids, for tests and for reading where a plan waits. */
    public static final class Elements {
        public static final String PLAN_AGREED = "StartEvent_PlanAgreed";
        public static final String SCHEDULE_INSTALMENTS = "UserTask_ScheduleInstalments";
        public static final String CREATE_INSTALMENT_PLAN = "ServiceTask_CreateInstalmentPlan";
        public static final String AWAIT_INSTALMENT = "Gateway_AwaitInstalment";
        public static final String PAYMENT_RECORDED = "Event_InstalmentPaymentRecorded";
        public static final String INSTALMENT_CHECK_DUE = "Timer_InstalmentCheckDue";
        public static final String CHECK_INSTALMENTS = "ServiceTask_CheckInstalments";
        public static final String PLAN_STATUS = "Gateway_PlanStatus";
        public static final String PLAN_PAID_OFF = "EndEvent_PlanPaidOff";
        public static final String PLAN_DEFAULTED = "EndEvent_PlanDefaulted";

        private Elements() {
        }
    }

    /** Variable names. */
    public static final class Vars {
        // In, from the calling case.
        /** Where the plan was made: INSPECTION, WARNING or PROSECUTOR. */
        public static final String PLAN_MADE_AT = "planMadeAt";
        /** What the plan pays, in whole rupiah (Long): outstanding arrears plus any unpaid fine. */
        public static final String PLAN_TOTAL = "planTotal";
        // The schedule task's form.
        public static final String INSTALMENT_COUNT = "instalmentCount";
        public static final String FIRST_DUE_DATE = "firstDueDate";
        public static final String PLAN_SIGNED_ON = "planSignedOn";
        public static final String PLAN_REFERENCE = "planReference";
        // Set by the process.
        public static final String INSTALMENT_PLAN_ID = "instalmentPlanId";
        /** ACTIVE, PAID_OFF or DEFAULTED after each check; the status gateway reads it. */
        public static final String INSTALMENT_PLAN_STATUS = "instalmentPlanStatus";
        /** When the timer checks next: end of the grace period of the earliest unpaid instalment. */
        public static final String NEXT_INSTALMENT_CHECK_AT = "nextInstalmentCheckAt";
        /** Out, to the calling case: PAID_OFF or DEFAULTED. */
        public static final String INSTALMENT_PLAN_RESULT = "instalmentPlanResult";

        private Vars() {
        }
    }

    public enum MadeAt { INSPECTION, WARNING, PROSECUTOR }

    public enum Status { ACTIVE, PAID_OFF, DEFAULTED }

    private InstalmentPlanProcess() {
    }

    public static Variables variables(VariableScope scope) {
        return new Variables(scope);
    }

    public record Variables(VariableScope scope) {

        /** The case number: the business key the calling case passes, never a variable a user can set. */
        public String caseNumber() {
            return EnforcementCaseProcess.businessKey(scope);
        }

        public MadeAt madeAt() {
            return MadeAt.valueOf((String) scope.getVariable(Vars.PLAN_MADE_AT));
        }

        public long planTotal() {
            Object value = scope.getVariable(Vars.PLAN_TOTAL);
            if (!(value instanceof Number number)) {
                throw new IllegalStateException("instalment-plan needs " + Vars.PLAN_TOTAL + " (whole rupiah), got " + value);
            }
            return number.longValue();
        }

        /** The form sends a number; the Java API may send an Integer or a Long. Null when not given. */
        public Integer instalmentCount() {
            Object value = scope.getVariable(Vars.INSTALMENT_COUNT);
            return value instanceof Number number ? number.intValue() : null;
        }

        public LocalDate firstDueDate(ZoneId zone) {
            return date(scope.getVariable(Vars.FIRST_DUE_DATE), zone);
        }

        public LocalDate planSignedOn(ZoneId zone) {
            return date(scope.getVariable(Vars.PLAN_SIGNED_ON), zone);
        }

        public String planReference() {
            return (String) scope.getVariable(Vars.PLAN_REFERENCE);
        }

        public String planId() {
            return (String) scope.getVariable(Vars.INSTALMENT_PLAN_ID);
        }

        public void setPlanId(String id) {
            scope.setVariable(Vars.INSTALMENT_PLAN_ID, id);
        }

        /** The status the gateway routes on, and on an end the result the calling case receives. */
        public void setStatus(Status status) {
            scope.setVariable(Vars.INSTALMENT_PLAN_STATUS, status.name());
            if (status != Status.ACTIVE) {
                scope.setVariable(Vars.INSTALMENT_PLAN_RESULT, status.name());
            }
        }

        public void setNextCheckAt(Date at) {
            scope.setVariable(Vars.NEXT_INSTALMENT_CHECK_AT, at);
        }

        /**
         * A form's date field sends {@code yyyy-MM-dd}; the Java API a {@link Date}, read as a day in the
         * office's zone. Null when not given or not a date.
         */
        static LocalDate date(Object value, ZoneId zone) {
            if (value instanceof Date date) {
                return LocalDate.ofInstant(date.toInstant(), zone);
            }
            if (value instanceof LocalDate date) {
                return date;
            }
            if (value instanceof String text && text.length() >= 10) {
                try {
                    return LocalDate.parse(text.substring(0, 10));
                } catch (java.time.format.DateTimeParseException notADate) {
                    return null;
                }
            }
            return null;
        }
    }
}
