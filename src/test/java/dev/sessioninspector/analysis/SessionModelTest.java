package dev.sessioninspector.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Marker;
import dev.sessioninspector.model.RecordingData;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Session cookies, login/logout, the signed-in oracle and the framework, as read from recordings. */
class SessionModelTest {

    @Test
    void csrfAnalyticsAndPreferenceCookiesAreNeverSessions() {
        FlowBuilder f = new FlowBuilder("https://shop.example.com");
        f.get("/", r -> r.html(Sites.HOME_ANON)
                .setCookie("_ga=GA1.2.1234567890.1700000000; Path=/; Max-Age=63072000")
                .setCookie("XSRF-TOKEN=f81d4fae7dec11d0a76500a0c91e6bf6; Path=/")
                .setCookie("theme=dark; Path=/")
                .setCookie("JSESSIONID=8E1B3C2A9F0D4E6B7A5C3D1E9F8A7B6C; Path=/; Secure; HttpOnly"));
        f.post("/login", "username=dana&password=pw", r -> r.redirect("/home")
                .setCookie("XSRF-TOKEN=0a76500a0c91e6bf6f81d4fae7dec11d; Path=/"));
        f.follow(r -> r.html("dana <a href=/logout>Logout</a>"));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.sessionCookieNames()).containsExactly("JSESSIONID");
        assertThat(ctx.framework()).isEqualTo(Framework.SERVLET);
    }

    @Test
    void anUnknownCookieIsASessionByBehaviour() {
        FlowBuilder f = new FlowBuilder("https://portal.example.net");
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("lang=en; Path=/"));
        f.post("/signin", "user=erin&pass=pw", r -> r.redirect("/dash")
                .setCookie("zx_blob=b7Q2mT9kV4xR1pL8sN3wZ6cY0hF5jD2g; Path=/; Secure; HttpOnly"));
        f.follow(r -> r.html("erin <a href=/signout>Sign out</a>"));
        f.get("/dash/reports", r -> r.html("erin's reports"));
        f.get("/signout", r -> r.redirect("/").setCookie("zx_blob=; Path=/; Max-Age=0"));
        f.follow(r -> r.html(Sites.HOME_ANON));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.sessionCookieNames()).containsExactly("zx_blob");
        assertThat(ctx.sessionCookies().get(0).reasons())
                .contains("first set at login", "cleared or replaced at logout", "token-like value");
        assertThat(ctx.logout().orElseThrow().exchangeId()).isEqualTo(5);
    }

    @Test
    void theUsersMarkersWinOverDetection() {
        FlowBuilder f = new FlowBuilder("https://a.example");
        f.get("/", r -> r.html(Sites.HOME_ANON).setCookie("PHPSESSID=a1b2c3d4e5f6a7b8c9d0e1f2a3; Path=/"));
        long password = f.post("/login", "username=x&password=y", r -> r.html("bad password " + Sites.LOGIN_FORM));
        long real = f.post("/sso/finish", "ticket=abc", r -> r.redirect("/me"));
        f.follow(r -> r.html("x"));
        f.marker(Marker.Kind.LOGIN, Marker.Source.DETECTED, password);
        f.marker(Marker.Kind.LOGIN, Marker.Source.USER, real);
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.login().orElseThrow().exchangeId()).isEqualTo(real);
        assertThat(ctx.login().orElseThrow().source()).isEqualTo(Marker.Source.USER);
        assertThat(ctx.login().orElseThrow().reason()).contains("the user's marker");
    }

    @Test
    void aFailedPasswordAttemptIsNotTheLogin() {
        FlowBuilder f = new FlowBuilder("https://a.example");
        f.get("/login", r -> r.html(Sites.LOGIN_FORM));
        f.post("/login", "username=x&password=wrong", r -> r.status(200).html("Wrong password " + Sites.LOGIN_FORM));
        long ok = f.post("/login", "username=x&password=right", r -> r.redirect("/"));
        f.follow(r -> r.html("x <a href=/logout>Log out</a>"));
        assertThat(SessionModel.build(f.build()).login().orElseThrow().exchangeId()).isEqualTo(ok);
    }

    @Test
    void urlWordsFindLoginAndLogoutWithoutAPasswordField() {
        FlowBuilder f = new FlowBuilder("https://a.example");
        f.get("/", r -> r.html("home"));
        long login = f.post("/api/login", "{\"otp\":\"123456\"}", r -> r.json("{\"ok\":true}"));
        f.get("/app", r -> r.html("app"));
        long logout = f.send("POST", "/api/log-out", "{}", null, dev.sessioninspector.model.Initiator.XHR,
                r -> r.json("{}"));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.login().orElseThrow().exchangeId()).isEqualTo(login);
        assertThat(ctx.login().orElseThrow().reason()).contains("login URL");
        assertThat(ctx.logout().orElseThrow().exchangeId()).isEqualTo(logout);
    }

    @Test
    void aRecordingWithoutLoginHasNoOracleButStillKnowsTheCookie() {
        FlowBuilder f = new FlowBuilder("http://127.0.0.1:9000");
        f.get("/", r -> r.html("hi").setCookie("PHPSESSID=ab12cd34ef56ab12cd34ef56ab; Path=/"));
        f.get("/about", r -> r.html("about"));
        SessionContext ctx = SessionModel.build(f.build());
        assertThat(ctx.login()).isEmpty();
        assertThat(ctx.sessionCookieNames()).containsExactly("PHPSESSID");
        assertThat(ctx.framework()).isEqualTo(Framework.PHP);
        assertThat(ctx.oracle().available()).isFalse();
        assertThat(ctx.loopbackTarget()).isTrue();
    }

    @Test
    void theOracleTellsSignedInFromAnonymousPages() {
        SessionContext ctx = SessionModel.build(Sites.weakDemo());
        SignedInOracle o = ctx.oracle();
        assertThat(o.authenticatedUrl()).map(URI::getPath).contains("/account");
        assertThat(o.userName()).contains("alice");
        assertThat(o.describe()).contains("/account").contains("302").contains("alice");
        URI account = URI.create("http://127.0.0.1:8080/account");
        assertThat(o.judge(new Page(200, account, null, "<p>Hello alice</p>"))).isEqualTo(SignedInOracle.Verdict.SIGNED_IN);
        assertThat(o.judge(new Page(302, account, "/login", ""))).isEqualTo(SignedInOracle.Verdict.ANONYMOUS);
        assertThat(o.judge(new Page(401, account, null, ""))).isEqualTo(SignedInOracle.Verdict.ANONYMOUS);
        assertThat(o.judge(new Page(200, URI.create("http://127.0.0.1:8080/login"), null, Sites.LOGIN_FORM)))
                .isEqualTo(SignedInOracle.Verdict.ANONYMOUS);
        assertThat(o.judge(new Page(200, account, null, "<p>Welcome, guest. Log in</p>")))
                .isEqualTo(SignedInOracle.Verdict.ANONYMOUS);
        assertThat(o.judge(new Page(500, account, null, "oops"))).isEqualTo(SignedInOracle.Verdict.UNKNOWN);
    }

    @Test
    void theFlowsAuthenticatedUrlIsUsed() {
        SessionContext ctx = SessionModel.build(Sites.weakDemo(),
                AnalysisInputs.NONE.withAuthenticatedUrl(URI.create("/cart")), TokenStatsCalculator.NONE);
        assertThat(ctx.oracle().authenticatedUrl()).map(URI::getPath).contains("/cart");
    }

    @Test
    void sentCookiesAreWorkedOutWhenTheRecorderCouldNotSeeCookieHeaders() {
        FlowBuilder f = new FlowBuilder("https://a.example").withoutCookieHeaders();
        f.get("/", r -> r.html("x").setCookie("sid=abcdefgh12345678ijklmnop; Path=/; Secure; HttpOnly")
                .setCookie("admin_only=1; Path=/admin"));
        long next = f.get("/shop", r -> r.html("y"));
        RecordingData data = f.build();
        CookieTraffic t = CookieTraffic.of(data);
        assertThat(t.cookieHeadersRecorded()).isFalse();
        assertThat(t.sent(next)).containsOnlyKeys("sid");
    }

    @Test
    void namedSessionCookiesOverrideDetection() {
        SessionContext ctx = SessionModel.build(Sites.django(),
                AnalysisInputs.NONE.withSessionCookies(Set.of("csrftoken")), TokenStatsCalculator.NONE);
        assertThat(ctx.sessionCookieNames()).containsExactly("csrftoken");
    }

    @Test
    void frameworksAreRecognisedFromHeadersAndCookies() {
        assertThat(detect("X-Powered-By", "PHP/8.2.1", "a=1")).isEqualTo(Framework.PHP);
        assertThat(detect("Server", "Kestrel", ".AspNetCore.Cookies=x")).isEqualTo(Framework.ASPNET_CORE);
        assertThat(detect("X-Runtime", "0.01", "_shop_session=x")).isEqualTo(Framework.RAILS);
        assertThat(detect("Server", "Jetty(12.1.0)", "JSESSIONID=x")).isEqualTo(Framework.SERVLET);
        assertThat(detect("X-Application-Context", "app:8080", "JSESSIONID=x")).isEqualTo(Framework.SPRING);
        assertThat(detect("X-Powered-By", "Express", "connect.sid=x")).isEqualTo(Framework.EXPRESS);
        assertThat(detect("Server", "nginx", "laravel_session=x")).isEqualTo(Framework.PHP);
        assertThat(detect("Server", "nginx", "a=1")).isEqualTo(Framework.UNKNOWN);
    }

    private static Framework detect(String header, String value, String cookie) {
        FlowBuilder f = new FlowBuilder("https://fw.example");
        f.get("/", r -> r.html("x").header(header, value).setCookie(cookie + "; Path=/"));
        return SessionModel.build(f.build()).framework();
    }
}
