package id.sinergi.enforcement;

/** Letters that cite and carry legal effect, on H2. */
class CaseLettersMailTest extends AbstractCaseLettersMailTest {
}
