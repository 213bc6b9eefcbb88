package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The administrative fine of PP 86/2013: 0.1% per month of the contributions that should have been
 * paid, counted from the day written warning II ends (Pasal 10 ayat (4)), for at most 30 calendar days
 * (Pasal 7 ayat (1)).
 *
 * <p>The fine period is therefore one month at most, and a month in progress counts as one whole month,
 * never more: the fine is 0.1% of the base, once. The months the employer was in arrears before the case
 * are already inside the base (the contributions that should have been paid); they are not a multiplier.
 */
@Component
public class FineCalculator {

    private static final BigDecimal RATE_PER_MONTH = new BigDecimal("0.001");
    /** 30 calendar days from the end of warning II (Pasal 7(1)) is one month of Pasal 10(4), never more. */
    private static final BigDecimal MONTHS_IN_FINE_PERIOD = BigDecimal.ONE;

    /**
     * @param contributionsOwed the contributions that should have been paid: the inspection's established
     *     figure or, without an inspection, the reported arrears ({@code CaseSettlement.outstanding(Variables)})
     */
    public BigDecimal fineFor(BigDecimal contributionsOwed) {
        if (contributionsOwed == null) {
            throw new IllegalArgumentException("contributionsOwed must not be null");
        }
        if (contributionsOwed.signum() < 0) {
            throw new IllegalArgumentException("contributionsOwed must not be negative, was " + contributionsOwed);
        }
        // Rupiah has no usable subunit, and the regulation's percentage is the most that may be
        // charged: rounding down keeps every fine within it, never billing a fraction not owed.
        return contributionsOwed
                .multiply(RATE_PER_MONTH)
                .multiply(MONTHS_IN_FINE_PERIOD)
                .setScale(0, RoundingMode.DOWN);
    }
}
