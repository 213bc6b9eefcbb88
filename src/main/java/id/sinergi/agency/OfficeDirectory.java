package id.sinergi.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sinergi.offices.*}: the government offices letters go to: the licensing office that withholds
 * public services (TMP3T) and the prosecutors' offices that can hold a special power of attorney.
 * A prosecutor's office id is also its agency id in the agency API.
 */
@ConfigurationProperties("sinergi.offices")
public record OfficeDirectory(Office licensing, List<Prosecutor> prosecutors) {

    public record Office(String name, String email) {
    }

    public record Prosecutor(String id, String name, String email) {
    }

    public Optional<Prosecutor> prosecutor(String id) {
        return prosecutors.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
