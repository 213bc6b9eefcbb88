package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FineCalculatorTest {

    private final FineCalculator fines = new FineCalculator();

    @Test
    void threeMonthsOnFifteenMillionSevenHundredFiftyThousandIsFortySevenThousandTwoHundredFifty() {
        assertThat(fines.fineFor(new BigDecimal("15750000"), 3)).isEqualTo(new BigDecimal("47250"));
    }

    @Test
    void fractionsOfARupiahAreDroppedNotRoundedUp() {
        // 1,234,567 x 0.1% = 1,234.567
        assertThat(fines.fineFor(new BigDecimal("1234567"), 1)).isEqualTo(new BigDecimal("1234"));
        assertThat(fines.fineFor(new BigDecimal("999"), 1)).isEqualTo(new BigDecimal("0"));
    }

    @Test
    void owedAmountsWithCentsAreHandled() {
        // 1,000,999.99 x 0.1% x 2 = 2,001.99998
        assertThat(fines.fineFor(new BigDecimal("1000999.99"), 2)).isEqualTo(new BigDecimal("2001"));
    }

    @Test
    void largeAmountsDoNotOverflow() {
        // Rp 90 quadrillion for 120 months: far beyond long arithmetic on cents.
        BigDecimal owed = new BigDecimal("90000000000000000");
        assertThat(fines.fineFor(owed, 120)).isEqualTo(new BigDecimal("10800000000000000"));
        assertThat(fines.fineFor(owed, Integer.MAX_VALUE))
                .isEqualTo(new BigDecimal("193273528230000000000000"));
    }

    @Test
    void zeroMonthsMeansNoFine() {
        assertThat(fines.fineFor(new BigDecimal("15750000"), 0)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void nothingOwedMeansNoFine() {
        assertThat(fines.fineFor(BigDecimal.ZERO, 12)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void resultIsWholeRupiah() {
        assertThat(fines.fineFor(new BigDecimal("15750000.00"), 3).scale()).isZero();
    }

    @Test
    void negativeAmountIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fines.fineFor(new BigDecimal("-1"), 1))
                .withMessageContaining("contributionsOwed");
    }

    @Test
    void missingAmountIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fines.fineFor(null, 1))
                .withMessageContaining("contributionsOwed");
    }

    @Test
    void negativeMonthsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> fines.fineFor(new BigDecimal("15750000"), -1))
                .withMessageContaining("monthsInArrears");
    }
}
