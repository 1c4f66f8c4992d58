package dev.sessioninspector.ui.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the probes replay of a recorded login: no old session ID in the URL, the form fields in order. */
class SignInScriptsTest {
    @Test
    void recordedSessionIdsAreTakenOutOfReplayedUrls() {
        List<String> names = List.of("SESSIONID");
        assertThat(SignInScripts.withoutSessionId(URI.create("http://127.0.0.1:8080/login;jsessionid=0001719b"), names))
                .hasToString("http://127.0.0.1:8080/login");
        assertThat(SignInScripts.withoutSessionId(URI.create("http://h/a;JSESSIONID=x/b?SESSIONID=1&next=%2Fcart"),
                names)).hasToString("http://h/a/b?next=%2Fcart");
        assertThat(SignInScripts.withoutSessionId(URI.create("https://h:8443/login?SESSIONID=1"), names))
                .hasToString("https://h:8443/login");
        assertThat(SignInScripts.withoutSessionId(URI.create("http://h/plain?q=1"), names))
                .hasToString("http://h/plain?q=1");
    }

    @Test
    void formsKeepTheirFieldOrderAndDecode() {
        assertThat(SignInScripts.parseForm("username=alice&password=%2A%2A%2A&_csrf=abc&note=a+b"))
                .containsExactly(java.util.Map.entry("username", "alice"), java.util.Map.entry("password", "***"),
                        java.util.Map.entry("_csrf", "abc"), java.util.Map.entry("note", "a b"));
    }
}
