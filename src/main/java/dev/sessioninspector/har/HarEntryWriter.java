package dev.sessioninspector.har;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.sessioninspector.cookie.CookieHeader;
import dev.sessioninspector.cookie.ParsedSetCookie;
import dev.sessioninspector.cookie.SetCookieParser;
import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Cookie;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Writes one {@link Exchange} as a HAR 1.2 entry. */
final class HarEntryWriter {
    private final JsonGenerator g;
    private final HarExportOptions options;
    private final Redaction redaction;

    HarEntryWriter(JsonGenerator g, HarExportOptions options, Redaction redaction) {
        this.g = g;
        this.options = options;
        this.redaction = redaction;
    }

    void write(Exchange ex, String pageRef) throws IOException {
        Headers reqHeaders = redaction.headers(ex.requestHeaders());
        Headers resHeaders = redaction.headers(ex.responseHeaders());
        String reqType = ex.requestHeaders().first("Content-Type").orElse("");
        String resType = ex.responseHeaders().first("Content-Type").orElse("");
        Body reqBody = redaction.body(ex.requestBody(), reqType);
        Body resBody = redaction.body(ex.responseBody(), resType);
        String url = redaction.url(ex.url().toString());
        String error = redaction.text(ex.error());
        double millis = ex.duration().toNanos() / 1_000_000.0;

        g.writeStartObject();
        if (pageRef != null) {
            g.writeStringField("pageref", pageRef);
        }
        g.writeStringField("startedDateTime", ex.start().toString());
        g.writeNumberField("time", millis);

        g.writeObjectFieldStart("request");
        g.writeStringField("method", ex.method());
        g.writeStringField("url", url);
        g.writeStringField("httpVersion", "HTTP/1.1");
        g.writeArrayFieldStart("cookies");
        for (String h : reqHeaders.values("Cookie")) {
            for (Cookie c : CookieHeader.parse(h)) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("value", c.value());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        headers(reqHeaders);
        queryString(url);
        if (!ex.requestBody().isEmpty()) {
            g.writeObjectFieldStart("postData");
            g.writeStringField("mimeType", reqType);
            bodyText(reqBody, "_encoding");
            g.writeEndObject();
        }
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", reqBody.originalSize());
        g.writeEndObject();

        g.writeObjectFieldStart("response");
        g.writeNumberField("status", ex.status());
        g.writeStringField("statusText", StatusTexts.of(ex.status()));
        g.writeStringField("httpVersion", ex.failed() ? "" : "HTTP/1.1");
        g.writeArrayFieldStart("cookies");
        for (String h : resHeaders.values("Set-Cookie")) {
            responseCookie(h);
        }
        g.writeEndArray();
        headers(resHeaders);
        g.writeObjectFieldStart("content");
        g.writeNumberField("size", resBody.originalSize());
        g.writeStringField("mimeType", resType.isEmpty() ? "x-unknown" : resType);
        bodyText(resBody, "encoding");
        g.writeEndObject();
        g.writeStringField("redirectURL", ex.isRedirect() ? resHeaders.first("Location").orElse("") : "");
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", ex.failed() ? -1 : resBody.originalSize());
        if (error != null) {
            g.writeStringField("_error", error);
        }
        g.writeEndObject();

        g.writeObjectFieldStart("cache");
        g.writeEndObject();
        g.writeObjectFieldStart("timings");
        g.writeNumberField("blocked", -1);
        g.writeNumberField("dns", -1);
        g.writeNumberField("connect", -1);
        g.writeNumberField("send", 0);
        g.writeNumberField("wait", millis);
        g.writeNumberField("receive", 0);
        g.writeNumberField("ssl", -1);
        g.writeEndObject();

        g.writeNumberField("_id", ex.id());
        g.writeStringField("_initiator", ex.initiator().name());
        if (ex.redirectOf() != null) {
            g.writeNumberField("_redirectOf", ex.redirectOf());
        }
        if (error != null) {
            g.writeStringField("_error", error);
        }
        g.writeEndObject();
    }

    private void headers(Headers headers) throws IOException {
        g.writeArrayFieldStart("headers");
        for (Header h : headers.all()) {
            g.writeStartObject();
            g.writeStringField("name", h.name());
            g.writeStringField("value", h.value());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void queryString(String url) throws IOException {
        g.writeArrayFieldStart("queryString");
        String query = Sanitizer.uri(url).getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String part : query.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                g.writeStartObject();
                g.writeStringField("name", decode(eq < 0 ? part : part.substring(0, eq)));
                g.writeStringField("value", eq < 0 ? "" : decode(part.substring(eq + 1)));
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private void bodyText(Body body, String encodingField) throws IOException {
        if (!options.includeBodies() || body.keptSize() == 0) {
            return;
        }
        byte[] bytes = body.bytes();
        String text = BodyCodec.asText(bytes);
        if (text != null) {
            g.writeStringField("text", text);
        } else {
            g.writeStringField("text", BodyCodec.base64(bytes));
            g.writeStringField(encodingField, "base64");
        }
    }

    private void responseCookie(String setCookie) throws IOException {
        ParsedSetCookie c = SetCookieParser.parse(setCookie).cookie();
        if (c == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("name", c.name());
        g.writeStringField("value", c.value());
        if (c.path() != null) {
            g.writeStringField("path", c.path());
        }
        if (c.domain() != null) {
            g.writeStringField("domain", c.domain());
        }
        if (c.expires() != null) {
            g.writeStringField("expires", c.expires().toString());
        }
        g.writeBooleanField("httpOnly", c.httpOnly());
        g.writeBooleanField("secure", c.secure());
        if (c.sameSite() != dev.sessioninspector.model.SameSite.UNSPECIFIED) {
            String s = c.sameSite().name();
            g.writeStringField("sameSite", s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        g.writeEndObject();
    }
}
