package dev.sessioninspector.entropy;

/**
 * NIST SP 800-22 Rev 1a §2.5, the binary matrix rank test: disjoint M×Q matrices filled row by row, their
 * ranks over GF(2), and a χ² with the class probabilities 0.2888 / 0.5776 / 0.1336 of §2.5.4 step (5)
 * (the asymptotic values for large matrices that the publication uses, also in its 3×3 example).
 */
public final class NistMatrixRankTest {
    private static final double P_FULL = 0.2888;
    private static final double P_FULL_MINUS_ONE = 0.5776;
    private static final double P_REST = 0.1336;

    private NistMatrixRankTest() {
    }

    /** The battery's test: 32×32 matrices. */
    public static BitTestResult binaryMatrixRank(BitSequence bits) {
        return binaryMatrixRank(bits, 32, 32);
    }

    /** The test with {@code rows}×{@code cols} matrices (cols ≤ 64). */
    public static BitTestResult binaryMatrixRank(BitSequence bits, int rows, int cols) {
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
                long row = 0;
                for (int c = 0; c < cols; c++) {
                    row = (row << 1) | bits.bit(offset + r * cols + c);
                }
                matrix[r] = row;
            }
            int rank = rank(matrix, cols);
            if (rank == full) {
                fullCount++;
            } else if (rank == full - 1) {
                fullMinusOneCount++;
            }
        }
        int rest = matrices - fullCount - fullMinusOneCount;
        double chi2 = sq(fullCount - P_FULL * matrices) / (P_FULL * matrices)
                + sq(fullMinusOneCount - P_FULL_MINUS_ONE * matrices) / (P_FULL_MINUS_ONE * matrices)
                + sq(rest - P_REST * matrices) / (P_REST * matrices);
        return BitTestResult.of("binaryMatrixRank", chi2,
                rows + "x" + cols + ", N=" + matrices + ", F_M=" + fullCount + ", F_M-1=" + fullMinusOneCount,
                Math.exp(-chi2 / 2));
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
