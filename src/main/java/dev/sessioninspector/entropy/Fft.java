package dev.sessioninspector.entropy;

/**
 * Discrete Fourier transforms of any length: an iterative radix-2 FFT for powers of two, Bluestein's
 * chirp-z algorithm (via a power-of-two FFT) for other lengths, and the plain O(n²) sum for tiny ones.
 * Kept rather than a library's (issue 14 §5, {@code bench/NumericsBenchmark}, one JMH run on the shared 2-core
 * machine): the spectral test on 2^20 bits took 141 ms with it against 464 ms with Hipparchus 3.1's
 * {@code FastFourierTransformer}, for the same P-value (0.157850), and Hipparchus takes powers of two only, while
 * the battery's 10^6 bits need the mixed-radix path.
 */
final class Fft {
    private static final int DIRECT_LIMIT = 64;

    private Fft() {
    }

    /** |X_j| for j in [0, count) where X is the DFT of the real sequence {@code x}. */
    static double[] magnitudes(double[] x, int count) {
        int n = x.length;
        if (count > n) {
            throw new IllegalArgumentException("count " + count + " > n " + n);
        }
        double[] re;
        double[] im;
        int[] factors = factors(n);
        if (n <= DIRECT_LIMIT) {
            return direct(x, count);
        } else if (Integer.bitCount(n) == 1) {
            re = x.clone();
            im = new double[n];
            transform(re, im);
        } else if (factors != null) {
            re = new double[n];
            im = new double[n];
            new MixedRadix(n, factors).run(x, re, im);
        } else {
            double[][] out = bluestein(x);
            re = out[0];
            im = out[1];
        }
        double[] m = new double[count];
        for (int j = 0; j < count; j++) {
            m[j] = Math.hypot(re[j], im[j]);
        }
        return m;
    }

    /**
     * |X_j|² for j in [0, n/2) where X is the DFT of the real sequence {@code x} of power-of-two length n ≥ 4, by
     * one complex FFT of length n/2 (even samples as real parts, odd as imaginary) and the split that separates
     * the two halves' spectra: half the work of {@link #magnitudes}, rounded differently (within about
     * n·log₂ n·2⁻⁵³ of the sum of |x|), so callers that compare against a bound fall back to
     * {@link #magnitudes} near it.
     */
    static double[] realPowerSpectrum(double[] x) {
        int n = x.length;
        if (n < 4 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("the real FFT needs a power-of-two length of at least 4");
        }
        int m = n / 2;
        double[] re = new double[m];
        double[] im = new double[m];
        for (int k = 0; k < m; k++) {
            re[k] = x[2 * k];
            im[k] = x[2 * k + 1];
        }
        transform(re, im);
        double[][] table = TWIDDLES.computeIfAbsent(n, Fft::twiddles);
        double[] cos = table[0];
        double[] sin = table[1];
        double[] power = new double[m];
        for (int j = 0; j < m; j++) {
            int mirror = j == 0 ? 0 : m - j;
            double cr = re[mirror];
            double ci = -im[mirror];
            double er = (re[j] + cr) / 2; // even samples' spectrum
            double ei = (im[j] + ci) / 2;
            double or = (im[j] - ci) / 2; // odd samples' spectrum: (Z − conj Z')/(2i)
            double oi = -(re[j] - cr) / 2;
            double xr = er + cos[j] * or - sin[j] * oi;
            double xi = ei + cos[j] * oi + sin[j] * or;
            power[j] = xr * xr + xi * xi;
        }
        return power;
    }

