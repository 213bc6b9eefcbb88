package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The administrative fine of PP 86/2013 for an employer in arrears: 0.1% of the contributions owed
 * for each month.
 */
@Component
public class FineCalculator {

    private static final BigDecimal RATE_PER_MONTH = new BigDecimal("0.001");

    public BigDecimal fineFor(BigDecimal contributionsOwed, int monthsInArrears) {
        if (contributionsOwed == null) {
            throw new IllegalArgumentException("contributionsOwed must not be null");
        }
        if (contributionsOwed.signum() < 0) {
            throw new IllegalArgumentException("contributionsOwed must not be negative, was " + contributionsOwed);
        }
        if (monthsInArrears < 0) {
            throw new IllegalArgumentException("monthsInArrears must not be negative, was " + monthsInArrears);
        }
        // Rupiah has no usable subunit, and the regulation's percentage is the most that may be
        // charged: rounding down keeps every fine within it, never billing a fraction not owed.
        return contributionsOwed
                .multiply(RATE_PER_MONTH)
                .multiply(BigDecimal.valueOf(monthsInArrears))
                .setScale(0, RoundingMode.DOWN);
    }
}
