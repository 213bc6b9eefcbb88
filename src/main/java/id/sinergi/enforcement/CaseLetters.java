package id.sinergi.enforcement;

import id.sinergi.agency.OfficeDirectory;
import id.sinergi.notification.Formats;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRequest;
import id.sinergi.notification.LetterService;
import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Turns a case into letters: picks the addressee of each kind and fills in the case's facts, reading
 * the employer's contact data from the case register rather than from process variables.
 */
@Component
class CaseLetters {

    private final EnforcementCaseRepository cases;
    private final LetterService letters;
    private final OfficeDirectory offices;
    private final Clock clock;

    CaseLetters(EnforcementCaseRepository cases, LetterService letters, OfficeDirectory offices, Clock clock) {
        this.cases = cases;
        this.letters = letters;
        this.offices = offices;
        this.clock = clock;
    }

    Letter send(DelegateExecution execution, LetterKind kind, Map<String, String> extraFields) {
        return send(execution, kind, extraFields, null);
    }

    private Letter send(DelegateExecution execution, LetterKind kind, Map<String, String> extraFields, Date deadline) {
        var variables = EnforcementCaseProcess.variables(execution);
        EnforcementCase c = cases.find(variables.caseNumber())
                .orElseThrow(() -> new IllegalStateException("Case " + variables.caseNumber() + " is not registered"));
        Map<String, String> fields = new HashMap<>();
        fields.put("caseNumber", c.caseNumber());
        fields.put("employerName", c.employerName());
        fields.put("employerNib", c.employerNib());
        fields.put("employerNpwp", c.employerNpwp());
        fields.put("employerAddress", c.employerAddress());
        fields.put("violation", describe(c.violationType()));
        fields.put("workersAffected", Integer.toString(c.workersAffected()));
        fields.put("arrears", Formats.rupiah(variables.establishedArrears()));
        fields.put("monthsInArrears", Integer.toString(variables.establishedMonthsInArrears()));
        fields.putAll(extraFields);
        var request = addressed(kind, c, variables, fields);
        return letters.send(deadline == null ? request : request.withDeadline(deadline.toInstant().atZone(clock.getZone()).toOffsetDateTime()));
    }

    /**
     * Sends a letter that sets the employer a deadline, and keeps that deadline in the process so the
     * timer after the letter waits for exactly the date the letter states.
     */
    Letter sendWithDeadline(DelegateExecution execution, LetterKind kind, String deadlineVariable, Date deadline,
                            Map<String, String> extraFields) {
        Map<String, String> fields = new HashMap<>(extraFields);
        fields.put("deadline", date(deadline));
        Letter letter = send(execution, kind, fields, deadline);
        // A retry on a later day finds the letter archived by the first attempt: the employer holds
        // that letter, so its deadline, not today's recalculation, is the one the timer waits for.
        EnforcementCaseProcess.variables(execution).setDeadline(deadlineVariable, Date.from(letter.deadline().toInstant()));
        return letter;
    }

    String date(Date date) {
        return Formats.date(date.toInstant().atZone(clock.getZone()).toLocalDate());
    }

    private LetterRequest addressed(LetterKind kind, EnforcementCase c, EnforcementCaseProcess.Variables variables,
                                    Map<String, String> fields) {
        return switch (kind) {
            case SERVICE_WITHHOLDING_REQUEST, SANCTION_LIFTING_REQUEST ->
                    new LetterRequest(c.caseNumber(), kind, offices.licensing().name(), offices.licensing().email(), fields);
            case SKK_COVER_LETTER -> {
                var prosecutor = offices.prosecutor(variables.prosecutorOffice()).orElseThrow(() ->
                        new IllegalStateException("Unknown prosecutor's office " + variables.prosecutorOffice()));
                fields.put("prosecutorName", prosecutor.name());
                yield new LetterRequest(c.caseNumber(), kind, prosecutor.name(), prosecutor.email(), fields);
            }
            default -> new LetterRequest(c.caseNumber(), kind, c.employerName(), c.employerEmail(), fields);
        };
    }

    private static String describe(ViolationType type) {
        return switch (type) {
            case UNREGISTERED -> "belum mendaftarkan pekerja sebagai peserta Program JKN";
            case PARTIALLY_REGISTERED -> "baru mendaftarkan sebagian pekerja, anggota keluarga, atau upahnya dalam Program JKN";
            case CONTRIBUTION_ARREARS -> "menunggak pembayaran iuran Program JKN";
        };
    }
}
