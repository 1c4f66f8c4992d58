package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, apart from how it judges: its stable ID, the severity of DESIGN.md §6, its CWE and other
 * references, a title, what it checks, and one or two example findings for the catalogue ({@code docs/rules.md}).
 * Built with named steps, so no two strings can trade places:
 *
 * <pre>{@code
 * RuleInfo.of("session.id-too-short", Severity.HIGH)
 *         .cwe(331).references("WSTG-SESS-01", "ASVS 3.2.2")
 *         .title("Session ID too short")
 *         .description("Estimates the random content of the session ID ...")
 *         .example("SESSIONID holds at most 32 random bits",
 *                 "issued SESSIONID=0001cf94: at most 32 bits (8 characters from a 16-symbol alphabet)")
 *         .build();
 * }</pre>
 *
 * @param id           the stable ID, {@code family.kebab-name}, e.g. {@code session.not-rotated-at-login}
 * @param severity     the severity its findings usually carry
 * @param severityNote when a finding may carry another severity (empty when never), e.g. "low when the target is
 *                     loopback"
 * @param cwe          the CWE number
 * @param references   WSTG, ASVS and other references, the CWE last ({@code CWE-<cwe>})
 * @param title        a short title without a final period
 * @param description  what the rule checks and why it matters, in a sentence or two
 * @param examples     one or two findings the rule may raise, as a reader of a report would see them
 */
public record RuleInfo(String id, Severity severity, String severityNote, int cwe, List<String> references,
        String title, String description, List<Example> examples) {
    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REFERENCE = Pattern.compile(
            "WSTG-[A-Z]{4}-\\d{2}|ASVS (\\d+\\.\\d+ )?V?\\d+\\.\\d+(\\.\\d+)?|CWE-\\d+|RFC \\d+( §[\\d.]+)?"
                    + "|OWASP [A-Z][A-Za-z0-9 :-]+");

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a rule ID is family.kebab-name: " + id);
        }
        Objects.requireNonNull(severity, "severity");
        severityNote = severityNote == null ? "" : severityNote.strip();
        if (cwe <= 0) {
            throw new IllegalArgumentException(id + ": a rule needs its CWE");
        }
        references = List.copyOf(references);
        for (String r : references) {
            if (!wellFormedReference(r)) {
                throw new IllegalArgumentException(id + ": malformed reference '" + r + "'");
            }
        }
        if (references.isEmpty() || !references.get(references.size() - 1).equals("CWE-" + cwe)) {
            throw new IllegalArgumentException(id + ": the references end with CWE-" + cwe);
        }
        title = requireText(id, "title", title);
        if (title.endsWith(".")) {
            throw new IllegalArgumentException(id + ": a title has no final period");
        }
        description = requireText(id, "description", description);
        examples = List.copyOf(examples);
        if (examples.isEmpty() || examples.size() > 2) {
            throw new IllegalArgumentException(id + ": a rule shows one or two example findings");
        }
    }

    /** Starts the metadata of the rule with this ID and usual severity. */
    public static Builder of(String id, Severity severity) {
        return new Builder(id, severity);
    }

    /** Whether a reference is one a reader can look up: WSTG-XXXX-NN, ASVS n.n[.n], CWE-n, RFC n, OWASP …. */
    public static boolean wellFormedReference(String reference) {
        return reference != null && REFERENCE.matcher(reference).matches();
    }

    private static String requireText(String id, String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(id + ": a rule needs a " + what);
        }
        return text.strip();
    }

    /**
     * A finding as a report shows it: its title and what its evidence says, one line per exchange.
     *
     * @param title    the finding's title
     * @param evidence what each piece of evidence says (at least one)
     */
    public record Example(String title, List<String> evidence) {
        public Example {
            Objects.requireNonNull(title, "title");
            evidence = List.copyOf(evidence);
            if (title.isBlank() || evidence.isEmpty() || evidence.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("an example finding has a title and evidence: " + title);
            }
        }
    }

    /** Named steps to a {@link RuleInfo}; {@link #build()} validates. */
    public static final class Builder {
        private final String id;
        private final Severity severity;
        private String severityNote = "";
        private int cwe;
        private final List<String> references = new ArrayList<>();
        private String title;
        private String description;
        private final List<Example> examples = new ArrayList<>();

        private Builder(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }

        /** The CWE number; {@code CWE-<n>} closes the references. */
        public Builder cwe(int number) {
            this.cwe = number;
            return this;
        }

        /** WSTG, ASVS and other references, most specific first (the CWE is added last). */
        public Builder references(String... refs) {
            references.addAll(List.of(refs));
            return this;
        }

        public Builder title(String text) {
            this.title = text;
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** When a finding may carry a severity other than the rule's. */
        public Builder severityNote(String text) {
            this.severityNote = text;
            return this;
        }

        /** An example finding: its title and the detail of each piece of evidence. */
        public Builder example(String findingTitle, String... evidence) {
            examples.add(new Example(findingTitle, List.of(evidence)));
            return this;
        }

        public RuleInfo build() {
            List<String> refs = new ArrayList<>(references);
            refs.add("CWE-" + cwe);
            return new RuleInfo(id, severity, severityNote, cwe, refs, title, description, examples);
        }
    }
}