    private static double[] direct(double[] x, int count) {
        int n = x.length;
        double[] m = new double[count];
        for (int j = 0; j < count; j++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < n; k++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                re += x[k] * Math.cos(angle);
                im += x[k] * Math.sin(angle);
            }
            m[j] = Math.hypot(re, im);
        }
        return m;
    }

    /** In-place forward FFT (e^{-2πi jk/n}); n must be a power of two. */
    static void transform(double[] re, double[] im) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("radix-2 FFT needs equal power-of-two lengths");
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        double[][] table = TWIDDLES.computeIfAbsent(n, Fft::twiddles);
        double[] cos = table[0];
        double[] sin = table[1];
        for (int len = 2; len <= n; len <<= 1) {
            int step = n / len;
            int h = len >> 1;
            for (int start = 0; start < n; start += len) {
                for (int k = 0, t = 0; k < h; k++, t += step) {
                    int a = start + k;
                    int b = a + h;
                    double wr = cos[t];
                    double wi = sin[t];
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }

    private static final java.util.Map<Integer, double[][]> TWIDDLES = new java.util.concurrent.ConcurrentHashMap<>();

    /** cos and sin of −2πk/n for k &lt; n/2 (cached per power-of-two length; a few sizes are ever used). */
    private static double[][] twiddles(int n) {
        int half = Math.max(1, n / 2);
        double[] cos = new double[half];
        double[] sin = new double[half];
        for (int k = 0; k < n / 2; k++) {
            double angle = -2 * Math.PI * k / n;
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
        return new double[][] {cos, sin};
    }

    /** Radices 4, 2, 3, 5, 7 … 61 whose product is n, or null when n has a prime factor above 61. */
    static int[] factors(int n) {
        java.util.List<Integer> f = new java.util.ArrayList<>();
        int rest = n;
        while (rest % 4 == 0 && rest > 4) {
            f.add(4);
            rest /= 4;
        }
        for (int p = 2; p <= 61 && rest > 1; p++) {
            while (rest % p == 0) {
                f.add(p);
                rest /= p;
            }
        }
        return rest == 1 && n > 1 ? f.stream().mapToInt(Integer::intValue).toArray() : null;
    }

    /**
     * A recursive decimation-in-time mixed-radix FFT (the structure of KISS FFT): sub-transforms of the
     * interleaved subsequences, then one radix-p butterfly pass per level with twiddles from one table.
     */
    private static final class MixedRadix {
        private final int n;
        private final int[] factors;
        private final double[] twr;
        private final double[] twi;
        private final double[] sr;
        private final double[] si;

        MixedRadix(int n, int[] factors) {
            this.n = n;
            this.factors = factors;
            int largest = java.util.Arrays.stream(factors).max().orElse(2);
            sr = new double[largest];
            si = new double[largest];
            twr = new double[n];
            twi = new double[n];
            for (int k = 0; k < n; k++) {
                double angle = -2 * Math.PI * k / n;
                twr[k] = Math.cos(angle);
                twi[k] = Math.sin(angle);
            }
        }

        void run(double[] in, double[] outRe, double[] outIm) {
            work(in, 0, 1, outRe, outIm, 0, 0);
        }

        private void work(double[] in, int inOffset, int stride, double[] re, double[] im, int out, int level) {
            int p = factors[level];
            int m = n / stride / p;
            if (m == 1) {
                for (int q = 0; q < p; q++) {
                    re[out + q] = in[inOffset + q * stride];
                    im[out + q] = 0;
                }
            } else {
                for (int q = 0; q < p; q++) {
                    work(in, inOffset + q * stride, stride * p, re, im, out + q * m, level + 1);
                }
            }
            butterfly(re, im, out, stride, m, p);
        }

        /** Combines p transforms of length m at {@code out + q·m} into one of length p·m. */
        private void butterfly(double[] re, double[] im, int out, int stride, int m, int p) {
            int rootStep = n / p; // W_p^{1} = W_n^{n/p}
            for (int k = 0; k < m; k++) {
                int kStride = k * stride; // q·k·stride < n because k < m and p·m·stride = n
                for (int q = 0, t = 0; q < p; q++, t += kStride) {
                    double xr = re[out + k + q * m];
                    double xi = im[out + k + q * m];
                    sr[q] = xr * twr[t] - xi * twi[t];
                    si[q] = xr * twi[t] + xi * twr[t];
                }
                if (p == 2) {
                    re[out + k] = sr[0] + sr[1];
                    im[out + k] = si[0] + si[1];
                    re[out + k + m] = sr[0] - sr[1];
                    im[out + k + m] = si[0] - si[1];
                } else if (p == 4) {
                    double ar = sr[0] + sr[2];
                    double ai = si[0] + si[2];
                    double br = sr[0] - sr[2];
                    double bi = si[0] - si[2];
                    double cr = sr[1] + sr[3];
                    double ci = si[1] + si[3];
                    double dr = sr[1] - sr[3];
                    double di = si[1] - si[3];
                    re[out + k] = ar + cr;
                    im[out + k] = ai + ci;
                    re[out + k + m] = br + di; // (b − i·d)
                    im[out + k + m] = bi - dr;
                    re[out + k + 2 * m] = ar - cr;
                    im[out + k + 2 * m] = ai - ci;
                    re[out + k + 3 * m] = br - di; // (b + i·d)
                    im[out + k + 3 * m] = bi + dr;
                } else {
                    for (int u = 0; u < p; u++) {
                        double accR = sr[0];
                        double accI = si[0];
                        int step = u * rootStep;
                        int t = step;
                        for (int q = 1; q < p; q++) {
                            accR += sr[q] * twr[t] - si[q] * twi[t];
                            accI += sr[q] * twi[t] + si[q] * twr[t];
                            t += step;
                            if (t >= n) {
                                t -= n;
                            }
                        }
                        re[out + k + u * m] = accR;
                        im[out + k + u * m] = accI;
                    }
                }
            }
        }
    }

    private static void inverse(double[] re, double[] im) {
        transform(im, re); // swapping re and im turns the forward transform into the (unscaled) inverse
        double scale = 1.0 / re.length;
        for (int i = 0; i < re.length; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    private static double[][] bluestein(double[] x) {
        int n = x.length;
        int m = Integer.highestOneBit(2 * n - 1);
        if (m < 2 * n - 1) {
            m <<= 1;
        }
        double[] wr = new double[n];
        double[] wi = new double[n];
        long twoN = 2L * n;
        for (int k = 0; k < n; k++) {
            double angle = Math.PI * (((long) k * k) % twoN) / n;
            wr[k] = Math.cos(angle);
            wi[k] = -Math.sin(angle); // w_k = e^{-iπk²/n}
        }
        double[] ar = new double[m];
        double[] ai = new double[m];
        for (int k = 0; k < n; k++) {
            ar[k] = x[k] * wr[k];
            ai[k] = x[k] * wi[k];
        }
        double[] br = new double[m];
        double[] bi = new double[m];
        br[0] = wr[0];
        bi[0] = -wi[0];
        for (int k = 1; k < n; k++) {
            br[k] = wr[k];
            bi[k] = -wi[k];
            br[m - k] = wr[k];
            bi[m - k] = -wi[k];
        }
        transform(ar, ai);
        transform(br, bi);
        for (int i = 0; i < m; i++) {
            double r = ar[i] * br[i] - ai[i] * bi[i];
            double im = ar[i] * bi[i] + ai[i] * br[i];
            ar[i] = r;
            ai[i] = im;
        }
        inverse(ar, ai);
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            re[k] = ar[k] * wr[k] - ai[k] * wi[k];
            im[k] = ar[k] * wi[k] + ai[k] * wr[k];
        }
        return new double[][] {re, im};
    }
}
