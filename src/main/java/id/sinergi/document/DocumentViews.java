package id.sinergi.document;

import id.sinergi.notification.LetterDocument;
import id.sinergi.notification.LetterRepository;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the documents of a case or agreement. */
final class DocumentViews {

    private DocumentViews() {
    }

    @Schema(name = "CaseDocument", description = "A document attached to a case or agreement")
    record DocumentView(
            @Schema(description = "Document id", example = "17") long id,
            @Schema(description = "PROOF_OF_PAYMENT, SIGNED_COPY, INSPECTION_RECORD or OTHER") DocumentKind kind,
            @Schema(description = "The file name as uploaded, reduced to safe characters", example = "bukti-transfer.pdf") String fileName,
            @Schema(description = "application/pdf, image/jpeg or image/png, as told by the content", example = "application/pdf") String mediaType,
            @Schema(description = "Size in bytes") int byteSize,
            @Schema(description = "SHA-256 of the bytes, hex") String sha256,
            @Schema(description = "AGENCY (through this API) or STAFF (BPJS Kesehatan)") ActorType uploaderType,
            @Schema(description = "The agency id, or the staff user id in the staff API; null for staff in the agency API",
                    nullable = true) String uploadedBy,
            @Schema(description = "When it was stored") OffsetDateTime uploadedAt,
            @Schema(description = "What the uploader wrote about it, at most 500 characters", nullable = true) String description,
            @Schema(description = "Where to download it") String href) {
    }

    @Schema(name = "CaseLetterDocument", description = "A letter issued on the case, as archived")
    record LetterView(
            @Schema(description = "Letter number", example = "00012/TEG-I/PKL/XI/2026") String number,
            @Schema(description = "Letter kind", example = "FIRST_WARNING") String kind,
            @Schema(description = "The kind's Indonesian title, as staff call the letter", example = "Surat Teguran Tertulis I")
            String title,
            @Schema(description = "When the letter was numbered and archived") OffsetDateTime issuedAt,
            @Schema(description = "When it was mailed; null while pending", nullable = true) OffsetDateTime sentAt,
            @Schema(description = "SHA-256 of the archived, signed PDF; null for a letter from before letters were PDFs",
                    nullable = true) String sha256,
            @Schema(description = "Size of the PDF in bytes; null without one", nullable = true) Integer byteSize,
            @Schema(description = "Where to download the PDF; null without one", nullable = true) String href) {
    }

    @Schema(name = "CaseDocuments", description = "The documents and letters of one case or agreement, oldest first")
    record Listing(@Schema(description = "Case number or agreement id", example = "ENF-2026-000017") String recordId,
                   @Schema(description = "Documents attached by agencies and staff") List<DocumentView> documents,
                   @Schema(description = "Letters issued on the case or agreement") List<LetterView> letters) {
    }

    static DocumentView view(CaseDocument d, String base, boolean staffNames) {
        String by = d.uploaderType() == ActorType.AGENCY || staffNames ? d.uploadedBy() : null;
        return new DocumentView(d.id(), d.kind(), d.fileName(), d.mediaType(), d.byteSize(), d.sha256(), d.uploaderType(),
                by, d.uploadedAt(), d.description(), base + "/documents/" + d.id());
    }

    static LetterView view(LetterRepository.Archived letter, String base) {
        return new LetterView(letter.number(), letter.kind().name(), letter.kind().title(), letter.createdAt(), letter.sentAt(), letter.sha256(),
                letter.byteSize(), letter.sha256() == null ? null : base + "/letters/" + LetterDocument.fileName(letter.number()));
    }
}
