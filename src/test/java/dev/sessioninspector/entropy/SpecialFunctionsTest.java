package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.SpecialFunctions.chiSquareSurvival;
import static dev.sessioninspector.entropy.SpecialFunctions.erf;
import static dev.sessioninspector.entropy.SpecialFunctions.erfc;
import static dev.sessioninspector.entropy.SpecialFunctions.igam;
import static dev.sessioninspector.entropy.SpecialFunctions.igamc;
import static dev.sessioninspector.entropy.SpecialFunctions.lnGamma;
import static dev.sessioninspector.entropy.SpecialFunctions.normalCdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference values: closed forms (Γ of integers and halves, Q(1,x) = e^-x, Q(2,x) = e^-x(1+x)) and tables. */
class SpecialFunctionsTest {
    @Test
    void lnGammaMatchesFactorialsAndHalfIntegers() {
        assertThat(lnGamma(1)).isCloseTo(0.0, within(1e-14));
        assertThat(lnGamma(2)).isCloseTo(0.0, within(1e-14));
        assertThat(lnGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
        assertThat(lnGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(lnGamma(7.5)).isCloseTo(Math.log(1871.2543057977884), within(1e-12)); // Γ(7.5)
        assertThat(lnGamma(0.1)).isCloseTo(2.252712651734206, within(1e-12));
        assertThat(lnGamma(171)).isCloseTo(706.5730622457874, within(1e-9));
        assertThat(lnGamma(1e6)).isCloseTo(1.2815504569147612e7, within(1e-4));
        assertThatThrownBy(() -> lnGamma(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void incompleteGammaMatchesClosedForms() {
        for (double x : new double[] {0.01, 0.4, 0.8, 1, 2.5, 10, 50, 300}) {
            assertThat(igamc(1, x)).isCloseTo(Math.exp(-x), within(1e-15 + 1e-13 * Math.exp(-x)));
            assertThat(igamc(2, x)).isCloseTo(Math.exp(-x) * (1 + x), within(1e-15 + 1e-13 * Math.exp(-x)));
            assertThat(igam(3, x)).isCloseTo(1 - Math.exp(-x) * (1 + x + x * x / 2), within(1e-14));
            assertThat(igam(1.5, x) + igamc(1.5, x)).isCloseTo(1.0, within(1e-15));
        }
        assertThat(igamc(2, 0.8)).isCloseTo(0.808792, within(5e-7)); // NIST §2.11 example
        assertThat(igamc(1, 0.4)).isCloseTo(0.670320, within(5e-7));
        assertThat(igamc(5, 0)).isEqualTo(1.0);
        assertThat(igam(5, 0)).isEqualTo(0.0);
        assertThat(igamc(5, Double.POSITIVE_INFINITY)).isEqualTo(0.0);
    }

    @Test
    void incompleteGammaIsAccurateForLargeShapes() {
        // chi-square with 2^15 degrees of freedom (serial test, m=16) at its mean: P close to 1/2, just below
        double df = 32768;
        assertThat(chiSquareSurvival(df, df)).isCloseTo(0.4985, within(1e-3));
        // Wilson–Hilferty puts mean + 3 sd at z ≈ 3; one-sided tail ≈ 0.00135 (skew makes it a bit larger)
        assertThat(chiSquareSurvival(df + 3 * Math.sqrt(2 * df), df)).isBetween(0.0013, 0.0016);
        assertThat(chiSquareSurvival(3.84145882, 1)).isCloseTo(0.05, within(1e-8));
        assertThat(chiSquareSurvival(30.5779142, 15)).isCloseTo(0.01, within(1e-8));
    }

    @Test
    void errorFunctionsMatchTables() {
        assertThat(erfc(0)).isCloseTo(1.0, within(1e-15));
        assertThat(erfc(0.5)).isCloseTo(0.4795001221869535, within(1e-15));
        assertThat(erfc(1)).isCloseTo(0.15729920705028513, within(1e-15));
        assertThat(erfc(3)).isCloseTo(2.209049699858544e-5, within(1e-18));
        assertThat(erfc(6)).isCloseTo(2.1519736712498913e-17, within(1e-29));
        assertThat(erfc(-1)).isCloseTo(1.8427007929497148, within(1e-15));
        assertThat(erf(0.3)).isCloseTo(0.3286267594591274, within(1e-15));
        assertThat(erf(-0.3)).isCloseTo(-0.3286267594591274, within(1e-15));
    }

    @Test
    void normalCdfMatchesTables() {
        assertThat(normalCdf(0)).isCloseTo(0.5, within(1e-16));
        assertThat(normalCdf(1.959963984540054)).isCloseTo(0.975, within(1e-14));
        assertThat(normalCdf(-3)).isCloseTo(0.0013498980316300946, within(1e-16));
        assertThat(normalCdf(8)).isCloseTo(1.0, within(1e-15));
    }
}
