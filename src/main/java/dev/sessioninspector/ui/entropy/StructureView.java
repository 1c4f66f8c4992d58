package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.entropy.StructureFinding;
import dev.sessioninspector.entropy.StructureReport;
import dev.sessioninspector.entropy.TokenAnalysis;
import dev.sessioninspector.entropy.Verdict;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The verdict in one line, the detected structure (encoding, length, wrappers stripped, JWT layout,
 * counters and timestamps) and how far the sample size lets it be trusted.
 */
final class StructureView extends VBox {
    private final Label verdict = new Label("No tokens analysed yet");
    private final GridPane facts = new GridPane();
    private final VBox findings = new VBox();
    private final Label reliability = new Label();

    StructureView() {
        getStyleClass().add("structure-view");
        verdict.getStyleClass().add("entropy-verdict");
        verdict.setId("entropy-verdict");
        verdict.setWrapText(true);
        facts.getStyleClass().add("structure-facts");
        findings.getStyleClass().add("structure-findings");
        reliability.getStyleClass().add("reliability-note");
        reliability.setId("reliability-note");
        reliability.setWrapText(true);
        Label title = new Label("Structure");
        title.getStyleClass().add("chart-title");
        getChildren().addAll(verdict, title, facts, findings, reliability);
    }

    void show(TokenAnalysis a) {
        Verdict v = a.verdict();
        verdict.getStyleClass().removeAll("verdict-ok", "verdict-bad");
        verdict.getStyleClass().add(v.flagged() ? "verdict-bad" : "verdict-ok");
        verdict.setText(headline(a));
        StructureReport s = a.structure();
        facts.getChildren().clear();
        int r = 0;
        r = fact(r, "Tokens", a.samples() + " (" + s.distinct() + " distinct"
                + (s.duplicates() > 0 ? ", " + s.duplicates() + " repeated)" : ")"));
        r = fact(r, "Encoding", s.encoding().label());
        r = fact(r, "Length", s.minLength() == s.maxLength() ? s.minLength() + " characters"
                : s.minLength() + "–" + s.maxLength() + " characters");
        if (!s.layout().isBlank()) {
            r = fact(r, "Layout", s.layout());
        }
        r = fact(r, "Wrappers stripped", s.wrappers().isEmpty() ? "none" : String.join(", ", s.wrappers()));
        if (s.jwt() != null) {
            r = fact(r, "JWT", "alg " + s.jwt().algorithm() + (s.jwt().unsigned() ? " (unsigned!)" : "")
                    + "; random claims " + s.jwt().randomClaims() + "; time claims " + s.jwt().timeClaims());
        }
        r = fact(r, "Counter", s.has(StructureFinding.Kind.COUNTER) ? "detected" : "none detected");
        r = fact(r, "Timestamp", s.has(StructureFinding.Kind.TIMESTAMP) ? "detected" : "none detected");
        fact(r, "Example", ellipsis(s.example(), 64));
        findings.getChildren().clear();
        java.util.Set<String> bad = new java.util.LinkedHashSet<>();
        s.findings().forEach(f -> bad.add(f.description()));
        bad.addAll(v.reasons());
        for (String reason : bad) {
            findings.getChildren().add(bullet(reason, "finding-bad"));
        }
        for (String note : v.notes()) {
            findings.getChildren().add(bullet(note, "finding-note"));
        }
        reliability.setText(a.reliability().note());
    }

    /** The verdict as one sentence. */
    static String headline(TokenAnalysis a) {
        Verdict v = a.verdict();
        String bits = String.format(Locale.ROOT, "%.0f", v.estimatedRandomBits());
        if (v.predictable()) {
            return "Predictable: about " + bits + " bits of random content";
        }
        if (v.tooShort()) {
            return "Too short: about " + bits + " bits of random content (128 needed)";
        }
        return "About " + bits + " bits of random content: enough not to be guessed";
    }

    String verdictText() {
        return verdict.getText();
    }

    private int fact(int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        facts.add(n, 0, row);
        facts.add(v, 1, row);
        return row + 1;
    }

    private static Label bullet(String text, String style) {
        Label l = new Label("• " + text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static String ellipsis(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
