package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Without the demo profile the only account is the admin whose password comes from configuration. */
@SpringBootTest
@ActiveProfiles("test")
class IdentityOutsideDemoTest {

    @Autowired
    IdentityService identity;

    @Test
    void onlyTheConfiguredAdminExistsButEveryWorkGroupDoes() {
        assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
        assertThat(identity.checkPassword("admin", "test-admin-password")).isTrue();
        assertThat(identity.checkPassword("admin", "demo")).isFalse();
        for (String group : Groups.STAFF) {
            assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
    }
}
