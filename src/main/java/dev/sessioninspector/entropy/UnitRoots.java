package dev.sessioninspector.entropy;

/**
 * The n-th roots of unity e^{−2πik/n}, k in [0, n), from two tables of about √n entries each: e^{−2πi(h·B + l)/n}
 * is the product of a coarse root (h·B) and a fine one (l &lt; B). Within a few times 10^-15 of the directly computed
 * root (whose angle is rounded too), and a few kilobytes instead of two arrays of n doubles: on 10^6 bits those
 * arrays were megabytes of fresh memory whose first touch (page faults) cost more than the arithmetic in a short run.
 */
final class UnitRoots {
    private final int shift;
    private final int mask;
    private final double[] fineCos;
    private final double[] fineSin;
    private final double[] coarseCos;
    private final double[] coarseSin;

    UnitRoots(int n) {
        int log = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)); // 2^log ≥ n
        shift = (log + 1) / 2;
        mask = (1 << shift) - 1;
        int fine = 1 << shift;
        int coarse = (n >>> shift) + 1;
        fineCos = new double[fine];
        fineSin = new double[fine];
        coarseCos = new double[coarse];
        coarseSin = new double[coarse];
        for (int l = 0; l < fine; l++) {
            double angle = -2 * Math.PI * l / n;
            fineCos[l] = Math.cos(angle);
            fineSin[l] = Math.sin(angle);
        }
        for (int h = 0; h < coarse; h++) {
            double angle = -2 * Math.PI * ((long) h << shift) / n;
            coarseCos[h] = Math.cos(angle);
            coarseSin[h] = Math.sin(angle);
        }
    }

    /** cos(−2πk/n), 0 ≤ k &lt; n. */
    double cos(int k) {
        int h = k >>> shift;
        int l = k & mask;
        return coarseCos[h] * fineCos[l] - coarseSin[h] * fineSin[l];
    }

    /** sin(−2πk/n), 0 ≤ k &lt; n. */
    double sin(int k) {
        int h = k >>> shift;
        int l = k & mask;
        return coarseSin[h] * fineCos[l] + coarseCos[h] * fineSin[l];
    }
}
