package dev.sessioninspector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Marker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The flow files shipped in {@code samples/} stay readable by the strict parser and usable as starting points. */
class SampleFlowsTest {
    private static final Path SAMPLES = Path.of("samples");

    static Stream<Path> sampleFlows() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".flow.json")).sorted().toList().stream();
        }
    }

    @Test
    void everyFrameworkHasASample() throws IOException {
        List<String> names = sampleFlows().map(f -> f.getFileName().toString()).toList();
        assertThat(names).contains("demo-shop.flow.json", "demo-app.flow.json", "demo-app.browser.flow.json", "spring-security-form-login.flow.json",
                "spring-security-form-login.browser.flow.json", "django-admin.browser.flow.json",
                "rails-devise.browser.flow.json", "aspnet-core-identity.browser.flow.json",
                "php-session.flow.json", "express-session.flow.json");
    }

    @ParameterizedTest
    @MethodSource("sampleFlows")
    void parsesSignsInOnceAndOutOnceAndNamesItsEngine(Path file) {
        Flow flow = FlowParser.parse(file);

        assertThat(flow.baseUrl().getHost()).as("placeholder target stays on loopback").isEqualTo("127.0.0.1");
        List<Marker.Kind> marks = flow.steps().stream().map(FlowStep::mark).flatMap(Optional::stream).toList();
        assertThat(marks).as("marks of %s", file).containsExactly(Marker.Kind.LOGIN, Marker.Kind.LOGOUT);
        assertThat(flow.needsBrowser()).as("%s: file name says whether --engine browser is needed", file)
                .isEqualTo(file.getFileName().toString().endsWith(".browser.flow.json"));
    }
}
