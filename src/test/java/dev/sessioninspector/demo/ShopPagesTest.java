package dev.sessioninspector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shop as a shop: its pages, forms and JSON endpoint over real HTTP, with the good and the bad input. */
class ShopPagesTest {
    private DemoShop shop;
    private ShopClient browser;

    @BeforeEach
    void start() {
        shop = DemoShop.start(0, ShopSettings.weak().withWriteIdIntoUrls(false));
        browser = new ShopClient(shop);
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void theCatalogueListsSixTeasWithPricesAndAddToCartForms() {
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("Sencha Asahi", "\u20ac9.80", "Rooibos Vanilla", "\u20ac5.90",
                "action=\"/cart/add\"", "name=\"item\" value=\"earl-grey\"", "Sign in");
        assertThat(home.body().split("<article class=\"card\"", -1)).hasSize(7);
    }

    @Test
    void signInShowsTheUserInTheHeaderAndOnTheAccountPage() {
        assertThat(browser.get("/login").body()).contains("name=\"username\"", "name=\"password\"",
                "method=\"post\" action=\"/login\"");
        HttpResponse<String> login = browser.signInAsAlice();
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/account");
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Signed in as alice", "Alice Liddell", "Sign out");
        assertThat(browser.get("/").body()).contains("class=\"user\" href=\"/account\"");
    }

    @Test
    void bobCanSignInToo() {
        assertThat(browser.signIn("bob", "builder").statusCode()).isEqualTo(302);
        assertThat(browser.get("/account").body()).contains("Signed in as bob");
    }

    @Test
    void anonymousVisitorsAreSentFromTheAccountPageToSignIn() {
        HttpResponse<String> r = browser.get("/account");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void aWrongPasswordGets401AndLeavesTheSessionAnonymous() {
        browser.get("/");
        String id = browser.cookie(ShopSettings.COOKIE);
        HttpResponse<String> r = browser.signIn("alice", "not-the-password");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Wrong username or password.").contains("value=\"alice\"");
        assertThat(ShopClient.setCookieValue(r, ShopSettings.COOKIE)).isEmpty();
        assertThat(browser.cookie(ShopSettings.COOKIE)).isEqualTo(id);
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
        assertThat(browser.signIn("mallory", "wonderland").statusCode()).isEqualTo(401);
    }

    @Test
    void missingCredentialsGet400() {
        assertThat(browser.post("/login", Map.of("username", "alice")).statusCode()).isEqualTo(400);
        assertThat(browser.post("/login", Map.of()).body()).contains("Enter a username and a password.");
    }

    @Test
    void theCartAddsUpAndCountsInTheHeader() {
        HttpResponse<String> add = browser.post("/cart/add", Map.of("item", "sencha"));
        assertThat(add.statusCode()).isEqualTo(302);
        assertThat(add.headers().firstValue("Location")).hasValue("/cart");
        browser.post("/cart/add", Map.of("item", "sencha"));
        browser.post("/cart/add", Map.of("item", "tea"));
        HttpResponse<String> cart = browser.get("/cart");
        assertThat(cart.body()).contains("Sencha Asahi", "\u20ac19.60", "House Breakfast")
                .contains("<td id=\"cart-total\">\u20ac26.10</td>").contains("<span class=\"badge\">3</span>");
    }

    @Test
    void theCartSurvivesSignIn() {
        browser.post("/cart/add", Map.of("item", "oolong"));
        browser.signInAsAlice();
        assertThat(browser.get("/cart").body()).contains("Tie Guan Yin");
    }

    @Test
    void unknownOrMissingItemsGet400AndLeaveTheCartAlone() {
        HttpResponse<String> unknown = browser.post("/cart/add", Map.of("item", "<script>coffee</script>"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("We do not sell &#39;&lt;script&gt;coffee&lt;/script&gt;&#39;.")
                .doesNotContain("<script>coffee");
        assertThat(browser.post("/cart/add", Map.of()).statusCode()).isEqualTo(400);
        assertThat(browser.get("/cart").body()).contains("Your cart is empty.");
    }

    @Test
    void apiMeAnswersJsonForSignedInUsersAnd401Otherwise() {
        HttpResponse<String> anonymous = browser.get("/api/me");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(anonymous.body()).isEqualTo("{\"error\":\"not signed in\"}");
        browser.signInAsAlice();
        browser.post("/cart/add", Map.of("item", "rooibos"));
        assertThat(browser.get("/api/me").body())
                .isEqualTo("{\"user\":\"alice\",\"name\":\"Alice Liddell\",\"cartItems\":1}");
    }

    @Test
    void aMalformedCookieHeaderIsIgnoredNotFatal() {
        for (String header : new String[] {";;;", "=oops", "SESSIONID", "SESSIONID=\"", "a=b; ; =; SESSIONID=;",
                "SESSIONID=\u00e9\u00e8; x", "\u0000"}) {
            HttpResponse<String> r = browser.sendRaw(HttpRequest.newBuilder(browser.uri("/")).GET(),
                    new String(header.getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.ISO_8859_1).replace("\u0000", "x"));
            assertThat(r.statusCode()).as(header).isEqualTo(200);
        }
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void badFormEncodingGets400() throws IOException {
        HttpResponse<String> r = browser.sendRaw(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=%zz&password=x")), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(rawStatusLine("GET /?sid=%zz HTTP/1.1")).startsWith("HTTP/1.1 400");
        assertThat(rawStatusLine("GET /cart;jsessionid=;;; HTTP/1.1")).startsWith("HTTP/1.1 200");
    }

    /** The status line the shop answers to a hand-written request (one a URI class would refuse to build). */
    private String rawStatusLine(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", shop.baseUri().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }

    @Test
    void oversizedOrForeignlyEncodedFormsAreRefused() {
        HttpResponse<String> big = browser.sendRaw(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + "a".repeat(70_000))), null);
        assertThat(big.statusCode()).isEqualTo(413);
        HttpResponse<String> json = browser.sendRaw(HttpRequest.newBuilder(browser.uri("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"alice\"}")), null);
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @Test
    void aFormWithAStaleCsrfTokenIsRefusedButOneWithoutIsLetThrough() {
        HttpResponse<String> home = browser.get("/");
        String token = ShopClient.setCookieValue(home, CookieWriter.CSRF_COOKIE).orElseThrow();
        assertThat(browser.post("/cart/add", Map.of("item", "tea", "_csrf", "forged")).statusCode()).isEqualTo(403);
        assertThat(browser.post("/cart/add", Map.of("item", "tea", "_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(browser.post("/cart/add", Map.of("item", "tea")).statusCode()).isEqualTo(302);
    }

    @Test
    void unknownPagesGet404AndWrongMethods405() {
        HttpResponse<String> missing = browser.get("/admin");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no page at /admin.");
        HttpResponse<String> wrong = browser.get("/cart/add");
        assertThat(wrong.statusCode()).isEqualTo(405);
        assertThat(wrong.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> delete = browser.sendRaw(HttpRequest.newBuilder(browser.uri("/logout"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()), null);
        assertThat(delete.statusCode()).isEqualTo(405);
    }

    @Test
    void headAnswersWithoutABody() {
        HttpResponse<String> head = browser.sendRaw(HttpRequest.newBuilder(browser.uri("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void everyVisitWithoutASessionGetsAFreshIdButStaticFilesGetNone() {
        String first = ShopClient.setCookieValue(new ShopClient(shop).get("/"), ShopSettings.COOKIE).orElseThrow();
        String second = ShopClient.setCookieValue(new ShopClient(shop).get("/"), ShopSettings.COOKIE).orElseThrow();
        assertThat(first).isNotEqualTo(second);
        browser.get("/");
        assertThat(ShopClient.setCookieValue(browser.get("/"), ShopSettings.COOKIE)).as("known session").isEmpty();

        HttpResponse<String> css = new ShopClient(shop).get("/static/shop.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(new ShopClient(shop).get("/favicon.ico").body()).startsWith("<svg");
    }

    @Test
    void aPageScriptKeepsTheThemePreferenceInItsOwnCookie() {
        HttpResponse<String> home = browser.get("/");
        assertThat(home.body()).contains("document.cookie = 'theme=' + theme").contains("data-theme=\"light\"");
        assertThat(home.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("theme="));
        browser.setCookie("theme", "dark");
        assertThat(browser.get("/").body()).contains("<html lang=\"en\" data-theme=\"dark\">");
        browser.setCookie("theme", "\"><script>");
        assertThat(browser.get("/").body()).contains("data-theme=\"light\"");
    }
}
