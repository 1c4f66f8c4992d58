package dev.sessioninspector.analysis;

import dev.sessioninspector.model.RecordingData;
import dev.sessioninspector.model.StorageSnapshot;
import java.util.Map;

/** Recordings that mimic real sites, for the rule and report tests. */
public final class Sites {
    private Sites() {
    }

    public static final String HOME_ANON = "<html><body><h1>Tea shop</h1><a href=\"/login\">Log in</a></body></html>";
    static final String LOGIN_FORM = "<html><body><form method=post action=/login><input name=username>"
            + "<input type=password name=password><button>Log in</button></form></body></html>";

    /**
     * The demo shop's weak profile on loopback http: sequential IDs, no rotation at login, IDs written into
     * links, no cookie attributes, a cookie that lives a year, and a logout that only clears the browser's
     * cookie (the old value, replayed after logout, still reaches the account page).
     */
    public static RecordingData weakDemo() {
        FlowBuilder f = new FlowBuilder("http://127.0.0.1:8080");
        f.get("/", r -> r.html(HOME_ANON.replace("/login", "/login;jsessionid=1"))
                .setCookie("SESSIONID=1; Path=/; Max-Age=31536000"));
        f.get("/account", r -> r.redirect("/login"));
        f.follow(r -> r.html(LOGIN_FORM));
        f.post("/login", "username=alice&password=secret", r -> r.redirect("/account"));
        f.follow(r -> r.html("<html><body>Hello alice! <a href=\"/cart;jsessionid=1\">Cart</a>"
                + " <a href=\"/logout\">Log out</a></body></html>"));
        f.get("/cart", r -> r.html("<html><body>alice's cart <a href=\"/logout\">Log out</a></body></html>"));
        f.get("/logout", r -> r.redirect("/").setCookie("SESSIONID=; Path=/; Max-Age=0"));
        f.follow(r -> r.html(HOME_ANON).setCookie("SESSIONID=2; Path=/; Max-Age=31536000"));
        f.getWithCookies("/account", "SESSIONID=1", r -> r.html("<html><body>Hello alice! <a href=\"/logout\">"
                + "Log out</a></body></html>"));
        return f.build();
    }

    /**
     * The hardened profile over https: 128-bit random IDs under {@code __Host-}, rotated at login, invalidated
     * at logout, Secure, HttpOnly, SameSite=Lax, browser-session cookie.
     */
    public static RecordingData hardened() {
        FlowBuilder f = new FlowBuilder("https://127.0.0.1:8443");
        String attrs = "; Path=/; Secure; HttpOnly; SameSite=Lax";
        f.get("/", r -> r.html(HOME_ANON).setCookie("__Host-SESSIONID=q3V9xk2LmP0aZ7tR1yB4cw" + attrs));
        f.get("/account", r -> r.redirect("/login"));
        f.follow(r -> r.html(LOGIN_FORM));
        f.post("/login", "username=alice&password=secret",
                r -> r.redirect("/account").setCookie("__Host-SESSIONID=Zk8_rT2mW9vQ1xL5nP3sHa" + attrs));
        f.follow(r -> r.html("<html><body>Hello alice! <a href=\"/logout\">Log out</a></body></html>"));
        f.storage(StorageSnapshot.Area.LOCAL, Map.of("theme", "dark", "cartCount", "2"));
        f.get("/logout", r -> r.redirect("/").setCookie("__Host-SESSIONID=; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=0"));
        f.follow(r -> r.html(HOME_ANON).setCookie("__Host-SESSIONID=Yb2_kQ7wZ1rT8mL4xN6vPd" + attrs));
        f.getWithCookies("/account", "__Host-SESSIONID=Zk8_rT2mW9vQ1xL5nP3sHa", r -> r.redirect("/login"));
        f.follow(r -> r.html(LOGIN_FORM));
        return f.build();
    }

