package id.sinergi.notification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code sinergi.mail.*}: the sender, and where letters go when no SMTP host is configured. */
@ConfigurationProperties("sinergi.mail")
public record NotificationSettings(String from, Path outboxDir) {
}
