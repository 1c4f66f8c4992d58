package dev.sessioninspector.entropy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Token analysis, structure first: strip wrappers, detect the encoding, find counters, clocks and
 * {@code java.util.Random} output, then measure each character position and each extracted bit, and sum up
 * effective entropy by significance level and the verdict the session-ID rules use. Pure: same tokens, same
 * result.
 */
public final class TokenAnalyzer {
    private static final double LCG_STATE_BITS = 48;
    /** A digest of the clock: the attacker knows the second and guesses the millisecond. */
    private static final double CLOCK_GUESS_BITS = Math.log(1000) / Math.log(2);
    /**
     * The longest token analysed (characters after trimming): twice the 4,096 bytes browsers keep per cookie.
     * Memory is linear in token length; this bounds the time the per-bit tests take.
     */
    public static final int MAX_TOKEN_LENGTH = 8192;

    private TokenAnalyzer() {
    }

    /**
     * Analyses tokens without knowing when they were issued (no search for hashes of the clock) and without a
     * JSON reader: a JWT is analysed as opaque text.
     */
    public static TokenAnalysis analyze(List<String> tokens) {
        return analyze(tokens, null, JsonObjectReader.NONE);
    }

    /**
     * Analyses tokens in the order they were issued (order matters for the transition, runs and counter tests).
     * Surrounding whitespace is trimmed and blank entries are skipped.
     *
     * @param window when the tokens were issued (null: unknown)
     * @param json   reads a JWT's header and claims, so its random part is the claims that vary
     *               ({@link JsonObjectReader#NONE}: a JWT is opaque text)
     * @throws IllegalArgumentException when no token is left
     */
    public static TokenAnalysis analyze(List<String> tokens, IssueWindow window, JsonObjectReader json) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(json, "json");
        List<String> raw = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            if (t != null && !t.isBlank()) {
                raw.add(t.strip());
            }
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("no tokens to analyse");
        }
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).length() > MAX_TOKEN_LENGTH) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "token %,d is %,d characters long; "
                        + "entropy analyses tokens of up to %,d characters", i + 1, raw.get(i).length(),
                        MAX_TOKEN_LENGTH));
            }
        }
        int n = raw.size();
        Map<String, Integer> occurrences = new HashMap<>();
        raw.forEach(t -> occurrences.merge(t, 1, Integer::sum));
        int distinct = occurrences.size();
        long equalPairs = occurrences.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();

        TokenUnwrapper.Unwrapped unwrapped = TokenUnwrapper.unwrap(raw, json);
        List<String> core = unwrapped.core();
        EncodingDetector.Detected detected = EncodingDetector.detect(core);
        if (detected.encoding() == Encoding.BASE64 || detected.encoding() == Encoding.BASE64URL) {
            core = core.stream().map(EncodingDetector::stripPadding).toList();
        }
        List<byte[]> bytes = EncodingDetector.bytes(core, detected);
        List<String> unstripped = unwrapped.unstripped();
        if (detected.encoding() == Encoding.BASE64 || detected.encoding() == Encoding.BASE64URL) {
            unstripped = unstripped.stream().map(EncodingDetector::stripPadding).toList();
        }
        List<StructureFinding> findings = new ArrayList<>(SequenceDetectors.detect(unstripped,
                unwrapped.prefixLength(), detected, bytes));
        LcgDetector.detect(bytes).ifPresent(findings::add);
        List<String> unwrappedCore = unwrapped.core();
        HashDetector.detect(raw, window).or(() -> raw.equals(unwrappedCore) ? java.util.Optional.empty()
                : HashDetector.detect(unwrappedCore, window)).ifPresent(findings::add);

        List<PositionStats> positions = CharacterAnalysis.analyze(core, detected.alphabet());
        BitLevelAnalysis.Result bitLevel = BitLevelAnalysis.analyze(core, positions);
        Set<Integer> structured = structuredPositions(findings, positions.size(), core);

        double rawBits = 0;
        for (PositionStats p : positions) {
            rawBits += p.maxBits() * p.samples() / n;
        }
        Verdict verdict = verdict(n, equalPairs, positions, bitLevel.bits(), structured, findings, unwrapped.jwt());
        double cap = cap(findings, n, equalPairs);
        List<EntropyAtLevel> effective = EffectiveEntropy.atLevels(n, positions, bitLevel.bits(), structured, cap);
        String decoded = unwrapped.jwt() != null ? unwrapped.jwt().header() + " " + unwrapped.jwt().claims()
                : bytes != null && !bytes.isEmpty() ? EncodingDetector.toHex(bytes.get(0)) : core.get(0);
        StructureReport structure = new StructureReport(detected.encoding(), detected.alphabet(),
                core.stream().mapToInt(String::length).min().orElse(0),
                core.stream().mapToInt(String::length).max().orElse(0), unwrapped.layout(), unwrapped.wrappers(),
                raw.get(0), decoded, unwrapped.jwt(), findings, distinct, n - distinct);
        return new TokenAnalysis(n, structure, positions, bitLevel.bits(), bitLevel.fipsFailures(), effective,
                rawBits, verdict, Reliability.of(n), minEntropy(n, positions, bitLevel, structured, cap));
    }

    /**
     * SP 800-90B estimates summed over the bits, each position weighted as effective entropy weights it
     * (log₂ k per ⌊log₂ k⌋ extracted bits, by presence); structured positions count 0; capped like it.
     */
    private static MinEntropy minEntropy(int n, List<PositionStats> positions, BitLevelAnalysis.Result bitLevel,
            Set<Integer> structured, double cap) {
        int names = MinEntropyEstimators.NAMES.length;
        double[] sums = new double[names];
        double lowest = 0;
        double ceiling = 0;
        List<BitPositionStats> bits = bitLevel.bits();
        for (int i = 0; i < bits.size(); i++) {
            BitPositionStats b = bits.get(i);
            PositionStats p = positions.get(b.position());
            double[] e = bitLevel.minEntropy()[i];
            if (structured.contains(p.position()) || p.bitsPerCharacter() == 0) {
                continue;
            }
            double weight = p.maxBits() / p.bitsPerCharacter() * p.samples() / n;
            ceiling += weight * MinEntropyEstimators.ceiling(b.samples());
            if (e == null) {
                java.util.Arrays.fill(sums, Double.NaN);
                continue;
            }
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < names; k++) {
                sums[k] += weight * e[k];
                min = Double.isNaN(e[k]) ? min : Math.min(min, e[k]);
            }
            lowest += weight * (Double.isInfinite(min) ? 0 : Math.max(0, min));
        }
        Map<String, Double> estimators = new java.util.LinkedHashMap<>();
        for (int k = 0; k < names; k++) {
            estimators.put(MinEntropyEstimators.NAMES[k], Double.isNaN(sums[k]) ? Double.NaN
                    : Math.max(0, Math.min(cap, sums[k])));
        }
        return new MinEntropy(Math.max(0, Math.min(cap, lowest)), ceiling, n, estimators);
    }

    /** Upper bounds from structure: 48 bits for java.util.Random, the collision estimate when tokens repeat. */
    private static double cap(List<StructureFinding> findings, int n, long equalPairs) {
        double cap = Double.POSITIVE_INFINITY;
        if (findings.stream().anyMatch(f -> f.kind() == StructureFinding.Kind.JAVA_UTIL_RANDOM)) {
            cap = LCG_STATE_BITS;
        }
        for (StructureFinding f : findings) {
            if (f.kind() == StructureFinding.Kind.HASHED_CLOCK) {
                cap = Math.min(cap, CLOCK_GUESS_BITS);
            } else if (f.kind().hashed()) {
                cap = 0;
            }
        }
        if (equalPairs > 0) {
            double pairs = (double) n * (n - 1) / 2;
            cap = Math.min(cap, Math.max(0, Math.log(pairs / equalPairs) / Math.log(2)));
        }
        return cap;
    }

    private static Verdict verdict(int n, long equalPairs, List<PositionStats> positions,
            List<BitPositionStats> bits, Set<Integer> structured, List<StructureFinding> findings, JwtInfo jwt) {
        List<String> reasons = new ArrayList<>();
        int tests = 0;
        for (PositionStats p : positions) {
            tests += (Double.isNaN(p.uniformityPValue()) ? 0 : 1) + (Double.isNaN(p.transitionPValue()) ? 0 : 1);
        }
        for (BitPositionStats b : bits) {
            tests += b.testsRun();
        }
        double alpha = Verdict.FAMILY_WISE_ALPHA / Math.max(1, tests);
        Map<Integer, Double> failing = new HashMap<>();
        String worst = "";
        double worstP = 1;
        for (PositionStats p : positions) {
            for (double pv : new double[] {p.uniformityPValue(), p.transitionPValue()}) {
                if (pv < alpha) {
                    failing.merge(p.position(), pv, Math::min);
                    if (pv < worstP) {
                        worstP = pv;
                        worst = "position " + p.position() + (pv == p.uniformityPValue() ? " character counts"
                                : " transitions");
                    }
                }
            }
        }
        for (BitPositionStats b : bits) {
            if (b.minPValue() < alpha) {
                failing.merge(b.position(), b.minPValue(), Math::min);
                if (b.minPValue() < worstP) {
                    worstP = b.minPValue();
                    worst = "bit " + b.bit() + " of position " + b.position();
                }
            }
        }
        Set<Integer> lost = lostPositions(failing, alpha);
        double estimate = 0;
        for (PositionStats p : positions) {
            if (!lost.contains(p.position()) && !structured.contains(p.position())) {
                estimate += p.maxBits() * p.samples() / n;
            }
        }
        estimate = Math.min(estimate, cap(findings, n, 0));
        List<String> notes = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        boolean predictable = false;
        for (StructureFinding f : findings) {
            if (f.kind() == StructureFinding.Kind.JAVA_UTIL_RANDOM || f.kind().hashed()) {
                predictable = true;
                reasons.add(f.description());
            } else {
                weaknesses.add(f.description());
            }
        }
        if (equalPairs > 0) {
            double expected = (double) n * (n - 1) / 2 * Math.pow(2, -estimate);
            if (poissonTail(expected, equalPairs) < Verdict.FAMILY_WISE_ALPHA) {
                predictable = true;
                reasons.add(equalPairs + " pair(s) of identical tokens where about " + fmt(expected)
                        + " would be expected: the generator repeats itself");
            }
            estimate = Math.min(estimate, cap(List.of(), n, equalPairs));
        }
        if (!failing.isEmpty()) {
            weaknesses.add(failing.size() + " of " + positions.size() + " character positions fail the randomness "
                    + "tests at family-wise significance 0.1% (worst: " + worst + ", P="
                    + String.format(Locale.ROOT, "%.2g", worstP) + ")");
        }
        if (jwt != null && jwt.unsigned()) {
            predictable = true;
            reasons.add("JWT with alg=none: anyone can mint a token the server accepts");
        }
        boolean tooShort = estimate < Verdict.MIN_BITS;
        if (tooShort) {
            predictable |= !weaknesses.isEmpty();
            reasons.addAll(weaknesses);
            reasons.add("about " + fmt(estimate) + " bits of random content per token, under the 128 bits "
                    + "a session ID needs");
        } else {
            String remain = "; " + fmt(estimate) + " random bits remain, enough not to be guessed";
            weaknesses.forEach(w -> notes.add(w + remain));
        }
        return new Verdict(estimate, tooShort, predictable, reasons, notes);
    }

    /**
     * The failing positions whose bits the estimate gives up. One position failing a test at the family-wise
     * level is what a good generator shows about once in a thousand samples (more often where the χ² tail is
     * only approximate), and it is a warning, not a loss: it keeps its bits unless the failure is decisive,
     * {@link Verdict#DECISIVE} times stronger than the family-wise level. Two or more failing positions are
     * not chance, and all of them are given up. Without this a 16-byte token, exactly 128 bits wide, was judged
     * "under 128 bits" whenever one position failed by chance.
     */
    private static Set<Integer> lostPositions(Map<Integer, Double> failing, double alpha) {
        if (failing.size() >= 2) {
            return failing.keySet();
        }
        Set<Integer> lost = new HashSet<>();
        failing.forEach((position, p) -> {
            if (p < alpha * Verdict.DECISIVE) {
                lost.add(position);
            }
        });
        return lost;
    }

    /** Character positions (of the left-aligned core) covered by counter or timestamp findings. */
    private static Set<Integer> structuredPositions(List<StructureFinding> findings, int width, List<String> core) {
        Set<Integer> out = new HashSet<>();
        int typical = core.stream().mapToInt(String::length).sorted().skip(core.size() / 2).findFirst().orElse(0);
        for (StructureFinding f : findings) {
            if (f.from() < 0 || (f.kind() != StructureFinding.Kind.COUNTER
                    && f.kind() != StructureFinding.Kind.TIMESTAMP)) {
                continue;
            }
            for (int i = f.from(); i < f.to(); i++) {
                int pos = f.fromEnd() ? typical - 1 - i : i;
                if (pos >= 0 && pos < width) {
                    out.add(pos);
                }
            }
        }
        return out;
    }

    /** P(X ≥ k) for X ~ Poisson(mean). */
    private static double poissonTail(double mean, long k) {
        if (k <= 0) {
            return 1;
        }
        if (mean <= 0) {
            return 0;
        }
        return SpecialFunctions.igam(k, mean);
    }

    private static String fmt(double v) {
        return v >= 10 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
    }
}
