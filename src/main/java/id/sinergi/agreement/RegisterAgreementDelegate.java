package id.sinergi.agreement;

import static id.sinergi.agreement.AgreementProcess.Vars;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Gives the signed agreement its number (sequential per kind and year, never reused), its term from the
 * later signature, and makes the number the process's business key.
 */
@Component("registerAgreement")
class RegisterAgreementDelegate implements JavaDelegate {


    private final AgreementRepository agreements;
    private final AgreementNumbers numbers;
    private final AgreementDeadlines deadlines;

    RegisterAgreementDelegate(AgreementRepository agreements, AgreementNumbers numbers, AgreementDeadlines deadlines) {
        this.agreements = agreements;
        this.numbers = numbers;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = AgreementProcess.variables(execution);
        String agreementId = agreements.idOf(execution);
        LocalDate bpjsSigned = variables.date(Vars.BPJS_SIGNED_DATE, deadlines.zone());
        LocalDate partnerSigned = variables.date(Vars.PARTNER_SIGNED_DATE, deadlines.zone());
        LocalDate start = bpjsSigned.isAfter(partnerSigned) ? bpjsSigned : partnerSigned;
        LocalDate end = deadlines.endDate(start, variables.termYears());
        String number = numbers.next(variables.kind(), deadlines.today());

        agreements.recordSignatures(agreementId, variables.string(Vars.BPJS_SIGNATORY), bpjsSigned,
                variables.string(Vars.PARTNER_SIGNATORY), partnerSigned);
        agreements.register(agreementId, number, start, end);
        agreements.update(agreementId, "signatory_level", variables.string(Vars.SIGNATORY_LEVEL));
        execution.setProcessBusinessKey(number);
        execution.setVariable(Vars.AGREEMENT_NUMBER, number);
        execution.setVariables(deadlines.termVariables(start, end));
    }
}
