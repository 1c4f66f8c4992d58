package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.model.Severity;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule metadata is checked where it is built: a malformed catalogue entry cannot be constructed. */
class RuleInfoTest {
    private static RuleInfo.Builder valid() {
        return RuleInfo.of("session.example-rule", Severity.MEDIUM).cwe(384).references("WSTG-SESS-03", "ASVS 3.2.1")
                .title("An example").description("Checks an example.").example("x is wrong", "exchange shows x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"WSTG-SESS-03", "ASVS 3.2.1", "ASVS 5.0 V7.4.1", "CWE-613", "RFC 6265", "RFC 6265 §4.1.2.5"})
    void wellFormedReferencesAreAccepted(String ref) {
        assertThat(RuleInfo.wellFormedReference(ref)).isTrue();
        assertThat(valid().references(ref).build().references()).contains(ref).endsWith("CWE-384");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wstg-sess-03", "WSTG SESS 3", "ASVS", "CWE 613", "see the docs", "CWE-613 "})
    void malformedReferencesAreRefused(String ref) {
        assertThat(RuleInfo.wellFormedReference(ref)).isFalse();
        assertThatThrownBy(() -> valid().references(ref).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("session.example-rule");
    }

    static Stream<Arguments> brokenEntries() {
        return Stream.of(
                Arguments.of("ID not family.kebab", (UnaryOperator<RuleInfo.Builder>) b -> RuleInfo.of("NoFamily",
                        Severity.LOW).cwe(1).title("t").description("d").example("t", "e")),
                Arguments.of("no CWE", (UnaryOperator<RuleInfo.Builder>) b -> b.cwe(0)),
                Arguments.of("blank title", (UnaryOperator<RuleInfo.Builder>) b -> b.title(" ")),
                Arguments.of("title with a period", (UnaryOperator<RuleInfo.Builder>) b -> b.title("A title.")),
                Arguments.of("no description", (UnaryOperator<RuleInfo.Builder>) b -> b.description(null)),
                Arguments.of("three examples", (UnaryOperator<RuleInfo.Builder>) b -> b.example("a", "b").example("c",
                        "d")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenEntries")
    void brokenEntriesCannotBeBuilt(String why, UnaryOperator<RuleInfo.Builder> breakIt) {
        assertThatThrownBy(() -> breakIt.apply(valid()).build()).as(why).isInstanceOf(RuntimeException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void anExampleNeedsATitleAndEvidence(int broken) {
        assertThatThrownBy(() -> RuleInfo.of("a.b", Severity.LOW).cwe(1).title("t").description("d")
                .example(broken == 0 ? " " : "t").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "session.not-rotated-at-login", "token.weak-signing-key"})
    void theBuilderKeepsWhatItWasGiven(String id) {
        RuleInfo info = RuleInfo.of(id, Severity.HIGH).cwe(613).references("WSTG-SESS-06").title("T")
                .description("D").severityNote(" low on loopback ").example("t", "e1", "e2").build();
        assertThat(info.id()).isEqualTo(id);
        assertThat(info.references()).containsExactly("WSTG-SESS-06", "CWE-613");
        assertThat(info.severityNote()).isEqualTo("low on loopback");
        assertThat(info.examples()).singleElement().satisfies(e -> assertThat(e.evidence()).containsExactly("e1", "e2"));
    }
}
