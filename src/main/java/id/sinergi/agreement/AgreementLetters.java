package id.sinergi.agreement;

import id.sinergi.notification.Formats;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRequest;
import id.sinergi.notification.LetterService;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Turns an agreement into letters to the partner's contact or to BPJS Kesehatan's own signatory. */
@Component
class AgreementLetters {

    enum To { PARTNER, BPJS }

    private final AgreementRepository agreements;
    private final LetterService letters;

    AgreementLetters(AgreementRepository agreements, LetterService letters) {
        this.agreements = agreements;
        this.letters = letters;
    }

    /** The agreement behind an execution, from the register (see {@link AgreementRepository#idOf}). */
    String agreementIdOf(DelegateExecution execution) {
        return agreements.idOf(execution);
    }

    /**
     * Sends one letter. {@code reference} distinguishes letters of the same kind on one agreement (draft
     * rounds), since the letter archive sends each kind once per reference, however often a job retries.
     */
    Letter send(DelegateExecution execution, LetterKind kind, String reference, To to, Map<String, String> extraFields) {
        return send(execution, kind, reference, to, extraFields, null);
    }

    /**
     * Sends one letter carrying a document of the agreement: {@code AGREEMENT_DRAFT_TEXT} (the round's draft,
     * {@code round} in the fields) or {@code AGREEMENT_TEXT} (the registered text). The document's articles are
     * written from the register, as the agreement stands when the letter is sent.
     */
    Letter sendWithText(DelegateExecution execution, LetterKind kind, String reference, To to, Map<String, String> extraFields,
                        LetterKind document) {
        return send(execution, kind, reference, to, extraFields, document);
    }

    private Letter send(DelegateExecution execution, LetterKind kind, String reference, To to, Map<String, String> extraFields,
                        LetterKind document) {
        String agreementId = agreements.idOf(execution);
        Agreement a = agreements.find(agreementId)
                .orElseThrow(() -> new IllegalStateException("Agreement " + agreementId + " is not registered"));
        Map<String, String> fields = new HashMap<>();
        fields.put("agreementId", a.agreementId());
        fields.put("agreementNumber", a.agreementNumber() == null ? a.agreementId() : a.agreementNumber());
        fields.put("agreementKind", AgreementText.kindName(a));
        fields.put("title", a.title());
        fields.put("scope", a.scope());
        fields.put("partnerName", a.partnerName());
        fields.put("bpjsContactName", a.bpjsContactName());
        fields.put("bpjsContactEmail", a.bpjsContactEmail());
        fields.put("endDate", a.endDate() == null ? "-" : Formats.date(a.endDate()));
        fields.put("startDate", a.startDate() == null ? "-" : Formats.date(a.startDate()));
        // The official of the level that signs the agreement signs its letters: the register's once registered, the
        // decision's while signing is pending (an MoU the Direktur Utama signs is not reminded by the branch head);
        // before that level is decided (draft rounds), the branch head.
        Object decided = execution.getVariable(AgreementProcess.Vars.SIGNATORY_LEVEL);
        fields.put(LetterRequest.SIGNATORY_ROLE, a.signatoryLevel() != null ? a.signatoryLevel()
                : decided != null ? decided.toString() : "BRANCH_HEAD");
        fields.putAll(extraFields);
        var request = to == To.PARTNER
                ? new LetterRequest(reference, kind, a.partnerContactName(), a.partnerContactEmail(), fields)
                : new LetterRequest(reference, kind, a.bpjsContactName(), a.bpjsContactEmail(), fields);
        if (document != null) {
            request = request.enclosing(new LetterRequest.Enclosure(document, AgreementText.fields(a, document, kind, extraFields)));
        }
        return letters.send(request);
    }
}
