package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the server framework from response headers ({@code X-Powered-By}, {@code Server}, framework
 * headers), cookie names and form field names. The strongest signal wins; nothing certain gives UNKNOWN.
 */
public final class FrameworkDetector {
    /** Response bodies read for framework markers; headers are read on every exchange. */
    private static final int MAX_BODIES = 200;

    private FrameworkDetector() {
    }

    /** The framework the exchanges and cookie names point to most. */
    public static Framework detect(List<Exchange> exchanges, Collection<String> cookieNames) {
        Signals score = new Signals();
        for (String raw : cookieNames) {
            String n = CookieNames.base(raw).toLowerCase(Locale.ROOT);
            if (n.equals("jsessionid")) {
                add(score, "cookie JSESSIONID", Framework.SERVLET, 3);
                add(score, "cookie JSESSIONID (Spring)", Framework.SPRING, 2);
            } else if (n.equals("session") || n.equals("remember-me")) {
                add(score, "cookie SESSION/remember-me", Framework.SPRING, 2);
            } else if (CookieNames.base(raw).equals("sessionid")) {
                add(score, "cookie sessionid", Framework.DJANGO, 2); // Django's is lower case; SESSIONID is not
            } else if (n.equals("csrftoken") || n.equals("django_language")) {
                add(score, "cookie csrftoken", Framework.DJANGO, 3);
            } else if (n.matches("_.+_session") || n.equals("remember_user_token")) {
                add(score, "cookie _app_session", Framework.RAILS, 3);
            } else if (n.startsWith(".aspnetcore.") || n.equals("asp.net_sessionid") || n.startsWith(".aspxauth")
                    || n.equals("__requestverificationtoken")) {
                add(score, "cookie .AspNetCore", Framework.ASPNET_CORE, 4);
            } else if (n.equals("phpsessid") || n.equals("laravel_session") || n.equals("ci_session")
                    || n.equals("symfony")) {
                add(score, "cookie PHPSESSID/laravel", Framework.PHP, 4);
            } else if (n.equals("connect.sid") || n.equals("express.sid") || n.startsWith("koa")) {
                add(score, "cookie connect.sid", Framework.EXPRESS, 4);
            }
        }
        int bodies = 0;
        for (Exchange e : exchanges) {
            headers(e, score, bodies++ < MAX_BODIES);
            String body = e.requestBody().isEmpty() ? "" : e.requestBody().text();
            if (body.contains("csrfmiddlewaretoken=")) {
                add(score, "form csrfmiddlewaretoken", Framework.DJANGO, 3);
            } else if (body.contains("authenticity_token=")) {
                add(score, "form authenticity_token", Framework.RAILS, 3);
            } else if (body.contains("__RequestVerificationToken=")) {
                add(score, "form __RequestVerificationToken", Framework.ASPNET_CORE, 3);
            } else if (body.contains("_csrf=") && e.url().getPath() != null && e.url().getPath().endsWith("/login")) {
                add(score, "form _csrf login", Framework.SPRING, 2);
            }
            if (e.url().getPath() != null && e.url().getPath().endsWith("j_security_check")) {
                add(score, "j_security_check", Framework.SERVLET, 3);
            }
        }
        Framework best = Framework.UNKNOWN;
        int bestScore = 2;
        for (Map.Entry<Framework, Integer> en : score.totals().entrySet()) {
            if (en.getValue() > bestScore) {
                best = en.getKey();
                bestScore = en.getValue();
            }
        }
        return best;
    }

    private static void headers(Exchange e, Signals score, boolean readBody) {
        String powered = e.responseHeaders().values("X-Powered-By").toString().toLowerCase(Locale.ROOT);
        String server = e.responseHeaders().values("Server").toString().toLowerCase(Locale.ROOT);
        if (powered.contains("express")) {
            add(score, "X-Powered-By Express", Framework.EXPRESS, 5);
        }
        if (powered.contains("php")) {
            add(score, "X-Powered-By PHP", Framework.PHP, 5);
        }
        if (powered.contains("asp.net")) {
            add(score, "X-Powered-By ASP.NET", Framework.ASPNET_CORE, 5);
        }
        if (powered.contains("servlet") || powered.contains("jsp")) {
            add(score, "X-Powered-By Servlet", Framework.SERVLET, 4);
        }
        if (server.contains("jetty") || server.contains("tomcat") || server.contains("coyote")) {
            add(score, "Server Jetty/Tomcat", Framework.SERVLET, 4);
        }
        if (server.contains("kestrel") || server.contains("microsoft-iis")) {
            add(score, "Server Kestrel/IIS", Framework.ASPNET_CORE, 4);
        }
        if (server.contains("wsgiserver") || server.contains("gunicorn")) {
            add(score, "Server gunicorn", Framework.DJANGO, 1);
        }
        if (server.contains("puma") || server.contains("passenger") || e.responseHeaders().has("X-Runtime")) {
            add(score, "Rails server/X-Runtime", Framework.RAILS, 2);
        }
        if (e.responseHeaders().has("X-AspNet-Version") || e.responseHeaders().has("X-AspNetCore-Version")) {
            add(score, "X-AspNet-Version", Framework.ASPNET_CORE, 5);
        }
        if (e.responseHeaders().has("X-Application-Context")) {
            add(score, "X-Application-Context", Framework.SPRING, 5);
        }
        String body = !readBody || e.responseBody().isEmpty() ? "" : Page.textOf(e);
        if (body.contains("Whitelabel Error Page")) {
            add(score, "Whitelabel Error Page", Framework.SPRING, 5);
        }
        if (body.contains("name=\"csrfmiddlewaretoken\"")) {
            add(score, "page csrfmiddlewaretoken", Framework.DJANGO, 3);
        }
        if (body.contains("name=\"authenticity_token\"") || body.contains("name=\"csrf-param\"")) {
            add(score, "page authenticity_token", Framework.RAILS, 3);
        }
        if (springSecurityHeaders(e)) {
            add(score, "Spring Security headers", Framework.SPRING, 1);
        }
    }

    /** Spring Security's default header set: all three of its cache headers plus X-Frame-Options DENY. */
    private static boolean springSecurityHeaders(Exchange e) {
        return e.responseHeaders().first("Cache-Control").orElse("").equals("no-cache, no-store, max-age=0, must-revalidate")
                && e.responseHeaders().first("Expires").orElse("").equals("0")
                && e.responseHeaders().first("X-Frame-Options").orElse("").equals("DENY");
    }

    private static void add(Signals score, String signal, Framework f, int points) {
        score.add(signal, f, points);
    }

    /** Each signal counts once, however many exchanges show it. */
    private static final class Signals {
        private final java.util.Set<String> seen = new java.util.HashSet<>();
        private final Map<Framework, Integer> totals = new EnumMap<>(Framework.class);

        void add(String signal, Framework f, int points) {
            if (seen.add(signal)) {
                totals.merge(f, points, Integer::sum);
            }
        }

        Map<Framework, Integer> totals() {
            return totals;
        }
    }
}
