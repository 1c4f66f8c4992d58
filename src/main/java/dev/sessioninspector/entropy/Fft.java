package dev.sessioninspector.entropy;

/**
 * Discrete Fourier transforms of any length: an iterative radix-2 FFT for powers of two, Bluestein's
 * chirp-z algorithm (via a power-of-two FFT) for other lengths, and the plain O(n²) sum for tiny ones.
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
        if (n <= DIRECT_LIMIT) {
            return direct(x, count);
        } else if (Integer.bitCount(n) == 1) {
            re = x.clone();
            im = new double[n];
            transform(re, im);
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
        int half = n / 2;
        double[] cos = new double[Math.max(1, half)];
        double[] sin = new double[Math.max(1, half)];
        for (int k = 0; k < half; k++) {
            double angle = -2 * Math.PI * k / n;
            cos[k] = Math.cos(angle);
            sin[k] = Math.sin(angle);
        }
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
