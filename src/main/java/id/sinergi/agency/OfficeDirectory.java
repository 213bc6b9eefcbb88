package id.sinergi.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sinergi.offices.*}: the government offices letters go to.
 *
 * <ul>
 *   <li>{@code districts}: each kota/kabupaten of the branch with its licensing office (DPMPTSP, which
 *       withholds and restores public services, PP 86/2013 Pasal 9) and its labour office (Dinas Tenaga
 *       Kerja, whose labour inspectors join a joint inspection and which is copied on its summons).</li>
 *   <li>{@code default-district}: the district the branch picks when a case's district is not known.</li>
 *   <li>{@code oss}: the office behind licences issued centrally through OSS-RBA (Kementerian
 *       Investasi/BKPM), asked alongside the district office to withhold them.</li>
 *   <li>{@code prosecutors}: the prosecutors' offices that can hold a special power of attorney. A
 *       prosecutor's office id is also its agency id in the agency API.</li>
 * </ul>
 */
@ConfigurationProperties("sinergi.offices")
public record OfficeDirectory(List<District> districts, String defaultDistrict, Office oss, List<Prosecutor> prosecutors) {

    public OfficeDirectory {
        districts = districts == null ? List.of() : List.copyOf(districts);
        prosecutors = prosecutors == null ? List.of() : List.copyOf(prosecutors);
        if (defaultDistrict != null && districts.stream().noneMatch(d -> d.id().equals(defaultDistrict))) {
            throw new IllegalArgumentException("sinergi.offices.default-district " + defaultDistrict + " is not among the districts");
        }
    }

    /** An office letters are addressed to; {@code id} becomes the letter's occasion when one step writes to several. */
    public record Office(String id, String name, String email) {
    }

    /** A kota or kabupaten of the branch; a tembusan names the head of its labour office ("Kepala " + name). */
    public record District(String id, String name, Office licensing, Office labour) {
    }

    public record Prosecutor(String id, String name, String email) {
    }

    public Optional<District> district(String id) {
        return districts.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The case's district if it is one of the branch's, else the one the branch picks. */
    public District districtOrDefault(String id) {
        return district(id).or(() -> district(defaultDistrict)).orElseThrow(() ->
                new IllegalStateException("No district " + id + " and no sinergi.offices.default-district configured"));
    }

    /** The licensing office of the branch's default district (the one office before districts were known). */
    public Office licensing() {
        return districtOrDefault(defaultDistrict).licensing();
    }

    public Optional<Prosecutor> prosecutor(String id) {
        return prosecutors.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
