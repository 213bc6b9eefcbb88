package id.sinergi.enforcement;

import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The agency API on a real PostgreSQL server. */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class EnforcementCaseApiPostgresTest extends AbstractEnforcementCaseApiTest {
}
