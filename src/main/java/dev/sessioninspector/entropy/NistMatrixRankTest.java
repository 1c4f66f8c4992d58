package dev.sessioninspector.entropy;

/**
 * NIST SP 800-22 Rev 1a §2.5, the binary matrix rank test: disjoint M×Q matrices filled row by row, their
 * ranks over GF(2), and a χ² over the classes full rank, full rank − 1 and lower. The class probabilities are
 * the exact ones of §3.5 for the matrix size, as the reference code (STS 2.1.2 {@code rank.c}) computes them
 * for 32×32 (0.288788…, 0.577576…, 0.133636…); the rounded asymptotic values 0.2888 / 0.5776 / 0.1336 that
 * §2.5.4 prints move the P-value of the first 10⁶ bits of e from 0.306156 to 0.307543.
 */
public final class NistMatrixRankTest {
    /** §2.5.4's rounded large-matrix class probabilities (full, full − 1, lower), as its 3×3 example uses. */
    static final double[] PUBLISHED_ASYMPTOTIC = {0.2888, 0.5776, 0.1336};

    private NistMatrixRankTest() {
    }

    /** The battery's test: 32×32 matrices. */
    public static BitTestResult binaryMatrixRank(BitSequence bits) {
        return binaryMatrixRank(bits, 32, 32);
    }

    /** The test with {@code rows}×{@code cols} matrices (cols ≤ 64) and the exact class probabilities. */
    public static BitTestResult binaryMatrixRank(BitSequence bits, int rows, int cols) {
        return binaryMatrixRank(bits, rows, cols, classProbabilities(rows, cols));
    }

    /**
     * The exact probabilities that a random {@code rows}×{@code cols} matrix over GF(2) has full rank, full
     * rank − 1, or less (SP 800-22 §3.5): p_r = 2^{r(Q+M−r)−MQ} ∏_{i<r} (1−2^{i−Q})(1−2^{i−M}) / (1−2^{i−r}).
     */
    static double[] classProbabilities(int rows, int cols) {
        int full = Math.min(rows, cols);
        double pFull = rankProbability(full, rows, cols);
        double pFullMinusOne = rankProbability(full - 1, rows, cols);
        return new double[] {pFull, pFullMinusOne, 1 - (pFull + pFullMinusOne)};
    }

    private static double rankProbability(int r, int rows, int cols) {
        double product = 1;
        for (int i = 0; i < r; i++) {
            product *= (1 - Math.pow(2, i - cols)) * (1 - Math.pow(2, i - rows)) / (1 - Math.pow(2, i - r));
        }
        return Math.pow(2, r * (cols + rows - r) - (double) rows * cols) * product;
    }

    /** The test with given class probabilities {full, full − 1, lower}. */
    static BitTestResult binaryMatrixRank(BitSequence bits, int rows, int cols, double[] probabilities) {
        if (rows < 2 || cols < 2 || cols > 64) {
            throw new IllegalArgumentException("matrix must be at least 2x2 with at most 64 columns");
        }
        int size = rows * cols;
        int matrices = bits.length() / size;
        if (matrices < 1) {
            return BitTestResult.notApplicable("binaryMatrixRank",
                    "needs at least one " + rows + "x" + cols + " matrix (" + size + " bits)");
        }
        int full = Math.min(rows, cols);
        int fullCount = 0;
        int fullMinusOneCount = 0;
        long[] matrix = new long[rows];
        for (int k = 0; k < matrices; k++) {
            int offset = k * size;
            for (int r = 0; r < rows; r++) {
                matrix[r] = row(bits, offset + r * cols, cols);
            }
            int rank = rank(matrix, cols);
            if (rank == full) {
                fullCount++;
            } else if (rank == full - 1) {
                fullMinusOneCount++;
            }
        }
        int rest = matrices - fullCount - fullMinusOneCount;
        double chi2 = 0;
        int[] observed = {fullCount, fullMinusOneCount, rest};
        for (int c = 0; c < 3; c++) {
            double expected = probabilities[c] * matrices;
            chi2 += sq(observed[c] - expected) / expected;
        }
        return BitTestResult.of("binaryMatrixRank", chi2,
                rows + "x" + cols + ", N=" + matrices + ", F_M=" + fullCount + ", F_M-1=" + fullMinusOneCount,
                Math.exp(-chi2 / 2));
    }

    /** The {@code cols} bits from {@code from} as a number, the first bit highest (32 at a time from the words). */
    private static long row(BitSequence bits, int from, int cols) {
        long row = 0;
        for (int c = 0; c < cols; c += 32) {
            int count = Math.min(32, cols - c);
            row = (row << count) | (bits.bits(from + c, count) & 0xFFFFFFFFL);
        }
        return row;
    }

    /** Rank over GF(2) of the rows (each a bit-vector of {@code cols} bits); destroys {@code rows}. */
    static int rank(long[] rows, int cols) {
        int rank = 0;
        for (int bit = cols - 1; bit >= 0 && rank < rows.length; bit--) {
            long mask = 1L << bit;
            int pivot = -1;
            for (int r = rank; r < rows.length; r++) {
                if ((rows[r] & mask) != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long p = rows[pivot];
            rows[pivot] = rows[rank];
            rows[rank] = p;
            for (int r = 0; r < rows.length; r++) {
                if (r != rank && (rows[r] & mask) != 0) {
                    rows[r] ^= p;
                }
            }
            rank++;
        }
        return rank;
    }

    private static double sq(double v) {
        return v * v;
    }
}
