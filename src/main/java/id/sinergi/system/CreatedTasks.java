package id.sinergi.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The user tasks a piece of work on this thread creates, as the engine creates them: what a process start
 * leads to, known without asking the engine again afterwards. A report answers with its first step's due
 * date; querying tasks and timers for it took about a sixth of the report's CPU (README, "Performance and scale").
 * Filled by the built-in create listener {@link TaskCards} adds to every user task.
 */
public final class CreatedTasks {

    /** A task as created: which process it belongs to and when it is due (null: no due date). */
    public record Created(String processInstanceId, OffsetDateTime due) {
    }

    /** What {@link #during} returns: the work's result and the tasks it created, in creation order. */
    public record Result<T>(T value, List<Created> tasks) {

        /** The earliest due date among the tasks created in the given process. */
        public Optional<OffsetDateTime> earliestDue(String processInstanceId) {
            return tasks.stream().filter(t -> processInstanceId.equals(t.processInstanceId()) && t.due() != null)
                    .map(Created::due).min(OffsetDateTime::compareTo);
        }
    }

    private static final ThreadLocal<List<Created>> COLLECTING = new ThreadLocal<>();

    private CreatedTasks() {
    }

    /**
     * Runs {@code work}, noting every user task it creates on this thread. Inside another {@code during}, the
     * tasks are passed on to the outer one only if the work succeeds: a failed part created nothing that stays.
     */
    public static <T> Result<T> during(Supplier<T> work) {
        List<Created> outer = COLLECTING.get();
        List<Created> created = new ArrayList<>();
        COLLECTING.set(created);
        boolean succeeded = false;
        try {
            T value = work.get();
            succeeded = true;
            return new Result<>(value, List.copyOf(created));
        } finally {
            if (outer == null) {
                COLLECTING.remove();
            } else {
                if (succeeded) {
                    outer.addAll(created);
                }
                COLLECTING.set(outer);
            }
        }
    }

    static void created(DelegateTask task) {
        List<Created> collecting = COLLECTING.get();
        if (collecting != null) {
            collecting.add(new Created(task.getProcessInstanceId(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant().atOffset(ZoneOffset.UTC)));
        }
    }
}
