package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.enforcement.InstalmentRules.Scheduled;
import id.sinergi.system.ContractViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The instalment rules as the README states them; every expected value is worked out by hand from the rule. */
class InstalmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void equalWholeRupiahWithTheRemainderOnTheLast() {
        // 10,000,001 / 3 = 3,333,333 remainder 2: the last instalment carries it.
        assertThat(InstalmentRules.schedule(10_000_001, 3, LocalDate.of(2026, 4, 15))).containsExactly(
                new Scheduled(1, LocalDate.of(2026, 4, 15), 3_333_333),
                new Scheduled(2, LocalDate.of(2026, 5, 15), 3_333_333),
                new Scheduled(3, LocalDate.of(2026, 6, 15), 3_333_335));
    }

    @ParameterizedTest(name = "Rp{0} in {1}: {2} each, last {3}")
    @CsvSource({
            "12000000, 12, 1000000, 1000000",
            "12000011, 12, 1000000, 1000011",
            "4320000, 1, 4320000, 4320000",
            "7, 7, 1, 1",
            "100, 6, 16, 20"})
    void amountsAddUpToTheTotal(long total, int count, long each, long last) {
        List<Scheduled> plan = InstalmentRules.schedule(total, count, LocalDate.of(2026, 4, 1));
        assertThat(plan).hasSize(count);
        assertThat(plan.subList(0, count - 1)).allSatisfy(instalment -> assertThat(instalment.amount()).isEqualTo(each));
        assertThat(plan.get(count - 1).amount()).isEqualTo(last);
        assertThat(plan.stream().mapToLong(Scheduled::amount).sum()).isEqualTo(total);
    }

    @Test
    void dueDatesKeepTheFirstDayOfMonthClampedToTheMonthEnd() {
        assertThat(InstalmentRules.schedule(400, 4, LocalDate.of(2027, 1, 31))).extracting(Scheduled::dueDate)
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30));
        // A leap year gives 29 February.
        assertThat(InstalmentRules.schedule(200, 2, LocalDate.of(2028, 1, 31))).extracting(Scheduled::dueDate)
                .containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2028, 2, 29));
        // Twelve instalments end eleven months after the first: within twelve months.
        assertThat(InstalmentRules.schedule(1200, 12, LocalDate.of(2026, 12, 31)).get(11).dueDate())
                .isEqualTo(LocalDate.of(2027, 11, 30));
    }

    @ParameterizedTest(name = "{0} instalments, first due {1}, signed {2}: refused on {3}")
    @CsvSource({
            "13, 2026-03-20, 2026-03-10, instalmentCount",
            "0, 2026-03-20, 2026-03-10, instalmentCount",
            "3, 2026-03-09, 2026-03-10, firstDueDate",
            "3, 2026-04-10, 2026-03-10, firstDueDate",
            "3, 2026-03-20, 2026-03-11, planSignedOn"})
    void aPlanOutsideTheRulesIsRefusedNamingTheField(int count, LocalDate firstDue, LocalDate signedOn, String field) {
        assertThatThrownBy(() -> InstalmentRules.check(1_000_000, count, firstDue, signedOn, TODAY))
                .isInstanceOfSatisfying(ContractViolationException.class,
                        refused -> assertThat((String) refused.getDetail()).isEqualTo(field))
                .hasMessageContaining(field);
    }

    @ParameterizedTest(name = "{0} instalments, first due {1}, signed {2}: accepted")
    @CsvSource({
            "12, 2026-03-10, 2026-03-10",  // first due on the signing day, signed today
            "1, 2026-03-11, 2026-02-09",   // thirty days after signing, signed a month ago
            "3, 2026-03-31, 2026-03-01"})
    void aPlanWithinTheRulesIsAccepted(int count, LocalDate firstDue, LocalDate signedOn) {
        assertThatCode(() -> InstalmentRules.check(1_000_000, count, firstDue, signedOn, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void noInstalmentMayBeZeroRupiah() {
        assertThatThrownBy(() -> InstalmentRules.check(5, 6, TODAY, TODAY, TODAY))
                .isInstanceOfSatisfying(ContractViolationException.class,
                        refused -> assertThat((String) refused.getDetail()).isEqualTo("instalmentCount"));
        assertThatCode(() -> InstalmentRules.check(6, 6, TODAY, TODAY, TODAY)).doesNotThrowAnyException();
    }
}
