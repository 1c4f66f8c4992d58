package dev.sessioninspector.entropy;

/**
 * The special functions the randomness tests need: log-gamma, the regularized incomplete gamma
 * functions P(a, x) ({@link #igam}) and Q(a, x) ({@link #igamc}), erf/erfc and the normal CDF.
 *
 * <p>Log-gamma uses the Lanczos approximation (g = 7, 9 terms, about 15 significant digits); the incomplete
 * gamma functions use the power series below {@code x < a + 1} and a modified-Lentz continued fraction
 * above it (Numerical Recipes §6.2), both iterated to double precision. erfc is Q(1/2, x²), so it inherits
 * that accuracy in the far tail, where P-values of failing tests live.
 *
 * <p>Kept rather than a library's (issue 14 §5, {@code bench/NumericsBenchmark}, one JMH run): erfc and Q(a, x) at
 * a = 2.5 and 7.5 over 1,000 arguments took 591 µs here against 1,804 µs with Hipparchus 3.1's {@code Erf} and
 * {@code Gamma}, agreeing to 1.6e-15.
 */
public final class SpecialFunctions {
    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 1_000_000;
    private static final double HALF_LOG_TWO_PI = 0.91893853320467274178;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private SpecialFunctions() {
    }

    /** ln Γ(x) for x &gt; 0 (reflection below 1/2). */
    public static double lnGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("lnGamma needs x > 0, not " + x);
        }
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a). */
    public static double igam(double a, double x) {
        checkA(a);
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 0.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        return x < a + 1 ? series(a, x) : 1.0 - continuedFraction(a, x);
    }

    /** The regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x); NIST's {@code igamc}. */
    public static double igamc(double a, double x) {
        checkA(a);
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1.0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0.0;
        }
        return x < a + 1 ? 1.0 - series(a, x) : continuedFraction(a, x);
    }

    /** The complementary error function. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double q = igamc(0.5, x * x);
        return x >= 0 ? q : 2.0 - q;
    }

    /** The error function. */
    public static double erf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        double p = igam(0.5, x * x);
        return x >= 0 ? p : -p;
    }

    /** Φ(x), the standard normal cumulative distribution function. */
    public static double normalCdf(double x) {
        return 0.5 * erfc(-x / Math.sqrt(2.0));
    }

    /** P(χ² ≥ statistic) for a chi-square distribution with {@code degreesOfFreedom}. */
    public static double chiSquareSurvival(double statistic, double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be > 0, not " + degreesOfFreedom);
        }
        return igamc(degreesOfFreedom / 2.0, statistic / 2.0);
    }

    private static void checkA(double a) {
        if (!(a > 0) || Double.isInfinite(a)) {
            throw new IllegalArgumentException("incomplete gamma needs a finite a > 0, not " + a);
        }
    }

    private static double prefactor(double a, double x) {
        return Math.exp(-x + a * Math.log(x) - lnGamma(a));
    }

    private static double series(double a, double x) {
        double ap = a;
        double term = 1.0 / a;
        double sum = term;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                return Math.min(1.0, sum * prefactor(a, x));
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                return Math.max(0.0, Math.min(1.0, prefactor(a, x) * h));
            }
        }
        throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
    }
}
