package id.sinergi.document;

import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import java.time.OffsetDateTime;

/** One attached document as the register holds it, without its bytes. */
record CaseDocument(long id, RecordType recordType, String recordId, DocumentKind kind, String fileName,
                    String mediaType, int byteSize, String sha256, String uploadedBy, ActorType uploaderType,
                    OffsetDateTime uploadedAt, String description) {

    /** A document with its bytes, for a download. */
    record Content(CaseDocument document, byte[] bytes) {
    }
}
