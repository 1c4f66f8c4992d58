package dev.sessioninspector.entropy;

/**
 * How far the sample size lets the results be trusted.
 *
 * @param samples number of tokens analysed
 * @param level   the verdict's weight
 * @param note    one honest sentence for the reader
 */
public record Reliability(int samples, Level level, String note) {
    /** Below 100 tokens, 100–4,999 and 5,000 or more. */
    public enum Level {
        INDICATIVE, MODERATE, RELIABLE
    }

    public Reliability {
        if (samples < 0 || level == null || note == null || note.isBlank()) {
            throw new IllegalArgumentException("inconsistent reliability");
        }
    }

    public static Reliability of(int samples) {
        if (samples < 100) {
            return new Reliability(samples, Level.INDICATIVE, "Indicative only: " + samples
                    + " tokens cannot tell a weak generator from a strong one; collect at least 5,000.");
        }
        if (samples < 5000) {
            return new Reliability(samples, Level.MODERATE, samples + " tokens catch gross weaknesses (counters, "
                    + "timestamps, short IDs) but subtle bias needs 5,000 or more; FIPS blocks need 20,000.");
        }
        return new Reliability(samples, Level.RELIABLE, samples + " tokens: the statistics are reliable"
                + (samples >= 20_000 ? " and each bit fills a full 20,000-bit FIPS block." : "; 20,000 fill a "
                        + "full FIPS 140-2 block per bit."));
    }
}
