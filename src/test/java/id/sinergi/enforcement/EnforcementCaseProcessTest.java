package id.sinergi.enforcement;

/** The enforcement process on the zero-setup database (H2). */
class EnforcementCaseProcessTest extends AbstractEnforcementCaseProcessTest {
}
