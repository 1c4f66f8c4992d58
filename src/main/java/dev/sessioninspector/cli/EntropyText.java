package dev.sessioninspector.cli;

import dev.sessioninspector.entropy.BitBatteryResult;
import dev.sessioninspector.entropy.BitTestResult;
import dev.sessioninspector.entropy.Decimals;
import dev.sessioninspector.entropy.FipsResult;
import dev.sessioninspector.entropy.PositionStats;
import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.entropy.TokenAnalysis;
import java.util.Locale;
import java.util.stream.Collectors;

/** The human-readable report of the {@code entropy} command. */
final class EntropyText {
    private EntropyText() {
    }

    static String tokens(TokenAnalysis a) {
        StringBuilder sb = new StringBuilder();
        var v = a.verdict();
        sb.append(v.flagged() ? "WEAK: " : "OK: ").append(v.predictable() ? "predictable" : "no predictable structure")
                .append(", about ").append(f1(v.estimatedRandomBits())).append(" random bits per token")
                .append(v.tooShort() ? " (under 128)" : "").append('\n');
        v.reasons().forEach(r -> sb.append("  - ").append(r).append('\n'));
        v.notes().forEach(r -> sb.append("  note: ").append(r).append('\n'));
        sb.append("Samples: ").append(a.samples()).append(" (").append(a.reliability().note()).append(")\n");
        var s = a.structure();
        sb.append("Structure: ").append(s.encoding().label()).append(", ").append(s.layout())
                .append(s.minLength() == s.maxLength() ? ", " + s.minLength() + " characters"
                        : ", " + s.minLength() + "-" + s.maxLength() + " characters").append('\n');
        if (!s.wrappers().isEmpty()) {
            sb.append("  stripped: ").append(String.join("; ", s.wrappers())).append('\n');
        }
        for (StructureFinding f : s.findings()) {
            sb.append("  ").append(f.kind().name().toLowerCase(Locale.ROOT)).append(": ").append(f.description())
                    .append('\n');
        }
        sb.append("  distinct ").append(s.distinct()).append(", repeats ").append(s.duplicates()).append('\n');
        sb.append("Effective entropy: ").append(a.effectiveEntropy().stream()
                .map(e -> e.label() + " " + f1(e.bits()) + " bits").collect(Collectors.joining(", ")))
                .append(" (raw length ").append(f1(a.rawBits())).append(" bits; ")
                .append(dev.sessioninspector.entropy.EntropyAtLevel.CORRECTION).append(")\n");
        var m = a.minEntropy();
        sb.append("Min-entropy (SP 800-90B, non-IID): ").append(f1(m.bitsPerToken()))
                .append(" bits per token (this sample size allows at most ").append(f1(m.ceilingBits()))
                .append("); ").append(m.estimators().entrySet().stream()
                        .map(e -> e.getKey() + " " + (Double.isNaN(e.getValue()) ? "n/a" : f1(e.getValue())))
                        .collect(Collectors.joining(", "))).append('\n');
        sb.append("Positions (charset, Shannon/max bits, count P, transition P):\n");
        for (PositionStats p : a.positions()) {
            sb.append(String.format(Locale.ROOT, "  %3d  %3d/%-3d  %5.2f/%5.2f  %-9s %-9s%s%n", p.position(),
                    p.charsetSize(), p.alphabetSize(), p.shannonBits(), p.maxBits(), p(p.uniformityPValue()),
                    p(p.transitionPValue()), p.passes(0.01) ? "" : "  <- fails at 1%"));
        }
        long failing = a.bits().stream().filter(b -> !b.passes(0.01)).count();
        sb.append("Bits: ").append(a.bits().size()).append(" extracted, ").append(failing)
                .append(" fail a test at 1%, ").append(a.fipsFailures()).append(" fail FIPS 140-2\n");
        return sb.toString();
    }

    static String bits(BitBatteryResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.bits()).append(" bits\nNIST SP 800-22:\n");
        for (BitTestResult t : r.nistTests()) { // no Formatter or streams: this is on entropy --bits' short run
            sb.append("  ").append(t.name()).append(" ".repeat(Math.max(0, 26 - t.name().length()))).append(' ');
            if (t.applicable()) {
                for (int i = 0; i < t.pValues().size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(p(t.pValues().get(i)));
                }
                sb.append(t.minPValue() < 0.01 ? "  <- fails at 1%" : "");
            } else {
                sb.append("n/a (").append(t.note()).append(')');
            }
            sb.append(System.lineSeparator());
        }
        FipsResult f = r.fips140_2();
        if (f == null) {
            sb.append("FIPS 140-2: n/a (fewer than 100 bits)\n");
        } else {
            sb.append("FIPS 140-2 (").append(f.blocks()).append(" block(s) of ").append(f.blockBits())
                    .append(" bits): monobit ").append(f.monobitFailures()).append(", poker ")
                    .append(f.pokerFailures()).append(", runs ").append(f.runsFailures()).append(", long run ")
                    .append(f.longRunFailures()).append(" failure(s)\n");
        }
        return sb.toString();
    }

    private static String p(double v) {
        return Double.isNaN(v) ? "-" : Decimals.fixed(v, 6);
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
