package dev.sessioninspector.probe;

import dev.sessioninspector.analysis.ProbeVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the probes sent and concluded, to print or keep: per probe its verdict, a sentence, and one line per
 * request (exchange ID, method, URL, the cookies it carried, the status it got).
 *
 * @param unreachable why the target stopped answering during the probes, or null when it kept answering
 */
public record ProbeReport(List<Entry> entries, List<String> notes, String unreachable) {
    /**
     * One probe.
     *
     * @param verdict null for the token sample (it yields statistics, not a verdict)
     */
    public record Entry(String probe, ProbeVerdict verdict, String detail, List<String> sent) {
        public Entry {
            Objects.requireNonNull(probe, "probe");
            detail = detail == null ? "" : detail;
            sent = List.copyOf(Objects.requireNonNull(sent, "sent"));
        }
    }

    public ProbeReport {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /** This report followed by {@code next}'s entries and notes; the first reason the target stopped answering. */
    public ProbeReport and(ProbeReport next) {
        List<Entry> e = new ArrayList<>(entries);
        e.addAll(next.entries);
        List<String> n = new ArrayList<>(notes);
        n.addAll(next.notes);
        return new ProbeReport(e, n, unreachable != null ? unreachable : next.unreachable);
    }

    /** Nothing sent, nothing noted. */
    public static ProbeReport empty() {
        return new ProbeReport(List.of(), List.of(), null);
    }

    /** Requests sent by all probes (recorded ones; the token sample counts its own). */
    public int requestsSent() {
        return entries.stream().mapToInt(e -> (int) e.sent().stream().filter(s -> s.startsWith("#")).count()).sum();
    }

    public boolean targetUnreachable() {
        return unreachable != null;
    }

    /** The report as text lines. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(e.probe() + ": " + (e.verdict() == null ? "" : e.verdict().name().toLowerCase(java.util.Locale.ROOT) + ": ") + e.detail());
            e.sent().forEach(s -> out.add("  " + s));
        }
        notes.forEach(n -> out.add("note: " + n));
        return out;
    }
}
