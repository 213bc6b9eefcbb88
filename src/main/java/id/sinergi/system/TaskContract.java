package id.sinergi.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What one user task accepts: the variables its form owns, with their types, ranges and (conditionally)
 * required fields. Declared once per process with a small fluent DSL, for example
 * {@code task("UserTask_TriageCase").choice("triageDecision", "ACCEPT", "REJECT").required()
 * .text("triageNotes").maxLength(1000)}; every modifier applies to the field declared just before it.
 * {@link EngineGuards} checks every completion and every task variable write against it.
 */
public final class TaskContract {

    public enum Kind { TEXT, CHOICE, NUMBER, FLAG, DATE, FILE }

    /** Which side of today a date field may lie on. */
    public enum Temporal { PAST_OR_TODAY, TODAY_OR_LATER }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final String taskKey;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final java.util.List<FlagGroup> flagGroups = new java.util.ArrayList<>();
    private Field last;
    private boolean keptOutOfHistory;

    /** At least one of {@code flags} set when {@code whenKey} is {@code whenValue}. */
    private record FlagGroup(String whenKey, String whenValue, List<String> flags) {
    }

    private TaskContract(String taskKey) {
        this.taskKey = taskKey;
    }

    public static TaskContract task(String taskKey) {
        return new TaskContract(taskKey);
    }

    /**
     * A start whose values live only for its transaction (transient variables): its first steps take them into the
     * register, and engine history keeps none of them (an officer's case opening carries an employer's NPWP and
     * e-mail, which the register already holds and reads record).
     */
    public TaskContract keptOutOfHistory() {
        this.keptOutOfHistory = true;
        return this;
    }

    public boolean isKeptOutOfHistory() {
        return keptOutOfHistory;
    }

    public TaskContract text(String key) {
        return add(new Field(key, Kind.TEXT));
    }

    public TaskContract choice(String key, String... values) {
        Field field = new Field(key, Kind.CHOICE);
        field.values = List.of(values);
        return add(field);
    }

    public TaskContract number(String key) {
        return add(new Field(key, Kind.NUMBER));
    }

    public TaskContract flag(String key) {
        return add(new Field(key, Kind.FLAG));
    }

    /** A calendar date: a {@link Date} from Java, or {@code yyyy-MM-dd} as a form's date field sends it. */
    public TaskContract date(String key) {
        return add(new Field(key, Kind.DATE));
    }

    /**
     * An uploaded file (Tasklist's embedded-form file input). It never enters the engine's tables: the
     * guards turn it into a transient variable, and a step of the model takes it into the register.
     */
    public TaskContract file(String key, long maxBytes, String extension) {
        Field field = new Field(key, Kind.FILE);
        field.maxBytes = maxBytes;
        field.extension = extension;
        return add(field);
    }

    public TaskContract required() {
        current().required = true;
        return this;
    }

    /** Required when {@code otherKey} is submitted with one of {@code values} (a flag compares as "true"). */
    public TaskContract requiredWhen(String otherKey, String... values) {
        current().requiredWhenKey = otherKey;
        current().requiredWhenValues = Set.of(values);
        return this;
    }

    public TaskContract maxLength(int maxLength) {
        current().maxLength = maxLength;
        return this;
    }

    public TaskContract pattern(String regex) {
        current().pattern = Pattern.compile(regex);
        return this;
    }

    public TaskContract email() {
        current().email = true;
        return this;
    }

    /** A date that happened: not after today in the office's zone (Asia/Jakarta), whatever zone the server runs in. */
    public TaskContract notInFuture() {
        current().temporal = Temporal.PAST_OR_TODAY;
        return this;
    }

    /** A date still to come (an appointment): not before today in the office's zone. */
    public TaskContract notInPast() {
        current().temporal = Temporal.TODAY_OR_LATER;
        return this;
    }

    /**
     * A date not before the date held in a process variable (yyyy-MM-dd), e.g. the day a case was opened:
     * an outcome cannot be dated before the case began. Given more than once, every floor holds; a variable the
     * process does not have (an instance started before it was introduced) sets none.
     */
    public TaskContract notBefore(String floorVariable) {
        current().floorVariables.add(floorVariable);
        return this;
    }

    /**
     * A number not below the first of {@code floorVariables} the process holds (e.g. the workers found at the
     * inspection, else those reported): what the form states as all of something cannot be less than the case counts.
     */
    public TaskContract atLeastFirstOf(String... floorVariables) {
        if (current().kind != Kind.NUMBER) {
            throw new IllegalStateException(current().key + " is not a number");
        }
        current().numberFloor = List.of(floorVariables);
        return this;
    }

