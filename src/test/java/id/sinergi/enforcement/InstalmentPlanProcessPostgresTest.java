package id.sinergi.enforcement;

import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The same paths on a real PostgreSQL server (NUMERIC, DATE and row locks as in production). */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class InstalmentPlanProcessPostgresTest extends AbstractInstalmentPlanProcessTest {
}
