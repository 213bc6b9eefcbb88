package id.sinergi.enforcement;

import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** Agency dates judged in Asia/Jakarta, on a real PostgreSQL server. */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class AgencyDatesInJakartaPostgresTest extends AbstractAgencyDatesInJakartaTest {

    static {
        jvmFarWest();
    }
}
