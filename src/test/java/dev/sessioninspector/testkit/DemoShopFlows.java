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
    public static String base(URI shop) {
        return shop.toString().replaceAll("/$", "");
    }

    /** {@link #SHOP} against the shop at {@code shop}. */
    public static Flow shop(URI shop) {
        return FlowParser.parse(SHOP.formatted(base(shop)), "demo-shop flow");
    }
}
