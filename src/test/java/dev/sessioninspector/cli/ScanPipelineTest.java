package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.ProbeEnvironment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.store.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan's stages when the input or the target misbehaves. */
class ScanPipelineTest {
    private static final ShopSettings HTTP_HARDENED = ShopSettings.hardened().withHttps(false).withSecure(false)
            .withHostPrefix(false);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private ScanRun run(Project project, Flow flow) {
        ScanOptions options = new ScanOptions(dir.resolve("flow.json"), "http", project.file(), null, null,
                List.of("json", "md"), dir.resolve("out"), Severity.HIGH, false);
        return new ScanRun(options, flow, FlowEngines.find("http").orElseThrow(), project, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true), ProbeEnvironment.defaults());
    }

    private static Flow flow(DemoShop shop, String steps) {
        return FlowParser.parse("{\"name\": \"Tea shop\", \"baseUrl\": \"" + shop.baseUri().toString().replaceAll("/$", "")
                + "\", \"authenticatedUrl\": \"/account\", \"steps\": [" + steps + "]}", "test flow");
    }

    @Test
    void aTargetThatGoesDownBeforeTheProbesStillGetsItsReportsAndExit3() {
        DemoShop shop = DemoShop.start(0, HTTP_HARDENED);
        try (Project project = Project.open(dir.resolve("p.db"))) {
            ScanRun run = run(project, flow(shop, """
                    {"get": "/"}, {"post": "/login", "form": {"username": "alice", "password": "wonderland"}, "mark": "login"},
                    {"get": "/logout", "mark": "logout"}"""));
            ScanPipeline pipeline = new ScanPipeline(List.of(new ScanPipeline.Record(), r -> shop.close(),
                    new ScanPipeline.Conclude(), new ScanPipeline.Report(), new ScanPipeline.Summary()));
            assertThatThrownBy(() -> pipeline.run(run)).isInstanceOf(ScanCommand.ScanFailedException.class)
                    .hasMessageStartingWith("target unreachable during the active probes (logout replay probe: ")
                    .hasMessageContaining("what was recorded is in recording 1 of " + project.file())
                    .hasMessageEndingWith("reports in " + dir.resolve("out"))
                    .hasMessageNotContaining("\n");
            assertThat(run.inspection.verdicts().probes()).singleElement().extracting(e -> e.verdict())
                    .isEqualTo(ProbeVerdict.INCONCLUSIVE);
            assertThat(run.inspection.probeReport().notes()).contains("foreign ID: not sent (the target stopped answering)");
            assertThat(dir.resolve("out/report.json")).exists();
            assertThat(project.load(1).exchanges()).hasSizeGreaterThan(3);
            assertThat(run.inspection.result().check("session.not-invalidated-at-logout").orElseThrow().status().name())
                    .isEqualTo("INCONCLUSIVE");
        } finally {
            shop.close();
        }
    }

    @Test
    void aFlowWithoutALoginSaysSoAndClaimsNothing() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
                Project project = Project.open(dir.resolve("p.db"))) {
            ScanRun run = run(project, flow(shop, "{\"get\": \"/\"}, {\"get\": \"/cart\"}"));
            ScanPipeline.standard().run(run);
            assertThat(out.toString()).contains("note: no login found");
            for (String rule : List.of("session.not-rotated-at-login", "session.not-invalidated-at-logout",
                    "session.no-idle-timeout")) {
                assertThat(run.inspection.result().check(rule).orElseThrow().status().name()).as(rule).isNotEqualTo("FAIL");
            }
            assertThat(run.inspection.probeReport().lines()).anyMatch(l -> l.startsWith("logout replay: inconclusive: "));
            assertThat(run.inspection.probeReport().lines()).anyMatch(l -> l.startsWith("session ID in URL: inconclusive: no way to sign in again"));
            // the weak shop still adopts a made-up ID, which needs no login to show
            assertThat(run.inspection.result().check("session.accepts-foreign-id").orElseThrow().status().name()).isEqualTo("FAIL");
        }
    }
}
