package id.sinergi.casefile;

import id.sinergi.agreement.Agreement;
import id.sinergi.agreement.AgreementProcess;
import id.sinergi.agreement.AgreementRepository;
import id.sinergi.casefile.CaseFile.AgreementFile;
import id.sinergi.casefile.CaseFile.Cancellation;
import id.sinergi.casefile.CaseFile.ComplianceReportEntry;
import id.sinergi.casefile.CaseFile.EnforcementCaseFile;
import id.sinergi.casefile.CaseFile.EventType;
import id.sinergi.casefile.CaseFile.LetterEntry;
import id.sinergi.casefile.CaseFile.NoteEntry;
import id.sinergi.casefile.CaseFile.TimelineEvent;
import id.sinergi.enforcement.CaseSections;
import id.sinergi.enforcement.CaseView;
import id.sinergi.enforcement.ComplianceKind;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.EnforcementCaseRepository;
import id.sinergi.privacy.PersonalDataAccessLog;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import id.sinergi.system.StaffUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a case's or an agreement's whole file from the register (a fixed number of queries per file) and
 * records the read. Whoever works a process may read its records' files: the groups of its
 * {@link ProcessAccess}, and administrators.
 */
@Service
class CaseFiles {

    /** Events at the same instant, in the order they happen: a step's decision before the stage it leads to. */
    private static final Map<EventType, Integer> SAME_INSTANT_ORDER = Map.ofEntries(
            Map.entry(EventType.PROPOSED, 0), Map.entry(EventType.COMPLIANCE_REPORT, 1), Map.entry(EventType.PARTNER_RESPONSE, 1),
            Map.entry(EventType.STEP, 2), Map.entry(EventType.STAGE, 3), Map.entry(EventType.FINE_IMPOSED, 4),
            Map.entry(EventType.SANCTION_REQUESTED, 4), Map.entry(EventType.LETTER, 5), Map.entry(EventType.SANCTION_LIFTED, 5),
            Map.entry(EventType.ENDED, 6), Map.entry(EventType.CANCELLED, 7));

    private final JdbcClient jdbc;
    private final EnforcementCaseRepository cases;
    private final CaseSections sections;
    private final AgreementRepository agreements;
    private final RecordEntries entries;
    private final PersonalDataAccessLog reads;
    private final Map<String, ProcessAccess> access;

