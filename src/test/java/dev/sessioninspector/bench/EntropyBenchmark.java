package dev.sessioninspector.bench;

import dev.sessioninspector.entropy.BitBattery;
import dev.sessioninspector.entropy.BitBatteryResult;
import dev.sessioninspector.entropy.BitSequence;
import dev.sessioninspector.entropy.HashDetector;
import dev.sessioninspector.entropy.IssueWindow;
import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.entropy.TokenAnalysis;
import dev.sessioninspector.entropy.TokenAnalyzer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The issues' performance targets: full analysis of 20,000 tokens of 32 characters (≤ 1 s), the hash structure
 * check of 2,000 tokens (about 2 s) and the bit battery on 1,000,000 bits (≤ 2 s), on this 2-core machine. Run with {@link BenchMain} or
 * {@code mvn -q test-compile exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main EntropyBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class EntropyBenchmark {
    private List<String> tokens;
    private List<String> tokens2000;
    private BitSequence bits;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(2024L);
        tokens = new ArrayList<>(20_000);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[16];
            random.nextBytes(b);
            tokens.add(HexFormat.of().formatHex(b));
        }
        tokens2000 = tokens.subList(0, 2000);
        byte[] raw = new byte[1_000_000 / 8];
        random.nextBytes(raw);
        bits = BitSequence.ofBytes(raw);
    }

    @Benchmark
    public TokenAnalysis analyze20000TokensOf32Characters() {
        return TokenAnalyzer.analyze(tokens);
    }

    /** The structure check's worst case: no digest of a counter, clock or previous token is found. */
    @Benchmark
    public Optional<StructureFinding> hashStructureCheckOf2000Tokens() {
        return HashDetector.detect(tokens2000, IssueWindow.endingAt(Instant.parse("2026-12-04T12:00:00Z")));
    }

    @Benchmark
    public BitBatteryResult bitBatteryOn1000000Bits() {
        return BitBattery.run(bits);
    }
}
