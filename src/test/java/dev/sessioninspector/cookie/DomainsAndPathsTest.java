package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsAndPathsTest {

    @ParameterizedTest
    @CsvSource({"shop.example,shop.example,true", "www.shop.example,shop.example,true",
        "evilshop.example,shop.example,false", "shop.example,www.shop.example,false",
        "127.0.0.1,0.0.1,false", "127.0.0.1,127.0.0.1,true", "[::1],[::1],true"})
    void domainMatching(String host, String domain, boolean matches) {
        assertThat(Domains.domainMatches(host, domain)).isEqualTo(matches);
    }

    @Test
    void canonicalHostLowerCasesAndHandlesIpv6AndUserInfo() {
        assertThat(Domains.canonicalHost(URI.create("http://WWW.Shop.Example:8080/"))).contains("www.shop.example");
        assertThat(Domains.canonicalHost(URI.create("http://[::1]:8080/"))).contains("[::1]");
        assertThat(Domains.canonicalHost(URI.create("http://user@h\u00e9.example:81/"))).contains("xn--h-bga.example");
        assertThat(Domains.canonicalHost(URI.create("mailto:a@b"))).isEmpty();
    }

    @Test
    void publicSuffixes() {
        assertThat(Domains.isPublicSuffix("com")).isTrue();
        assertThat(Domains.isPublicSuffix("co.uk")).isTrue();
        assertThat(Domains.isPublicSuffix("github.io")).isTrue();
        assertThat(Domains.isPublicSuffix("example.com")).isFalse();
        assertThat(Domains.isPublicSuffix("127.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"http://h/,/", "http://h,/", "http://h/a,/", "http://h/a/,/a", "http://h/a/b?q=/x,/a",
        "http://h/a/b/c,/a/b"})
    void defaultPath(String uri, String expected) {
        assertThat(Paths.defaultPath(URI.create(uri))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"/,/,true", "/a/b,/a,true", "/a,/a,true", "/ab,/a,false", "/a/,/a/,true", "/a/b,/a/,true",
        "/a,/a/,false", "/A,/a,false"})
    void pathMatching(String requestPath, String cookiePath, boolean matches) {
        assertThat(Paths.pathMatches(requestPath, cookiePath)).isEqualTo(matches);
    }
}
