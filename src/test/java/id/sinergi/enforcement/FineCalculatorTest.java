package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * PP 86/2013 Pasal 10(4): 0.1% per month of the contributions that should have been paid, counted from
 * the end of warning II; Pasal 7(1): for at most 30 days. So 0.1% of the base once, whatever the months
 * in arrears before the case. Expected values are worked out by hand in each row's comment.
 */
class FineCalculatorTest {

    private final FineCalculator fines = new FineCalculator();

    @ParameterizedTest(name = "{0}: base {1} gives fine {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # 24 months in arrears, Rp182,500,000 established: 182,500,000 / 1,000 = 182,500 (once, not x24 = 4,380,000)
            24-month debtor              | 182500000  | 182500
            # 1 month in arrears, Rp7,604,166 established: 7,604,166 / 1,000 = 7,604.166 -> 7,604 (same rule)
            1-month debtor               | 7604166    | 7604
            # nothing established: 0 / 1,000 = 0
            nothing owed                 | 0          | 0
            # 1,234,567 / 1,000 = 1,234.567 -> 1,234 (down, not 1,235)
            fraction is dropped          | 1234567    | 1234
            # 999 / 1,000 = 0.999 -> 0
            under a thousand rupiah      | 999        | 0
            # 1,000,999.99 / 1,000 = 1,000.99999 -> 1,000
            base with cents              | 1000999.99 | 1000
            # Rp90 quadrillion / 1,000 = 90 trillion: no overflow
            very large base              | 90000000000000000 | 90000000000000
            """)
    void fineIsOneTenthOfAPercentOfTheBaseOnceRoundedDown(String row, BigDecimal base, BigDecimal expected) {
        assertThat(fines.fineFor(base)).as(row).isEqualTo(expected);
    }

    @Test
    void monthsInArrearsBeforeTheCaseAreNotAMultiplier() {
        // The old rule (0.1% x 24 months) would have charged Rp4,380,000 on Rp182,500,000.
        assertThat(fines.fineFor(new BigDecimal("182500000"))).isNotEqualTo(new BigDecimal("4380000"))
                .isEqualTo(new BigDecimal("182500"));
    }

    @Test
    void resultIsWholeRupiah() {
        assertThat(fines.fineFor(new BigDecimal("15750000.00")).scale()).isZero();
    }

    @Test
    void negativeBaseIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fines.fineFor(new BigDecimal("-1")))
                .withMessageContaining("contributionsOwed");
    }

    @Test
    void missingBaseIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fines.fineFor(null))
                .withMessageContaining("contributionsOwed");
    }
}
