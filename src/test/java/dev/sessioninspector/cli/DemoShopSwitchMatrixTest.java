package dev.sessioninspector.cli;

import dev.sessioninspector.inspect.ProbeEnvironment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.ProbeKind;
import dev.sessioninspector.analysis.ProbeVerdict;
import dev.sessioninspector.demo.DemoShop;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowEngines;
import dev.sessioninspector.flow.FlowOptions;
import dev.sessioninspector.model.CheckResult;
import dev.sessioninspector.model.CheckStatus;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Initiator;
import dev.sessioninspector.model.Severity;
import dev.sessioninspector.store.Project;
import dev.sessioninspector.testkit.DemoShopFlows;
import dev.sessioninspector.testkit.FakeClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole scan (flow, passive rules, active probes, idle probe on a moved clock, reports) against the demo
 * shop: the hardened profile over HTTPS fails nothing, and flipping one switch fails exactly that switch's
 * rule. The mapping, switch → rule:
 * <ul>
 * <li>{@code ids} SEQUENTIAL → {@code session.id-predictable} and {@code session.id-too-short} (a hex counter is
 *     both; the recording's three IDs show it without a sample)</li>
 * <li>{@code rotateAtLogin} off → {@code session.not-rotated-at-login}</li>
 * <li>{@code invalidateAtLogout} off → {@code session.not-invalidated-at-logout} (logout-replay probe)</li>
 * <li>{@code idleTimeout} off → {@code session.no-idle-timeout} (idle probe, {@code --idle-max 15m})</li>
 * <li>{@code absoluteTimeout} off → nothing (no rule; the scan is far shorter than 8 h)</li>
 * <li>{@code acceptIdFromUrl} on → {@code session.id-in-url} (URL-ID probe)</li>
 * <li>{@code writeIdIntoUrls} on → {@code session.id-in-url} (passive: links and redirects)</li>
 * <li>{@code httpOnly} off → {@code cookie.missing-httponly}; {@code sameSite} none → {@code cookie.missing-samesite};
 *     {@code cookieLifetime} 365 d → {@code session.long-lived-cookie}</li>
 * <li>{@code secure} off → {@code cookie.missing-secure}. Flipped with {@code hostPrefix} off: a {@code __Host-}
 *     cookie without Secure is refused by every user agent (and our jar), which would break the session instead
 *     of weakening it; {@code hostPrefix} alone fails nothing (it has no rule of its own)</li>
 * <li>{@code https} off → {@code transport.session-over-http}, with {@code secure} and {@code hostPrefix} off (a
 *     Secure cookie cannot be set over http), so {@code cookie.missing-secure} comes along</li>
 * <li>{@code adoptForeignIds} on → {@code session.accepts-foreign-id} (foreign-ID probe)</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoShopSwitchMatrixTest {
    /** The hardened profile with a 1 h absolute timeout, so the absolute probe ({@code --absolute-max 2h}) is short. */
    static final ShopSettings HARDENED = ShopSettings.hardened().withAbsoluteTimeout(Duration.ofHours(1));
    static final Duration ABSOLUTE_MAX = Duration.ofHours(2);

    @TempDir
    static Path dir;

    private Set<String> baseline;

    /** What one scan of the shop gave. */
    record Scan(Set<String> failed, ScanRun run, String out) {
    }

    Scan scan(ShopSettings settings, String name) {
        return scan(settings, name, DemoShopFlows::shop, "http");
    }

    Scan scan(ShopSettings settings, String name, java.util.function.Function<java.net.URI, Flow> flowFor, String engine) {
        FakeClock shopClock = new FakeClock(); // the idle and absolute probes' sleeper moves it instead of waiting
        try (DemoShop shop = DemoShop.start(0, settings, shopClock, new SecureRandom());
                Project project = Project.open(dir.resolve(name + ".db"))) {
            Flow flow = flowFor.apply(shop.baseUri());
            FlowOptions options = settings.https()
                    ? FlowOptions.defaults().withTls(DemoShop.demoClientContext(), DemoShop.demoTrustManager())
                    : FlowOptions.defaults();
            // no request ceiling: the loopback shop needs no sparing, and the ceiling has its own test (ProbeRateTest)
            ProbeEnvironment env = ProbeEnvironment.defaults().withFlowOptions(options)
                    .withSleeper(shopClock::advance).withRate(0);
            ScanOptions scanOptions = new ScanOptions(dir.resolve("flow.json"), engine, project.file(),
                    Duration.ofMinutes(15), ABSOLUTE_MAX, null, List.of("json"), dir.resolve(name), Severity.HIGH, false);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            ScanRun run = new ScanRun(scanOptions, flow, FlowEngines.find(engine).orElseThrow(), project,
                    new PrintWriter(out, true), new PrintWriter(err, true), env);
            ScanPipeline.standard().run(run);
            Set<String> failed = new TreeSet<>();
            for (CheckResult c : run.inspection.result().checks()) {
                if (c.status() == CheckStatus.FAIL) {
                    failed.add(c.rule());
                }
            }
            return new Scan(failed, run, out + "\n" + err);
        }
    }

    @BeforeAll
    void hardenedBaseline() {
        Scan s = scan(HARDENED, "hardened");
        baseline = s.failed();
        assertThat(baseline).as(s.out()).isEmpty();
        assertThat(s.run().inspection.result().findings()).isEmpty();
        // every active probe ran and cleared the hardened shop, with its requests in the recording
        assertThat(s.run().inspection.verdicts().probes()).extracting(e -> e.kind() + ":" + e.verdict()).containsExactly(
                ProbeKind.LOGOUT_REPLAY + ":" + ProbeVerdict.SAFE, ProbeKind.FOREIGN_ID + ":" + ProbeVerdict.SAFE,
                ProbeKind.URL_ID_ACCEPTED + ":" + ProbeVerdict.SAFE,
                ProbeKind.UNSIGNED_TOKEN + ":" + ProbeVerdict.INCONCLUSIVE, // a random ID is no JWT
                ProbeKind.IDLE_TIMEOUT + ":" + ProbeVerdict.SAFE, ProbeKind.ABSOLUTE_TIMEOUT + ":" + ProbeVerdict.SAFE);
        List<Long> probeIds = s.run().inspection.data().exchanges().stream().filter(e -> e.initiator() == Initiator.PROBE)
                .map(Exchange::id).toList();
        s.run().inspection.verdicts().probes().forEach(e -> assertThat(probeIds).containsAll(e.exchangesSent()));
        assertThat(s.run().inspection.data().exchanges()).allMatch(e -> e.url().getPort() == s.run().flow.baseUrl().getPort());
        for (String rule : List.of("session.accepts-foreign-id", "session.not-invalidated-at-logout",
                "session.no-idle-timeout", "session.id-in-url", "session.not-rotated-at-login")) {
            assertThat(s.run().inspection.result().check(rule).orElseThrow().status()).as(rule).isEqualTo(CheckStatus.PASS);
        }
    }

    static Stream<Arguments> switches() {
        ShopSettings h = HARDENED;
        return Stream.of(
                Arguments.of("ids", h.withIds(ShopSettings.IdScheme.SEQUENTIAL),
                        Set.of("session.id-predictable", "session.id-too-short")),
                Arguments.of("rotateAtLogin", h.withRotateAtLogin(false), Set.of("session.not-rotated-at-login")),
                Arguments.of("invalidateAtLogout", h.withInvalidateAtLogout(false),
                        Set.of("session.not-invalidated-at-logout")),
                Arguments.of("idleTimeout", h.withIdleTimeout(null), Set.of("session.no-idle-timeout")),
                Arguments.of("absoluteTimeout", h.withAbsoluteTimeout(null), Set.of(NO_ABSOLUTE_TIMEOUT)),
                Arguments.of("acceptIdFromUrl", h.withAcceptIdFromUrl(true), Set.of("session.id-in-url")),
                Arguments.of("writeIdIntoUrls", h.withWriteIdIntoUrls(true), Set.of("session.id-in-url")),
                Arguments.of("httpOnly", h.withHttpOnly(false), Set.of("cookie.missing-httponly")),
                Arguments.of("secure", h.withSecure(false).withHostPrefix(false), Set.of("cookie.missing-secure")),
                Arguments.of("sameSite", h.withSameSite(null), Set.of("cookie.missing-samesite")),
                Arguments.of("cookieLifetime", h.withCookieLifetime(Duration.ofDays(365)),
                        Set.of("session.long-lived-cookie")),
                Arguments.of("hostPrefix", h.withHostPrefix(false), Set.of()),
                Arguments.of("https", h.withHttps(false).withSecure(false).withHostPrefix(false),
                        Set.of("cookie.missing-secure", "transport.session-over-http")),
                Arguments.of("adoptForeignIds", h.withAdoptForeignIds(true), Set.of("session.accepts-foreign-id")));
    }

    /**
     * {@code session.no-absolute-timeout} once the analysis has the rule (issue 11); until then the switch shows in
     * the absolute probe's verdict, which {@link #eachSwitchFailsExactlyItsOwnRule} checks too.
     */
    static final String NO_ABSOLUTE_TIMEOUT = "session.no-absolute-timeout";

    /** Which probe each switch turns vulnerable (the others stay safe or inconclusive). */
    private static Set<ProbeKind> vulnerableProbes(String name) {
        return switch (name) {
            case "invalidateAtLogout", "app.revokeAtLogout" -> Set.of(ProbeKind.LOGOUT_REPLAY);
            case "idleTimeout" -> Set.of(ProbeKind.IDLE_TIMEOUT);
            case "absoluteTimeout" -> Set.of(ProbeKind.ABSOLUTE_TIMEOUT);
            case "acceptIdFromUrl" -> Set.of(ProbeKind.URL_ID_ACCEPTED);
            case "adoptForeignIds" -> Set.of(ProbeKind.FOREIGN_ID);
            case "app.acceptAlgNone" -> Set.of(ProbeKind.UNSIGNED_TOKEN);
            default -> Set.of();
        };
    }

    /** The rules the analysis of this build has: a switch's rule not yet among them is checked by its probe. */
    private static Set<String> known(Set<String> rules, Scan s) {
        Set<String> ran = new TreeSet<>();
        s.run().inspection.result().checks().forEach(c -> ran.add(c.rule()));
        Set<String> out = new TreeSet<>(rules);
        out.retainAll(ran);
        return out;
    }

    /** The /app switches, scanned through the JSON API flow on the http engine. */
    static Stream<Arguments> appSwitches() {
        ShopSettings h = HARDENED;
        return Stream.of(
                Arguments.of("app.revokeAtLogout", h.withApp(h.app().withRevokeAtLogout(false)),
                        Set.of("session.not-invalidated-at-logout")),
                Arguments.of("app.acceptAlgNone", h.withApp(h.app().withAcceptAlgNone(true)),
                        Set.of("token.unsigned-accepted")),
                Arguments.of("app.weakSigningKey", h.withApp(h.app().withWeakSigningKey(true)),
                        Set.of("token.weak-signing-key")),
                Arguments.of("app.tokenLifetime", h.withApp(h.app().withTokenLifetime(Duration.ofDays(30))),
                        Set.of("token.long-lived")),
                Arguments.of("app.storage", h.withApp(h.app().withStorage(
                        dev.sessioninspector.demo.AppSettings.TokenStorage.LOCAL_STORAGE)), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appSwitches")
    void eachAppSwitchFailsExactlyItsOwnRule(String name, ShopSettings settings, Set<String> expected) {
        Scan base = appBaseline();
        Scan s = scan(settings, name, DemoShopFlows::app, "http");
        Set<String> want = new TreeSet<>(base.failed());
        want.addAll(known(expected, s));
        assertThat(s.failed()).as(name + "\n" + s.out()).isEqualTo(want);
        assertThat(vulnerable(s)).as(name + "\n" + s.out()).isEqualTo(vulnerableProbes(name));
    }

    private Scan appBase;

    private synchronized Scan appBaseline() {
        if (appBase == null) {
            appBase = scan(HARDENED, "app-hardened", DemoShopFlows::app, "http");
            assertThat(appBase.failed()).as(appBase.out()).isEmpty();
            assertThat(appBase.run().inspection.verdicts().probes()).extracting(e -> e.kind() + ":" + e.verdict())
                    .contains(ProbeKind.LOGOUT_REPLAY + ":" + ProbeVerdict.SAFE,
                            ProbeKind.UNSIGNED_TOKEN + ":" + ProbeVerdict.SAFE,
                            ProbeKind.IDLE_TIMEOUT + ":" + ProbeVerdict.SAFE,
                            ProbeKind.ABSOLUTE_TIMEOUT + ":" + ProbeVerdict.SAFE);
        }
        return appBase;
    }

    private static Set<ProbeKind> vulnerable(Scan s) {
        Set<ProbeKind> out = new java.util.TreeSet<>();
        s.run().inspection.verdicts().probes().stream().filter(e -> e.verdict() == ProbeVerdict.VULNERABLE)
                .forEach(e -> out.add(e.kind()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("switches")
    void eachSwitchFailsExactlyItsOwnRule(String name, ShopSettings settings, Set<String> expected) {
        Scan s = scan(settings, name);
        expected = known(expected, s);
        assertThat(vulnerable(s)).as(name + "\n" + s.out()).isEqualTo(vulnerableProbes(name));
        Set<String> want = new TreeSet<>(baseline);
        want.addAll(expected);
        assertThat(s.failed()).as(name + "\n" + s.out()).isEqualTo(want);
        // no finding without evidence, and evidence names exchanges of this recording
        s.run().inspection.result().findings().forEach(f -> {
            assertThat(f.evidence()).as(f.rule()).isNotEmpty();
            f.evidence().forEach(ev -> assertThat(s.run().inspection.data().exchange(ev.exchange())).as(f.rule()).isPresent());
        });
    }

    @Test
    void theWeakProfileFailsTheActiveChecksToo() {
        Scan s = scan(ShopSettings.weak(), "weak");
        assertThat(s.failed()).contains("session.accepts-foreign-id", "session.not-invalidated-at-logout",
                "session.no-idle-timeout", "session.id-in-url", "session.not-rotated-at-login");
        assertThat(s.run().exitCode).isEqualTo(ExitCodes.FINDINGS);
        assertThat(s.run().inspection.verdicts().probes()).filteredOn(e -> e.kind() != ProbeKind.UNSIGNED_TOKEN)
                .allMatch(e -> e.verdict() == ProbeVerdict.VULNERABLE);
    }

    /** The rules each profile of the /app section fails, as its switches say (those this build's analysis has). */
    private static final Set<String> APP_WEAK = Set.of("session.not-invalidated-at-logout", "token.unsigned-accepted",
            "token.weak-signing-key", "token.long-lived");

    @Test
    void theAppSectionInTheBrowserAndThroughItsApiGivesTheVerdictsItsSwitchesSay() throws Exception {
        ShopSettings weak = HARDENED.withApp(dev.sessioninspector.demo.AppSettings.weak()).withAbsoluteTimeout(null)
                .withIdleTimeout(null);
        Scan browserWeak = scan(weak, "app-browser-weak", DemoShopFlows::appInTheBrowser, "browser");
        Set<String> weakRules = new TreeSet<>(known(APP_WEAK, browserWeak));
        weakRules.addAll(known(Set.of("session.token-in-web-storage"), browserWeak));
        assertThat(browserWeak.failed()).as(browserWeak.out()).containsAll(weakRules);
        assertThat(browserWeak.run().inspection.verdicts().probes()).extracting(e -> e.kind() + ":" + e.verdict())
                .contains(ProbeKind.LOGOUT_REPLAY + ":" + ProbeVerdict.VULNERABLE,
                        ProbeKind.UNSIGNED_TOKEN + ":" + ProbeVerdict.VULNERABLE,
                        // the browser flow's sign-in, a JSON API call, replayed with the flow's password
                        ProbeKind.IDLE_TIMEOUT + ":" + ProbeVerdict.VULNERABLE,
                        ProbeKind.ABSOLUTE_TIMEOUT + ":" + ProbeVerdict.VULNERABLE);
        assertThat(browserWeak.run().inspection.verdicts().probes()).noneMatch(e -> e.verdict() == ProbeVerdict.INCONCLUSIVE
                && e.detail().contains("no way to sign in again"));
        assertThat(browserWeak.failed()).as(browserWeak.out()).containsAll(known(Set.of(NO_ABSOLUTE_TIMEOUT), browserWeak));
        assertThat(browserWeak.run().inspection.verdicts().probes()).allMatch(e -> e.cookie().equals("Authorization"));

        Scan browserHardened = scan(HARDENED, "app-browser-hardened", DemoShopFlows::appInTheBrowser, "browser");
        assertThat(browserHardened.failed()).as(browserHardened.out()).isEmpty();
        assertThat(browserHardened.run().inspection.verdicts().probes()).extracting(e -> e.kind() + ":" + e.verdict())
                .contains(ProbeKind.LOGOUT_REPLAY + ":" + ProbeVerdict.SAFE,
                        ProbeKind.IDLE_TIMEOUT + ":" + ProbeVerdict.SAFE, ProbeKind.ABSOLUTE_TIMEOUT + ":" + ProbeVerdict.SAFE);

        // the http engine, signing in through the JSON API, reaches the same verdicts (storage needs a page)
        Scan apiWeak = scan(weak, "app-api-weak", DemoShopFlows::app, "http");
        Set<String> browserOnly = Set.of("session.token-in-web-storage");
        assertThat(apiWeak.failed()).as(apiWeak.out()).containsAll(known(APP_WEAK, apiWeak))
                .containsAll(known(Set.of(NO_ABSOLUTE_TIMEOUT), apiWeak));
        // signing in again through the API, the probes that need a fresh session run too
        assertThat(apiWeak.run().inspection.verdicts().probes()).extracting(e -> e.kind() + ":" + e.verdict())
                .contains(ProbeKind.IDLE_TIMEOUT + ":" + ProbeVerdict.VULNERABLE,
                        ProbeKind.ABSOLUTE_TIMEOUT + ":" + ProbeVerdict.VULNERABLE);
        Set<String> sameAsBrowser = new TreeSet<>(browserWeak.failed());
        sameAsBrowser.removeAll(browserOnly);
        Set<String> api = new TreeSet<>(apiWeak.failed());
        api.retainAll(new TreeSet<>(APP_WEAK));
        Set<String> browser = new TreeSet<>(sameAsBrowser);
        browser.retainAll(new TreeSet<>(APP_WEAK));
        assertThat(api).isEqualTo(browser);
        assertThat(appBaseline().failed()).isEqualTo(browserHardened.failed());
    }
}
