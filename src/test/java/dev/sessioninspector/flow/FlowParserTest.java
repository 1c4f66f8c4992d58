package dev.sessioninspector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.probe.ScriptedRequest;
import dev.sessioninspector.probe.http.HttpRequestSpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FlowParserTest {
    /** The example of DESIGN.md §5, verbatim. */
    static final String DESIGN_EXAMPLE = """
            { "name": "Tea shop", "baseUrl": "http://127.0.0.1:8080", "authenticatedUrl": "/account",
              "steps": [ {"get": "/"}, {"get": "/login"},
                {"post": "/login", "form": {"username": "alice", "password": "secret"}, "mark": "login"},
                {"get": "/cart"}, {"post": "/cart/add", "form": {"item": "tea"}}, {"get": "/logout", "mark": "logout"} ] }
            """;

    @TempDir
    Path dir;

    @Test
    void theDesignExampleReadsAsWritten() {
        Flow flow = FlowParser.parse(DESIGN_EXAMPLE, "tea.json");
        assertThat(flow.name()).isEqualTo("Tea shop");
        assertThat(flow.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(flow.authenticatedUri()).isEqualTo(URI.create("http://127.0.0.1:8080/account"));
        assertThat(flow.steps()).containsExactly(
                new FlowStep.Get("/", null),
                new FlowStep.Get("/login", null),
                new FlowStep.Post("/login", Map.of("username", "alice", "password", "secret"), Marker.Kind.LOGIN),
                new FlowStep.Get("/cart", null),
                new FlowStep.Post("/cart/add", Map.of("item", "tea"), null),
                new FlowStep.Get("/logout", Marker.Kind.LOGOUT));
        assertThat(((FlowStep.Post) flow.steps().get(2)).form().keySet()).containsExactly("username", "password");
        assertThat(flow.needsBrowser()).isFalse();
    }

    @Test
    void browserStepsAreReadForTheBrowserEngine() {
        Flow flow = FlowParser.parse("""
                {"name": "b", "baseUrl": "https://shop.test/app/", "steps": [
                  {"get": "/login"}, {"fill": "#user", "value": "alice"}, {"click": "button[type=submit]", "mark": "login"},
                  {"waitFor": ".account"}, {"post": "/logout"}]}""", "b.json");
        assertThat(flow.steps()).containsExactly(new FlowStep.Get("/login", null),
                new FlowStep.Fill("#user", "alice"), new FlowStep.Click("button[type=submit]", Marker.Kind.LOGIN),
                new FlowStep.WaitFor(".account"), new FlowStep.Post("/logout", Map.of(), null));
        assertThat(flow.needsBrowser()).isTrue();
        assertThat(flow.authenticatedUrl()).isNull();
        assertThat(flow.resolve("/cart?x=1")).isEqualTo(URI.create("https://shop.test/app/cart?x=1"));
        assertThat(new HttpFlowEngine().problems(flow)).containsExactly(
                "step 2: \"fill\" needs the browser engine (--engine browser)",
                "step 3: \"click\" needs the browser engine (--engine browser)",
                "step 4: \"waitFor\" needs the browser engine (--engine browser)");
    }

    static Stream<Arguments> badFlows() {
        String head = "\"name\": \"n\", \"baseUrl\": \"http://127.0.0.1:8080\", ";
        return Stream.of(
                Arguments.of("", "the file is empty"),
                Arguments.of("[]", "expected a JSON object with \"name\", \"baseUrl\" and \"steps\""),
                Arguments.of("{\"name\": \"n\",}", "not valid JSON at line 1, column 14: "),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\"}]} {}", "not valid JSON"),
                Arguments.of("{" + head + "\"name\": \"again\", \"steps\": [{\"get\": \"/\"}]}",
                        "not valid JSON at line 1, column "),
                Arguments.of("{\"baseUrl\": \"http://h\", \"steps\": [{\"get\": \"/\"}]}", "\"name\" is missing"),
                Arguments.of("{\"name\": 3, \"baseUrl\": \"http://h\", \"steps\": [{\"get\": \"/\"}]}",
                        "\"name\" must be a string, not a number"),
                Arguments.of("{\"name\": \" \", \"baseUrl\": \"http://h\", \"steps\": [{\"get\": \"/\"}]}",
                        "\"name\" is empty"),
                Arguments.of("{\"name\": \"n\", \"baseUrl\": \"ftp://h\", \"steps\": [{\"get\": \"/\"}]}",
                        "\"baseUrl\" must be an http:// or https:// URL with a host, not \"ftp://h\""),
                Arguments.of("{\"name\": \"n\", \"baseUrl\": \"127.0.0.1:8080\", \"steps\": [{\"get\": \"/\"}]}",
                        "\"baseUrl\" must be an http:// or https:// URL with a host, not \"127.0.0.1:8080\""),
                Arguments.of("{\"name\": \"n\", \"baseUrl\": \"http://h/?a=1\", \"steps\": [{\"get\": \"/\"}]}",
                        "\"baseUrl\" must not have a query, a fragment or a user name: \"http://h/?a=1\""),
                Arguments.of("{" + head + "\"stpes\": []}",
                        "unknown key \"stpes\" (a flow takes \"name\", \"baseUrl\", \"authenticatedUrl\", \"steps\")"),
                Arguments.of("{" + head.substring(0, head.length() - 2) + "}", "\"steps\" is missing"),
                Arguments.of("{" + head + "\"steps\": {}}", "\"steps\" must be an array"),
                Arguments.of("{" + head + "\"steps\": []}", "\"steps\" is empty: a flow needs at least one step"),
                Arguments.of("{" + head + "\"authenticatedUrl\": \"account\", \"steps\": [{\"get\": \"/\"}]}",
                        "\"authenticatedUrl\" needs a path starting with /"),
                Arguments.of("{" + head + "\"steps\": [\"/\"]}", "step 1: must be an object like {\"get\": \"/\"}"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\"}, {\"mark\": \"login\"}]}",
                        "step 2: needs one of \"get\", \"post\", \"fill\", \"click\", \"waitFor\""),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"post\": \"/\"}]}",
                        "step 1: has both \"get\" and \"post\": one action per step"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\"}, {\"get\": \"/\"}, {\"post\": \"login\"}]}",
                        "step 3: \"post\" needs a path starting with /"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": 5}]}", "step 1: \"get\" needs a path starting with /"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"http://evil.test/\"}]}",
                        "step 1: \"get\" needs a path starting with /"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/a b\"}]}",
                        "step 1: \"get\" path is not a valid URL path: \"/a b\""),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/#top\"}]}",
                        "step 1: \"get\" path must not have a fragment (#…): \"/#top\""),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"form\": {}}]}",
                        "step 1: unknown key \"form\" (a \"get\" step takes \"headers\", \"extract\", \"mark\")"),
                Arguments.of("{" + head + "\"steps\": [{\"post\": \"/\", \"from\": {}}]}",
                        "step 1: unknown key \"from\" (a \"post\" step takes \"form\", \"json\", \"headers\", "
                                + "\"extract\", \"mark\")"),
                Arguments.of("{" + head + "\"steps\": [{\"post\": \"/\", \"form\": {}, \"json\": {}}]}",
                        "step 1: has both \"form\" and \"json\": a post sends one body"),
                Arguments.of("{" + head + "\"steps\": [{\"post\": \"/\", \"json\": \"a=1\"}]}",
                        "step 1: \"json\" must be an object or an array, not \"a=1\""),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"headers\": {\"X-A\": 1}}]}",
                        "step 1: \"headers\" \"X-A\" must be a string, not a number"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"headers\": {\"Bad Name\": \"x\"}}]}",
                        "step 1: \"headers\": \"Bad Name\" is not a header name"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"headers\": {\"Host\": \"x\"}}]}",
                        "step 1: \"headers\": \"Host\" is set by the engine, not by a flow"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"headers\": {\"X-A\": \"a\\r\\nB: c\"}}]}",
                        "step 1: header \"X-A\" must not contain a line break"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"headers\": []}]}",
                        "step 1: \"headers\" must be a non-empty object of header names to text values"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"extract\": {\"token\": \"token\"}}]}",
                        "step 1: \"extract\" \"token\": \"token\" is neither a JSON Pointer (starting with /) nor "
                                + "header:NAME"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"extract\": {\"t\": \"header:\"}}]}",
                        "step 1: \"extract\" \"t\": \"header:\" needs a header name after header:"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"extract\": {\"a-b\": \"/t\"}}]}",
                        "step 1: \"extract\": \"a-b\" is not a value name (letters, digits, _)"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"headers\": {\"Authorization\": "
                        + "\"Bearer ${token}\"}, \"extract\": {\"token\": \"/t\"}}]}",
                        "step 1: \"${token}\" is not a value an earlier step extracts"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"extract\": {\"token\": \"/t\"}}, "
                        + "{\"post\": \"/\", \"json\": {\"a\": [\"${tokn}\"]}}]}",
                        "step 2: \"${tokn}\" is not a value an earlier step extracts"),
                Arguments.of("{" + head + "\"steps\": [{\"post\": \"/\", \"form\": [\"a\"]}]}",
                        "step 1: \"form\" must be an object of field names to text values"),
                Arguments.of("{" + head + "\"steps\": [{\"post\": \"/\", \"form\": {\"qty\": 2}}]}",
                        "step 1: form field \"qty\" must be a string, not a number"),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"mark\": \"signin\"}]}",
                        "step 1: \"mark\" must be \"login\" or \"logout\", not \"signin\""),
                Arguments.of("{" + head + "\"steps\": [{\"get\": \"/\", \"mark\": true}]}",
                        "step 1: \"mark\" must be \"login\" or \"logout\", not a boolean"),
                Arguments.of("{" + head + "\"steps\": [{\"fill\": \"#u\"}]}", "step 1: \"value\" is missing"),
                Arguments.of("{" + head + "\"steps\": [{\"fill\": \"#u\", \"value\": \"x\", \"mark\": \"login\"}]}",
                        "step 1: unknown key \"mark\" (a \"fill\" step takes \"value\")"),
                Arguments.of("{" + head + "\"steps\": [{\"click\": \"\"}]}", "step 1: \"click\" needs a CSS selector"),
                Arguments.of("{" + head + "\"steps\": [{\"waitFor\": \".x\", \"timeout\": 5}]}",
                        "step 1: unknown key \"timeout\" (a \"waitFor\" step takes nothing else)"));
    }

    @ParameterizedTest
    @MethodSource("badFlows")
    void aBadFlowIsRefusedWithOneLineNamingTheFileAndStep(String json, String expected) {
        assertThatThrownBy(() -> FlowParser.parse(json, "x.json"))
                .isInstanceOf(FlowFileException.class)
                .hasMessageStartingWith("flow file x.json: " + expected)
                .hasMessageNotContaining("\n");
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> FlowParser.parse(missing)).isInstanceOf(FlowFileException.class)
                .hasMessage("flow file " + missing + ": no such file");
        Path file = dir.resolve("ok.json");
        Files.writeString(file, DESIGN_EXAMPLE);
        assertThat(FlowParser.parse(file).steps()).hasSize(6);
    }

    @Test
    void secretFieldsAreMaskedInTheRecordedFormOnly() {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("username", "alice");
        form.put("Password", "s3cr&t");
        form.put("new_passwd", "x");
        form.put("pwd", "y");
        form.put("client_secret", "z");
        form.put("item", "tea & cake");
        ScriptedRequest post = ScriptedRequest.post(URI.create("http://127.0.0.1/login"), form);
        HttpRequestSpec masked = post.spec(Map.of(), false, Initiator.FLOW);
        assertThat(new String(masked.body(), StandardCharsets.UTF_8))
                .isEqualTo("username=alice&Password=s3cr%26t&new_passwd=x&pwd=y&client_secret=z&item=tea+%26+cake");
        assertThat(new String(masked.recordedBody(), StandardCharsets.UTF_8)).isEqualTo("username=alice&Password=%5Bmasked%5D"
                + "&new_passwd=%5Bmasked%5D&pwd=%5Bmasked%5D&client_secret=%5Bmasked%5D&item=tea+%26+cake");
        HttpRequestSpec kept = post.spec(Map.of(), true, Initiator.FLOW);
        assertThat(kept.recordedBody()).isEqualTo(kept.body());
    }

    @Test
    void apiStepsSendJsonWithHeadersAndTakeValuesFromTheirResponses() {
        Flow flow = FlowParser.parse("""
                {"name": "API", "baseUrl": "http://127.0.0.1:8080", "authenticatedUrl": "/api/me", "steps": [
                  {"post": "/api/login", "json": {"username": "alice", "password": "secret", "remember": false},
                   "extract": {"token": "/token", "csrf": "header:X-CSRF"}, "mark": "login"},
                  {"get": "/api/me", "headers": {"Authorization": "Bearer ${token}"}},
                  {"post": "/api/logout", "json": {"csrf": "${csrf}"}, "headers": {"Authorization": "Bearer ${token}"},
                   "mark": "logout"}]}""", "api.json");
        FlowStep.Post login = (FlowStep.Post) flow.steps().get(0);
        assertThat(login.json()).isEqualTo("{\"username\":\"alice\",\"password\":\"secret\",\"remember\":false}");
        assertThat(login.extract()).containsExactly(Map.entry("token", "/token"), Map.entry("csrf", "header:X-CSRF"));
        assertThat(login.httpOnlyKeys()).containsExactly("json", "extract");
        HttpRequestSpec sent = flow.request(login).spec(Map.of(), false, Initiator.FLOW);
        assertThat(sent.contentType()).isEqualTo("application/json");
        assertThat(new String(sent.body(), StandardCharsets.UTF_8)).contains("\"password\":\"secret\"");
        assertThat(new String(sent.recordedBody(), StandardCharsets.UTF_8))
                .isEqualTo("{\"username\":\"alice\",\"password\":\"[masked]\",\"remember\":false}");
        HttpRequestSpec logout = flow.request(flow.steps().get(2))
                .spec(Map.of("token", "abc.def", "csrf", "c\"1"), false, Initiator.FLOW);
        assertThat(logout.headers().first("Authorization")).contains("Bearer abc.def");
        assertThat(new String(logout.body(), StandardCharsets.UTF_8)).isEqualTo("{\"csrf\":\"c\\\"1\"}");
        assertThat(logout.headers().first("Origin")).contains("http://127.0.0.1:8080");
        assertThat(new HttpFlowEngine().problems(flow)).isEmpty();
        assertThat(flow.needsBrowser()).isFalse();
    }
}
