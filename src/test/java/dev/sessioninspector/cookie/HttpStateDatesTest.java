package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The cookie-date cases of the http-state suite: {@code dates-examples.json} and {@code dates-bsd-examples.json}. */
class HttpStateDatesTest {

    @TestFactory
    Stream<DynamicTest> datesExamples() throws IOException {
        return cases("dates-examples.json");
    }

    @TestFactory
    Stream<DynamicTest> datesBsdExamples() throws IOException {
        return cases("dates-bsd-examples.json");
    }

    private static Stream<DynamicTest> cases(String file) throws IOException {
        Path dir = SharedTestData.httpState().orElse(null);
        Assumptions.assumeTrue(dir != null, "shared/testdata/http-state not found: " + file + " skipped");
        String json = Files.readAllLines(dir.resolve(file)).stream()
                .filter(line -> !line.stripLeading().startsWith("//"))
                .collect(Collectors.joining("\n"));
        JsonNode cases = new ObjectMapper().readTree(json);
        assertThat(cases.size()).isGreaterThan(10);
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : cases) {
            String input = c.get("test").asText();
            Optional<Instant> expected = c.get("expected").isNull() ? Optional.empty()
                    : Optional.of(ZonedDateTime.parse(c.get("expected").asText(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
            tests.add(DynamicTest.dynamicTest(++i + ": " + input,
                    () -> assertThat(CookieDates.parse(input)).as(input).isEqualTo(expected)));
        }
        return tests.stream();
    }
}
