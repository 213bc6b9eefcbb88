package id.sinergi;

import id.sinergi.agency.AgencyCommandLine;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SinergiApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(SinergiApplication.class);
        if (AgencyCommandLine.isCommand(args)) {
            // An admin command against the same database: no fixed port (the server may be running), no
            // job execution, and it exits when done.
            application.setDefaultProperties(Map.of(
                    "server.port", "0",
                    "camunda.bpm.job-execution.enabled", "false",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "WARN"));
        }
        application.run(args);
    }
}
