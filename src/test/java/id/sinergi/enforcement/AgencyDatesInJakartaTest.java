package id.sinergi.enforcement;

/** Agency dates judged in Asia/Jakarta, on the default H2 database. */
class AgencyDatesInJakartaTest extends AbstractAgencyDatesInJakartaTest {

    static {
        jvmFarWest();
    }
}
