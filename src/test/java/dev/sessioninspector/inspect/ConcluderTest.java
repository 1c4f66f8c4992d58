package dev.sessioninspector.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowListener;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.flow.FlowParser;
import dev.sessioninspector.flow.FlowRecorder;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.ProbeRecord;
import dev.sessioninspector.probe.ProbePlan;
import dev.sessioninspector.probe.SignInScript;
import dev.sessioninspector.store.Project;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conclude on the weak demo shop: verdicts land one by one, are kept in the project, and judge the same reopened. */
class ConcluderTest {
    @TempDir
    Path dir;

    private static Flow flow(DemoShop shop) {
        return FlowParser.parse("{\"name\": \"Tea shop\", \"baseUrl\": \"" + shop.baseUri().toString().replaceAll("/$", "")
                + "\", \"authenticatedUrl\": \"/account\", \"steps\": [{\"get\": \"/\"}, {\"get\": \"/login\"},"
                + " {\"post\": \"/login\", \"form\": {\"username\": \"alice\", \"password\": \"wonderland\"}, \"mark\": \"login\"},"
                + " {\"get\": \"/cart\"}, {\"get\": \"/logout\", \"mark\": \"logout\"}]}", "test flow");
    }

    private static ProbeEnvironment noWaiting() {
        return new ProbeEnvironment(Clock.systemUTC(), d -> { }, new SecureRandom(), FlowOptions.defaults());
    }

    private static Map<String, CheckStatus> statuses(Inspection i) {
        Map<String, CheckStatus> m = new LinkedHashMap<>();
        for (CheckResult c : i.checks()) {
            m.put(c.rule(), c.status());
        }
        return m;
    }

    @Test
    void eachVerdictLandsAndAReopenedProjectIsJudgedTheSame() {
        Path db = dir.resolve("weak.db");
        Map<String, CheckStatus> concluded;
        List<Inspection> landed = new ArrayList<>();
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak()); Project project = Project.open(db)) {
            Flow f = flow(shop);
            long id = FlowRecorder.record(project, f, FlowEngines.find("http").orElseThrow(), Clock.systemUTC(),
                    FlowOptions.defaults(), new FlowListener() { }).recording().id();
            InspectionInputs inputs = InspectionInputs.NONE.withAuthenticatedUrl(f.authenticatedUri())
                    .withIdleMax(Duration.ofSeconds(2)).withSignIn(signIn(f));
            Concluder concluder = new Concluder(new Analyser(), new Prober(noWaiting()), Concluder.Landing.EACH_VERDICT);
            Inspection last;
            try (InspectedRecording rec = InspectedRecording.of(project, id)) {
                last = concluder.conclude(rec, inputs, ProbePlan.standard().withIdleMax(Duration.ofSeconds(2))
                        .withSamples(50), new Concluder.Listener() {
                            @Override
                            public void landed(Inspection inspection) {
                                landed.add(inspection);
                            }
                        });
            }
            concluded = statuses(last);
            assertThat(landed).hasSizeGreaterThanOrEqualTo(7); // passive, 6 steps, final
            assertThat(landed.get(0).verdicts().isEmpty()).isTrue();
            assertThat(landed.get(1).verdicts().probe(ProbeKind.LOGOUT_REPLAY)).isPresent();
            assertThat(last.verdicts().probes()).hasSize(5); // the unsigned-token probe is inconclusive: no JWT here
            // the sample of 50 ends once its IDs show the shop's counter
            assertThat(last.verdicts().samples()).singleElement().satisfies(s -> assertThat(s.size())
                    .isBetween(dev.sessioninspector.probe.GeneratorCheck.MIN_FOR_COUNTER, 50));
            assertThat(last.rules()).extracting(r -> r.id()).containsExactlyElementsOf(concluded.keySet());
            for (String rule : List.of("session.not-rotated-at-login", "session.accepts-foreign-id",
                    "session.not-invalidated-at-logout", "session.id-predictable", "session.id-in-url",
                    "session.no-idle-timeout")) {
                assertThat(concluded.get(rule)).as(rule).isEqualTo(CheckStatus.FAIL);
            }
        }
        try (Project reopened = Project.openReadOnly(db)) {
            long id = reopened.recordings().get(0).id();
            Inspection again = new Concluder(new Analyser(), new Prober(noWaiting()), Concluder.Landing.AT_THE_END)
                    .conclude(InspectedRecording.of(reopened, id), InspectionInputs.NONE, ProbePlan.none(),
                            new Concluder.Listener() { });
            assertThat(statuses(again)).isEqualTo(concluded);
            assertThat(again.inputs().settings().idleMax()).isEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void aStoredVerdictOfAnUnknownKindIsSkippedWithANote() {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak());
                Project project = Project.open(dir.resolve("p.db"))) {
            Flow f = flow(shop);
            long id = FlowRecorder.record(project, f, FlowEngines.find("http").orElseThrow(), Clock.systemUTC(),
                    FlowOptions.defaults(), new FlowListener() { }).recording().id();
            project.addProbeRecord(new ProbeRecord(0, id, Instant.now(), "TIME_TRAVEL", "SESSIONID", List.of(),
                    "SAFE", "from a newer build"));
            project.addProbeRecord(new ProbeRecord(0, id, Instant.now(), "FOREIGN_ID", "SESSIONID", List.of(),
                    "MAYBE", "from a newer build"));
            project.addProbeRecord(new ProbeRecord(0, id, Instant.now(), "URL_ID_ACCEPTED", "SESSIONID", List.of(),
                    "SAFE", "the server ignored the ID in the URL"));
            InspectedRecording rec = InspectedRecording.of(project, id);
            Verdicts v = rec.verdicts();
            assertThat(v.probes()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProbeKind.URL_ID_ACCEPTED));
            assertThat(v.notes()).containsExactly(
                    "a stored probe verdict was skipped: probe kind 'TIME_TRAVEL' is unknown to this version (written by a newer one?)",
                    "a stored probe verdict was skipped: verdict 'MAYBE' is unknown to this version (written by a newer one?)");
            Inspection i = new Analyser().analyse(rec.load(), InspectionInputs.NONE, v);
            assertThat(i.notes()).containsAll(v.notes());
            assertThat(i.status("session.id-in-url")).isPresent();
        }
    }

    private static SignInScript signIn(Flow f) {
        return FlowSignIn.of(f);
    }
}
