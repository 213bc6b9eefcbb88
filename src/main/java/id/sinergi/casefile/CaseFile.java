package id.sinergi.casefile;

import id.sinergi.agreement.AgreementKind;
import id.sinergi.agreement.AgreementOutcome;
import id.sinergi.agreement.AgreementStage;
import id.sinergi.agreement.PartnerKind;
import id.sinergi.enforcement.CaseView;
import id.sinergi.enforcement.ComplianceKind;
import id.sinergi.enforcement.Outcome;
import id.sinergi.enforcement.Stage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The whole file of a case or agreement as staff read it: the register's facts, letters, notes, one timeline. */
public final class CaseFile {

    private CaseFile() {
    }

    @Schema(name = "EnforcementCaseFile", description = "An enforcement case's whole file, for the branch's staff")
    public record EnforcementCaseFile(
            @Schema(description = "Case number", example = "ENF-2026-000017") String caseId,
            @Schema(description = "OPEN, CLOSED or CANCELLED") String status,
            @Schema(description = "Where the case stands on the ladder") Stage stage,
            @Schema(description = "How it ended; null while open", nullable = true) Outcome outcome,
            @Schema(description = "Where the case came from: AGENCY_API, DATA_MATCHING, INSPECTION_FINDING, "
                    + "WORKER_COMPLAINT or PARTNER_LETTER", nullable = true) String source,
            @Schema(description = "Who reported or opened it") String reportedBy,
            @Schema(description = "The reporting agency, when an agency reported it", nullable = true) String reportingAgency,
            @Schema(description = "The reporter's own reference", nullable = true) String reference,
            @Schema(description = "When it was opened") OffsetDateTime reportedAt,
            @Schema(description = "When it was closed or cancelled; null while open", nullable = true) OffsetDateTime closedAt,
            @Schema(description = "The employer as registered") CaseView.EmployerView employer,
            @Schema(description = "District of the licensing office, once known", nullable = true) String employerDistrict,
            @Schema(description = "The violation as reported") CaseView.ViolationView violation,
            @Schema(description = "The inspection and the figures it established", nullable = true) CaseView.InspectionView inspection,
            @Schema(description = "The administrative fine", nullable = true) CaseView.FineView fine,
            @Schema(description = "The current instalment plan", nullable = true) CaseView.InstalmentPlanView instalmentPlan,
            @Schema(description = "The withholding of public services", nullable = true) CaseView.SanctionView sanction,
            @Schema(description = "The court stage", nullable = true) CaseView.CourtView court,
            @Schema(description = "The state attorney's office holding the SKK", nullable = true) String prosecutorOffice,
            @Schema(description = "Compliance reports, oldest first, with their verification") List<ComplianceReportEntry> complianceReports,
            @Schema(description = "Letters issued on the case, oldest first") List<LetterEntry> letters,
            @Schema(description = "Notes staff wrote at each step, oldest first") List<NoteEntry> notes,
            @Schema(description = "Who cancelled the case outside its process, and why; null unless cancelled",
                    nullable = true) Cancellation cancellation,
            @Schema(description = "Everything that happened, oldest first") List<TimelineEvent> timeline) {
    }

    @Schema(name = "AgreementFile", description = "An agreement's whole file, for the branch's staff")
    public record AgreementFile(
            @Schema(description = "Draft reference, kept for life", example = "AGR-2026-0007") String agreementId,
            @Schema(description = "Agreement number; null before registration", nullable = true) String number,
            @Schema(description = "MOU or PKS") AgreementKind kind,
            @Schema(description = "The MOU a PKS implements", nullable = true) String parentMouNumber,
            @Schema(description = "Title") String title,
            @Schema(description = "Scope") String scope,
            @Schema(description = "Purposes") List<String> purposes,
            @Schema(description = "Term in years") int termYears,
            @Schema(description = "The partner") Partner partner,
            @Schema(description = "Where it stands") AgreementStage stage,
            @Schema(description = "OPEN, ENDED or CANCELLED") String status,
            @Schema(description = "How it ended; null while open", nullable = true) AgreementOutcome outcome,
            @Schema(description = "Who proposed it", nullable = true) String proposedBy,
            @Schema(description = "The agreement it renews", nullable = true) String renewalOf,
            @Schema(description = "Signatory level and signatures") Signatures signatures,
            @Schema(description = "First day in force", nullable = true) LocalDate startDate,
            @Schema(description = "Last day in force", nullable = true) LocalDate endDate,
            @Schema(description = "NONE, SETUP, LIVE or REVOKED") String dataExchangeStatus,
            @Schema(description = "API or BATCH", nullable = true) String exchangeMechanism,
            @Schema(description = "When it was proposed") OffsetDateTime createdAt,
            @Schema(description = "When it ended", nullable = true) OffsetDateTime endedAt,
            @Schema(description = "Letters on the agreement and its amendments, oldest first") List<LetterEntry> letters,
            @Schema(description = "Round notes (legal reviews, partner responses) and staff notes, oldest first") List<NoteEntry> notes,
            @Schema(description = "Who cancelled it outside its process, and why; null unless cancelled", nullable = true)
            Cancellation cancellation,
            @Schema(description = "Everything that happened, oldest first") List<TimelineEvent> timeline) {
    }

