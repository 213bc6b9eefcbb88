package id.sinergi.enforcement;

/** The instalment plan on the zero-setup database (H2). */
class InstalmentPlanProcessTest extends AbstractInstalmentPlanProcessTest {
}
