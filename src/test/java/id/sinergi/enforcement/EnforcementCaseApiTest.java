package id.sinergi.enforcement;

/** The agency API on the default H2 database. */
class EnforcementCaseApiTest extends AbstractEnforcementCaseApiTest {
}
