package dev.sessioninspector.inspect;

import dev.sessioninspector.analysis.ProbeEvidence;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.model.TokenSample;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the active use cases concluded about a recording: the latest verdict of each probe kind, the latest token
 * sample of each credential, and notes on verdicts that could not be read back (a kind this build does not know).
 */
public record Verdicts(List<ProbeEvidence> probes, List<TokenSample> samples, List<String> notes) {
    public static final Verdicts NONE = new Verdicts(List.of(), List.of(), List.of());

    public Verdicts {
        probes = List.copyOf(Objects.requireNonNull(probes, "probes"));
        samples = List.copyOf(Objects.requireNonNull(samples, "samples"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /** With {@code evidence} in place of an earlier verdict of the same kind. */
    public Verdicts with(ProbeEvidence evidence) {
        List<ProbeEvidence> p = new ArrayList<>(probes.stream().filter(e -> e.kind() != evidence.kind()).toList());
        p.add(evidence);
        return new Verdicts(p, samples, notes);
    }

    /** With {@code sample} in place of an earlier sample of the same credential. */
    public Verdicts with(TokenSample sample) {
        List<TokenSample> s = new ArrayList<>(samples.stream().filter(t -> !t.name().equals(sample.name())).toList());
        s.add(sample);
        return new Verdicts(probes, s, notes);
    }

    public Verdicts withNote(String note) {
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new Verdicts(probes, samples, n);
    }

    /** The verdict of one probe kind, if that probe ran. */
    public Optional<ProbeEvidence> probe(ProbeKind kind) {
        return probes.stream().filter(p -> p.kind() == kind).findFirst();
    }

    public boolean isEmpty() {
        return probes.isEmpty() && samples.isEmpty();
    }
}
