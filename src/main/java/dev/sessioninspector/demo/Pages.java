package dev.sessioninspector.demo;

import static dev.sessioninspector.demo.Html.escape;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shop's pages as HTML. Every dynamic value is escaped; every link goes through {@link Visit#link}. */
final class Pages {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Pages() {
    }

    /** The catalogue: every tea with an add-to-cart button. */
    static String home(Visit visit) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<section class=\"hero\"><h1>Loose-leaf teas, freshly tinned</h1>")
                .append("<p>Six teas we drink ourselves. 100 g tins, brewed advice on every label.</p></section>\n")
                .append("<section class=\"grid\">\n");
        for (Catalogue.Tea tea : Catalogue.TEAS) {
            sb.append("<article class=\"card\" id=\"tea-").append(tea.id()).append("\">")
                    .append("<div class=\"swatch\" style=\"--tea:").append(tea.colour()).append("\"></div>")
                    .append("<h2>").append(escape(tea.name())).append("</h2>")
                    .append("<p class=\"origin\">").append(escape(tea.origin())).append("</p>")
                    .append("<p class=\"notes\">").append(escape(tea.notes())).append("</p>")
                    .append("<div class=\"buy\"><span class=\"price\">").append(tea.price()).append("</span>")
                    .append("<form method=\"post\" action=\"").append(escape(visit.link("/cart/add"))).append("\">")
                    .append(Layout.csrfField(visit))
                    .append("<input type=\"hidden\" name=\"item\" value=\"").append(tea.id()).append("\">")
                    .append("<button type=\"submit\">Add to cart</button></form></div></article>\n");
        }
        sb.append("</section>\n");
        return Layout.page(visit, "Teas", sb.toString());
    }

    /** The sign-in form, with an error line after a failed attempt. */
    static String login(Visit visit, String error, String username) {
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<section class=\"panel narrow\"><h1>Sign in</h1>\n");
        visit.account().ifPresent(a -> sb.append("<p class=\"note\">You are signed in as <strong>")
                .append(escape(a.username())).append("</strong>. Signing in again switches account.</p>\n"));
        if (error != null) {
            sb.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>\n");
        }
        sb.append("<form id=\"login-form\" method=\"post\" action=\"").append(escape(visit.link("/login")))
                .append("\">").append(Layout.csrfField(visit))
                .append("<label for=\"username\">Username</label>")
                .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"")
                .append(escape(username == null ? "" : username)).append("\">")
                .append("<label for=\"password\">Password</label>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" ")
                .append("autocomplete=\"current-password\" required>")
                .append("<button id=\"login-button\" type=\"submit\">Sign in</button></form>\n")
                .append("<p class=\"hint\">Demo accounts: <code>alice</code> / <code>wonderland</code>, ")
                .append("<code>bob</code> / <code>builder</code>.</p></section>\n");
        return Layout.page(visit, "Sign in", sb.toString());
    }

    /** The signed-in customer's page. */
    static String account(Visit visit, Accounts.Account account) {
        Session session = visit.session();
        ShopSettings s = visit.settings();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Username", account.username());
        facts.put("Signed in at", TIME.format(session.signedInAt()));
        facts.put("Items in cart", Integer.toString(session.cart().size()));
        facts.put("Idle timeout", describe(s.idleTimeout()));
        facts.put("Absolute timeout", describe(s.absoluteTimeout()));
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<section class=\"panel\"><p class=\"signed-in\" id=\"signed-in\">Signed in as ")
                .append(escape(account.username())).append("</p>\n<h1>Hello, ")
                .append(escape(account.name())).append("</h1>\n<dl class=\"facts\">");
        facts.forEach((k, v) -> sb.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v))
                .append("</dd>"));
        sb.append("</dl>\n<details><summary>What page scripts can see of your cookies</summary>")
                .append("<p>With HttpOnly off, the session ID shows up here, where any injected script can")
                .append(" read it.</p><pre id=\"script-cookies\"></pre></details>\n")
                .append("<script>document.getElementById('script-cookies').textContent = ")
                .append("document.cookie.split('; ').join('\\n') || '(none)';</script>\n")
                .append("<p><a class=\"button\" href=\"").append(escape(visit.link("/cart")))
                .append("\">Your cart</a> <a class=\"button secondary\" id=\"logout-link\" href=\"")
                .append(escape(visit.link("/logout"))).append("\">Sign out</a></p></section>\n");
        return Layout.page(visit, "Your account", sb.toString());
    }

    /** The cart with quantities and totals. */
    static String cart(Visit visit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        visit.session().cart().forEach(id -> counts.merge(id, 1, Integer::sum));
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<section class=\"panel\"><h1>Your cart</h1>\n");
        if (counts.isEmpty()) {
            sb.append("<p class=\"empty\">Your cart is empty. <a href=\"").append(escape(visit.link("/")))
                    .append("\">Find a tea</a>.</p>\n");
        } else {
            long total = 0;
            sb.append("<table class=\"cart\"><thead><tr><th>Tea</th><th>Tins</th><th>Price</th><th>Subtotal</th>")
                    .append("</tr></thead><tbody>\n");
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                Catalogue.Tea tea = Catalogue.find(e.getKey()).orElseThrow();
                long subtotal = (long) tea.priceCents() * e.getValue();
                total += subtotal;
                sb.append("<tr><td>").append(escape(tea.name())).append("</td><td>").append(e.getValue())
                        .append("</td><td>").append(tea.price()).append("</td><td>")
                        .append(Catalogue.formatCents(subtotal)).append("</td></tr>\n");
            }
            sb.append("</tbody><tfoot><tr><td colspan=\"3\">Total</td><td id=\"cart-total\">")
                    .append(Catalogue.formatCents(total)).append("</td></tr></tfoot></table>\n")
                    .append("<p class=\"hint\">Checkout is not part of the demo: the session is the point.</p>\n");
        }
        sb.append("<p><a class=\"button secondary\" href=\"").append(escape(visit.link("/")))
                .append("\">Keep shopping</a></p></section>\n");
        return Layout.page(visit, "Cart", sb.toString());
    }

    /** An error page: the status and one line saying what went wrong. */
    static String error(Visit visit, int status, String message) {
        String title = switch (status) {
            case 400 -> "That request did not make sense";
            case 403 -> "Not allowed";
            case 404 -> "No such page";
            case 405 -> "Not like that";
            case 413 -> "Too much";
            case 415 -> "Unsupported form encoding";
            default -> "Something went wrong";
        };
        String main = "<section class=\"panel narrow\"><h1>" + escape(title) + "</h1><p class=\"error\">"
                + escape(message) + "</p><p><a class=\"button\" href=\"" + escape(visit.link("/"))
                + "\">Back to the teas</a></p></section>\n";
        return Layout.page(visit, title, main);
    }

    private static String describe(Duration d) {
        if (d == null) {
            return "none";
        }
        if (d.toSeconds() % 3600 == 0) {
            return d.toHours() + " h";
        }
        if (d.toSeconds() % 60 == 0) {
            return d.toMinutes() + " min";
        }
        return d.toSeconds() + " s";
    }
}