    /**
     * Django on a real domain: csrftoken before login, sessionid created at login (cycle_key), Django's
     * two-week persistent session cookie, HttpOnly and SameSite=Lax but no Secure behind https.
     */
    public static RecordingData django() {
        FlowBuilder f = new FlowBuilder("https://shop.example.com");
        f.get("/accounts/login/", r -> r.html("<form method=post><input type=hidden name=csrfmiddlewaretoken "
                + "value=abc><input name=username><input type=password name=password></form>")
                .setCookie("csrftoken=Wq3kd9Lm2xZp7Rt4Yb1Nc8Vf5Gh6Js0A; expires=Sat, 28 Feb 2026 10:00:00 GMT; "
                        + "Max-Age=31449600; Path=/; SameSite=Lax; Secure")
                .setCookie("django_language=en; Path=/"));
        f.post("/accounts/login/", "csrfmiddlewaretoken=abc&username=bob&password=hunter2",
                r -> r.redirect("/dashboard/")
                        .setCookie("csrftoken=Pz8Xc3Vb6Nm1Lk4Jh7Gf2Ds5Aq9Wr0Ey; Max-Age=31449600; Path=/; "
                                + "SameSite=Lax; Secure")
                        .setCookie("sessionid=k2j4h6g8f0d2s4a6p8o0i2u4y6t8r0e2; expires=Sat, 15 Mar 2025 10:00:01 GMT; "
                                + "HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax"));
        f.follow(r -> r.html("<p>Signed in as bob</p><form action=/accounts/logout/ method=post>"
                + "<button>Log out</button></form>"));
        f.get("/orders/", r -> r.html("<p>bob's orders</p><a href=/accounts/logout/>Log out</a>"));
        f.post("/accounts/logout/", "csrfmiddlewaretoken=xyz", r -> r.redirect("/")
                .setCookie("sessionid=\"\"; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax"));
        f.follow(r -> r.html("<a href=/accounts/login/>Sign in</a>"));
        return f.build();
    }

    /**
     * Express with express-session on a real domain over plain http: connect.sid created on the first visit
     * (saveUninitialized), not regenerated at login, Domain scoped to the parent domain.
     */
    public static RecordingData express() {
        FlowBuilder f = new FlowBuilder("http://app.example.org");
        String sid = "s%3AJ8kLmN2pQ4rS6tU8vW0xY2zA4bC6dE8f.Xq1Rz3Ty5Wv7Ub9Sc1Pd3Nf5Mh7Lj9Kk1Gl3Fm5Dn7Bo";
        f.get("/", r -> r.html(HOME_ANON).header("X-Powered-By", "Express")
                .setCookie("connect.sid=" + sid + "; Domain=example.org; Path=/; HttpOnly; SameSite=Lax"));
        f.get("/login", r -> r.html(LOGIN_FORM).header("X-Powered-By", "Express"));
        f.post("/login", "{\"email\":\"carol@example.org\",\"password\":\"pw\"}", r -> r.redirect("/me")
                .header("X-Powered-By", "Express"));
        f.follow(r -> r.html("<h1>carol</h1><a href=/logout>Sign out</a>").header("X-Powered-By", "Express"));
        f.get("/logout", r -> r.redirect("/").header("X-Powered-By", "Express")
                .setCookie("connect.sid=; Domain=example.org; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        f.follow(r -> r.html(HOME_ANON).header("X-Powered-By", "Express"));
        return f.build();
    }

    /**
     * A single-page shop on loopback http: the sign-in API returns {@code jwt} in a JSON field {@code token}, the
     * page sends it as a bearer token to the account API, then signs out through the API (which only answers ok).
     */
    public static RecordingData singlePageApp(String jwt, boolean keepInStorage) {
        FlowBuilder f = new FlowBuilder("http://127.0.0.1:8080");
        f.get("/app", r -> r.html("<html><head><title>Tea Shop</title></head><div id=app></div></html>"));
        f.xhr("POST", "/api/login", "{\"username\":\"alice\",\"password\":\"pw\"}",
                r -> r.json("{\"token\":\"" + jwt + "\"}"));
        if (keepInStorage) {
            f.storage(StorageSnapshot.Area.LOCAL, Map.of("session", jwt));
        }
        f.sending("Authorization", "Bearer " + jwt);
        f.xhr("GET", "/api/account", null, r -> r.json("{\"user\":\"alice\"}"));
        f.xhr("POST", "/api/logout", "{}", r -> r.json("{\"ok\":true}"));
        return f.build();
    }
}
