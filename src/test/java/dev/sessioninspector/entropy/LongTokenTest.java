package dev.sessioninspector.entropy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 §3: memory linear in token length. 4,080-character cookies (legal) must be analysed within the test
 * JVM's 2 GB heap (a bits × bits matrix of doubles needed 4.8 GB for them), and a token longer than
 * {@link TokenAnalyzer#MAX_TOKEN_LENGTH} is refused with one sentence before anything is allocated for it.
 */
class LongTokenTest {
    @Test
    void aHundredCookiesOf4080CharactersAreAnalysed() {
        List<String> tokens = Generators.secureBase64Url(100, 3060, 7);
        assertThat(tokens.get(0)).hasSize(4080);
        TokenAnalysis a = TokenAnalyzer.analyze(tokens);
        assertThat(a.positions()).hasSize(4080);
        assertThat(a.bits()).hasSize(4080 * 6);
        assertThat(a.verdict().predictable()).isFalse();
        assertThat(a.verdict().estimatedRandomBits()).isGreaterThan(20_000);
    }

    @Test
    void aHugeSingleLineIsRefusedWithOneSentence() {
        String huge = "a".repeat(10 * 1024 * 1024);
        assertThatThrownBy(() -> TokenAnalyzer.analyze(List.of("abc", huge)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token 2 is 10,485,760 characters long; entropy analyses tokens of up to 8,192 "
                        + "characters");
    }

    @Test
    void theLimitItselfIsAnalysed() {
        List<String> tokens = Generators.secureHex(10, TokenAnalyzer.MAX_TOKEN_LENGTH / 2, 3);
        assertThat(TokenAnalyzer.analyze(tokens).positions()).hasSize(TokenAnalyzer.MAX_TOKEN_LENGTH);
    }
}
