package id.sinergi.agreement;

import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The same paths on a real PostgreSQL server. */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class AgreementProcessPostgresTest extends AbstractAgreementProcessTest {
}
