package id.sinergi.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The employer missed an instalment of the plan agreed before the state attorney: the attorney is told. */
@Component("reportInstalmentDefault")
class ReportInstalmentDefaultDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // letter comes with the letters branch
    }
}
