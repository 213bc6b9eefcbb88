package id.sinergi.system;

import java.util.Map;

/**
 * What a task's form shows beside the process's own variables: values written for people (amounts as
 * Rp182.500.000, dates in Indonesian, codes by their names) and the record's context a decision needs
 * (the report, the employer's earlier cases, the letters sent). Computed from the register each time a
 * form is read, so it is current and never stored as a process variable; Tasklist hands it to the form
 * with the rest, and the forms' text fields show it. A value the process already holds is never replaced.
 */
public interface TaskFormContext {

    /**
     * Display values for the task's form, or none when the task is not one this feature knows.
     *
     * @param variables the form variables the task sees, to format (never changed here)
     */
    Map<String, Object> of(FormTask task, Map<String, Object> variables);

    /** The task whose form is read: enough to find its record without reading the whole instance. */
    record FormTask(String taskId, String processKey, String taskKey, String processInstanceId, String businessKey) {
    }
}