    CaseFiles(JdbcClient jdbc, EnforcementCaseRepository cases, CaseSections sections, AgreementRepository agreements,
              RecordEntries entries, PersonalDataAccessLog reads, List<ProcessAccess> access) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.sections = sections;
        this.agreements = agreements;
        this.entries = entries;
        this.reads = reads;
        this.access = access.stream().collect(Collectors.toMap(ProcessAccess::processKey, a -> a));
    }

    @Transactional
    EnforcementCaseFile caseFile(StaffUser staff, String caseNumber, String channel, String requestId) {
        requireReader(staff, EnforcementCaseProcess.KEY, "enforcement cases");
        EnforcementCase c = cases.find(caseNumber).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "case-not-found",
                "Case not found", "No enforcement case " + caseNumber + " exists."));
        var extra = jdbc.sql("""
                SELECT report_source, employer_district, cancelled_by, cancel_reason FROM enforcement_case WHERE case_number = ?
                """).param(caseNumber).query((rs, n) -> new String[] {rs.getString("report_source"),
                rs.getString("employer_district"), rs.getString("cancelled_by"), rs.getString("cancel_reason")}).single();
        var ladder = sections.of(List.of(caseNumber)).getOrDefault(caseNumber, CaseSections.Sections.NONE);
        var steps = entries.of(RecordType.ENFORCEMENT_CASE, caseNumber);
        var reports = complianceReports(caseNumber);
        var letters = letters("case_reference = ?", caseNumber);
        Cancellation cancellation = "CANCELLED".equals(c.status())
                ? new Cancellation(c.closedAt(), extra[2] == null ? "system" : extra[2], extra[3]) : null;

        List<TimelineEvent> timeline = new ArrayList<>();
        jdbc.sql("SELECT stage, entered_at FROM enforcement_case_stage WHERE case_number = ? ORDER BY entered_at, id")
                .param(caseNumber).query((rs, n) -> new TimelineEvent(rs.getObject("entered_at", OffsetDateTime.class),
                        EventType.STAGE, "Masuk tahap " + Labels.stage(rs.getString("stage")), null, null, rs.getString("stage"), null, null, null))
                .list().forEach(timeline::add);
        steps.forEach(step -> timeline.add(stepEvent(step)));
        reports.forEach(r -> timeline.add(new TimelineEvent(r.receivedAt(), EventType.COMPLIANCE_REPORT,
                "Laporan kepatuhan " + Labels.complianceKind(String.valueOf(r.kind())) + " diterima", r.reportingAgency() != null ? "AGENCY" : r.recordedBy() != null ? "STAFF" : null,
                r.reportingAgency() != null ? r.reportingAgency() : r.recordedBy(), null, r.status(), null, null)));
        letters.forEach(letter -> timeline.add(letterEvent(letter)));
        if (ladder.fine() != null && ladder.fine().imposedAt() != null) {
            timeline.add(TimelineEvent.of(ladder.fine().imposedAt(), EventType.FINE_IMPOSED,
                    "Denda administratif ditetapkan: Rp" + ladder.fine().amount().toPlainString()));
        }
        if (ladder.sanction() != null && ladder.sanction().requestedAt() != null) {
            timeline.add(TimelineEvent.of(ladder.sanction().requestedAt(), EventType.SANCTION_REQUESTED,
                    "Permintaan sanksi tidak mendapat pelayanan publik tertentu dikirim"));
        }
        if (ladder.sanction() != null && ladder.sanction().liftedAt() != null) {
            timeline.add(TimelineEvent.of(ladder.sanction().liftedAt(), EventType.SANCTION_LIFTED,
                    "Sanksi pelayanan publik dicabut"));
        }
        if (cancellation != null) {
            timeline.add(cancelEvent(cancellation));
        }

        reads.record(ActorType.STAFF, staff.userId(), channel, requestId,
                List.of(new Read(RecordType.ENFORCEMENT_CASE, caseNumber, c.employerNib())));
        return new EnforcementCaseFile(c.caseNumber(), c.status(), c.stage(), c.outcome(), extra[0], c.reportedBy(),
                c.reportingAgency(), c.reporterReference(), c.reportedAt(), c.closedAt(),
                new CaseView.EmployerView(c.employerNib(), c.employerNpwp(), c.employerName(), c.employerAddress(),
                        c.employerEmail(), c.sizeClass()), extra[1],
                new CaseView.ViolationView(c.violationType(), c.workersAffected(), c.arrearsAmount(), c.monthsInArrears(),
                        c.description()),
                ladder.inspection(), ladder.fine(), ladder.instalmentPlan(), ladder.sanction(), ladder.court(),
                c.prosecutorOffice(), reports, letters, stepNotes(steps, Set.of()), cancellation, ordered(timeline));
    }

    @Transactional
    AgreementFile agreementFile(StaffUser staff, String agreementId, String channel, String requestId) {
        requireReader(staff, AgreementProcess.KEY, "agreements");
        Agreement a = agreements.find(agreementId).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "agreement-not-found", "Agreement not found", "No agreement " + agreementId + " exists."));
        var cancelled = jdbc.sql("SELECT cancelled_by, cancel_reason FROM agreement WHERE agreement_id = ?").param(agreementId)
                .query((rs, n) -> new String[] {rs.getString("cancelled_by"), rs.getString("cancel_reason")}).single();
        var steps = entries.of(RecordType.AGREEMENT, agreementId);
        var roundNotes = agreements.notes(agreementId);
        // Amendment rounds write their letters under the agreement id with a suffix (AGR-2026-0007-A1).
        var letters = letters("(case_reference = ? OR case_reference LIKE ?)", agreementId, agreementId + "-%");
        Cancellation cancellation = "CANCELLED".equals(a.status())
                ? new Cancellation(a.endedAt(), cancelled[0] == null ? "system" : cancelled[0], cancelled[1]) : null;

        List<NoteEntry> notes = new ArrayList<>();
        roundNotes.stream().filter(note -> note.notes() != null && !note.notes().isBlank())
                .forEach(note -> notes.add(new NoteEntry(note.at(), note.author(), Labels.noteKind(note.kind()) + " putaran " + note.round(), note.notes())));
        // A legal review's notes are both a round note and its step's notes: listed once.
        notes.addAll(stepNotes(steps, notes.stream().map(NoteEntry::text).collect(Collectors.toSet())));
        notes.sort(Comparator.comparing(NoteEntry::at));

        List<TimelineEvent> timeline = new ArrayList<>();
        timeline.add(new TimelineEvent(a.createdAt(), EventType.PROPOSED, "Usulan kerja sama dicatat",
                a.proposedBy() == null ? null : "STAFF", a.proposedBy(), null, null, null, null));
        steps.forEach(step -> timeline.add(stepEvent(step)));
        // A partner answering a draft through the API is a step no task records.
        roundNotes.stream().filter(note -> note.author() != null && note.author().startsWith("agency:"))
                .forEach(note -> timeline.add(new TimelineEvent(note.at(), EventType.PARTNER_RESPONSE,
                        "Tanggapan mitra atas draf putaran " + note.round() + " melalui API", "AGENCY",
                        note.author().substring("agency:".length()), null, note.decision(), null, note.notes())));
        letters.forEach(letter -> timeline.add(letterEvent(letter)));
        if (cancellation != null) {
            timeline.add(cancelEvent(cancellation));
        } else if (a.endedAt() != null) {
            timeline.add(new TimelineEvent(a.endedAt(), EventType.ENDED, "Kerja sama berakhir", null, null, null,
                    a.outcome() == null ? null : a.outcome().name(), null, null));
        }

        reads.record(ActorType.STAFF, staff.userId(), channel, requestId, List.of(new Read(RecordType.AGREEMENT, agreementId, null)));
        return new AgreementFile(a.agreementId(), a.agreementNumber(), a.kind(), a.parentMouNumber(), a.title(), a.scope(),
                a.purposes(), a.termYears(), new CaseFile.Partner(a.partnerName(), a.partnerKind(), a.partnerAgencyId(),
                a.partnerContactName(), a.partnerContactEmail(), a.bpjsContactName(), a.bpjsContactEmail()),
                a.stage(), a.status(), a.outcome(), a.proposedBy(), a.renewalOf(),
                new CaseFile.Signatures(a.signatoryLevel(), a.bpjsSignatory(), a.bpjsSignedOn(), a.partnerSignatory(),
                        a.partnerSignedOn()),
                a.startDate(), a.endDate(), a.dataExchangeStatus(), a.exchangeMechanism(), a.createdAt(), a.endedAt(),
                letters, notes, cancellation, ordered(timeline));
    }

    /** Staff who work the process (its candidate groups) and administrators; anyone else is refused before any look-up. */
    private void requireReader(StaffUser staff, String processKey, String what) {
        var groups = access.containsKey(processKey) ? access.get(processKey).groups() : List.<String>of();
        if (!staff.isIn(Groups.ADMINS) && groups.stream().noneMatch(staff::isIn)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The files of " + what + " are for the groups that work them.");
        }
    }

    private List<ComplianceReportEntry> complianceReports(String caseNumber) {
        return jdbc.sql("""
                SELECT id, kind, compliance_date, amount_paid, workers_registered, reference, source, reporting_agency,
                    recorded_by, received_at, status, decided_at, decided_by, decision_notes
                FROM compliance_report WHERE case_number = ? ORDER BY received_at, id
                """).param(caseNumber)
                .query((rs, n) -> new ComplianceReportEntry(rs.getString("id"), ComplianceKind.valueOf(rs.getString("kind")),
                        rs.getObject("compliance_date", LocalDate.class), rs.getBigDecimal("amount_paid"),
                        rs.getObject("workers_registered", Integer.class), rs.getString("reference"), rs.getString("source"),
                        rs.getString("reporting_agency"), rs.getString("recorded_by"), rs.getObject("received_at", OffsetDateTime.class),
                        rs.getString("status"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
                        rs.getString("decision_notes")))
                .list();
    }

    private List<LetterEntry> letters(String where, Object... params) {
        return jdbc.sql("SELECT letter_number, kind, created_at, status, sent_at FROM letter WHERE " + where
                        + " ORDER BY created_at, id").params(params)
                .query((rs, n) -> new LetterEntry(rs.getString("letter_number"), rs.getString("kind"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getString("status"),
                        rs.getObject("sent_at", OffsetDateTime.class)))
                .list();
    }

    private static TimelineEvent stepEvent(RecordEntries.Entry step) {
        return new TimelineEvent(step.at(), EventType.STEP, step.activityName() == null ? step.activityId() : step.activityName(),
                step.actorType().name(), step.actor(), step.activityId(), step.decision(), step.facts(), step.notes());
    }

    private static TimelineEvent letterEvent(LetterEntry letter) {
        return new TimelineEvent(letter.issuedAt(), EventType.LETTER, Labels.letterKind(String.valueOf(letter.kind())) + " nomor " + letter.number(),
                null, null, letter.kind(), letter.status(), null, null);
    }

    private static TimelineEvent cancelEvent(Cancellation cancellation) {
        return new TimelineEvent(cancellation.at(), EventType.CANCELLED, "Dibatalkan di luar proses",
                "system".equals(cancellation.by()) ? "SYSTEM" : "STAFF", cancellation.by(),
                null, null, null, cancellation.reason());
    }

    private static List<NoteEntry> stepNotes(List<RecordEntries.Entry> steps, Set<String> alreadyListed) {
        return steps.stream().filter(step -> step.notes() != null && !alreadyListed.contains(step.notes()))
                .map(step -> new NoteEntry(step.at(), step.actor(),
                        step.activityName() == null ? step.activityId() : step.activityName(), step.notes()))
                .toList();
    }

    /** Oldest first; events of one instant in the order they happen (a stable sort keeps each source's own order). */
    private static List<TimelineEvent> ordered(List<TimelineEvent> events) {
        events.sort(Comparator.comparing(TimelineEvent::at, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(event -> SAME_INSTANT_ORDER.get(event.type())));
        return events;
    }
}