    @Schema(name = "AgreementFilePartner", description = "The partner and both sides' contacts")
    public record Partner(@Schema(description = "Partner name") String name,
                          @Schema(description = "Kind of partner") PartnerKind kind,
                          @Schema(description = "The partner's API agency id", nullable = true) String agencyId,
                          @Schema(description = "Partner contact") String contactName,
                          @Schema(description = "Partner contact email") String contactEmail,
                          @Schema(description = "BPJS Kesehatan contact") String bpjsContactName,
                          @Schema(description = "BPJS Kesehatan contact email") String bpjsContactEmail) {
    }

    @Schema(name = "AgreementFileSignatures", description = "Signatory level and the signatures recorded")
    public record Signatures(@Schema(description = "Signatory level picked by the rules", nullable = true) String level,
                             @Schema(description = "BPJS Kesehatan's signatory", nullable = true) String bpjsSignatory,
                             @Schema(description = "Date BPJS Kesehatan signed", nullable = true) LocalDate bpjsSignedOn,
                             @Schema(description = "The partner's signatory", nullable = true) String partnerSignatory,
                             @Schema(description = "Date the partner signed", nullable = true) LocalDate partnerSignedOn) {
    }

    @Schema(name = "CaseFileComplianceReport", description = "A compliance report and its verification")
    public record ComplianceReportEntry(
            @Schema(description = "Report id") String reportId,
            @Schema(description = "What the employer did") ComplianceKind kind,
            @Schema(description = "When it was done") LocalDate date,
            @Schema(description = "Amount paid, whole rupiah", nullable = true) BigDecimal amountPaid,
            @Schema(description = "Workers registered", nullable = true) Integer workersRegistered,
            @Schema(description = "Reference of the proof", nullable = true) String reference,
            @Schema(description = "AGENCY, STAFF, INSPECTION or PROSECUTOR", nullable = true) String source,
            @Schema(description = "The agency that reported it", nullable = true) String reportingAgency,
            @Schema(description = "The officer who entered it at the branch", nullable = true) String recordedBy,
            @Schema(description = "When it was received") OffsetDateTime receivedAt,
            @Schema(description = "PENDING, VERIFIED, REJECTED or SUPERSEDED (left undecided when the case ended another way)") String status,
            @Schema(description = "When it was decided", nullable = true) OffsetDateTime decidedAt,
            @Schema(description = "Who decided it", nullable = true) String decidedBy,
            @Schema(description = "The verification notes", nullable = true) String decisionNotes) {
    }

    @Schema(name = "CaseFileLetter", description = "A letter issued")
    public record LetterEntry(@Schema(description = "Letter number (nomor surat)") String number,
                              @Schema(description = "Kind of letter") String kind,
                              @Schema(description = "When it was drawn up and numbered") OffsetDateTime issuedAt,
                              @Schema(description = "PENDING until delivered, then SENT") String status,
                              @Schema(description = "When it was delivered", nullable = true) OffsetDateTime sentAt) {
    }

    @Schema(name = "CaseFileNote", description = "A note written at a step")
    public record NoteEntry(@Schema(description = "When") OffsetDateTime at,
                            @Schema(description = "Who wrote it (user id, or agency:<id>)", nullable = true) String author,
                            @Schema(description = "At which step (task name or round note kind)") String step,
                            @Schema(description = "The note") String text) {
    }

    @Schema(name = "CaseFileCancellation", description = "A cancellation outside the process (Cockpit, REST delete)")
    public record Cancellation(@Schema(description = "When", nullable = true) OffsetDateTime at,
                               @Schema(description = "Who") String by,
                               @Schema(description = "Why", nullable = true) String reason) {
    }

    /** What a timeline event is. */
    public enum EventType {
        PROPOSED, STAGE, STEP, COMPLIANCE_REPORT, PARTNER_RESPONSE, FINE_IMPOSED, SANCTION_REQUESTED, SANCTION_LIFTED,
        LETTER, ENDED, CANCELLED
    }

    @Schema(name = "CaseFileEvent", description = "One thing that happened to the record")
    public record TimelineEvent(
            @Schema(description = "When") OffsetDateTime at,
            @Schema(description = "What kind of event") EventType type,
            @Schema(description = "What happened, in Bahasa Indonesia") String summary,
            @Schema(description = "STAFF, AGENCY or SYSTEM; null for the register's own events", nullable = true) String actorType,
            @Schema(description = "Who: user id or agency id", nullable = true) String actor,
            @Schema(description = "The BPMN task of a STEP, the stage of a STAGE, the letter kind of a LETTER",
                    nullable = true) String activityId,
            @Schema(description = "What was decided (the step's choice), or a report's status", nullable = true) String decision,
            @Schema(description = "The fields the step established", nullable = true) Map<String, Object> facts,
            @Schema(description = "The step's notes", nullable = true) String notes) {

        static TimelineEvent of(OffsetDateTime at, EventType type, String summary) {
            return new TimelineEvent(at, type, summary, null, null, null, null, null, null);
        }
    }
}
