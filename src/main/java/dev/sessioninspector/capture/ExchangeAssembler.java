package dev.sessioninspector.capture;

import dev.sessioninspector.model.Body;
import dev.sessioninspector.model.Exchange;
import dev.sessioninspector.model.Header;
import dev.sessioninspector.model.Headers;
import dev.sessioninspector.model.Initiator;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the model {@link Exchange} from what a connection wrapper saw: adds {@code Host} and the
 * {@code Cookie} header actually sent, keeps raw {@code Set-Cookie} lines (HttpOnly too), decodes
 * compressed bodies, masks passwords when the settings say so, and classifies the initiator.
 */
final class ExchangeAssembler {
    private ExchangeAssembler() {
    }

    static Exchange assemble(RawExchange raw, CaptureSettings settings) {
        URI uri = toUri(raw.url());
        Headers request = requestHeaders(raw);
        Headers response = new Headers(raw.responseHeaders());
        Body requestBody = raw.requestBody() == null ? Body.EMPTY : raw.requestBody();
        Body responseBody = raw.responseBody() == null ? Body.EMPTY : raw.responseBody();
        responseBody = ContentDecoder.decode(responseBody, response.first("Content-Encoding").orElse(null),
                settings.maxBodyBytes());
        if (settings.maskPasswords()) {
            uri = PasswordMasker.maskQuery(uri);
            requestBody = PasswordMasker.mask(requestBody, request.first("Content-Type").orElse(null));
        }
        String method = raw.method() == null || raw.method().isBlank() ? "GET" : raw.method();
        Initiator initiator = raw.redirectOf() != null ? Initiator.REDIRECT
                : InitiatorClassifier.classify(method, request);
        return new Exchange(raw.id(), 0, raw.start(), raw.duration(), method, uri, request, requestBody,
                raw.status(), response, responseBody, initiator, raw.redirectOf(), raw.error());
    }

    private static Headers requestHeaders(RawExchange raw) {
        List<Header> list = new ArrayList<>(raw.requestHeaders().size() + 2);
        URL url = raw.url();
        if (raw.requestHeaders().stream().noneMatch(h -> h.is("Host"))) {
            int port = url.getPort();
            list.add(new Header("Host", port == -1 || port == url.getDefaultPort()
                    ? url.getHost() : url.getHost() + ":" + port));
        }
        list.addAll(raw.requestHeaders());
        if (raw.cookieHeader() != null) {
            for (String value : raw.cookieHeader()) {
                if (value != null && !value.isEmpty()) {
                    list.add(new Header("Cookie", value));
                }
            }
        }
        return new Headers(list);
    }

    /** The URL as a URI; characters a URI does not allow (spaces, {@code |}…) are quoted rather than refused. */
    static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            try {
                return new URI(url.getProtocol(), url.getUserInfo(), url.getHost(), url.getPort(), url.getPath(),
                        url.getQuery(), url.getRef());
            } catch (URISyntaxException e2) {
                return URI.create(url.getProtocol() + "://" + url.getHost() + "/");
            }
        }
    }
}
