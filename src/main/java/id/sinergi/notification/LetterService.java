package id.sinergi.notification;

import id.sinergi.system.Sequences;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
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

    LetterService(LetterRepository letters, LetterTemplates templates, LetterPdf pdf, LetterSigner signer,
                  SignatorySettings signatories, MailDelivery delivery, Sequences sequences,
                  BranchSettings branch, Clock clock, PlatformTransactionManager transactions) {
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
        Letter letter = separately.execute(tx -> letters.find(request.caseReference(), request.kind(), request.occasion())
                .orElseGet(() -> archive(request)));
        if (letter.isSent()) {
            return letter;
        }
        return separately.execute(tx -> deliverOnce(letter.id()));
    }

    private Letter deliverOnce(long letterId) {
        Letter letter = letters.lockForDelivery(letterId);
        if (letter.isSent()) {
            return letter;
        }
        LetterDocument document = letters.document(letterId).orElseThrow(() ->
                new IllegalStateException("Letter " + letter.number() + " has no archived PDF"));
        delivery.deliver(letter, document);
        OffsetDateTime sentAt = OffsetDateTime.now(clock);
        letters.markSent(letter.id(), sentAt);
        return letter.withSentAt(sentAt);
    }

    private Letter archive(LetterRequest request) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String number = "%05d/%s/%s/%s/%d".formatted(sequences.next(LETTER_SEQUENCE, now.getYear()),
                request.kind().code(), branch.code(), Formats.romanMonth(now.getMonthValue()), now.getYear());
        var fields = new HashMap<>(request.fields());
        fields.put("letterNumber", number);
        fields.put("letterDate", Formats.date(now.toLocalDate()));
        fields.put("branchName", branch.name());
        fields.put("branchCity", branch.city());
        fields.put("recipientName", request.recipientName());
        String role = fields.getOrDefault(LetterRequest.SIGNATORY_ROLE, SignatorySettings.BRANCH_HEAD);
        var issued = new LetterSigner.Issued(number, request.kind(), now.toLocalDate(), signatories.of(role), request.recipientName());
        var seal = signer.seal(issued);
        fields.put("verificationCode", seal.code());
        fields.put("verificationUrl", seal.url());
        fields.put("verificationQr", seal.qrDataUri());
        var rendered = templates.render(request.kind(), fields, branch, issued.signatory());
        byte[] document = signer.sign(pdf.render(rendered.html(), number), issued, seal);
        Letter letter = letters.insert(number, request, rendered.subject(), LetterText.of(document), now.toOffsetDateTime());
        letters.insertDocument(LetterDocument.of(letter.id(), document));
        return letter;
    }
}
