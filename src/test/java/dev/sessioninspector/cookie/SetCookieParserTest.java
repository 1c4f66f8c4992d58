package dev.sessioninspector.cookie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.model.SameSite;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SetCookieParserTest {

    private static ParsedSetCookie ok(String header) {
        SetCookieParse p = SetCookieParser.parse(header);
        assertThat(p.accepted()).as("accepted: %s (%s)", header, p.rejection()).isTrue();
        return p.cookie();
    }

    @Test
    void readsEveryAttribute() {
        ParsedSetCookie c = ok("sid=abc123; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=3600; "
                + "Domain=.Shop.Example; Path=/app; Secure; HttpOnly; SameSite=Strict; Partitioned");
        assertThat(c.name()).isEqualTo("sid");
        assertThat(c.value()).isEqualTo("abc123");
        assertThat(c.expires()).isEqualTo(Instant.parse("2026-10-21T07:28:00Z"));
        assertThat(c.maxAge()).isEqualTo(3600L);
        assertThat(c.domain()).isEqualTo("shop.example");
        assertThat(c.path()).isEqualTo("/app");
        assertThat(c.pathAttribute()).isTrue();
        assertThat(c.secure()).isTrue();
        assertThat(c.httpOnly()).isTrue();
        assertThat(c.sameSite()).isEqualTo(SameSite.STRICT);
        assertThat(c.partitioned()).isTrue();
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void attributeNamesAreCaseInsensitiveAndTheLastOneWins() {
        ParsedSetCookie c = ok("a=b; PATH=/x; path=/y; SAMESITE=lax; samesite=NONE; max-age=5; MAX-AGE=7");
        assertThat(c.path()).isEqualTo("/y");
        assertThat(c.sameSite()).isEqualTo(SameSite.NONE);
        assertThat(c.maxAge()).isEqualTo(7L);
    }

    @ParameterizedTest
    @CsvSource({"Lax,LAX", "strict,STRICT", "None,NONE", "Bogus,UNSPECIFIED", "'',UNSPECIFIED"})
    void sameSiteUnknownValuesAreUnspecified(String value, SameSite expected) {
        ParsedSetCookie c = ok("a=b; SameSite=" + value);
        assertThat(c.sameSite()).isEqualTo(expected);
        if (expected == SameSite.UNSPECIFIED) {
            assertThat(c.notes()).anyMatch(n -> n.contains("not recognised"));
        }
    }

    @Test
    void noSameSiteAttributeIsUnspecifiedWithoutANote() {
        assertThat(ok("a=b").sameSite()).isEqualTo(SameSite.UNSPECIFIED);
        assertThat(ok("a=b").notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Max-Age=abc", "Max-Age=1.5", "Max-Age=", "Max-Age=+5", "Max-Age=--1",
        "Max-Age= 1 2", "Max-Age=\u0661\u0662"})
    void unreadableMaxAgeIsIgnored(String attribute) {
        ParsedSetCookie c = ok("a=b; " + attribute);
        assertThat(c.maxAge()).isNull();
        assertThat(c.notes()).hasSize(1);
    }

    @Test
    void negativeAndHugeMaxAgeAreKept() {
        assertThat(ok("a=b; Max-Age=-20").maxAge()).isEqualTo(-20L);
        assertThat(ok("a=b; Max-Age=99999999999999999999999").maxAge()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void unreadableExpiresIsIgnoredWithANote() {
        ParsedSetCookie c = ok("a=b; Expires=tomorrow");
        assertThat(c.expires()).isNull();
        assertThat(c.notes()).containsExactly("Expires=tomorrow is not a cookie date; ignored");
    }

    @Test
    void pathNotStartingWithSlashMeansDefaultPath() {
        ParsedSetCookie c = ok("a=b; Path=relative");
        assertThat(c.path()).isNull();
        assertThat(c.pathAttribute()).isTrue();
    }

    @Test
    void emptyDomainIsIgnored() {
        ParsedSetCookie c = ok("a=b; Domain=shop.example; Domain=");
        assertThat(c.domain()).isEqualTo("shop.example");
        assertThat(c.notes()).contains("empty Domain ignored");
    }

    @Test
    void emptyNameWithValueIsANamelessCookie() {
        ParsedSetCookie c = ok("=value");
        assertThat(c.name()).isEmpty();
        assertThat(c.value()).isEqualTo("value");
        ParsedSetCookie bare = ok("token123; Path=/");
        assertThat(bare.name()).isEmpty();
        assertThat(bare.value()).isEqualTo("token123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"=", "'   '", "; Path=/", "'  =  ; Secure'"})
    void neitherNameNorValueIsRejected(String header) {
        SetCookieParse p = SetCookieParser.parse(header);
        assertThat(p.accepted()).isFalse();
        assertThat(p.rejection()).isEqualTo("no cookie name or value");
    }

    @Test
    void nullAndEmptyHeadersAreRejected() {
        assertThat(SetCookieParser.parse(null).accepted()).isFalse();
        assertThat(SetCookieParser.parse("").accepted()).isFalse();
    }

    @Test
    void controlCharactersRejectTheWholeHeaderButTabIsWhitespace() {
        assertThat(SetCookieParser.parse("a=b\u0000c").rejection()).isEqualTo("control character 0x00 in the header");
        assertThat(SetCookieParser.parse("a=b\r\nSet-Cookie: x=y").rejection()).contains("0x0D");
        assertThat(SetCookieParser.parse("a=b\u007f").accepted()).isFalse();
        ParsedSetCookie tab = ok("\ta\t=\tb\t;\tSecure");
        assertThat(tab.name()).isEqualTo("a");
        assertThat(tab.value()).isEqualTo("b");
        assertThat(tab.secure()).isTrue();
    }

    @Test
    void nameAndValueLimitIs4096Bytes() {
        assertThat(SetCookieParser.parse("a=" + "x".repeat(4095)).accepted()).isTrue();
        SetCookieParse tooBig = SetCookieParser.parse("a=" + "x".repeat(4096));
        assertThat(tooBig.rejection()).isEqualTo("name and value are 4097 bytes, over the 4096-byte limit");
    }

    @Test
    void limitCountsUtf8BytesNotChars() {
        String value = "\u00e9".repeat(2048); // 4096 bytes
        assertThat(SetCookieParser.parse("a=" + value).accepted()).isFalse();
        assertThat(SetCookieParser.parse("=" + value).accepted()).isTrue();
    }

    @Test
    void oversizedAttributeValueIsIgnored() {
        ParsedSetCookie c = ok("a=b; Path=/" + "p".repeat(1024) + "; Domain=shop.example");
        assertThat(c.path()).isNull();
        assertThat(c.domain()).isEqualTo("shop.example");
        assertThat(c.notes()).containsExactly("Path ignored: value over 1024 bytes");
    }

    @Test
    void aSixtyFourKilobyteHeaderIsHandledQuickly() {
        String attrs = "; x=y".repeat(64 * 1024 / 5);
        long start = System.nanoTime();
        ParsedSetCookie c = ok("sid=1" + attrs + "; Secure");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(c.secure()).isTrue();
        assertThat(c.notes()).hasSize(SetCookieParser.MAX_NOTES + 1).last().asString().endsWith("more attributes ignored");
        assertThat(SetCookieParser.parse("sid=" + "v".repeat(64 * 1024)).accepted()).isFalse();
    }

    @Test
    void nonAsciiNamesAndValuesAreKept() {
        ParsedSetCookie c = ok("caf\u00e9=\u6625\u8282; Path=/");
        assertThat(c.name()).isEqualTo("caf\u00e9");
        assertThat(c.value()).isEqualTo("\u6625\u8282");
    }

    @Test
    void quotesAndCommasStayInTheValue() {
        assertThat(ok("a=\"b c\"").value()).isEqualTo("\"b c\"");
        assertThat(ok("a=b, c=d").value()).isEqualTo("b, c=d");
        assertThat(ok("a===b").value()).isEqualTo("==b");
    }

    @Test
    void unknownAttributesAreNoted() {
        assertThat(ok("a=b; Version=1; Comment=hi").notes())
                .containsExactly("unknown attribute Version ignored", "unknown attribute Comment ignored");
    }

    @Test
    void rawIsTheHeaderAsReceived() {
        assertThat(ok(" a=b ;Secure").raw()).isEqualTo(" a=b ;Secure");
    }
}
