package id.sinergi.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a user submitted when completing a task, kept for the length of the completing call so that a
 * listener inside the engine can tell this completion's values from variables an earlier round of the
 * same task left behind (a court task recorded once for a hearing, again for the judgment). The engine
 * runs the whole completion on the calling thread, so a thread-bound map keyed by task id is enough.
 */
public final class TaskSubmissions {

    private static final ThreadLocal<Map<String, Map<String, ?>>> SUBMITTED = ThreadLocal.withInitial(HashMap::new);

    private TaskSubmissions() {
    }

    /** The values submitted with the completion of that task now running, if it was completed through the services. */
    public static Optional<Map<String, ?>> of(String taskId) {
        return Optional.ofNullable(SUBMITTED.get().get(taskId));
    }

    static <T> T during(String taskId, Map<String, ?> submitted, Supplier<T> completion) {
        Map<String, Map<String, ?>> current = SUBMITTED.get();
        current.put(taskId, submitted == null ? Map.of() : submitted);
        try {
            return completion.get();
        } finally {
            current.remove(taskId);
            if (current.isEmpty()) {
                SUBMITTED.remove();
            }
        }
    }

    static void run(String taskId, Map<String, ?> submitted, Runnable completion) {
        during(taskId, submitted, () -> {
            completion.run();
            return null;
        });
    }
}
