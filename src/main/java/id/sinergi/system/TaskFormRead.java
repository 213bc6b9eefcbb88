package id.sinergi.system;

/**
 * Told when a logged-in user reads a task's form variables (Tasklist opening a task): what the form shows
 * is personal data whose reads are recorded (UU 27/2022).
 */
public interface TaskFormRead {

    void read(String taskId, String userId);
}
