package dev.sessioninspector.entropy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the bit-level battery of DESIGN §7 on a bit sequence. A test whose minimum input size (NIST SP
 * 800-22 §2.x "input size recommendation") the sequence does not meet is reported as not applicable
 * rather than given a P-value its approximation cannot support. The tests are independent and read the
 * sequence only, so they run on every core, the heaviest first.
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

    /** The NIST tests by index, heaviest first (on 10^6 bits: spectral, serial, approximate entropy, rank…). */
    private static final int SPECTRAL = 0;
    private static final int SERIAL = 1;
    private static final int APPROXIMATE_ENTROPY = 2;
    private static final int RANK = 3;
    private static final int CUMULATIVE_SUMS = 4;
    private static final int RUNS = 5;
    private static final int LONGEST_RUN = 6;
    private static final int BLOCK_FREQUENCY = 7;
    private static final int FREQUENCY = 8;
    /** FIPS 140-2, after the NIST tests. */
    private static final int FIPS = 9;
    /** Below this many bits the whole battery takes less than starting a thread. */
    private static final int PARALLEL_BITS = 100_000;

    public static BitBatteryResult run(BitSequence bits) {
        Object[] r = new Object[FIPS + 1];
        int threads = bits.length() < PARALLEL_BITS ? 1
                : Math.min(r.length, Runtime.getRuntime().availableProcessors());
        new Tests(bits, r).runOn(threads);
        return new BitBatteryResult(bits.length(), (BitTestResult) r[FREQUENCY], (BitTestResult) r[BLOCK_FREQUENCY],
                (BitTestResult) r[RUNS], (BitTestResult) r[LONGEST_RUN], (BitTestResult) r[RANK],
                (BitTestResult) r[SPECTRAL], (BitTestResult) r[SERIAL], (BitTestResult) r[APPROXIMATE_ENTROPY],
                (BitTestResult) r[CUMULATIVE_SUMS], (FipsResult) r[FIPS]);
    }

    /** One test by its index. */
    private static Object test(int index, BitSequence bits) {
        int n = bits.length();
        int log2 = n > 0 ? 31 - Integer.numberOfLeadingZeros(n) : 0;
        return switch (index) {
            case SPECTRAL -> n >= 1000 ? NistSpectralTest.discreteFourierTransform(bits)
                    : tooShort("discreteFourierTransform", n, 1000);
            case SERIAL -> SERIAL_M < log2 - 2 ? NistSerialTests.serial(bits, SERIAL_M)
                    : BitTestResult.notApplicable("serial", "m=" + SERIAL_M + " needs m < log2(n) - 2, i.e. n >= "
                            + (1 << (SERIAL_M + 3)) + " bits");
            case APPROXIMATE_ENTROPY -> APPROXIMATE_ENTROPY_M < log2 - 5
                    ? NistSerialTests.approximateEntropy(bits, APPROXIMATE_ENTROPY_M)
                    : BitTestResult.notApplicable("approximateEntropy", "m=" + APPROXIMATE_ENTROPY_M
                            + " needs m < log2(n) - 5, i.e. n >= " + (1 << (APPROXIMATE_ENTROPY_M + 6)) + " bits");
            case RANK -> n >= 38 * 32 * 32 ? NistMatrixRankTest.binaryMatrixRank(bits)
                    : tooShort("binaryMatrixRank", n, 38 * 32 * 32);
            case CUMULATIVE_SUMS -> n >= 100 ? NistFrequencyTests.cumulativeSums(bits)
                    : tooShort("cumulativeSums", n, 100);
            case RUNS -> n >= 100 ? NistFrequencyTests.runs(bits) : tooShort("runs", n, 100);
            case LONGEST_RUN -> NistLongestRunTest.longestRunOfOnes(bits);
            case BLOCK_FREQUENCY -> n >= Math.max(100, BLOCK_FREQUENCY_M)
                    ? NistFrequencyTests.blockFrequency(bits, BLOCK_FREQUENCY_M)
                    : tooShort("blockFrequency", n, Math.max(100, BLOCK_FREQUENCY_M));
            case FREQUENCY -> n >= 100 ? NistFrequencyTests.frequency(bits) : tooShort("frequency", n, 100);
            case FIPS -> n >= FipsThresholds.MIN_BITS ? FipsTests.run(bits) : null;
            default -> throw new IllegalArgumentException("no test " + index);
        };
    }

    private static BitTestResult tooShort(String name, int n, int minimum) {
        return BitTestResult.notApplicable(name, "needs at least " + minimum + " bits, has " + n);
    }

    /**
     * The tests shared out over plain threads, each taking the next test in index order: no streams, lambdas or
     * fork-join pool to load at start-up (they were a fifth of a short run's time before the battery began).
     */
    private static final class Tests implements Runnable {
        private final BitSequence bits;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Tests(BitSequence bits, Object[] results) {
            this.bits = bits;
            this.results = results;
        }

        @Override
        public void run() {
            try {
                for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                    results[i] = test(i, bits);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                next.set(results.length);
            }
        }

        /** Runs every test on {@code threads} threads, this one among them; a test's failure is rethrown here. */
        void runOn(int threads) {
            Thread[] helpers = new Thread[threads - 1];
            for (int t = 0; t < helpers.length; t++) {
                helpers[t] = new Thread(this, "bit-battery-" + (t + 1));
                helpers[t].setDaemon(true);
                helpers[t].start();
            }
            run();
            boolean interrupted = false;
            for (Thread helper : helpers) {
                while (helper.isAlive()) {
                    try {
                        helper.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable f = failure.get();
            if (f instanceof RuntimeException e) {
                throw e;
            } else if (f instanceof Error e) {
                throw e;
            }
        }
    }
}
