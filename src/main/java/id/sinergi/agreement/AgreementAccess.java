package id.sinergi.agreement;

import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AgreementAccess {

    /** The inter-agency relations unit starts agreements from Tasklist; the others work their tasks. */
    @Bean
    ProcessAccess agreementProcessAccess() {
        List<String> groups = new ArrayList<>(List.of(Groups.PARTNERSHIPS, Groups.LEGAL, Groups.MANAGERS));
        groups.addAll(Groups.SIGNATORIES);
        return new ProcessAccess(AgreementProcess.KEY, groups, List.of(Groups.PARTNERSHIPS));
    }
}
