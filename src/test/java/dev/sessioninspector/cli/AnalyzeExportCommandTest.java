package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} and {@code export} from the command line, and {@code scan}'s handling of bad targets. */
class AnalyzeExportCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    /** The demo shop's visit ({@link DemoShopFlows#SHOP}) against {@code base}, as a flow file. */
    private Path flowFile(URI base) throws Exception {
        return Files.writeString(dir.resolve("flow.json"), DemoShopFlows.SHOP.formatted(DemoShopFlows.base(base)));
    }

    private JsonNode check(Path reportJson, String rule) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(reportJson.toFile()).get("checks")) {
            if (c.get("rule").asText().equals(rule)) {
                return c;
            }
        }
        throw new AssertionError("no check " + rule);
    }

    @Test
    void analyzeReadsARecordingWithoutSendingAndActiveProbesAddToIt() throws Exception {
        Path db = dir.resolve("p.db");
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            Path flow = flowFile(shop.baseUri());
            assertThat(cli.runAlone("scan", "--samples", "0", "--flow", flow.toString(), "--db", db.toString(), "--out", dir.resolve("s").toString()))
                    .isEqualTo(ExitCodes.FINDINGS);
            int before;
            try (Project p = Project.openReadOnly(db)) {
                before = p.load(1).exchanges().size();
            }
            shop.close(); // passive analysis needs no target
            assertThat(cli.runAlone("analyze", db.toString(), "--out", dir.resolve("a").toString(), "--format", "md,json"))
                    .as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(cli.out()).contains("Analyzed \"Tea shop\" (recording 1 of ", "FAIL  high    session.not-rotated-at-login");
            assertThat(dir.resolve("a/report.md")).exists();
            assertThat(dir.resolve("a/probes.txt")).doesNotExist();
            try (Project p = Project.openReadOnly(db)) {
                assertThat(p.load(1).exchanges()).hasSize(before);
            }
            // the scan's probe verdicts are kept with the recording: analyze alone judges with them
            assertThat(check(dir.resolve("a/report.json"), "session.accepts-foreign-id").get("status").asText())
                    .isEqualTo("fail");
            assertThat(cli.runAlone("analyze", db.toString(), "--recording", "7", "--out", dir.resolve("a").toString()))
                    .isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err().strip()).isEqualTo("analyze: " + db + " has no recording 7 (it has 1 \"Tea shop\")");
            // with --active against a target that is gone: exit 3, one line, reports still written
            assertThat(cli.runAlone("analyze", db.toString(), "--active", "--out", dir.resolve("b").toString()))
                    .isEqualTo(ExitCodes.RUNTIME);
            assertThat(cli.err().lines().filter(l -> l.startsWith("analyze: "))).singleElement().asString()
                    .startsWith("analyze: target unreachable during the active probes (logout replay probe: ");
            assertThat(dir.resolve("b/report.json")).exists();
        }
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            // a new shop on another port: the recorded origin is not it, so --active against a live shop needs a new scan
            Path db2 = dir.resolve("q.db");
            Path flow = flowFile(shop.baseUri());
            assertThat(cli.runAlone("scan", "--samples", "0", "--flow", flow.toString(), "--db", db2.toString(), "--out", dir.resolve("s2").toString()))
                    .isEqualTo(ExitCodes.FINDINGS);
            int before;
            try (Project p = Project.openReadOnly(db2)) {
                before = p.load(1).exchanges().size();
            }
            assertThat(cli.runAlone("analyze", db2.toString(), "--active", "--flow", flow.toString(), "--out",
                    dir.resolve("c").toString())).as(cli.err()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(cli.err()).contains("logout replay: vulnerable", "foreign ID: vulnerable");
            try (Project p = Project.openReadOnly(db2)) {
                RecordingData data = p.load(1);
                assertThat(data.exchanges().size()).isGreaterThan(before);
                assertThat(data.exchanges().subList(before, data.exchanges().size()))
                        .allMatch(e -> e.initiator() == Initiator.PROBE);
            }
            assertThat(check(dir.resolve("c/report.json"), "session.accepts-foreign-id").get("status").asText())
                    .isEqualTo("fail");
        }
    }

    @Test
    void exportWritesASanitizedHarThatAnalyzeReads() throws Exception {
        Path db = dir.resolve("p.db");
        String sessionId;
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak())) {
            assertThat(cli.runAlone("scan", "--samples", "0", "--flow", flowFile(shop.baseUri()).toString(), "--db", db.toString(), "--out",
                    dir.resolve("s").toString())).isEqualTo(ExitCodes.FINDINGS);
        }
        try (Project p = Project.openReadOnly(db)) {
            sessionId = p.load(1).exchanges().get(0).responseHeaders().values("Set-Cookie").stream()
                    .filter(h -> h.startsWith("SESSIONID=")).findFirst().orElseThrow().replaceAll("^SESSIONID=([^;]*).*", "$1");
        }
        Path har = dir.resolve("x.har");
        assertThat(cli.runAlone("export", "--db", db.toString(), "--recording", "1", "--har", har.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Exported recording 1 (", "sanitized) to " + har);
        assertThat(Files.readString(har)).doesNotContain("SESSIONID=" + sessionId);
        Path raw = dir.resolve("raw.har");
        assertThat(cli.runAlone("export", "--db", db.toString(), "--recording", "1", "--har", raw.toString(), "--unsanitized")).isZero();
        assertThat(Files.readString(raw)).contains("SESSIONID=" + sessionId);
        assertThat(cli.runAlone("analyze", raw.toString(), "--out", dir.resolve("h").toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.out()).contains("Analyzed \"Tea shop\" (HAR " + raw, "session.not-rotated-at-login");

        assertThat(cli.runAlone("export", "--db", db.toString(), "--recording", "9", "--har", har.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("export: " + db + " has no recording 9 (it has 1 \"Tea shop\")");
        assertThat(cli.runAlone("export", "--db", dir.resolve("none.db").toString(), "--recording", "1", "--har", har.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("export: " + dir.resolve("none.db") + ": no such file");
    }

    @Test
    void badInputIsExit2WithOneLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.har"), "{\n  \"log\": {\n    \"version\": \"1.2\"\n    \"entries\": []\n  }\n}");
        assertThat(cli.runAlone("analyze", broken.toString(), "--out", dir.resolve("r").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).startsWith("analyze: " + broken + ": broken HAR at line 4, column 5")
                .doesNotContain("\n").doesNotContain("Exception");
        assertThat(dir.resolve("r")).doesNotExist();

        Path db = dir.resolve("empty.db");
        try (Project p = Project.open(db)) {
            p.createRecording("nothing yet", URI.create("http://127.0.0.1:1"));
        }
        assertThat(cli.runAlone("analyze", db.toString(), "--out", dir.resolve("r").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip())
                .isEqualTo("analyze: recording 1 of " + db + " has no exchanges: nothing to analyse");
        assertThat(dir.resolve("r")).doesNotExist();

        Path txt = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(cli.runAlone("analyze", txt.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("analyze: " + txt + ": give a project file (.db) or a HAR file (.har)");
        assertThat(cli.runAlone("analyze", dir.resolve("missing.db").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.runAlone("analyze", db.toString(), "--samples", "10")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("analyze: --samples needs --active");
    }

    @Test
    void aTargetThatGoesDownAfterLoginIsExit3WithWhatWasRecordedKept() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicReference<HttpServer> self = new AtomicReference<>(server);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = ("<a href=/login>Log in</a>").getBytes(StandardCharsets.UTF_8);
            if (path.equals("/login") && ex.getRequestMethod().equals("POST")) {
                ex.getResponseHeaders().add("Set-Cookie", "SID=3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c; Path=/; HttpOnly");
                ex.getResponseHeaders().add("Location", "/account");
                ex.sendResponseHeaders(302, -1);
                ex.close();
                new Thread(() -> self.get().stop(0)).start(); // the site goes down right after the login
                return;
            }
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            Path db = dir.resolve("down.db");
            int code = cli.runAlone("scan", "--samples", "0", "--flow", flowFile(base).toString(), "--db", db.toString(), "--out",
                    dir.resolve("r").toString());
            assertThat(code).isEqualTo(ExitCodes.RUNTIME);
            // the server stops on its own thread: the flow's next step or, if the flow won the race, the first
            // probe finds it gone; either way exit 3 with one line that says where the recording is
            assertThat(cli.err().lines().filter(l -> l.startsWith("scan: "))).singleElement().asString()
                    .startsWith("scan: target unreachable ")
                    .contains("recording 1 of " + db.toAbsolutePath());
            assertThat(cli.err()).doesNotContain("Exception\n").doesNotContain("\tat ");
            try (Project p = Project.openReadOnly(db)) {
                RecordingData data = p.load(1);
                assertThat(data.exchanges()).extracting(e -> e.method() + " " + e.url().getPath())
                        .startsWith("GET /", "GET /login", "POST /login");
                assertThat(data.recording().ended()).isNotNull();
            }
        } finally {
            server.stop(0);
        }
    }
}
