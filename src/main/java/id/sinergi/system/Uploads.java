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
        var copy = Variables.createVariables();
        for (String name : variables.keySet()) {
            copy.putValueTyped(name, variables instanceof org.camunda.bpm.engine.variable.VariableMap map ? map.getValueTyped(name)
                    : Variables.untypedValue(variables.get(name)));
        }
        makeTransient(copy);
        return copy;
    }

    /** A VariableMap hands out plain values; only its typed value says a variable is a file. */
    private static Object typed(Map<String, Object> variables, String name) {
        return variables instanceof org.camunda.bpm.engine.variable.VariableMap map ? map.getValueTyped(name) : variables.get(name);
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
