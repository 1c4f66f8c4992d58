package dev.sessioninspector.report;

import dev.sessioninspector.analysis.Framework;
import dev.sessioninspector.analysis.Remediations;
import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.RuleInfo;
import dev.sessioninspector.analysis.rules.Rules;
import java.util.List;

/**
 * The rule catalogue as Markdown ({@code docs/rules.md} is this text): per rule what it checks, its severity,
 * CWE, WSTG and ASVS references, one or two example findings, and the remediation for every framework. A test
 * keeps the file in sync.
 */
public final class RulesMarkdown {
    private RulesMarkdown() {
    }

    public static String render() {
        return render(Rules.all());
    }

    static String render(List<Rule> rules) {
        StringBuilder b = new StringBuilder();
        b.append("# Rules\n\n");
        b.append("Generated from the rule classes (`dev.sessioninspector.analysis.rules`) and their remediation texts\n")
                .append("(`remediation.txt`); `RulesDocTest` fails when this file is out of date (rerun it with\n")
                .append("`-Dregenerate.docs=true` to rewrite it).\n\n");
        b.append("Every analysis reports every rule with one status, so \"not run\" never looks like \"passed\":\n\n")
                .append("| status | meaning |\n|---|---|\n")
                .append("| `pass` | the rule ran and the recording (or probe, or sample) shows the site handles it well |\n")
                .append("| `fail` | at least one finding, each with the exchanges that show it |\n")
                .append("| `inconclusive` | the rule ran but the input cannot decide (no login found, too few tokens…) |\n")
                .append("| `skipped` | the rule needs input this run did not have (an active probe, browser storage) |\n\n");
        b.append("A finding's remediation is the text for the framework the analysis detected (from `X-Powered-By`,\n")
                .append("`Server`, framework headers, cookie and form field names); \"unknown\" gets the neutral text.\n\n");
        b.append("| rule | severity | CWE | references |\n|---|---|---|---|\n");
        for (Rule r : rules) {
            b.append("| [`").append(r.id()).append("`](#").append(anchor(r.id())).append(") | ").append(r.severity().id())
                    .append(" | ").append(r.cwe()).append(" | ").append(String.join(", ", r.references())).append(" |\n");
        }
        for (Rule r : rules) {
            b.append("\n## ").append(r.id()).append("\n\n**").append(r.title()).append(".** ").append(r.description())
                    .append("\n\n- Severity: ").append(r.severity().id())
                    .append(r.info().severityNote().isEmpty() ? "" : " (" + r.info().severityNote() + ")")
                    .append("\n- CWE: [CWE-").append(r.cwe()).append("](https://cwe.mitre.org/data/definitions/")
                    .append(r.cwe()).append(".html)\n- References: ").append(String.join(", ", r.references()))
                    .append("\n\n### Example finding").append(r.info().examples().size() > 1 ? "s" : "").append('\n');
            for (RuleInfo.Example e : r.info().examples()) {
                b.append("\n> **").append(e.title()).append("**\n>\n");
                e.evidence().forEach(line -> b.append("> - ").append(line).append('\n'));
            }
            b.append("\n### Remediation\n");
            for (Framework f : Framework.values()) {
                b.append("\n**").append(f == Framework.UNKNOWN ? "Any framework (unknown)" : f.displayName())
                        .append("**\n\n```text\n").append(Remediations.forRule(r.id(), f)).append("\n```\n");
            }
        }
        return b.toString();
    }

    private static String anchor(String id) {
        return id.replace(".", "");
    }
}
