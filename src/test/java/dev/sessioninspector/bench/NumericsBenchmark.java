package dev.sessioninspector.bench;

import dev.sessioninspector.entropy.BitSequence;
import dev.sessioninspector.entropy.NistSpectralTest;
import dev.sessioninspector.entropy.SpecialFunctions;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hipparchus.complex.Complex;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.hipparchus.transform.DftNormalization;
import org.hipparchus.transform.FastFourierTransformer;
import org.hipparchus.transform.TransformType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14 §5: the hand-written FFT and special functions against Hipparchus (test scope only). The spectral test
 * on 2^20 bits both ways (Hipparchus' FFT takes powers of two only; the battery's 10^6 bits need the hand
 * version's mixed radix), and erfc and the upper incomplete gamma over the arguments the battery uses. {@link
 * #main} prints the P-values side by side first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class NumericsBenchmark {
    private BitSequence bits;
    private double[] arguments;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(14);
        byte[] raw = new byte[(1 << 20) / 8];
        r.nextBytes(raw);
        bits = BitSequence.ofBytes(raw);
        arguments = new double[1000];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = 0.01 + 10 * r.nextDouble();
        }
    }

    @Benchmark
    public double spectralHand() {
        return NistSpectralTest.discreteFourierTransform(bits).pValue();
    }

    @Benchmark
    public double spectralHipparchus() {
        return spectralWithHipparchus(bits);
    }

    @Benchmark
    public double specialFunctionsHand() {
        double s = 0;
        for (double x : arguments) {
            s += SpecialFunctions.erfc(x / 4) + SpecialFunctions.igamc(2.5, x) + SpecialFunctions.igamc(7.5, x);
        }
        return s;
    }

    @Benchmark
    public double specialFunctionsHipparchus() {
        double s = 0;
        for (double x : arguments) {
            s += Erf.erfc(x / 4) + Gamma.regularizedGammaQ(2.5, x) + Gamma.regularizedGammaQ(7.5, x);
        }
        return s;
    }

    /** NIST SP 800-22 §2.6 with Hipparchus' FFT (n a power of two). */
    static double spectralWithHipparchus(BitSequence bits) {
        int n = bits.length();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * bits.bit(i) - 1;
        }
        Complex[] f = new FastFourierTransformer(DftNormalization.STANDARD).transform(x, TransformType.FORWARD);
        double threshold = Math.sqrt(Math.log(1 / 0.05) * n);
        int below = 0;
        for (int j = 0; j < n / 2; j++) {
            below += f[j].norm() < threshold ? 1 : 0;
        }
        double d = (below - 0.95 * n / 2.0) / Math.sqrt(n * 0.95 * 0.05 / 4);
        return Erf.erfc(Math.abs(d) / Math.sqrt(2));
    }

    /** The P-values both ways, then the benchmark. */
    public static void main(String[] args) throws Exception {
        NumericsBenchmark b = new NumericsBenchmark();
        b.setUp();
        System.out.printf("spectral on 2^20 bits: hand %.6f, Hipparchus %.6f%n", b.spectralHand(),
                b.spectralHipparchus());
        double worst = 0;
        for (double x : b.arguments) {
            worst = Math.max(worst, Math.abs(SpecialFunctions.erfc(x / 4) - Erf.erfc(x / 4)));
            worst = Math.max(worst, Math.abs(SpecialFunctions.igamc(2.5, x) - Gamma.regularizedGammaQ(2.5, x)));
            worst = Math.max(worst, Math.abs(SpecialFunctions.igamc(7.5, x) - Gamma.regularizedGammaQ(7.5, x)));
        }
        System.out.printf("erfc / igamc: largest difference %.3g%n", worst);
        BenchMain.main(args.length > 0 ? args : new String[] {"NumericsBenchmark"});
    }
}
