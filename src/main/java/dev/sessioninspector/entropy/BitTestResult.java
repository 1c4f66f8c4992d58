package dev.sessioninspector.entropy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One statistical test's outcome: its statistic and P-value(s) (two for the serial and cumulative-sums
 * tests), or why it did not apply (sequence too short for the test's approximation).
 *
 * @param name       the test's name, e.g. {@code frequency}
 * @param applicable false when the input was too short or degenerate for the test
 * @param statistic  the test statistic (χ², z, V…); NaN when not applicable
 * @param pValues    P-values in [0, 1]; empty when not applicable
 * @param note       a one-line remark (why not applicable, parameters used, a prerequisite that failed)
 */
public record BitTestResult(String name, boolean applicable, double statistic, List<Double> pValues, String note) {
    public BitTestResult {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a test needs a name");
        }
        pValues = List.copyOf(Objects.requireNonNull(pValues, "pValues"));
        note = note == null ? "" : note;
        if (applicable && pValues.isEmpty()) {
            throw new IllegalArgumentException(name + ": an applicable test has a P-value");
        }
        if (!applicable && (!pValues.isEmpty() || note.isBlank())) {
            throw new IllegalArgumentException(name + ": a test that did not apply says why and has no P-value");
        }
        for (double p : pValues) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(name + ": P-value out of [0, 1]: " + p);
            }
        }
    }

    /** An applicable result; P-values are clamped into [0, 1] against rounding. */
    public static BitTestResult of(String name, double statistic, String note, double... pValues) {
        List<Double> list = new ArrayList<>(pValues.length);
        for (double p : pValues) {
            if (Double.isNaN(p)) {
                throw new IllegalArgumentException(name + ": P-value is NaN");
            }
            list.add(Math.max(0.0, Math.min(1.0, p)));
        }
        return new BitTestResult(name, true, statistic, list, note);
    }

    public static BitTestResult notApplicable(String name, String why) {
        return new BitTestResult(name, false, Double.NaN, List.of(), why);
    }

    /** The first P-value, or NaN when the test did not apply. */
    public double pValue() {
        return pValues.isEmpty() ? Double.NaN : pValues.get(0);
    }

    /** The smallest P-value, or NaN when the test did not apply. */
    public double minPValue() {
        double min = Double.NaN;
        for (double p : pValues) {
            min = Double.isNaN(min) ? p : Math.min(min, p);
        }
        return min;
    }

    /** True when the test did not apply or every P-value is at least {@code alpha}. */
    public boolean passes(double alpha) {
        return !applicable || minPValue() >= alpha;
    }
}
