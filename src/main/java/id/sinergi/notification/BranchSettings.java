package id.sinergi.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sinergi.branch.*}: the BPJS branch office whose letterhead (kop) the letters carry. {@code head} is
 * the branch head's position as letters name it; who signs is in {@link SignatorySettings}.
 */
@ConfigurationProperties("sinergi.branch")
public record BranchSettings(String name, String code, String city, String head, String address, String phone,
                             String email, String website) {
}
