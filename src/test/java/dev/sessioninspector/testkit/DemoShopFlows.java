package dev.sessioninspector.testkit;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowParser;
import java.net.URI;

/** The demo shop's visits as the tests play them, in one place. */
public final class DemoShopFlows {
    /**
     * Sign in as alice by posting the form, open the account page, add a sencha, sign out, and look at the home
     * page once more ({@code %s} is the shop's base URL without a final slash). Marks login and logout.
     */
    public static final String SHOP = """
            { "name": "Tea shop", "baseUrl": "%s", "authenticatedUrl": "/account",
              "steps": [ {"get": "/"}, {"get": "/login"},
                {"post": "/login", "form": {"username": "alice", "password": "wonderland"}, "mark": "login"},
                {"get": "/account"}, {"post": "/cart/add", "form": {"item": "sencha"}},
                {"get": "/logout", "mark": "logout"}, {"get": "/"} ] }
            """;

    private DemoShopFlows() {
    }

    /** The shop's base URL as flows write it, without a final slash. */
    /** The single-page section through its JSON API: the token comes from the sign-in answer (http engine). */
    public static final String APP = """
            { "name": "Tea shop app", "baseUrl": "%s", "authenticatedUrl": "/app/api/me",
              "steps": [ {"get": "/app"}, {"get": "/app/api/me"},
                {"post": "/app/api/login", "json": {"username": "alice", "password": "wonderland"},
                 "extract": {"token": "/token"}, "mark": "login"},
                {"get": "/app/api/me", "headers": {"Authorization": "Bearer ${token}"}},
                {"post": "/app/api/logout", "json": {}, "headers": {"Authorization": "Bearer ${token}"},
                 "mark": "logout"} ] }
            """;

    /** The {@link #APP} flow against a running demo shop. */
    public static Flow app(URI shop) {
        return FlowParser.parse(APP.formatted(base(shop)), "demo-app flow");
    }

    /** The sample {@code samples/demo-app.browser.flow.json} (the page signs in itself) against a running demo shop. */
    public static Flow appInTheBrowser(URI shop) {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("samples/demo-app.browser.flow.json"));
            return FlowParser.parse(text.replace("http://127.0.0.1:8080", base(shop)), "demo-app.browser.flow.json");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String base(URI shop) {
        return shop.toString().replaceAll("/$", "");
    }

    /** {@link #SHOP} against the shop at {@code shop}. */
    public static Flow shop(URI shop) {
        return FlowParser.parse(SHOP.formatted(base(shop)), "demo-shop flow");
    }
}
