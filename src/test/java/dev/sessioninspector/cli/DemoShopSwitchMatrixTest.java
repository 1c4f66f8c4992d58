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
    @TempDir
    static Path dir;

    private Set<String> baseline;

    /** What one scan of the shop gave. */
    record Scan(Set<String> failed, ScanRun run, String out) {
    }

    Scan scan(ShopSettings settings, String name) {
        FakeClock shopClock = new FakeClock(); // the idle probe's sleeper moves it instead of waiting
        try (DemoShop shop = DemoShop.start(0, settings, shopClock, new SecureRandom());
                Project project = Project.open(dir.resolve(name + ".db"))) {
            Flow flow = DemoShopFlows.shop(shop.baseUri());
            FlowOptions options = settings.https()
                    ? FlowOptions.defaults().withTls(DemoShop.demoClientContext(), DemoShop.demoTrustManager())
                    : FlowOptions.defaults();
            ProbeEnvironment env = ProbeEnvironment.defaults().withFlowOptions(options)
                    .withSleeper(shopClock::advance);
            ScanOptions scanOptions = new ScanOptions(dir.resolve("flow.json"), "http", project.file(),
                    Duration.ofMinutes(15), null, List.of("json"), dir.resolve(name), Severity.HIGH, false);
            StringWriter out = new StringWriter();
            ScanRun run = new ScanRun(scanOptions, flow, FlowEngines.find("http").orElseThrow(), project,
                    new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), env);
            ScanPipeline.standard().run(run);
            Set<String> failed = new TreeSet<>();
            for (CheckResult c : run.inspection.result().checks()) {
                if (c.status() == CheckStatus.FAIL) {
                    failed.add(c.rule());
                }
            }
            return new Scan(failed, run, out.toString());
        }
    }

    @BeforeAll
    void hardenedBaseline() {
        Scan s = scan(ShopSettings.hardened(), "hardened");
        baseline = s.failed();
        assertThat(baseline).as(s.out()).isEmpty();
        assertThat(s.run().inspection.result().findings()).isEmpty();
        // every active probe ran and cleared the hardened shop, with its requests in the recording
        assertThat(s.run().inspection.verdicts().probes()).extracting(e -> e.kind() + ":" + e.verdict()).containsExactly(
                ProbeKind.LOGOUT_REPLAY + ":" + ProbeVerdict.SAFE, ProbeKind.FOREIGN_ID + ":" + ProbeVerdict.SAFE,
                ProbeKind.URL_ID_ACCEPTED + ":" + ProbeVerdict.SAFE, ProbeKind.IDLE_TIMEOUT + ":" + ProbeVerdict.SAFE);
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
        ShopSettings h = ShopSettings.hardened();
        return Stream.of(
                Arguments.of("ids", h.withIds(ShopSettings.IdScheme.SEQUENTIAL),
                        Set.of("session.id-predictable", "session.id-too-short")),
                Arguments.of("rotateAtLogin", h.withRotateAtLogin(false), Set.of("session.not-rotated-at-login")),
                Arguments.of("invalidateAtLogout", h.withInvalidateAtLogout(false),
                        Set.of("session.not-invalidated-at-logout")),
                Arguments.of("idleTimeout", h.withIdleTimeout(null), Set.of("session.no-idle-timeout")),
                Arguments.of("absoluteTimeout", h.withAbsoluteTimeout(null), Set.of()),
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("switches")
    void eachSwitchFailsExactlyItsOwnRule(String name, ShopSettings settings, Set<String> expected) {
        Scan s = scan(settings, name);
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
        assertThat(s.run().inspection.verdicts().probes()).allMatch(e -> e.verdict() == ProbeVerdict.VULNERABLE);
    }
}
