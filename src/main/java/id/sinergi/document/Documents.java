package id.sinergi.document;

import id.sinergi.agency.ApiAudit;
import id.sinergi.agency.ApiCall;
import id.sinergi.notification.LetterDocument;
import id.sinergi.notification.LetterRepository;
import id.sinergi.privacy.PersonalDataAccessLog;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.ApiProblem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a case or agreement for whoever may see the record (the controllers decide that): attach
 * one with its audit record, list them with the record's letters, download one. Every list and download is a
 * read of the record's personal data and is logged.
 */
@Service
class Documents {

    private final CaseDocuments documents;
    private final DocumentUploads uploads;
    private final LetterRepository letters;
    private final ApiAudit audit;
    private final PersonalDataAccessLog reads;
    private final Clock clock;

    Documents(CaseDocuments documents, DocumentUploads uploads, LetterRepository letters, ApiAudit audit,
              PersonalDataAccessLog reads, Clock clock) {
        this.documents = documents;
        this.uploads = uploads;
        this.letters = letters;
        this.audit = audit;
        this.reads = reads;
        this.clock = clock;
    }

    /** The record a request is about, who asks, and the read it makes of personal data. */
    record Target(Read read, ActorType actorType, ApiCall call) {

        RecordType recordType() {
            return read.recordType();
        }

        String recordId() {
            return read.recordId();
        }
    }

    @Transactional
    CaseDocument attach(Target target, DocumentKind kind, MultipartFile file, String description) {
        var accepted = uploads.accept(file);
        var stored = documents.insert(target.recordType(), target.recordId(), kind, accepted, target.call().actor(),
                target.actorType(), OffsetDateTime.now(clock), DocumentUploads.description(description));
        audit.record(target.call(), target.recordId(), "DOCUMENT_ATTACHED", "%s %s (%s, %d bytes, sha256 %s), document %d"
                .formatted(kind, stored.fileName(), stored.mediaType(), stored.byteSize(), stored.sha256(), stored.id()));
        return stored;
    }

    @Transactional
    DocumentViews.Listing list(Target target, String base) {
        boolean staff = target.actorType() == ActorType.STAFF;
        var attached = documents.of(target.recordType(), target.recordId()).stream()
                .map(d -> DocumentViews.view(d, base, staff)).toList();
        var issued = letters.archived(target.recordId(), target.recordType() == RecordType.AGREEMENT).stream()
                .map(l -> DocumentViews.view(l, base)).toList();
        logRead(target);
        return new DocumentViews.Listing(target.recordId(), attached, issued);
    }

    @Transactional
    CaseDocument.Content download(Target target, long documentId) {
        var found = documents.content(target.recordType(), target.recordId(), documentId)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "document-not-found", "Document not found",
                        "No document " + documentId + " is attached to " + target.recordId() + "."));
        logRead(target);
        return found;
    }

    /** A letter's archived PDF, named as the mail attachment was ({@link LetterDocument#fileName}). */
    @Transactional
    LetterPdf letter(Target target, String fileName) {
        var letter = letters.archived(target.recordId(), target.recordType() == RecordType.AGREEMENT).stream()
                .filter(l -> l.sha256() != null && LetterDocument.fileName(l.number()).equals(fileName))
                .findFirst()
                .flatMap(l -> letters.document(l.id()).map(d -> new LetterPdf(l.number(), fileName, d.content(), d.sha256())))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "letter-not-found", "Letter not found",
                        "No archived letter " + fileName + " belongs to " + target.recordId() + "."));
        logRead(target);
        return letter;
    }

    record LetterPdf(String number, String fileName, byte[] content, String sha256) {
    }

    private void logRead(Target target) {
        reads.record(target.actorType(), target.call().actor(), target.call().method() + " " + channel(target.call().path()),
                target.call().requestId(), List.of(target.read()));
    }

    /** The endpoint without its ids, as the other reads name their channel ({@code GET /api/v1/enforcement-cases/{caseId}}). */
    static String channel(String path) {
        String[] parts = path.split("/");
        // /api/v1/enforcement-cases/{id}/documents[/{id}] and /api/staff/<records>/{id}/documents[/{id}]
        if (parts.length > 4) {
            parts[4] = "{" + ("agreements".equals(parts[3]) ? "agreementId" : parts[2].equals("staff") ? "caseNumber" : "caseId") + "}";
        }
        if (parts.length > 6) {
            parts[6] = "documents".equals(parts[5]) ? "{documentId}" : "{fileName}";
        }
        return String.join("/", parts);
    }
}