    /**
     * Equal to the process variable {@code variable} once the process holds it: a fact fixed earlier (the partner's
     * agency named in the proposal) that a later form asks for again cannot be changed there.
     */
    public TaskContract sameAsWhenSet(String variable) {
        current().sameAs = variable;
        return this;
    }

    /**
     * At least one of the task's {@code flags} set when {@code whenKey} is {@code whenValue}: a sanction imposed
     * on no service at all is no decision.
     */
    public TaskContract anyFlagWhen(String whenKey, String whenValue, String... flags) {
        for (String flag : flags) {
            if (fields.get(flag) == null || fields.get(flag).kind != Kind.FLAG) {
                throw new IllegalStateException("Declare flag " + flag + " before the rule on it");
            }
        }
        flagGroups.add(new FlagGroup(whenKey, whenValue, List.of(flags)));
        return this;
    }

    /** At least one of the task's {@code flags} set, always: a dataset of no field is no dataset. */
    public TaskContract anyFlag(String... flags) {
        return anyFlagWhen(null, null, flags);
    }

    /**
     * The choice {@code value} only while the process variable {@code variable} holds one of {@code allowed}: what an
     * officer may record can depend on the case (complete data settles a partly registered employer, not an
     * unregistered one), which a form's static list cannot say.
     */
    public TaskContract valueOnlyWhen(String value, String variable, String... allowed) {
        if (!current().values.contains(value)) {
            throw new IllegalStateException("Declare " + value + " among the choices of " + current().key + " before the rule on it");
        }
        current().valueConditions.add(new ValueCondition(value, variable, Set.of(allowed)));
        return this;
    }

    private record ValueCondition(String value, String variable, Set<String> allowed) {
    }

    public TaskContract range(long min, long max) {
        current().min = BigDecimal.valueOf(min);
        current().max = BigDecimal.valueOf(max);
        return this;
    }

    /**
     * Not on the form: only the application itself (no user authenticated, e.g. the agency API) may send
     * it. A user sending it is refused like any other foreign variable.
     */
    public TaskContract applicationOnly() {
        current().applicationOnly = true;
        return this;
    }

    public String taskKey() {
        return taskKey;
    }

    public Map<String, Field> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** A completion: nothing foreign, every value valid, every (conditionally) required field present. */
    public void checkCompletion(Map<String, ?> submitted, boolean byUser) {
        checkCompletion(submitted, byUser, name -> null);
    }

    /** As {@link #checkCompletion(Map, boolean)}, with the task's process variables for date floors. */
    public void checkCompletion(Map<String, ?> submitted, boolean byUser, java.util.function.Function<String, Object> processVariables) {
        Map<String, ?> values = submitted == null ? Map.of() : submitted;
        checkWrite(values, byUser);
        for (var entry : values.entrySet()) {
            Field field = fields.get(entry.getKey());
            for (String floorVariable : field.floorVariables) {
                field.checkFloor(plain(entry.getValue()), processVariables.apply(floorVariable), floorVariable);
            }
        }
        for (var entry : values.entrySet()) {
            Field field = fields.get(entry.getKey());
            Object fixed = field.sameAs == null ? null : processVariables.apply(field.sameAs);
            Object submittedValue = plain(entry.getValue());
            if (fixed != null && submittedValue != null && !fixed.toString().isBlank() && !fixed.toString().equals(submittedValue.toString())) {
                throw refuse(entry.getKey(), "'%s' must be %s, as set before (%s)".formatted(entry.getKey(), fixed, field.sameAs));
            }
            field.numberFloor.stream().filter(name -> processVariables.apply(name) != null).findFirst()
                    .ifPresent(name -> field.checkNumberFloor(plain(entry.getValue()), processVariables.apply(name), name));
        }
        for (var entry : values.entrySet()) {
            for (ValueCondition condition : fields.get(entry.getKey()).valueConditions) {
                Object held = processVariables.apply(condition.variable());
                if (condition.value().equals(plain(entry.getValue())) && (held == null || !condition.allowed().contains(held.toString()))) {
                    throw refuse(entry.getKey(), "'%s' may be %s only when the case's %s is %s, not %s".formatted(entry.getKey(),
                            condition.value(), condition.variable(), String.join(" or ", condition.allowed()), held));
                }
            }
        }
        for (FlagGroup group : flagGroups) {
            if ((group.whenKey() == null || group.whenValue().equals(plain(values.get(group.whenKey()))))
                    && group.flags().stream().noneMatch(flag -> Boolean.TRUE.equals(plain(values.get(flag))))) {
                throw refuse(group.flags().get(0), group.whenKey() == null
                        ? "at least one of %s is required".formatted(String.join(", ", group.flags()))
                        : "%s is required when '%s' is %s".formatted(group.flags().size() == 1 ? group.flags().get(0) + " (true)"
                                : "at least one of " + String.join(", ", group.flags()), group.whenKey(), group.whenValue()));
            }
        }
        for (Field field : fields.values()) {
            if (field.isRequiredGiven(values, processVariables) && isBlank(plain(values.get(field.key)))) {
                throw refuse(field.key, field.required
                        ? "'%s' is required".formatted(field.key)
                        : "'%s' is required when '%s' is %s".formatted(field.key, field.requiredWhenKey,
                        String.join(" or ", field.requiredWhenValues)));
            }
        }
    }

