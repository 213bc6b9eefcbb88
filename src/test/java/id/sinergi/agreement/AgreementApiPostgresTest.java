package id.sinergi.agreement;

import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** Agreements through the agency API on a real PostgreSQL server. */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class AgreementApiPostgresTest extends AbstractAgreementApiTest {
}
