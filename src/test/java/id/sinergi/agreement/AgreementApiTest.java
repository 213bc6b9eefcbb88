package id.sinergi.agreement;

/** Agreements through the agency API on the default H2 database. */
class AgreementApiTest extends AbstractAgreementApiTest {
}