    /** A write before completion (Tasklist or a client saving variables): only the task's own fields. */
    public void checkWrite(Map<String, ?> submitted, boolean byUser) {
        if (submitted == null) {
            return;
        }
        for (var entry : submitted.entrySet()) {
            Field field = fields.get(entry.getKey());
            if (field == null || (field.applicationOnly && byUser)) {
                throw refuse(entry.getKey(), "task %s does not accept the variable '%s'".formatted(taskKey, entry.getKey()));
            }
            // A VariableMap hands out plain values; a file's name and size live only on its typed value.
            field.check(submitted instanceof org.camunda.bpm.engine.variable.VariableMap typed
                    ? typed.getValueTyped(entry.getKey()) : entry.getValue());
        }
    }

    public void checkRemoval(Collection<String> names) {
        for (String name : names) {
            if (!fields.containsKey(name)) {
                throw refuse(name, "task %s may not remove the variable '%s'".formatted(taskKey, name));
            }
        }
    }

    private TaskContract add(Field field) {
        fields.put(field.key, field);
        last = field;
        return this;
    }

    private Field current() {
        if (last == null) {
            throw new IllegalStateException("Declare a field before its modifiers");
        }
        return last;
    }

    private static ContractViolationException refuse(String key, String message) {
        return new ContractViolationException(key, message);
    }

