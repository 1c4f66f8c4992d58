package dev.sessioninspector.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.analysis.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} is the catalogue as the code has it: rewrite with {@code -Dregenerate.docs=true}. */
class RulesDocTest {
    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdMatchesTheRuleClasses() throws IOException {
        String expected = RulesMarkdown.render();
        if (Boolean.getBoolean("regenerate.docs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).exists();
        String actual = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(actual).as("docs/rules.md is stale: run mvn test -Dtest=RulesDocTest -Dregenerate.docs=true")
                .isEqualTo(expected);
        for (Rule r : Rules.all()) {
            assertThat(actual).contains("## " + r.id()).contains("CWE-" + r.cwe());
        }
    }
}
