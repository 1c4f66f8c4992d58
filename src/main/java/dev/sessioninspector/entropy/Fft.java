package dev.sessioninspector.entropy;

/**
 * Discrete Fourier transforms of any length. A real sequence of even length n can be transformed as a complex one of
 * length n/2 (even samples real, odd ones imaginary) and split afterwards ({@link #realPowerSpectrum}), half the work
 * of the complex transform of length n ({@link #magnitudes}). Complex transforms: an iterative radix-2 FFT for powers of two, a mixed-radix one (radices 4, 2, 5 and
 * any other up to 61) when the length has only such factors, Bluestein's chirp-z algorithm (via a power-of-two FFT)
 * for other lengths, and the plain O(n²) sum for tiny ones. Roots of unity are computed for an eighth of the circle
 * and the rest taken by symmetry.
 * Kept rather than a library's (issue 14 §5, {@code bench/NumericsBenchmark}, one JMH run on the shared 2-core
 * machine): the spectral test on 2^20 bits took 141 ms with it (before the real-input split) against 464 ms with
 * Hipparchus 3.1's {@code FastFourierTransformer}, for the same P-value (0.157850), and Hipparchus takes powers of
 * two only, while the battery's 10^6 bits need the mixed-radix path.
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
        double[] m = new double[count];
        if (n <= DIRECT_LIMIT) {
            direct(x, m);
            return m;
        }
        double[][] z = complex(x.clone(), new double[n]);
        for (int j = 0; j < count; j++) {
            m[j] = Math.hypot(z[0][j], z[1][j]);
        }
        return m;
    }

    private static void direct(double[] x, double[] m) {
        int n = x.length;
        for (int j = 0; j < m.length; j++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < n; k++) {
                double angle = -2 * Math.PI * ((long) j * k % n) / n;
                re += x[k] * Math.cos(angle);
                im += x[k] * Math.sin(angle);
            }
            m[j] = Math.hypot(re, im);
        }
    }

    /**
     * |X_j|² for j in [0, h) where X is the DFT of the real sequence x of length n = 2h interleaving {@code even}
     * (x_{2k}) and {@code odd} (x_{2k+1}), h ≥ 2: one complex FFT of length h of z_k = x_{2k} + i·x_{2k+1} and the
     * split that separates the two halves' spectra, E_j = (Z_j + conj Z_{h−j})/2, O_j = (Z_j − conj Z_{h−j})/(2i),
     * X_j = E_j + w^j·O_j with w = e^{−2πi/n}. Half the work of {@link #magnitudes}, rounded differently (within
     * about n·log₂ n·2⁻⁵³ of the sum of |x|), so callers that compare against a bound fall back to
     * {@link #magnitudes} near it. Both arrays are used up (the result may be one of them).
     */
    static double[] realPowerSpectrum(double[] even, double[] odd) {
        int h = even.length;
        if (h < 2 || odd.length != h) {
            throw new IllegalArgumentException("the real FFT needs two halves of equal length, at least 2");
        }
        double[][] z = complex(even, odd);
        double[] re = z[0];
        double[] im = z[1];
        double[] power = re == even ? new double[h] : even; // the input, when the transform left it behind
        UnitRoots w = new UnitRoots(2 * h);
        for (int j = 0; j < h; j++) {
            int mirror = j == 0 ? 0 : h - j;
            double cr = re[mirror];
            double ci = -im[mirror];
            double er = (re[j] + cr) * 0.5; // even samples' spectrum
            double ei = (im[j] + ci) * 0.5;
            double or = (im[j] - ci) * 0.5; // odd samples' spectrum: (Z − conj Z')/(2i)
            double oi = -(re[j] - cr) * 0.5;
            double c = w.cos(j);
            double s = w.sin(j);
            double xr = er + c * or - s * oi;
            double xi = ei + c * oi + s * or;
            power[j] = xr * xr + xi * xi;
        }
        return power;
    }

    /**
     * The forward complex DFT of (re, im), any length: {re, im} transformed in place, or two new arrays (the inputs
     * then hold what the transform left in them).
     */
    static double[][] complex(double[] re, double[] im) {
        int n = re.length;
        if (n <= 1) {
            return new double[][] {re, im};
        }
        int[] factors = factors(n);
        if (Integer.bitCount(n) == 1) {
            transform(re, im);
        } else if (factors != null) {
            double[] outRe = new double[n];
            double[] outIm = new double[n];
            new MixedRadixFft(n, factors).run(re, im, outRe, outIm);
            return new double[][] {outRe, outIm};
        } else {
            bluestein(re, im);
        }
        return new double[][] {re, im};
    }

    /**
     * cos and sin of −2πk/n for k &lt; count: computed for k ≤ n/8 when 8 divides n, the rest by the symmetries of
     * the circle (exactly, no recurrence), else computed for every k.
     */
    static double[][] roots(int n, int count) {
        double[] cos = new double[count];
        double[] sin = new double[count];
        if (n % 8 != 0) {
            for (int k = 0; k < count; k++) {
                double angle = -2 * Math.PI * k / n;
                cos[k] = Math.cos(angle);
                sin[k] = Math.sin(angle);
            }
            return new double[][] {cos, sin};
        }
        int eighth = n / 8;
        int quarter = n / 4;
        int half = n / 2;
        // first eighth: c = cos θ, s = sin θ for θ = 2πk/n (stored with the minus sign of −θ)
        double[] c = new double[eighth + 1];
        double[] s = new double[eighth + 1];
        for (int k = 0; k <= eighth; k++) {
            double angle = 2 * Math.PI * k / n;
            c[k] = Math.cos(angle);
            s[k] = Math.sin(angle);
        }
        for (int k = 0; k < count; k++) {
            int r = k < half ? k : n - k; // θ and 2π − θ: same cos, opposite sin
            double sign = k < half ? 1 : -1;
            double cr;
            double sr;
            if (r <= eighth) {
                cr = c[r];
                sr = s[r];
            } else if (r <= quarter) {
                cr = s[quarter - r];
                sr = c[quarter - r];
            } else if (r <= quarter + eighth) {
                cr = -s[r - quarter];
                sr = c[r - quarter];
            } else {
                cr = -c[half - r];
                sr = s[half - r];
            }
            cos[k] = cr;
            sin[k] = -sign * sr;
        }
        return new double[][] {cos, sin};
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
        double[][] table = roots(n, Math.max(1, n / 2));
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
        if (rest != 1 || n <= 1) {
            return null;
        }
        int[] out = new int[f.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.get(i);
        }
        return out;
    }

    private static void inverse(double[] re, double[] im) {
        transform(im, re); // swapping re and im turns the forward transform into the (unscaled) inverse
        double scale = 1.0 / re.length;
        for (int i = 0; i < re.length; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    /** In place, any length, through power-of-two transforms of at least 2n − 1 points. */
    private static void bluestein(double[] xr, double[] xi) {
        int n = xr.length;
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
            ar[k] = xr[k] * wr[k] - xi[k] * wi[k];
            ai[k] = xr[k] * wi[k] + xi[k] * wr[k];
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
        for (int k = 0; k < n; k++) {
            xr[k] = ar[k] * wr[k] - ai[k] * wi[k];
            xi[k] = ar[k] * wi[k] + ai[k] * wr[k];
        }
    }
}
