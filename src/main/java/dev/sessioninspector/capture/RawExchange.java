package dev.sessioninspector.capture;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Header;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An exchange as the connection wrapper saw it, before decoding, masking and classification (which happen
 * off the browser's threads, in {@link ExchangeAssembler}).
 *
 * @param requestHeaders  the headers the browser set, in order, without {@code Cookie}
 * @param cookieHeader    the {@code Cookie} header the cookie handler added, or null when none was sent
 * @param responseHeaders every response header in the order received, raw {@code Set-Cookie} values
 *                        (HttpOnly included) as the cookie handler saw them
 * @param status          the status code, 0 when no response came
 */
record RawExchange(
        long id,
        Instant start,
        Duration duration,
        String method,
        URL url,
        List<Header> requestHeaders,
        List<String> cookieHeader,
        Body requestBody,
        int status,
        List<Header> responseHeaders,
        Body responseBody,
        Long redirectOf,
        String error) {
}
