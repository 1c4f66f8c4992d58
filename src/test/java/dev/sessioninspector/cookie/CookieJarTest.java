package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.CookieEvent;
import dev.sessioninspector.model.CookieEvent.Kind;
import dev.sessioninspector.model.SameSite;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieJarTest {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    final CookieJar jar = new CookieJar(Clock.fixed(T0, ZoneOffset.UTC));

    static URI u(String s) {
        return URI.create(s);
    }

    JarResult set(String url, String... headers) {
        return jar.apply(u(url), List.of(headers), T0);
    }

    String header(String url) {
        return jar.cookieHeader(u(url), T0);
    }

    @Test
    void hostOnlyCookieIsNotSentToSubdomains() {
        set("http://shop.example/login", "sid=1");
        Cookie c = jar.cookies().get(0);
        assertThat(c.hostOnly()).isTrue();
        assertThat(c.domain()).isEqualTo("shop.example");
        assertThat(header("http://shop.example/")).isEqualTo("sid=1");
        assertThat(header("http://www.shop.example/")).isEmpty();
    }

    @Test
    void domainCookieIsSentToSubdomainsButNotSiblings() {
        set("http://www.shop.example/", "sid=1; Domain=shop.example");
        Cookie c = jar.cookies().get(0);
        assertThat(c.hostOnly()).isFalse();
        assertThat(c.domain()).isEqualTo("shop.example");
        assertThat(header("http://shop.example/")).isEqualTo("sid=1");
        assertThat(header("http://a.b.shop.example/")).isEqualTo("sid=1");
        assertThat(header("http://evilshop.example/")).isEmpty();
    }

    @Test
    void domainThatDoesNotDomainMatchIsRejectedWithAClearMessage() {
        JarResult r = set("http://127.0.0.1:8080/login", "sid=1; Domain=evil.com");
        assertThat(r.changes()).isEmpty();
        assertThat(r.rejections()).singleElement().satisfies(rej -> {
            assertThat(rej.message()).isEqualTo("Set-Cookie ignored: Domain=evil.com does not domain-match 127.0.0.1");
            assertThat(rej.header()).isEqualTo("sid=1; Domain=evil.com");
        });
        assertThat(jar.size()).isZero();
    }

    @Test
    void ipHostsOnlyMatchThemselves() {
        assertThat(set("http://10.0.0.1/", "a=1; Domain=0.0.1").rejections()).hasSize(1);
        set("http://127.0.0.1/", "b=2; Domain=127.0.0.1");
        assertThat(jar.cookies()).singleElement().satisfies(c -> assertThat(c.hostOnly()).isTrue());
    }

    @Test
    void publicSuffixDomainsAreRejectedUnlessTheyAreTheHost() {
        assertThat(set("http://shop.co.uk/", "a=1; Domain=co.uk").rejections().get(0).reason())
                .isEqualTo("Domain=co.uk is a public suffix");
        assertThat(set("http://www.example.com/", "a=1; Domain=.com").rejections().get(0).reason())
                .isEqualTo("Domain=com is a public suffix");
        set("http://localhost:8080/", "a=1; Domain=localhost");
        assertThat(jar.cookies()).singleElement().satisfies(c -> {
            assertThat(c.hostOnly()).isTrue();
            assertThat(c.domain()).isEqualTo("localhost");
        });
    }

    @Test
    void internationalDomainsAreComparedInAsciiForm() {
        set("http://www.b\u00fccher.example/", "a=1; Domain=B\u00dcCHER.example");
        assertThat(jar.cookies().get(0).domain()).isEqualTo("xn--bcher-kva.example");
        assertThat(header("http://xn--bcher-kva.example/")).isEqualTo("a=1");
    }

    @Test
    void defaultPathIsTheRequestDirectory() {
        set("http://shop.example/account/settings?x=1", "a=1");
        assertThat(jar.cookies().get(0).path()).isEqualTo("/account");
        assertThat(header("http://shop.example/account")).isEqualTo("a=1");
        assertThat(header("http://shop.example/account/orders")).isEqualTo("a=1");
        assertThat(header("http://shop.example/accounts")).isEmpty();
        assertThat(header("http://shop.example/")).isEmpty();
        set("http://shop.example/top", "b=2");
        assertThat(jar.cookies().get(1).path()).isEqualTo("/");
    }

    @Test
    void maxAgeWinsOverExpiresWhateverTheOrder() {
        set("http://shop.example/", "a=1; Max-Age=60; Expires=Wed, 01 Jan 2031 00:00:00 GMT",
                "b=2; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Max-Age=60");
        assertThat(jar.cookies()).allSatisfy(c -> {
            assertThat(c.expires()).isEqualTo(T0.plusSeconds(60));
            assertThat(c.maxAge()).isEqualTo(60L);
            assertThat(c.persistent()).isTrue();
        });
    }

    @Test
    void lifetimeIsCappedAt400Days() {
        set("http://shop.example/", "a=1; Max-Age=999999999", "b=1; Expires=Fri, 01 Jan 2100 00:00:00 GMT");
        assertThat(jar.cookies()).allSatisfy(c -> assertThat(c.expires()).isEqualTo(T0.plus(Duration.ofDays(400))));
        assertThat(jar.cookies().get(0).maxAge()).isEqualTo(999999999L);
    }

    @Test
    void sessionCookieHasNoExpiry() {
        set("http://shop.example/", "a=1");
        assertThat(jar.cookies().get(0).expires()).isNull();
        assertThat(jar.cookies().get(0).persistent()).isFalse();
    }

    @Test
    void aPastExpiryDeletesTheCookie() {
        set("http://shop.example/", "sid=1; Path=/");
        JarResult r = set("http://shop.example/logout", "sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(r.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(Kind.DELETED);
            assertThat(ch.previous().value()).isEqualTo("1");
            assertThat(ch.cookie().value()).isEmpty();
        });
        assertThat(jar.size()).isZero();
    }

    @Test
    void maxAgeZeroDeletesAndAnUnknownCookieWithPastExpiryChangesNothing() {
        set("http://shop.example/", "sid=1");
        assertThat(set("http://shop.example/", "sid=x; Max-Age=0").changes()).extracting(JarChange::kind)
                .containsExactly(Kind.DELETED);
        assertThat(set("http://shop.example/", "other=x; Max-Age=-1")).isEqualTo(JarResult.EMPTY);
    }

    @Test
    void setThenChangedWithThePreviousCookie() {
        JarResult first = set("http://shop.example/", "sid=1");
        assertThat(first.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(Kind.SET);
            assertThat(ch.previous()).isNull();
            assertThat(ch.cookie().raw()).isEqualTo("sid=1");
        });
        JarResult second = set("http://shop.example/", "sid=2; HttpOnly");
        assertThat(second.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(Kind.CHANGED);
            assertThat(ch.previous().value()).isEqualTo("1");
            assertThat(ch.cookie().value()).isEqualTo("2");
            assertThat(ch.valueChanged()).isTrue();
        });
        JarResult again = set("http://shop.example/", "sid=2; HttpOnly");
        assertThat(again.changes()).singleElement().satisfies(ch -> assertThat(ch.valueChanged()).isFalse());
        assertThat(jar.size()).isEqualTo(1);
    }

    @Test
    void sameNameOnDifferentPathsOrDomainsAreDifferentCookies() {
        set("http://www.shop.example/", "sid=a; Path=/", "sid=b; Path=/app", "sid=c; Domain=shop.example");
        assertThat(jar.size()).isEqualTo(3);
        assertThat(header("http://www.shop.example/app/x")).isEqualTo("sid=b; sid=a; sid=c");
    }

    @Test
    void expiredCookiesAreEvictedAsExpiredAndNotSent() {
        set("http://shop.example/", "short=1; Max-Age=10", "long=2; Max-Age=1000");
        Instant later = T0.plusSeconds(11);
        assertThat(jar.cookieHeader(u("http://shop.example/"), later)).isEqualTo("long=2");
        List<JarChange> expired = jar.expire(later);
        assertThat(expired).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(Kind.EXPIRED);
            assertThat(ch.cookie().name()).isEqualTo("short");
        });
        assertThat(jar.expire(later)).isEmpty();
    }

    @Test
    void applyReportsExpiryBeforeNewCookies() {
        set("http://shop.example/", "short=1; Max-Age=10");
        JarResult r = jar.apply(u("http://shop.example/"), List.of("short=2"), T0.plusSeconds(20));
        assertThat(r.changes()).extracting(JarChange::kind).containsExactly(Kind.EXPIRED, Kind.SET);
    }

    @Test
    void orderIsLongerPathFirstThenEarlierCreation() {
        set("http://shop.example/a/b/c", "z=1; Path=/", "y=2; Path=/a/b", "x=3; Path=/");
        set("http://shop.example/", "z=9; Path=/");
        assertThat(header("http://shop.example/a/b/c")).isEqualTo("y=2; z=9; x=3");
    }

    @Test
    void secureCookiesNeedASecureOrigin() {
        JarResult r = set("http://shop.example/", "sid=1; Secure");
        assertThat(r.rejections()).singleElement().extracting(Rejection::message)
                .isEqualTo("Set-Cookie ignored: Secure cookie sid from non-secure origin http://shop.example");
        set("https://shop.example/", "sid=1; Secure");
        assertThat(header("https://shop.example/")).isEqualTo("sid=1");
        assertThat(header("http://shop.example/")).isEmpty();
    }

    @Test
    void anInsecureOriginCannotOverwriteOrShadowASecureCookie() {
        set("https://shop.example/", "sid=1; Secure; Path=/");
        JarResult r = set("http://shop.example/app", "sid=evil; Path=/app");
        assertThat(r.rejections()).singleElement().extracting(Rejection::reason)
                .isEqualTo("non-secure origin http://shop.example may not overwrite Secure cookie sid");
        assertThat(set("http://shop.example/", "other=ok").changes()).hasSize(1);
        assertThat(set("https://shop.example/", "sid=2; Path=/").changes()).extracting(JarChange::kind)
                .containsExactly(Kind.CHANGED);
    }

    @Test
    void sameSiteNoneNeedsSecure() {
        assertThat(set("https://shop.example/", "a=1; SameSite=None").rejections()).extracting(Rejection::reason)
                .containsExactly("SameSite=None cookie a lacks Secure");
        set("https://shop.example/", "a=1; SameSite=None; Secure", "b=2; SameSite=Lax", "c=3; SameSite=bogus");
        assertThat(jar.cookies()).extracting(Cookie::sameSite)
                .containsExactly(SameSite.NONE, SameSite.LAX, SameSite.UNSPECIFIED);
    }

    @Test
    void securePrefixNeedsSecure() {
        assertThat(set("https://shop.example/", "__Secure-id=1").rejections()).hasSize(1);
        assertThat(set("https://shop.example/", "__secure-id=1").rejections()).as("case-insensitive").hasSize(1);
        assertThat(set("https://shop.example/", "__Secure-id=1; Secure").changes()).hasSize(1);
    }

    @Test
    void hostPrefixNeedsSecureNoDomainAndRootPath() {
        String url = "https://www.shop.example/app/page";
        assertThat(set(url, "__Host-id=1; Secure; Path=/; Domain=www.shop.example").rejections()).hasSize(1);
        assertThat(set(url, "__Host-id=1; Secure").rejections()).as("no Path attribute").hasSize(1);
        assertThat(set(url, "__Host-id=1; Path=/").rejections()).as("not Secure").hasSize(1);
        assertThat(set(url, "__Host-id=1; Secure; Path=/app").rejections()).hasSize(1);
        JarResult ok = set(url, "__Host-id=1; Secure; Path=/");
        assertThat(ok.rejections()).isEmpty();
        assertThat(jar.cookies().get(0).hostOnly()).isTrue();
        assertThat(ok.changes().get(0).cookie().path()).isEqualTo("/");
    }

    @Test
    void namelessCookieMayNotImitateAPrefix() {
        assertThat(set("https://shop.example/", "=__Host-id=1; Secure; Path=/").rejections()).hasSize(1);
        assertThat(set("https://shop.example/", "__Secure-x; Secure").rejections()).hasSize(1);
    }

    @Test
    void partitionedNeedsSecure() {
        assertThat(set("https://shop.example/", "a=1; Partitioned").rejections()).hasSize(1);
        set("https://shop.example/", "a=1; Partitioned; Secure");
        assertThat(jar.cookies().get(0).partitioned()).isTrue();
    }

    @Test
    void namelessCookieIsSentAsItsValue() {
        set("http://shop.example/", "token", "a=b");
        assertThat(header("http://shop.example/")).isEqualTo("token; a=b");
    }

    @Test
    void scriptCannotSetHttpOnlyCookies() {
        JarResult r = jar.setFromScript(u("http://shop.example/"), "sid=1; HttpOnly", T0);
        assertThat(r.rejections()).singleElement().extracting(Rejection::message)
                .isEqualTo("document.cookie write ignored: HttpOnly cookie sid cannot be set from script");
    }

    @Test
    void scriptCannotOverwriteOrDeleteAnHttpOnlyCookie() {
        set("http://shop.example/", "sid=1; HttpOnly");
        assertThat(jar.setFromScript(u("http://shop.example/"), "sid=2", T0).rejections()).extracting(Rejection::reason)
                .containsExactly("script may not overwrite HttpOnly cookie sid");
        assertThat(jar.setFromScript(u("http://shop.example/"), "sid=; Max-Age=0", T0).rejections()).hasSize(1);
        assertThat(header("http://shop.example/")).isEqualTo("sid=1");
    }

    @Test
    void scriptSetsCookiesWithoutRawAndReadsOnlyNonHttpOnly() {
        set("http://shop.example/", "sid=1; HttpOnly");
        JarResult r = jar.setFromScript(u("http://shop.example/"), "theme=dark", T0);
        assertThat(r.changes()).singleElement().satisfies(ch -> assertThat(ch.cookie().raw()).isNull());
        assertThat(jar.documentCookie(u("http://shop.example/"), T0)).isEqualTo("theme=dark");
        assertThat(header("http://shop.example/")).isEqualTo("sid=1; theme=dark");
    }

    @Test
    void javafxScriptUrisCount() {
        assertThat(jar.setFromScript(u("javascripts://shop.example/"), "a=1; Secure", T0).changes()).hasSize(1);
        assertThat(jar.setFromScript(u("javascript://shop.example/"), "b=1; Secure", T0).rejections()).hasSize(1);
        assertThat(jar.documentCookie(u("javascripts://shop.example/"), T0)).isEqualTo("a=1");
    }

    @Test
    void aUriWithoutHostIsRejected() {
        assertThat(jar.apply(u("file:///tmp/x"), List.of("a=1"), T0).rejections()).extracting(Rejection::reason)
                .containsExactly("request URI file:///tmp/x has no host");
        assertThat(jar.cookiesFor(u("file:///tmp/x"), T0)).isEmpty();
    }

    @Test
    void clockVariantsUseTheInjectedClock() {
        jar.apply(u("http://shop.example/"), List.of("a=1; Max-Age=5"));
        assertThat(jar.cookies().get(0).expires()).isEqualTo(T0.plusSeconds(5));
        assertThat(jar.cookiesFor(u("http://shop.example/"))).hasSize(1);
    }

    @Test
    void changesBecomeModelEvents() {
        JarChange ch = set("http://shop.example/", "sid=1").changes().get(0);
        CookieEvent e = ch.toEvent(T0, CookieEvent.Source.SERVER, 7L, u("http://shop.example/"));
        assertThat(e.kind()).isEqualTo(Kind.SET);
        assertThat(e.exchangeId()).isEqualTo(7L);
        assertThat(e.cookie()).isEqualTo(ch.cookie());
        assertThat(e.previous()).isNull();
    }

    @Test
    void clearReportsEveryCookieAsDeleted() {
        set("http://shop.example/", "a=1", "b=2");
        assertThat(jar.clear()).extracting(JarChange::kind).containsExactly(Kind.DELETED, Kind.DELETED);
        assertThat(jar.size()).isZero();
    }

    @Test
    void oneBadHeaderDoesNotStopTheOthers() {
        JarResult r = set("http://shop.example/", "a=1", "b=2; Domain=other.example", "\u0000", "c=3");
        assertThat(r.changes()).extracting(ch -> ch.cookie().name()).containsExactly("a", "c");
        assertThat(r.rejections()).hasSize(2);
    }
}
