package id.sinergi.agreement;

import id.sinergi.notification.Formats;
import id.sinergi.system.Sequences;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Agreement numbers: {@code PKS/0003/KC-PKL/XI/2026}, sequential per kind and year, never reused. */
@Component
class AgreementNumbers {

    private final Sequences sequences;
    private final AgreementSettings settings;

    AgreementNumbers(Sequences sequences, AgreementSettings settings) {
        this.sequences = sequences;
        this.settings = settings;
    }

    /**
     * The draft reference an agreement carries from its proposal on: {@code AGR-2026-0007}. An identifier,
     * drawn and committed at once; the registration number below is the register's and stays gap-free.
     */
    String nextDraftReference(LocalDate proposedOn) {
        return "AGR-%d-%04d".formatted(proposedOn.getYear(), sequences.nextUnique("agreement-draft", proposedOn.getYear()));
    }

    String next(AgreementKind kind, LocalDate registeredOn) {
        return "%s/%04d/%s/%s/%d".formatted(kind, sequences.next("agreement-" + kind, registeredOn.getYear()),
                settings.numberOffice(), Formats.romanMonth(registeredOn.getMonthValue()), registeredOn.getYear());
    }
}
