package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.testkit.DemoShopFlows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sample --sign-in FLOW.json}: every token is a whole sign-in as a new visitor, and the token is the session
 * credential the sign-in left (a cookie in the jar, or a value of the sign-in's answer); with {@code --url} too, the
 * request follows each sign-in in its session and the token is read from its answer.
 */
class SampleSignInTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    @Test
    void idsIssuedAtSignInAreSampledOneSignInEachAndJudged() throws Exception {
        AtomicLong next = new AtomicLong(100_000);
        try (UrlIdSite site = new UrlIdSite(() -> "SESS" + next.incrementAndGet())) {
            Path flow = dir.resolve("flow.json");
            Files.writeString(flow, site.flow());
            Path tokens = dir.resolve("sess.txt");
            assertThat(cli.run("sample", "--sign-in", flow.toString(), "--token", "SESSION", "--count", "40",
                    "--threads", "2", "--out", tokens.toString(), "--all")).as(cli.err()).isZero();
            List<String> sampled = Files.readAllLines(tokens);
            assertThat(sampled).hasSize(40).doesNotHaveDuplicates().allMatch(t -> t.matches("SESS1\\d{5}"));
            // the site rotates at login: the visit's ID (GET /) is not the one sampled, the login's is
            long logins = site.received.stream().filter(r -> r.method().equals("POST")).count();
            assertThat(logins).isGreaterThanOrEqualTo(40);
            assertThat(site.received.stream().filter(r -> r.method().equals("POST")).allMatch(r -> r.cookie() != null
                    && r.cookie().startsWith("SESSION=SESS"))).as("each sign-in sends the ID its own visit got").isTrue();
            assertThat(cli.err()).contains("collected 40 distinct tokens in 40 sign-ins", "sampling: ");

            assertThat(cli.runAlone("entropy", tokens.toString(), "--format", "json")).isZero();
            assertThat(cli.out()).contains("\"predictable\" : true", "\"counter\" : true");
        }
    }

    @Test
    void aRequestSentAfterEachSignInIsSampledInThatSession() throws Exception {
        AtomicLong next = new AtomicLong(500_000);
        try (UrlIdSite site = new UrlIdSite(() -> "T" + next.incrementAndGet())) {
            Path flow = dir.resolve("flow.json");
            Files.writeString(flow, site.flow());
            Path tokens = dir.resolve("api.txt");
            assertThat(cli.run("sample", "--sign-in", flow.toString(), "--url", "/api/token", "--method", "POST",
                    "--data", "{\"scope\": \"read\"}", "--request-header", "X-Purpose: entropy", "--token-json",
                    "/token", "--count", "15", "--threads", "2", "--out", tokens.toString())).as(cli.err()).isZero();
            List<String> sampled = Files.readAllLines(tokens);
            assertThat(sampled).hasSize(15).doesNotHaveDuplicates().allMatch(t -> t.matches("T5\\d{5}"));
            List<UrlIdSite.Received> asked = site.received.stream().filter(r -> r.target().equals("/api/token"))
                    .toList();
            assertThat(asked).hasSizeGreaterThanOrEqualTo(15).allMatch(r -> r.method().equals("POST"));
            // each request carried the session its own sign-in was given: a different cookie every time
            assertThat(asked.stream().map(UrlIdSite.Received::cookie).distinct().count()).isEqualTo(asked.size());
            assertThat(cli.err()).contains("collected 15 distinct tokens in 15 sign-ins");

            // the same request without a sign-in is refused by the site: no token at all
            Path refused = dir.resolve("refused.txt");
            assertThat(cli.run("sample", "--url", site.base() + "/api/token", "--token-header", "X-Api-Token",
                    "--count", "3", "--out", refused.toString())).isEqualTo(ExitCodes.RUNTIME);
            assertThat(refused).doesNotExist();
        }
    }

    /** The flow's signed-in headers (a bearer JWT here) go with the request only to the sign-in's own origin. */
    @Test
    void theSignedInHeadersStayWithTheSignInsOrigin() throws Exception {
        List<String> authorization = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong next = new AtomicLong();
        com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", x -> {
            authorization.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
            x.getResponseHeaders().add("X-Token", "other-" + next.incrementAndGet());
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        other.start();
        try (JwtTokenServer server = JwtTokenServer.strong()) {
            Path flow = dir.resolve("jwt.json");
            Files.writeString(flow, server.flow());
            String elsewhere = "http://127.0.0.1:" + other.getAddress().getPort() + "/collect";
            assertThat(cli.run("sample", "--sign-in", flow.toString(), "--url", elsewhere, "--token-header",
                    "X-Token", "--count", "3", "--all", "--out", dir.resolve("other.txt").toString()))
                    .as(cli.err()).isZero();
            assertThat(authorization).hasSizeGreaterThanOrEqualTo(3).allMatch("null"::equals);
        } finally {
            other.stop(0);
        }
    }

    @Test
    void theDemoShopsCookieAndItsAppTokenAreSampledAtSignIn() throws Exception {
        try (DemoShop shop = DemoShop.start(0, ShopSettings.weak().withHttps(false))) {
            Path flow = dir.resolve("shop.json");
            Files.writeString(flow, DemoShopFlows.SHOP.formatted(DemoShopFlows.base(shop.baseUri())));
            Path cookies = dir.resolve("cookies.txt");
            assertThat(cli.run("sample", "--sign-in", flow.toString(), "--token", "SESSIONID", "--count", "25",
                    "--out", cookies.toString(), "--all")).as(cli.err()).isZero();
            assertThat(Files.readAllLines(cookies)).hasSize(25).doesNotHaveDuplicates()
                    .allMatch(t -> t.matches("[0-9a-f]{8}"));

            Path app = dir.resolve("app.json");
            Files.writeString(app, DemoShopFlows.APP.formatted(DemoShopFlows.base(shop.baseUri())));
            Path jwts = dir.resolve("jwts.txt");
            assertThat(cli.run("sample", "--sign-in", app.toString(), "--token-json", "/token", "--count", "10",
                    "--out", jwts.toString())).as(cli.err()).isZero();
            assertThat(Files.readAllLines(jwts)).hasSize(10).doesNotHaveDuplicates()
                    .allMatch(t -> t.startsWith("eyJ") && t.split("\\.").length >= 2);
        }
    }

    @Test
    void badCombinationsAndFlowsWithoutASignInAreOneLineAndExitTwo() throws Exception {
        Path flow = dir.resolve("flow.json");
        Files.writeString(flow, DemoShopFlows.SHOP.formatted("http://127.0.0.1:9"));
        Path visit = dir.resolve("visit.json");
        Files.writeString(visit, "{\"name\": \"visit\", \"baseUrl\": \"http://127.0.0.1:9\", \"steps\": [{\"get\": \"/\"}]}");
        Path browser = dir.resolve("browser.json");
        Files.writeString(browser, "{\"name\": \"clicks\", \"baseUrl\": \"http://127.0.0.1:9\", \"steps\": [{\"get\": \"/\"},"
                + " {\"fill\": \"#user\", \"value\": \"alice\"}, {\"click\": \"#go\", \"mark\": \"login\"}]}");
        record Case(List<String> args, String says) {
        }
        List<Case> cases = List.of(
                new Case(List.of("--token", "SID"), "sample needs --url URL"),
                new Case(List.of("--sign-in", flow.toString(), "--method", "POST", "--token", "SID"),
                        "--sign-in without --url sends the flow's own requests"),
                new Case(List.of("--sign-in", flow.toString(), "--request-header", "X-A: b", "--token", "SID"),
                        "--sign-in without --url sends the flow's own requests"),
                new Case(List.of("--sign-in", flow.toString(), "--url", "ftp://127.0.0.1/x", "--token", "SID"),
                        "--url must be an http(s) URL"),
                new Case(List.of("--sign-in", flow.toString(), "--url", "/api", "--data", "x", "--token", "SID"),
                        "--data needs a method that carries a body"),
                new Case(List.of("--sign-in", visit.toString(), "--url", "/api", "--token", "SID"), "has no sign-in"),
                new Case(List.of("--sign-in", flow.toString()), "--token"),
                new Case(List.of("--sign-in", dir.resolve("none.json").toString(), "--token", "SID"), "no such file"),
                new Case(List.of("--sign-in", visit.toString(), "--token", "SID"), "has no sign-in"),
                new Case(List.of("--sign-in", browser.toString(), "--token", "SID"), "has no sign-in"),
                new Case(List.of("--sign-in", flow.toString(), "--token", "SID", "--count", "0"), "--count"));
        for (Case c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("sample"));
            args.addAll(c.args());
            assertThat(cli.runAlone(args.toArray(String[]::new))).as(c.args() + ": " + cli.err())
                    .isEqualTo(ExitCodes.USAGE);
            assertThat(cli.err()).as(c.args().toString()).contains(c.says());
            assertThat(cli.err().strip().lines().count()).as(cli.err()).isEqualTo(1);
        }
    }
}
