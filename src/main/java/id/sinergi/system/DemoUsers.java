package id.sinergi.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: one invented user per group, password from SINERGI_DEMO_PASSWORD (default "demo"). */
@Component
@Profile("demo")
@Order(10)
class DemoUsers {

    record DemoUser(String id, String firstName, String lastName, String group) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("officer", "Rina", "Petugas", Groups.ENFORCEMENT_OFFICERS),
            new DemoUser("inspector", "Bagus", "Pemeriksa", Groups.INSPECTORS),
            new DemoUser("legal", "Sari", "Hukum", Groups.LEGAL),
            new DemoUser("manager", "Dimas", "Manajer", Groups.MANAGERS),
            new DemoUser("partnerships", "Ayu", "Kemitraan", Groups.PARTNERSHIPS),
            new DemoUser("dirut", "Hendra", "Direktur Utama", Groups.SIGNATORY_PRESIDENT_DIRECTOR),
            new DemoUser("direktur", "Wulan", "Direktur", Groups.SIGNATORY_DIRECTOR),
            new DemoUser("deputi", "Agus", "Deputi Wilayah", Groups.SIGNATORY_REGIONAL_DEPUTY),
            new DemoUser("kacab", "Lestari", "Kepala Cabang", Groups.SIGNATORY_BRANCH_HEAD),
            new DemoUser("monitor", "Sistem", "Pemantauan", Groups.MONITORING));

    private final IdentityService identity;
    private final String password;

    DemoUsers(IdentityService identity, @Value("${sinergi.demo.password}") String password) {
        this.identity = identity;
        this.password = password;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void create() {
        for (DemoUser demo : USERS) {
            if (identity.createUserQuery().userId(demo.id()).count() > 0) {
                continue;
            }
            var user = identity.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@sinergi.example");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createMembership(demo.id(), demo.group());
        }
    }
}
