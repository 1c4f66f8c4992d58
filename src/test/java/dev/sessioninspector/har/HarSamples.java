package dev.sessioninspector.har;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Small hand-made HAR texts for tests. */
final class HarSamples {
    private HarSamples() {
    }

    static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One GET of http://127.0.0.1:8080/ with the given extra request and response header objects. */
    static String minimal(String requestHeader, String responseHeader) {
        return """
                {"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [
                  { "startedDateTime": "2024-01-01T00:00:00.000Z", "time": 1,
                    "request": { "method": "GET", "url": "http://127.0.0.1:8080/", "httpVersion": "HTTP/1.1",
                      "headers": [%s], "queryString": [], "headersSize": -1, "bodySize": 0, "cookies": [] },\
                 "response": { "status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                      "headers": [%s], "content": {"size": 0, "mimeType": "text/plain"}, "redirectURL": "",
                      "headersSize": -1, "bodySize": 0 },
                    "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0} }
                ]}}""".formatted(requestHeader, responseHeader);
    }

    /** One entry object: GET url at the time, answered with Set-Cookie. */
    static String entry(String url, String time, String setCookie) {
        return """
                { "startedDateTime": "%s", "time": 1,
                  "request": { "method": "GET", "url": "%s", "httpVersion": "HTTP/1.1", "headers": [],
                    "queryString": [], "headersSize": -1, "bodySize": 0, "cookies": [] },
                  "response": { "status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                    "headers": [{"name": "Set-Cookie", "value": "%s"}], "content": {"size": 0, "mimeType": "text/plain"},
                    "redirectURL": "", "headersSize": -1, "bodySize": 0 },
                  "cache": {}, "timings": {"send": 0, "wait": 1, "receive": 0} }""".formatted(time, url, setCookie);
    }
}
