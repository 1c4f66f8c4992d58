package dev.sessioninspector.entropy;

/**
 * A recursive decimation-in-time mixed-radix complex FFT (the structure of KISS FFT): sub-transforms of the
 * interleaved subsequences, then one radix-p butterfly pass per level with twiddles from the n-th roots of unity
 * ({@link UnitRoots}). Radices 2, 4 and 5 have butterflies of their own; any other p takes the O(p²) sum.
 */
final class MixedRadixFft {
    private final int n;
    private final int[] factors;
    private final UnitRoots roots;
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
        roots = new UnitRoots(n);
    }

    /** The forward transform of (inRe, inIm) into (re, im), other arrays of the same length. */
    void run(double[] inRe, double[] inIm, double[] re, double[] im) {
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
            double c = roots.cos(t);
            double s = roots.sin(t);
            double xr = re[b] * c - im[b] * s;
            double xi = re[b] * s + im[b] * c;
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
            double c1 = roots.cos(t);
            double s1 = roots.sin(t);
            double r1 = re[i1] * c1 - im[i1] * s1;
            double j1 = re[i1] * s1 + im[i1] * c1;
            double c2 = roots.cos(2 * t);
            double s2 = roots.sin(2 * t);
            double r2 = re[i2] * c2 - im[i2] * s2;
            double j2 = re[i2] * s2 + im[i2] * c2;
            double c3 = roots.cos(3 * t);
            double s3 = roots.sin(3 * t);
            double r3 = re[i3] * c3 - im[i3] * s3;
            double j3 = re[i3] * s3 + im[i3] * c3;
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
        double yar = roots.cos(n / 5);
        double yai = roots.sin(n / 5);
        double ybr = roots.cos(2 * (n / 5));
        double ybi = roots.sin(2 * (n / 5));
        for (int k = 0, t = 0; k < m; k++, t += stride) {
            int i0 = out + k;
            int i1 = i0 + m;
            int i2 = i1 + m;
            int i3 = i2 + m;
            int i4 = i3 + m;
            double r0 = re[i0];
            double j0 = im[i0];
            double c1 = roots.cos(t);
            double s1 = roots.sin(t);
            double r1 = re[i1] * c1 - im[i1] * s1;
            double j1 = re[i1] * s1 + im[i1] * c1;
            double c2 = roots.cos(2 * t);
            double s2 = roots.sin(2 * t);
            double r2 = re[i2] * c2 - im[i2] * s2;
            double j2 = re[i2] * s2 + im[i2] * c2;
            double c3 = roots.cos(3 * t);
            double s3 = roots.sin(3 * t);
            double r3 = re[i3] * c3 - im[i3] * s3;
            double j3 = re[i3] * s3 + im[i3] * c3;
            double c4 = roots.cos(4 * t);
            double s4 = roots.sin(4 * t);
            double r4 = re[i4] * c4 - im[i4] * s4;
            double j4 = re[i4] * s4 + im[i4] * c4;
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
                double c = roots.cos(t);
                double s = roots.sin(t);
                sr[q] = xr * c - xi * s;
                si[q] = xr * s + xi * c;
            }
            for (int u = 0; u < p; u++) {
                double accR = sr[0];
                double accI = si[0];
                int step = u * rootStep;
                int t = step;
                for (int q = 1; q < p; q++) {
                    double c = roots.cos(t);
                    double s = roots.sin(t);
                    accR += sr[q] * c - si[q] * s;
                    accI += sr[q] * s + si[q] * c;
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
