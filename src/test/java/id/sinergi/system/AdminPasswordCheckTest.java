package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Outside the demo profile the application does not start with a missing or literal admin password. */
class AdminPasswordCheckTest {

    private final AdminPasswordCheck check = new AdminPasswordCheck();

    @Test
    void anUnsetEnvironmentVariableStopsTheStart() {
        var environment = environment(Map.of(AdminPasswordCheck.PROPERTY, "${SINERGI_ADMIN_PASSWORD_NOT_SET_IN_TESTS}"));
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("Set SINERGI_ADMIN_PASSWORD");
    }

    @Test
    void aBlankPasswordStopsTheStart() {
        var environment = environment(Map.of(AdminPasswordCheck.PROPERTY, " "));
        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConfiguredPasswordPasses() {
        var environment = environment(Map.of("ADMIN_SECRET", "k0rek-t", AdminPasswordCheck.PROPERTY, "${ADMIN_SECRET}"));
        assertThatCode(() -> check.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
