package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.CredentialTimeline;
import dev.sessioninspector.demo.AppSettings;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.inspect.Analyser;
import dev.sessioninspector.inspect.InspectedRecording;
import dev.sessioninspector.inspect.Inspection;
import dev.sessioninspector.inspect.InspectionInputs;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token lane of the timeline on scans of real token servers: the demo shop's single-page section (weak and
 * hardened) and a token API signed by nimbus-jose-jwt. The lane runs from where the token was issued to its last
 * use, draws the JWT's exp, and a red mark where a probe's replay after logout was still accepted; the report's SVG
 * draws the same.
 */
class TokenTimelineTest {
    @TempDir
    Path dir;

    private record Scanned(RecordingData data, Inspection inspection, CredentialTimeline timeline, String html) {
        CredentialTimeline.Lane token() {
            return timeline.lanes().stream().filter(CredentialTimeline.Lane::token).findFirst().orElseThrow();
        }
    }

    private Scanned scan(String flowJson, String name) throws Exception {
        Path flow = dir.resolve(name + ".flow.json");
        Files.writeString(flow, flowJson);
        Path db = dir.resolve(name + ".db");
        Path out = dir.resolve(name);
        CliRunner cli = new CliRunner();
        int code = cli.run("scan", "--flow", flow.toString(), "--db", db.toString(), "--samples", "0",
                "--format", "json,html", "--out", out.toString());
        assertThat(code).as(cli.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        try (Project project = Project.openReadOnly(db);
                InspectedRecording rec = InspectedRecording.of(project, project.recordings().get(0).id())) {
            RecordingData data = rec.load();
            Inspection inspection = new Analyser().analyse(rec, data, InspectionInputs.NONE);
            return new Scanned(data, inspection, CredentialTimeline.of(data, inspection.result()),
                    Files.readString(out.resolve("report.html")));
        }
    }

    private Scanned scanApp(AppSettings app, String name) throws Exception {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withApp(app))) {
            return scan(DemoShopFlows.APP.formatted(DemoShopFlows.base(shop.baseUri())), name);
        }
    }

    private Scanned scanTokenServer(JwtTokenServer server, String name) throws Exception {
        return scan(server.flow(), name);
    }

    /** The lane's one value: issued by the sign-in answer, held until its last use. */
    private static void issuedAtSignIn(Scanned s) {
        CredentialTimeline.Lane lane = s.token();
        assertThat(lane.name()).isEqualTo("Authorization");
        assertThat(lane.session()).isTrue();
        assertThat(s.timeline().lanes().get(0)).as("the session token's lane comes first").isEqualTo(lane);
        assertThat(lane.segments()).singleElement().satisfies(seg -> {
            assertThat(seg.cause()).isEqualTo(CredentialTimeline.Cause.ISSUED);
            assertThat(s.data().exchanges().stream().filter(e -> e.id() == seg.exchangeId()).findFirst().orElseThrow()
                    .url().getPath()).endsWith("/login");
            assertThat(seg.to()).as("ends at its last use in the visit, the logout").isEqualTo(s.data().exchanges()
                    .stream().filter(e -> e.url().getPath().endsWith("/logout")).findFirst().orElseThrow().end());
        });
        assertThat(lane.changes()).singleElement().satisfies(c -> {
            assertThat(c.cause()).isEqualTo(CredentialTimeline.Cause.ISSUED);
            assertThat(c.where()).isEqualTo("JSON field token");
        });
        assertThat(s.html()).contains("issued " + lane.segments().get(0).value().substring(0, 10) + "… in JSON field token");
    }

    private static void acceptedAfterLogout(Scanned s) {
        CredentialTimeline.Lane lane = s.token();
        assertThat(lane.lateAcceptances()).isNotEmpty().allSatisfy(a -> {
            assertThat(a.why()).contains("after logout").contains("session.not-invalidated-at-logout");
            assertThat(a.time()).isAfter(s.inspection().result().logout().time());
            assertThat(a.value()).isEqualTo(lane.segments().get(0).value());
        });
        assertThat(lane.lateAcceptances()).as("the logout-replay probe's exchange is the proof")
                .anySatisfy(a -> assertThat(s.data().exchanges().stream().filter(e -> e.id() == a.exchangeId())
                        .findFirst().orElseThrow().initiator()).isEqualTo(Initiator.PROBE));
        assertThat(s.html()).contains("class=\"late\"").contains("still accepted after logout");
    }

    @Test
    void weakAppSectionTokenLivesThirtyDaysAndOutlivesLogout() throws Exception {
        Scanned s = scanApp(AppSettings.weak(), "weak-app");
        issuedAtSignIn(s);
        CredentialTimeline.Lane lane = s.token();
        assertThat(lane.expiries()).singleElement().satisfies(x -> {
            assertThat(Duration.between(x.issuedAt(), x.expires())).isEqualTo(Duration.ofDays(30));
            assertThat(x.expires()).as("long after the visit").isAfter(s.data().exchanges()
                    .get(s.data().exchanges().size() - 1).end());
        });
        assertThat(s.html()).contains("exp →").contains("lifetime 720h00m");
        acceptedAfterLogout(s);
    }

    @Test
    void hardenedAppSectionTokenExpiresInFifteenMinutesAndDiesAtLogout() throws Exception {
        Scanned s = scanApp(AppSettings.hardened(), "hardened-app");
        issuedAtSignIn(s);
        assertThat(s.token().expiries()).singleElement().satisfies(x ->
                assertThat(Duration.between(x.issuedAt(), x.expires())).isEqualTo(Duration.ofMinutes(15)));
        assertThat(s.token().lateAcceptances()).as("revoked at logout: nothing accepted late").isEmpty();
        assertThat(s.html()).doesNotContain("class=\"late\"").contains("lifetime 15m00s");
    }

    @Test
    void nimbusWeakTokenHasNoExpAndOutlivesLogout() throws Exception {
        try (JwtTokenServer server = JwtTokenServer.weak()) {
            Scanned s = scanTokenServer(server, "nimbus-weak");
            issuedAtSignIn(s);
            assertThat(s.token().expiries()).as("no exp claim, nothing to draw").isEmpty();
            acceptedAfterLogout(s);
        }
    }

    @Test
    void nimbusStrongTokenExpiresAndIsDeniedAfterLogout() throws Exception {
        try (JwtTokenServer server = JwtTokenServer.strong()) {
            Scanned s = scanTokenServer(server, "nimbus-strong");
            issuedAtSignIn(s);
            assertThat(s.token().expiries()).singleElement().satisfies(x ->
                    assertThat(Duration.between(x.issuedAt(), x.expires())).isEqualTo(Duration.ofMinutes(15)));
            assertThat(s.token().lateAcceptances()).isEmpty();
        }
    }
}
