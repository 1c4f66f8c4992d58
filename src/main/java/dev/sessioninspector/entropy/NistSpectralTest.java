package dev.sessioninspector.entropy;

import static dev.sessioninspector.entropy.SpecialFunctions.erfc;

/**
 * NIST SP 800-22 Rev 1a §2.6, the discrete Fourier transform (spectral) test: the share of the first n/2
 * DFT moduli of the ±1 sequence below the 95 % threshold T = √(ln(1/0.05)·n).
 */
public final class NistSpectralTest {
    private NistSpectralTest() {
    }

    public static BitTestResult discreteFourierTransform(BitSequence bits) {
        int n = bits.length();
        if (n < 2) {
            return BitTestResult.notApplicable("discreteFourierTransform", "fewer than 2 bits");
        }
        double threshold = Math.sqrt(Math.log(1 / 0.05) * n);
        int below = n % 2 == 0 && n >= 4 ? belowByRealFft(bits, threshold) : -1;
        if (below < 0) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = 2 * bits.bit(i) - 1;
            }
            below = 0;
            for (double m : Fft.magnitudes(x, n / 2)) {
                if (m < threshold) {
                    below++;
                }
            }
        }
        double d = statistic(n, below);
        return BitTestResult.of("discreteFourierTransform", d, "N1=" + below + ", N0=" + 0.95 * n / 2.0,
                pValue(d));
    }

    /**
     * N1 from the half-length real FFT, or −1 when a modulus lies so near T (within a relative 10⁻⁹, far more than
     * either transform's rounding) that the two transforms could count it differently: the caller then counts
     * with {@link Fft#magnitudes}, so the result is the same as that alone would give.
     */
    private static int belowByRealFft(BitSequence bits, double threshold) {
        int h = bits.length() / 2;
        double[] even = new double[h];
        double[] odd = new double[h];
        long[] words = bits.words();
        for (int k = 0; k < h; k++) { // the ±1 values of bits 2k and 2k + 1, which share a word
            long pair = words[k >>> 5] >>> ((2 * k) & 63);
            even[k] = 2 * (int) (pair & 1) - 1;
            odd[k] = 2 * (int) ((pair >>> 1) & 1) - 1;
        }
        double margin = threshold * 1e-9;
        int below = 0;
        for (double power : Fft.realPowerSpectrum(even, odd)) {
            double m = Math.sqrt(power);
            if (Math.abs(m - threshold) <= margin) {
                return -1;
            }
            below += m < threshold ? 1 : 0;
        }
        return below;
    }

    /** d = (N1 − N0) / √(n·0.95·0.05/4) with N0 = 0.95·n/2, for {@code below} = N1 moduli under T. */
    static double statistic(int n, int below) {
        return (below - 0.95 * n / 2.0) / Math.sqrt(n * 0.95 * 0.05 / 4);
    }

    static double pValue(double d) {
        return erfc(Math.abs(d) / Math.sqrt(2));
    }
}
