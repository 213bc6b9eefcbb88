package id.sinergi.agreement;

/** The agreement paths on the default H2 database. */
class AgreementProcessTest extends AbstractAgreementProcessTest {
}
