package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.ProbeEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.AnalysisResult;
import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.store.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scan against a real framework's session management, started inside the test: Jetty 12's
 * {@code SessionHandler}, with and without {@code renewId} at login and {@code invalidate()} at logout. The two
 * rules follow the two switches, and the probes raise no false alarm about what Jetty does right (it replaces
 * an ID it never issued).
 */
class JettySessionScanTest {
    private static final String FLOW = """
            { "name": "Jetty shop", "baseUrl": "%s", "authenticatedUrl": "/account",
              "steps": [ {"get": "/"}, {"get": "/login"},
                {"post": "/login", "form": {"username": "alice", "password": "wonderland"}, "mark": "login"},
                {"get": "/account"}, {"get": "/logout", "mark": "logout"}, {"get": "/"} ] }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "renewId {0}, invalidate {1}")
    @CsvSource({"true,true", "false,true", "true,false", "false,false"})
    void rotationAndInvalidationFollowWhatTheAppDoes(boolean renew, boolean invalidate) throws Exception {
        try (JettySessionApp app = new JettySessionApp(renew, invalidate);
                Project project = Project.open(dir.resolve("jetty.db"))) {
            Flow flow = FlowParser.parse(FLOW.formatted(app.baseUri()), "jetty flow");
            ScanOptions options = new ScanOptions(dir.resolve("flow.json"), "http", project.file(), null, null,
                    List.of("json"), dir.resolve("out"), Severity.HIGH, false);
            StringWriter out = new StringWriter();
            ScanRun run = new ScanRun(options, flow, FlowEngines.find("http").orElseThrow(), project,
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), ProbeEnvironment.defaults());
            int code = ScanPipeline.standard().run(run);
            AnalysisResult r = run.inspection.result();
            String why = out.toString();
            assertThat(r.sessionCookieNames()).as(why).containsExactly("JSESSIONID");
            assertThat(r.check("session.not-rotated-at-login").orElseThrow().status()).as(why)
                    .isEqualTo(renew ? CheckStatus.PASS : CheckStatus.FAIL);
            assertThat(r.check("session.not-invalidated-at-logout").orElseThrow().status()).as(why)
                    .isEqualTo(invalidate ? CheckStatus.PASS : CheckStatus.FAIL);
            assertThat(run.inspection.verdicts().probes()).filteredOn(e -> e.kind() == ProbeKind.LOGOUT_REPLAY)
                    .extracting(e -> e.verdict())
                    .containsExactly(invalidate ? ProbeVerdict.SAFE : ProbeVerdict.VULNERABLE);
            assertThat(r.check("session.accepts-foreign-id").orElseThrow().status()).as(why).isEqualTo(CheckStatus.PASS);
            assertThat(code).isEqualTo(renew && invalidate ? ExitCodes.OK : ExitCodes.FINDINGS);
        }
    }
}
