package id.sinergi.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code sinergi.branch.*}: the BPJS branch office whose letterhead the letters carry. */
@ConfigurationProperties("sinergi.branch")
public record BranchSettings(String name, String code, String city, String head) {
}
