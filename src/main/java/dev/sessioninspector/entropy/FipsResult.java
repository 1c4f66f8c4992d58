package dev.sessioninspector.entropy;

import java.util.List;
import java.util.Objects;

/**
 * FIPS 140-2 tests over consecutive blocks: how many blocks failed each test.
 *
 * @param blockBits   bits per block (20,000 unless the sequence was shorter)
 * @param blocks      number of blocks tested
 * @param unusedBits  trailing bits that did not fill a block
 * @param thresholds  the bounds applied
 * @param blockResults each block's statistics, in order
 */
public record FipsResult(int blockBits, int blocks, int monobitFailures, int pokerFailures, int runsFailures,
        int longRunFailures, int unusedBits, FipsThresholds thresholds, List<FipsBlockResult> blockResults) {
    public FipsResult {
        Objects.requireNonNull(thresholds, "thresholds");
        blockResults = List.copyOf(blockResults);
        if (blocks != blockResults.size() || Math.min(Math.min(monobitFailures, pokerFailures),
                Math.min(runsFailures, longRunFailures)) < 0 || unusedBits < 0) {
            throw new IllegalArgumentException("inconsistent FIPS result");
        }
    }

    /** True when every block passed every test. */
    public boolean allPassed() {
        return monobitFailures + pokerFailures + runsFailures + longRunFailures == 0;
    }

    /** Number of blocks that failed at least one test. */
    public int failedBlocks() {
        return (int) blockResults.stream().filter(b -> !b.passed()).count();
    }
}
