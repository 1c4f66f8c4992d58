package dev.sessioninspector.entropy;

import java.util.List;

/**
 * The FIPS 140-2 statistics of one block and whether each test passed.
 *
 * @param ones        number of ones (monobit statistic)
 * @param poker       the poker statistic X (NaN when the block is too short for it)
 * @param zeroRuns    runs of zeros of length 1…5 and 6+
 * @param oneRuns     runs of ones of length 1…5 and 6+
 * @param longestRun  the longest run of either bit
 */
public record FipsBlockResult(int ones, double poker, List<Integer> zeroRuns, List<Integer> oneRuns, int longestRun,
        boolean monobitPass, boolean pokerPass, boolean runsPass, boolean longRunPass) {
    public FipsBlockResult {
        zeroRuns = List.copyOf(zeroRuns);
        oneRuns = List.copyOf(oneRuns);
        if (zeroRuns.size() != 6 || oneRuns.size() != 6 || ones < 0 || longestRun < 0) {
            throw new IllegalArgumentException("inconsistent FIPS block result");
        }
    }

    public boolean passed() {
        return monobitPass && pokerPass && runsPass && longRunPass;
    }
}
