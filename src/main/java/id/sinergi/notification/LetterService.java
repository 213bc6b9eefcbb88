package id.sinergi.notification;

import id.sinergi.system.Sequences;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers, archives and sends letters, at most once per case, kind and occasion.
 *
 * <p>The letter is numbered and stored in its own short transaction, so the number is taken and the
 * counter row released before any mail goes out. Delivery runs in a second transaction that first locks
 * the letter's row, then sends, then marks it sent: the connection that records "sent" is already held
 * when the mail leaves, so the mark cannot fail for want of a connection, and a second job (another node
 * after a lock expired, or a retry) waits on the row and then finds the letter sent. A job that failed
 * before sending resends the same letter with the same number.
 *
 * <p>The letter is rendered once, inside the archiving transaction: template, PDF, {@link LetterSigner}, then
 * the PDF and its SHA-256 are stored next to the letter ({@code letter_document}). Delivery only reads those
 * bytes back, so a retry resends exactly the document the first attempt archived. The {@code body} column
 * keeps the letter's text as extracted from that PDF, for reading and searching without opening the PDF.
 *
 * <p>Both transactions run while the calling job holds the engine's own connection: a letter job needs
 * two connections at once. {@code system/ConnectionBudget} refuses to start with a pool too small for
 * that at the configured job executor size.
 */
@Service
public class LetterService {

    private static final String LETTER_SEQUENCE = "letter";

    private final LetterRepository letters;
    private final LetterTemplates templates;
    private final LetterPdf pdf;
    private final LetterSigner signer;
    private final SignatorySettings signatories;
    private final MailDelivery delivery;
    private final Sequences sequences;
    private final BranchSettings branch;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final MeterRegistry meters;

    LetterService(LetterRepository letters, LetterTemplates templates, LetterPdf pdf, LetterSigner signer,
                  SignatorySettings signatories, MailDelivery delivery, Sequences sequences,
                  BranchSettings branch, Clock clock, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.meters = meters;
        this.letters = letters;
        this.templates = templates;
        this.pdf = pdf;
        this.signer = signer;
        this.signatories = signatories;
        this.delivery = delivery;
        this.sequences = sequences;
        this.branch = branch;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Letter send(LetterRequest request) {
        if (request.kind().isEnclosure()) {
            throw new IllegalArgumentException(request.kind() + " is only sent enclosed in a letter");
        }
        Letter letter = separately.execute(tx -> letters.find(request.caseReference(), request.kind(), request.occasion())
                .orElseGet(() -> archive(request)));
        if (letter.isSent()) {
            return letter;
        }
        try {
            return separately.execute(tx -> deliverOnce(letter.id()));
        } catch (RuntimeException e) {
            // Each failed attempt: the job retries and finally becomes an incident (sinergi_engine_incidents).
            meters.counter("sinergi.letters.failed", "kind", request.kind().name()).increment();
            throw e;
        }
    }

    private Letter deliverOnce(long letterId) {
        Letter letter = letters.lockForDelivery(letterId);
        if (letter.isSent()) {
            return letter;
        }
        LetterDocument document = letters.document(letterId).orElseThrow(() ->
                new IllegalStateException("Letter " + letter.number() + " has no archived PDF"));
        delivery.deliver(letter, document, letters.enclosures(letterId));
        meters.counter("sinergi.letters.sent", "kind", letter.kind().name()).increment();
        OffsetDateTime sentAt = OffsetDateTime.now(clock);
        letters.markSent(letter.id(), sentAt);
        return letter.withSentAt(sentAt);
    }

    /**
     * Numbers, renders, signs and stores the letter and its enclosures in one transaction. The enclosures
     * are issued first, so the letter can name them (Lampiran, and the sentence that cites them); they are
     * stored after it, pointing to it.
     */
    private Letter archive(LetterRequest request) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        var fields = new HashMap<>(request.fields());
        fields.put("letterDate", Formats.date(now.toLocalDate()));
        fields.put("branchName", branch.name());
        fields.put("branchCity", branch.city());
        fields.put("recipientName", request.recipientName());
        String role = fields.getOrDefault(LetterRequest.SIGNATORY_ROLE, SignatorySettings.BRANCH_HEAD);
        var signatory = signatories.of(role);
        String number = number(request.kind(), now);

        List<Document> enclosed = new ArrayList<>();
        for (LetterRequest.Enclosure enclosure : request.enclosures()) {
            var enclosureFields = new HashMap<>(fields);
            enclosureFields.putAll(enclosure.fields());
            enclosureFields.put("coverLetterNumber", number);
            enclosed.add(issue(enclosure.kind(), number(enclosure.kind(), now), enclosureFields, signatory, request.recipientName(), now));
        }
        if (!enclosed.isEmpty()) {
            fields.put("lampiran", Formats.period(enclosed.size(), "berkas"));
            fields.put("enclosures", String.join(";", enclosed.stream()
                    .map(d -> d.kind().title() + " Nomor " + d.number()).toList()));
        }
        Document cover = issue(request.kind(), number, fields, signatory, request.recipientName(), now);
        Letter letter = letters.insert(number, request, cover.subject(), LetterText.of(cover.pdf()), now.toOffsetDateTime(), null);
        letters.insertDocument(LetterDocument.of(letter.id(), cover.pdf()));
        for (Document document : enclosed) {
            var asLetter = new LetterRequest(request.caseReference(), document.kind(), request.recipientName(),
                    request.recipientEmail(), Map.of(), null, request.occasion());
            Letter enclosure = letters.insert(document.number(), asLetter, document.subject(), LetterText.of(document.pdf()),
                    now.toOffsetDateTime(), letter.id());
            letters.insertDocument(LetterDocument.of(enclosure.id(), document.pdf()));
        }
        return letter;
    }

    /** A rendered, sealed and signed PDF of one letter or enclosed document, not yet stored. */
    private record Document(LetterKind kind, String number, String subject, byte[] pdf) {
    }

    private Document issue(LetterKind kind, String number, Map<String, String> values, SignatorySettings.Signatory signatory,
                           String recipientName, ZonedDateTime now) {
        var fields = new HashMap<>(values);
        fields.put("letterNumber", number);
        var issued = new LetterSigner.Issued(number, kind, now.toLocalDate(), signatory, recipientName);
        var seal = signer.seal(issued);
        fields.put("verificationCode", seal.code());
        fields.put("verificationUrl", seal.url());
        fields.put("verificationQr", seal.qrDataUri());
        var rendered = templates.render(kind, fields, branch, signatory);
        return new Document(kind, number, rendered.subject(), signer.sign(pdf.render(rendered.html(), number), issued, seal));
    }

    /** The next number of the branch's letter agenda: 00012/TEG-I/PKL/XII/2026, gap-free per year. */
    private String number(LetterKind kind, ZonedDateTime now) {
        return "%05d/%s/%s/%s/%d".formatted(sequences.next(LETTER_SEQUENCE, now.getYear()),
                kind.code(), branch.code(), Formats.romanMonth(now.getMonthValue()), now.getYear());
    }
}
