package id.sinergi.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without the administrator's password. Configuration binding would otherwise keep an
 * unset {@code ${SINERGI_ADMIN_PASSWORD}} as the literal password, a value anyone can read in the repo.
 */
public class AdminPasswordCheck implements EnvironmentPostProcessor {

    static final String PROPERTY = "camunda.bpm.admin-user.password";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String password;
        try {
            password = environment.getProperty(PROPERTY);
        } catch (IllegalArgumentException unresolved) {
            password = null;
        }
        if (password == null || password.isBlank() || password.contains("${")) {
            throw new IllegalStateException("Set SINERGI_ADMIN_PASSWORD to the Camunda administrator's password "
                    + "(or run with the demo profile, which uses SINERGI_DEMO_PASSWORD, default 'demo').");
        }
    }
}
