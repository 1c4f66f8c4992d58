package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Recording;
import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.store.Project;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanCommandTest {
    @TempDir
    Path dir;

    private DemoShop shop;
    private Path db;
    private final CliRunner cli = new CliRunner();

    @BeforeEach
    void start() {
        shop = DemoShop.start(0, ShopSettings.weak());
        db = dir.resolve("scan.db");
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    private Path flowFile(URI base, String steps) throws Exception {
        Path f = dir.resolve("flow.json");
        Files.writeString(f, "{\"name\": \"Tea shop\", \"baseUrl\": \"" + base + "\", \"authenticatedUrl\": \"/account\","
                + " \"steps\": [" + steps + "]}");
        return f;
    }

    private Path teaShopFlow() throws Exception {
        return flowFile(shop.baseUri(), """
                {"get": "/"}, {"get": "/login"},
                {"post": "/login", "form": {"username": "alice", "password": "wonderland"}, "mark": "login"},
                {"get": "/cart"}, {"post": "/cart/add", "form": {"item": "tea"}}, {"get": "/logout", "mark": "logout"}""");
    }

    private int scan(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("scan"));
        all.addAll(java.util.List.of(args));
        if (!all.contains("--samples")) { // a token sample takes 20 s; the tests that sample say so
            all.add("--samples");
            all.add("0");
        }
        if (!all.contains("--rate")) { // the loopback shop needs no request ceiling (ProbeRateTest tests it)
            all.add("--rate");
            all.add("0");
        }
        if (!all.contains("--out")) { // never write reports into the working tree
            all.add("--out");
            all.add(dir.resolve("session-inspector-report").toString());
        }
        return cli.run(all.toArray(String[]::new));
    }

    private String errLines() {
        return cli.err().strip();
    }

    @Test
    void aScanRecordsTheFlowIntoTheProjectAndSummarizesIt() throws Exception {
        Path flow = teaShopFlow();
        Path reports = dir.resolve("reports");
        assertThat(scan("--flow", flow.toString(), "--db", db.toString(), "--out", reports.toString()))
                .isEqualTo(ExitCodes.FINDINGS);
        try (Project project = Project.openReadOnly(db)) {
            Recording rec = project.recordings().get(0);
            RecordingData data = project.load(rec.id());
            assertThat(rec.name()).isEqualTo("Tea shop");
            assertThat(rec.ended()).isNotNull();
            long redirects = data.exchanges().stream().filter(e -> e.redirectOf() != null).count();
            long probes = data.exchanges().stream().filter(e -> e.initiator() == Initiator.PROBE).count();
            assertThat(probes).isPositive();
            assertThat(redirects).isPositive();
            assertThat(cli.out()).contains(
                    "Recorded \"Tea shop\" (http engine, 6 steps) into " + db.toAbsolutePath(),
                    "  recording:     " + rec.id() + "\n",
                    "  exchanges:     " + data.exchanges().size() + " (" + redirects + " redirect hops, 0 failed, " + probes
                            + " sent by the probes)",
                    "  cookie events: " + data.cookieEvents().size() + "\n",
                    "  markers:       login at exchange " + data.markers().get(0).exchangeId() + ", logout at exchange "
                            + data.markers().get(1).exchangeId(),
                    "  cookies seen:  SESSIONID");
            Exchange login = data.exchange(data.markers().get(0).exchangeId()).orElseThrow();
            assertThat(login.requestBody().text()).contains("password=%5Bmasked%5D");
        }
        assertThat(cli.err()).contains("step 3/6: POST /login: 302 -> ")
                .contains("Active probes (", "logout replay: vulnerable: ", "foreign ID: vulnerable: ",
                        "session ID in URL: vulnerable: ");
        assertThat(cli.out()).contains("Checks: ", "  FAIL  high    session.not-invalidated-at-logout",
                "  FAIL  high    session.accepts-foreign-id", "  FAIL  high    session.not-rotated-at-login",
                "Reports: " + reports.resolve("report.json"));
        assertThat(reports.resolve("report.json")).exists();
        assertThat(reports.resolve("report.html")).exists();
        assertThat(Files.readString(reports.resolve("probes.txt"))).contains("logout replay: vulnerable",
                "GET " + shop.baseUri().resolve("/account"));

        // a second scan adds a recording to the same project
        assertThat(scan("--flow", flow.toString(), "--db", db.toString(), "--keep-secrets", "--out",
                reports.toString(), "--fail-on", "info")).isEqualTo(ExitCodes.FINDINGS);
        try (Project project = Project.openReadOnly(db)) {
            assertThat(project.recordings()).hasSize(2);
            RecordingData second = project.load(project.recordings().get(1).id());
            assertThat(second.exchange(second.markers().get(0).exchangeId()).orElseThrow().requestBody().text())
                    .contains("password=wonderland");
        }
    }

    @Test
    void reportsTheProbeLogTheHarAndTheFoldersTheToolCreatesAreOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reports = dir.resolve("new/reports");
        assertThat(scan("--flow", teaShopFlow().toString(), "--db", db.toString(), "--out", reports.toString(),
                "--format", "json,html,md,sarif,junit")).isEqualTo(ExitCodes.FINDINGS);
        try (var files = Files.list(reports)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrder("report.json",
                    "report.html", "report.md", "report.sarif", "junit.xml", "probes.txt");
        }
        try (var files = Files.list(reports)) {
            for (Path f : files.toList()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString()).isEqualTo("rw-------");
            }
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(reports)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(reports.getParent())))
                .isEqualTo("rwx------");
        Path har = dir.resolve("out.har");
        assertThat(cli.run("export", "--db", db.toString(), "--recording", "1", "--har", har.toString())).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(har)))
                .isEqualTo("rw-------");
    }

    @Test
    void aBadFlowIsExit2WithOneLineAndNoProjectFile() throws Exception {
        Path flow = flowFile(shop.baseUri(), "{\"get\": \"/\"}, {\"get\": \"/x\"}, {\"post\": \"login\"}");
        assertThat(scan("--flow", flow.toString(), "--db", db.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(errLines()).isEqualTo("scan: flow file " + flow + ": step 3: \"post\" needs a path starting with /");
        assertThat(db).doesNotExist();
    }

    @Test
    void browserOnlyStepsNeedTheBrowserEngineWhichRecordsThemThroughCapture() throws Exception {
        Path flow = flowFile(shop.baseUri(), "{\"get\": \"/\"}, {\"click\": \"a.user\"}, {\"waitFor\": \"#login-form\"}");
        assertThat(scan("--flow", flow.toString(), "--db", db.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(errLines()).isEqualTo("scan: flow file " + flow
                + ": step 2: \"click\" needs the browser engine (--engine browser)");
        assertThat(db).doesNotExist();
        cli.clear();
        // the weak demo shop has high findings now that scan analyses: exit 1, after recording everything
        assertThat(scan("--flow", flow.toString(), "--db", db.toString(), "--engine", "browser",
                "--out", dir.resolve("reports").toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(cli.out()).contains("Recorded \"Tea shop\" (browser engine, 3 steps) into " + db.toAbsolutePath());
        try (Project project = Project.openReadOnly(db)) {
            RecordingData data = project.load(project.recordings().get(0).id());
            assertThat(data.exchanges()).anySatisfy(e -> {
                assertThat(e.url().getRawPath()).startsWith("/login");
                assertThat(e.status()).isEqualTo(200);
                assertThat(e.initiator()).isEqualTo(dev.sessioninspector.model.Initiator.DOCUMENT);
            });
        }
    }

    @Test
    void anUnreachableTargetIsExit3AndWhatWasRecordedStays() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Path flow = flowFile(URI.create("http://127.0.0.1:" + closed), "{\"get\": \"/\"}");
        assertThat(scan("--flow", flow.toString(), "--db", db.toString())).isEqualTo(ExitCodes.RUNTIME);
        assertThat(errLines()).startsWith("scan: target unreachable at step 1 (GET http://127.0.0.1:" + closed + "/)")
                .endsWith("(what was recorded is in recording 1 of " + db.toAbsolutePath() + ")")
                .doesNotContain("\n");
        try (Project project = Project.openReadOnly(db)) {
            assertThat(project.load(1).exchanges()).singleElement().satisfies(e -> assertThat(e.failed()).isTrue());
        }
    }

    @Test
    void aProjectFileThatIsNotOursIsExit2AndUntouched() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my notes");
        assertThat(scan("--flow", teaShopFlow().toString(), "--db", notes.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(errLines()).isEqualTo("scan: " + notes.toAbsolutePath()
                + " is not a Session Inspector project (not an SQLite database)");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--idle-max|30x|scan: Invalid value for option '--idle-max': '30x' is not a duration (use e.g. 90s, 30m, 1h30m) (see --help)",
        "--idle-max|0s|scan: Invalid value for option '--idle-max': '0s' is zero: give a duration above 0 (see --help)",
        "--samples|-1|scan: --samples must be between 0 and 1000000, not -1",
        "--rate|-1|scan: --rate must be a number >= 0 (0: no limit), not -1.0",
        "--format|pdf|scan: --format must be one of json, html, md, sarif, junit, not 'pdf'",
        "--fail-on|extreme|scan: --fail-on: unknown severity 'extreme' (use high, medium, low or info)",
        "--engine|curl|scan: --engine must be http or browser, not 'curl'"})
    void badOptionsAreExit2WithOneLineBeforeAnythingIsSent(String option, String value, String message)
            throws Exception {
        assertThat(scan("--flow", teaShopFlow().toString(), "--db", db.toString(), option, value))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(errLines()).isEqualTo(message);
        assertThat(db).doesNotExist();
    }

    @Test
    void outMustBeAFolderAndEveryFormatIsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(scan("--flow", teaShopFlow().toString(), "--db", db.toString(), "--out", file.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(errLines()).isEqualTo("scan: --out " + file + " is a file, not a folder");
        cli.clear();
        shop.update(ShopSettings.hardened().withHttps(false).withSecure(false).withHostPrefix(false));
        assertThat(scan("--flow", teaShopFlow().toString(), "--db", db.toString(), "--format", "json,sarif",
                "--format", "md", "--format", "junit", "--out", dir.resolve("r").toString(), "--fail-on", "medium"))
                .as(cli.out()).isEqualTo(ExitCodes.FINDINGS); // cookie.missing-secure is medium
        assertThat(dir.resolve("r")).isDirectoryContaining(p -> p.getFileName().toString().equals("report.sarif"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("report.md"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("junit.xml"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("report.json"));
        assertThat(scan("--flow", teaShopFlow().toString(), "--db", db.toString(), "--format", "json",
                "--out", dir.resolve("r").toString())).as(cli.out()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void durationsReadAsDocumented() {
        assertThat(DurationConverter.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationConverter.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(DurationConverter.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(DurationConverter.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationConverter.parse(" 5M ")).isEqualTo(Duration.ofMinutes(5));
    }
}
