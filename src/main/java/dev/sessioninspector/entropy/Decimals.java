package dev.sessioninspector.entropy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Fixed-point text of a double, exactly what {@code String.format(Locale.ROOT, "%.Nf", v)} writes, without
 * {@link java.util.Formatter}: its first use loads the format-string parser and the root locale's number symbols,
 * about a tenth of a second of a short {@code entropy --bits} run. Like the formatter, it rounds the shortest
 * decimal that reads back as {@code v} ({@link Double#toString}) half up.
 */
public final class Decimals {
    private Decimals() {
    }

    /** {@code v} with {@code digits} digits after the point (NaN and the infinities as the formatter writes them). */
    public static String fixed(double v, int digits) {
        if (!Double.isFinite(v) || digits < 0) {
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }
        String text = new BigDecimal(Double.toString(v)).setScale(digits, RoundingMode.HALF_UP).toPlainString();
        // BigDecimal has no negative zero: -0.0 and a negative that rounds to zero keep their sign, as in the formatter
        return Double.doubleToRawLongBits(v) < 0 && text.charAt(0) != '-' ? "-" + text : text;
    }
}
