package dev.sessioninspector.entropy;

/**
 * Runs the bit-level battery of DESIGN §7 on a bit sequence. A test whose minimum input size (NIST SP
 * 800-22 §2.x "input size recommendation") the sequence does not meet is reported as not applicable
 * rather than given a P-value its approximation cannot support.
 */
public final class BitBattery {
    /** Block length of the block frequency test. */
    public static final int BLOCK_FREQUENCY_M = 128;
    /** Block length of the serial test. */
    public static final int SERIAL_M = 16;
    /** Block length of the approximate entropy test. */
    public static final int APPROXIMATE_ENTROPY_M = 10;

    private BitBattery() {
    }

    public static BitBatteryResult run(BitSequence bits) {
        int n = bits.length();
        int log2 = n > 0 ? 31 - Integer.numberOfLeadingZeros(n) : 0;
        BitTestResult frequency = atLeast(n, 100, "frequency", () -> NistFrequencyTests.frequency(bits));
        BitTestResult block = atLeast(n, Math.max(100, BLOCK_FREQUENCY_M), "blockFrequency",
                () -> NistFrequencyTests.blockFrequency(bits, BLOCK_FREQUENCY_M));
        BitTestResult runs = atLeast(n, 100, "runs", () -> NistFrequencyTests.runs(bits));
        BitTestResult longest = NistLongestRunTest.longestRunOfOnes(bits);
        BitTestResult rank = atLeast(n, 38 * 32 * 32, "binaryMatrixRank",
                () -> NistMatrixRankTest.binaryMatrixRank(bits));
        // the spectral test is the one heavy test: run it on another core while the rest run here
        java.util.concurrent.CompletableFuture<BitTestResult> dftFuture = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> atLeast(n, 1000, "discreteFourierTransform",
                        () -> NistSpectralTest.discreteFourierTransform(bits)));
        BitTestResult serial = SERIAL_M < log2 - 2 ? NistSerialTests.serial(bits, SERIAL_M)
                : BitTestResult.notApplicable("serial", "m=" + SERIAL_M + " needs m < log2(n) - 2, i.e. n >= "
                        + (1 << (SERIAL_M + 3)) + " bits");
        BitTestResult apEn = APPROXIMATE_ENTROPY_M < log2 - 5
                ? NistSerialTests.approximateEntropy(bits, APPROXIMATE_ENTROPY_M)
                : BitTestResult.notApplicable("approximateEntropy", "m=" + APPROXIMATE_ENTROPY_M
                        + " needs m < log2(n) - 5, i.e. n >= " + (1 << (APPROXIMATE_ENTROPY_M + 6)) + " bits");
        BitTestResult cusum = atLeast(n, 100, "cumulativeSums", () -> NistFrequencyTests.cumulativeSums(bits));
        FipsResult fips = n >= FipsThresholds.MIN_BITS ? FipsTests.run(bits) : null;
        BitTestResult dft = dftFuture.join();
        return new BitBatteryResult(n, frequency, block, runs, longest, rank, dft, serial, apEn, cusum, fips);
    }

    private static BitTestResult atLeast(int n, int minimum, String name,
            java.util.function.Supplier<BitTestResult> test) {
        return n >= minimum ? test.get()
                : BitTestResult.notApplicable(name, "needs at least " + minimum + " bits, has " + n);
    }
}