    static Object plain(Object value) {
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable; // an object sent serialized is never one of a form's simple values
        }
        return value instanceof TypedValue typed ? typed.getValue() : value;
    }

    private static boolean isBlank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** One field of a task's form. */
    public static final class Field {
        private final String key;
        private final Kind kind;
        private boolean required;
        private String requiredWhenKey;
        private Set<String> requiredWhenValues = Set.of();
        private List<String> values = List.of();
        private Integer maxLength;
        private Pattern pattern;
        private boolean email;
        private BigDecimal min;
        private BigDecimal max;
        private boolean applicationOnly;
        private Temporal temporal;
        private final List<String> floorVariables = new java.util.ArrayList<>();
        private List<String> numberFloor = List.of();
        private String sameAs;
        private final List<ValueCondition> valueConditions = new java.util.ArrayList<>();
        private long maxBytes;
        private String extension;

        private Field(String key, Kind kind) {
            this.key = key;
            this.kind = kind;
        }

        public String key() { return key; }
        public Kind kind() { return kind; }
        public boolean isRequired() { return required; }
        public String requiredWhenKey() { return requiredWhenKey; }
        public Set<String> requiredWhenValues() { return requiredWhenValues; }
        public List<String> values() { return values; }
        public Integer maxLength() { return maxLength; }
        public String pattern() { return pattern == null ? null : pattern.pattern(); }
        public boolean isEmail() { return email; }
        public BigDecimal min() { return min; }
        public BigDecimal max() { return max; }
        public boolean isApplicationOnly() { return applicationOnly; }
        public Temporal temporal() { return temporal; }
        public long maxBytes() { return maxBytes; }

        /**
         * Required outright, or when another field has one of the given values: a field of this submission,
         * or else a variable the task already sees (a routing fact such as {@code jointInspection}).
         */
        boolean isRequiredGiven(Map<String, ?> submitted, java.util.function.Function<String, Object> processVariables) {
            if (required) {
                return true;
            }
            if (requiredWhenKey == null) {
                return false;
            }
            Object other = plain(submitted.containsKey(requiredWhenKey) ? submitted.get(requiredWhenKey)
                    : processVariables.apply(requiredWhenKey));
            return other != null && requiredWhenValues.contains(String.valueOf(other));
        }

        void check(Object raw) {
            if (kind == Kind.FILE) {
                checkFile(raw);
                return;
            }
            Object value = plain(raw);
            if (value == null) {
                return; // an empty optional field; a required one is caught on completion
            }
            switch (kind) {
                case TEXT, CHOICE -> checkText(value);
                case NUMBER -> checkNumber(value);
                case FLAG -> {
                    if (!(value instanceof Boolean)) {
                        throw wrongType("true or false");
                    }
                }
                case DATE -> checkDate(value);
                case FILE -> throw new IllegalStateException("checked above");
            }
        }

        private void checkFile(Object raw) {
            if (raw == null || (raw instanceof TypedValue typed && typed.getValue() == null)) {
                return;
            }
            if (!(raw instanceof org.camunda.bpm.engine.variable.value.FileValue file)) {
                throw wrongType("a file upload");
            }
            String name = file.getFilename() == null ? "" : file.getFilename().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith("." + extension)) {
                throw refuse(key, "'%s' must be a .%s file".formatted(key, extension));
            }
            if (Uploads.bytesOf(file).length > maxBytes) {
                throw refuse(key, "'%s' is larger than %d bytes".formatted(key, maxBytes));
            }
        }

        private void checkText(Object value) {
            if (!(value instanceof String text)) {
                throw wrongType("text");
            }
            if (kind == Kind.CHOICE && !values.contains(text)) {
                throw refuse(key, "'%s' must be one of %s".formatted(key, String.join(", ", values)));
            }
            if (maxLength != null && text.length() > maxLength) {
                throw refuse(key, "'%s' is longer than %d characters".formatted(key, maxLength));
            }
            if (!text.isEmpty() && pattern != null && !pattern.matcher(text).matches()) {
                throw refuse(key, "'%s' does not match %s".formatted(key, pattern.pattern()));
            }
            if (!text.isEmpty() && email && !EMAIL.matcher(text).matches()) {
                throw refuse(key, "'%s' is not an email address".formatted(key));
            }
        }

        private void checkNumber(Object value) {
            if (!(value instanceof Number number)) {
                throw wrongType("a number");
            }
            BigDecimal decimal;
            try {
                decimal = new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                throw wrongType("a finite number");
            }
            // Every number on the forms is whole (rupiah, workers, months: decimalDigits 0); 12.5 workers is no count.
            if (decimal.stripTrailingZeros().scale() > 0) {
                throw refuse(key, "'%s' must be a whole number".formatted(key));
            }
            if ((min != null && decimal.compareTo(min) < 0) || (max != null && decimal.compareTo(max) > 0)) {
                throw refuse(key, "'%s' must be between %s and %s".formatted(key, min, max));
            }
        }

        private void checkDate(Object value) {
            LocalDate date = null;
            if (value instanceof Date instant) {
                date = id.sinergi.calendar.Zones.officeDate(instant);
            } else if (value instanceof String text) {
                try {
                    date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
                } catch (DateTimeParseException notADate) {
                    // refused below
                }
            }
            if (date == null) {
                throw wrongType("a date (yyyy-MM-dd)");
            }
            LocalDate today = LocalDate.now(id.sinergi.calendar.Zones.OFFICE);
            if (temporal == Temporal.PAST_OR_TODAY && date.isAfter(today)) {
                throw refuse(key, "'%s' must not be after today (%s, Asia/Jakarta)".formatted(key, today));
            }
            if (temporal == Temporal.TODAY_OR_LATER && date.isBefore(today)) {
                throw refuse(key, "'%s' must not be before today (%s, Asia/Jakarta)".formatted(key, today));
            }
        }

        void checkNumberFloor(Object value, Object floor, String floorVariable) {
            if (value instanceof Number number && floor instanceof Number least
                    && new BigDecimal(number.toString()).compareTo(new BigDecimal(least.toString())) < 0) {
                throw refuse(key, "'%s' must be at least %s (%s)".formatted(key, least, floorVariable));
            }
        }

        void checkFloor(Object value, Object floor, String floorVariable) {
            LocalDate date = asDate(value);
            LocalDate earliest = asDate(floor);
            if (date != null && earliest != null && date.isBefore(earliest)) {
                throw refuse(key, "'%s' must not be before %s (%s)".formatted(key, earliest, floorVariable));
            }
        }

        private static LocalDate asDate(Object value) {
            if (value instanceof Date instant) {
                return id.sinergi.calendar.Zones.officeDate(instant);
            }
            if (value instanceof String text && text.length() >= 10) {
                try {
                    return LocalDate.parse(text.substring(0, 10));
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
            return null;
        }

        private ContractViolationException wrongType(String expected) {
            return refuse(key, "'%s' must be %s".formatted(key, expected));
        }
    }
}
