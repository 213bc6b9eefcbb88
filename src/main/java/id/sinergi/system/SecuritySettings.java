package id.sinergi.system;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sinergi.security.*}: throttling of failed logins by client address.
 *
 * @param loginFailuresPerMinute failed logins one address may make in {@code loginFailureWindow} before
 *                               its logins are refused (429) for the rest of that window
 * @param loginFailureWindow     the window failures are counted in
 * @param trustedProxies         addresses of reverse proxies whose {@code X-Forwarded-For} is believed;
 *                               empty (the default) means the TCP peer is the client
 */
@ConfigurationProperties("sinergi.security")
public record SecuritySettings(
        @DefaultValue("10") int loginFailuresPerMinute,
        @DefaultValue("1m") Duration loginFailureWindow,
        @DefaultValue List<String> trustedProxies) {
}
