package dev.sessioninspector.demo;

import static dev.sessioninspector.demo.Html.escape;

/**
 * The frame every page shares: header with the shop's name, navigation (cart count, the signed-in customer,
 * sign-out) and a footer naming the active profile. It also carries the tiny inline script that keeps the
 * {@code theme} preference in a cookie written with {@code document.cookie}: a cookie that is set by page
 * script, not by the server, and is no session.
 */
final class Layout {
    /** The script-written preference cookie. */
    static final String THEME_COOKIE = "theme";

    private static final String THEME_SCRIPT = """
            <script>
            (function () {
              var m = document.cookie.match(/(?:^|;\\s*)theme=(light|dark)/);
              var theme = m ? m[1] : 'light';
              function save() {
                document.cookie = 'theme=' + theme + '; path=/; max-age=31536000; samesite=lax';
                document.documentElement.setAttribute('data-theme', theme);
              }
              if (!m) { save(); }
              var toggle = document.getElementById('theme-toggle');
              if (toggle) {
                toggle.addEventListener('click', function () {
                  theme = theme === 'dark' ? 'light' : 'dark';
                  save();
                });
              }
            })();
            </script>
            """;

    private Layout() {
    }

    /** A whole page around {@code main}, which must already be escaped HTML. */
    static String page(Visit visit, String title, String main) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!doctype html>\n<html lang=\"en\" data-theme=\"").append(visit.theme()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append(" \u00b7 Leaf &amp; Kettle</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/shop.css\">\n")
                .append("<link rel=\"icon\" href=\"/favicon.ico\" type=\"image/svg+xml\">\n")
                .append("</head>\n<body>\n");
        header(sb, visit);
        sb.append("<main>\n").append(main).append("</main>\n");
        footer(sb, visit);
        sb.append(THEME_SCRIPT).append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, Visit visit) {
        int items = visit.signedOut() ? 0 : visit.session().cart().size();
        sb.append("<header class=\"top\">\n<a class=\"brand\" href=\"").append(escape(visit.link("/")))
                .append("\"><span class=\"leaf\" aria-hidden=\"true\">\u2766</span> Leaf &amp; Kettle</a>\n")
                .append("<nav>\n<a href=\"").append(escape(visit.link("/"))).append("\">Teas</a>\n")
                .append("<a href=\"").append(escape(visit.link("/cart"))).append("\">Cart <span class=\"badge\">")
                .append(items).append("</span></a>\n");
        visit.account().ifPresentOrElse(account -> sb
                .append("<a class=\"user\" href=\"").append(escape(visit.link("/account"))).append("\">")
                .append("<span aria-hidden=\"true\">\u263a</span> ").append(escape(account.username())).append("</a>\n")
                .append("<form class=\"inline\" method=\"post\" action=\"").append(escape(visit.link("/logout")))
                .append("\">").append(csrfField(visit))
                .append("<button class=\"link\" type=\"submit\">Sign out</button></form>\n"),
                () -> sb.append("<a class=\"user\" href=\"").append(escape(visit.link("/login")))
                        .append("\">Sign in</a>\n"));
        sb.append("<button id=\"theme-toggle\" class=\"theme\" type=\"button\" title=\"Light or dark\">")
                .append("\u25d0</button>\n</nav>\n</header>\n");
    }

    private static void footer(StringBuilder sb, Visit visit) {
        sb.append("<footer>Leaf &amp; Kettle is the demo shop of Session Inspector: a shop that is deliberately")
                .append(" as weak or as hardened as its switches say. Profile: <strong>")
                .append(profileName(visit.settings())).append("</strong>")
                .append(visit.settings().https() ? " over HTTPS" : " over HTTP").append(".</footer>\n");
    }

    /** The hidden anti-CSRF field for a form of this visit. */
    static String csrfField(Visit visit) {
        return "<input type=\"hidden\" name=\"" + ShopRoutes.CSRF_FIELD + "\" value=\""
                + escape(visit.session().csrfToken()) + "\">";
    }

    /** {@code weak}, {@code hardened} or {@code custom}: which profile the switches match, HTTPS aside. */
    static String profileName(ShopSettings s) {
        if (s.withHttps(false).equals(ShopSettings.weak().withHttps(false))) {
            return "weak";
        }
        if (s.withHttps(false).equals(ShopSettings.hardened().withHttps(false))) {
            return "hardened";
        }
        return "custom";
    }
}
