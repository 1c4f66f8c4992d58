package dev.sessioninspector.entropy;

/**
 * A recursive decimation-in-time mixed-radix complex FFT (the structure of KISS FFT): sub-transforms of the
 * interleaved subsequences, then one radix-p butterfly pass per level with twiddles from one table of the n-th roots
 * of unity. Radices 2, 4 and 5 have butterflies of their own; any other p takes the O(p²) sum.
 */
final class MixedRadixFft {
    private final int n;
    private final int[] factors;
    private final double[] twr;
    private final double[] twi;
    private final double[] sr;
    private final double[] si;

    /** For length n = the product of {@code factors} (see {@link Fft#factors}). */
    MixedRadixFft(int n, int[] factors) {
        this.n = n;
        this.factors = factors;
        int largest = 2;
        for (int p : factors) {
            largest = Math.max(largest, p);
        }
        sr = new double[largest];
        si = new double[largest];
        double[][] roots = Fft.roots(n, n);
        twr = roots[0];
        twi = roots[1];
    }

    /** The forward transform of (re, im), in place. */
    void run(double[] re, double[] im) {
        double[] inRe = re.clone();
        double[] inIm = im.clone();
        work(inRe, inIm, 0, 1, re, im, 0, 0);
    }

    private void work(double[] inRe, double[] inIm, int inOffset, int stride, double[] re, double[] im, int out,
            int level) {
        int p = factors[level];
        int m = n / stride / p;
        if (m == 1) {
            for (int q = 0; q < p; q++) {
                re[out + q] = inRe[inOffset + q * stride];
                im[out + q] = inIm[inOffset + q * stride];
            }
        } else {
            for (int q = 0; q < p; q++) {
                work(inRe, inIm, inOffset + q * stride, stride * p, re, im, out + q * m, level + 1);
            }
        }
        switch (p) {
            case 2 -> radix2(re, im, out, stride, m);
            case 4 -> radix4(re, im, out, stride, m);
            case 5 -> radix5(re, im, out, stride, m);
            default -> generic(re, im, out, stride, m, p);
        }
    }

    private void radix2(double[] re, double[] im, int out, int stride, int m) {
        for (int k = 0, t = 0; k < m; k++, t += stride) {
            int a = out + k;
            int b = a + m;
            double xr = re[b] * twr[t] - im[b] * twi[t];
            double xi = re[b] * twi[t] + im[b] * twr[t];
            re[b] = re[a] - xr;
            im[b] = im[a] - xi;
            re[a] += xr;
            im[a] += xi;
        }
    }

    private void radix4(double[] re, double[] im, int out, int stride, int m) {
        for (int k = 0, t = 0; k < m; k++, t += stride) {
            int i0 = out + k;
            int i1 = i0 + m;
            int i2 = i1 + m;
            int i3 = i2 + m;
            double r0 = re[i0];
            double j0 = im[i0];
            double r1 = re[i1] * twr[t] - im[i1] * twi[t];
            double j1 = re[i1] * twi[t] + im[i1] * twr[t];
            double r2 = re[i2] * twr[2 * t] - im[i2] * twi[2 * t];
            double j2 = re[i2] * twi[2 * t] + im[i2] * twr[2 * t];
            double r3 = re[i3] * twr[3 * t] - im[i3] * twi[3 * t];
            double j3 = re[i3] * twi[3 * t] + im[i3] * twr[3 * t];
            double ar = r0 + r2;
            double ai = j0 + j2;
            double br = r0 - r2;
            double bi = j0 - j2;
            double cr = r1 + r3;
            double ci = j1 + j3;
            double dr = r1 - r3;
            double di = j1 - j3;
            re[i0] = ar + cr;
            im[i0] = ai + ci;
            re[i1] = br + di; // b − i·d
            im[i1] = bi - dr;
            re[i2] = ar - cr;
            im[i2] = ai - ci;
            re[i3] = br - di; // b + i·d
            im[i3] = bi + dr;
        }
    }

    /** KISS FFT's kf_bfly5: the 5-point DFT with the fifth roots ya = W_5^1, yb = W_5^2. */
    private void radix5(double[] re, double[] im, int out, int stride, int m) {
        double yar = twr[n / 5];
        double yai = twi[n / 5];
        double ybr = twr[2 * (n / 5)];
        double ybi = twi[2 * (n / 5)];
        for (int k = 0, t = 0; k < m; k++, t += stride) {
            int i0 = out + k;
            int i1 = i0 + m;
            int i2 = i1 + m;
            int i3 = i2 + m;
            int i4 = i3 + m;
            double r0 = re[i0];
            double j0 = im[i0];
            double r1 = re[i1] * twr[t] - im[i1] * twi[t];
            double j1 = re[i1] * twi[t] + im[i1] * twr[t];
            double r2 = re[i2] * twr[2 * t] - im[i2] * twi[2 * t];
            double j2 = re[i2] * twi[2 * t] + im[i2] * twr[2 * t];
            double r3 = re[i3] * twr[3 * t] - im[i3] * twi[3 * t];
            double j3 = re[i3] * twi[3 * t] + im[i3] * twr[3 * t];
            double r4 = re[i4] * twr[4 * t] - im[i4] * twi[4 * t];
            double j4 = re[i4] * twi[4 * t] + im[i4] * twr[4 * t];
            double s7r = r1 + r4;
            double s7i = j1 + j4;
            double s10r = r1 - r4;
            double s10i = j1 - j4;
            double s8r = r2 + r3;
            double s8i = j2 + j3;
            double s9r = r2 - r3;
            double s9i = j2 - j3;
            re[i0] = r0 + s7r + s8r;
            im[i0] = j0 + s7i + s8i;
            double s5r = r0 + s7r * yar + s8r * ybr;
            double s5i = j0 + s7i * yar + s8i * ybr;
            double s6r = s10i * yai + s9i * ybi;
            double s6i = -(s10r * yai + s9r * ybi);
            re[i1] = s5r - s6r;
            im[i1] = s5i - s6i;
            re[i4] = s5r + s6r;
            im[i4] = s5i + s6i;
            double s11r = r0 + s7r * ybr + s8r * yar;
            double s11i = j0 + s7i * ybr + s8i * yar;
            double s12r = -s10i * ybi + s9i * yai;
            double s12i = s10r * ybi - s9r * yai;
            re[i2] = s11r + s12r;
            im[i2] = s11i + s12i;
            re[i3] = s11r - s12r;
            im[i3] = s11i - s12i;
        }
    }

    /** Combines p transforms of length m at {@code out + q·m} into one of length p·m. */
    private void generic(double[] re, double[] im, int out, int stride, int m, int p) {
        int rootStep = n / p; // W_p^{1} = W_n^{n/p}
        for (int k = 0; k < m; k++) {
            int kStride = k * stride; // q·k·stride < n because k < m and p·m·stride = n
            for (int q = 0, t = 0; q < p; q++, t += kStride) {
                double xr = re[out + k + q * m];
                double xi = im[out + k + q * m];
                sr[q] = xr * twr[t] - xi * twi[t];
                si[q] = xr * twi[t] + xi * twr[t];
            }
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
