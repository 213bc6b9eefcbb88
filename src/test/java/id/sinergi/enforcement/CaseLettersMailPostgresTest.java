package id.sinergi.enforcement;

import id.sinergi.support.EmbeddedPostgresInitializer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The same letters on a real PostgreSQL server (and migration V9 with it). */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class CaseLettersMailPostgresTest extends AbstractCaseLettersMailTest {
}
