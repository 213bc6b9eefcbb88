package id.sinergi.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Files uploaded with a form (Tasklist's embedded-form file input, or engine-rest's File variables).
 * They never enter the engine's tables: the start and completion guards turn every upload into a transient
 * variable, which lives only for the transaction, and a step of the model takes it into the register (so an
 * upload of personal data is neither kept twice nor left in engine history).
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] bytesOf(FileValue file) {
        try (var in = file.getValue()) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These variables with every upload replaced by its transient copy. */
    static Map<String, Object> transientUploads(Map<String, Object> variables) {
        if (variables == null || variables.keySet().stream().noneMatch(name -> typed(variables, name) instanceof FileValue)) {
            return variables;
        }
        var copy = copyOf(variables);
        makeTransient(copy);
        return copy;
    }

    /** A copy that keeps each value's type, to change without touching the caller's map. */
    private static org.camunda.bpm.engine.variable.VariableMap copyOf(Map<String, Object> variables) {
        var copy = Variables.createVariables();
        for (String name : variables.keySet()) {
            copy.putValueTyped(name, variables instanceof org.camunda.bpm.engine.variable.VariableMap map ? map.getValueTyped(name)
                    : Variables.untypedValue(variables.get(name)));
        }
        return copy;
    }

    /** A VariableMap hands out plain values; only its typed value says a variable is a file. */
    private static Object typed(Map<String, Object> variables, String name) {
        return variables instanceof org.camunda.bpm.engine.variable.VariableMap map ? map.getValueTyped(name) : variables.get(name);
    }

    /**
     * Every one of these variables as a transient copy, in place: a start whose values the application takes into its
     * register in the same transaction (an officer's case opening) leaves none of them, personal data included, in
     * engine history. Checked against the start's contract before, so a value's type is already known good.
     */
    static void makeAllTransient(Map<String, Object> variables) {
        if (variables == null) {
            return;
        }
        makeTransient(variables);
        for (String name : java.util.List.copyOf(variables.keySet())) {
            Object typed = typed(variables, name);
            if (typed instanceof FileValue) {
                continue;
            }
            Object plain = typed instanceof org.camunda.bpm.engine.variable.value.TypedValue value ? value.getValue() : typed;
            variables.put(name, plain == null ? Variables.untypedNullValue(true) : Variables.untypedValue(plain, true));
        }
    }

    /** As {@link #makeAllTransient}, on a copy. */
    static Map<String, Object> allTransient(Map<String, Object> variables) {
        if (variables == null) {
            return null;
        }
        var copy = copyOf(variables);
        makeAllTransient(copy);
        return copy;
    }

    /** Replaces, in place, every upload among these variables by its transient copy. */
    static void makeTransient(Map<String, Object> variables) {
        if (variables == null) {
            return;
        }
        for (String name : java.util.List.copyOf(variables.keySet())) {
            if (typed(variables, name) instanceof FileValue file && !file.isTransient()) {
                variables.put(name, Variables.fileValue(file.getFilename()).file(bytesOf(file)).mimeType(file.getMimeType())
                        .encoding(file.getEncoding()).setTransient(true).create());
            }
        }
    }
}
