package dev.sessioninspector.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** What a cookie's name alone says: a known session cookie, or a known non-session one (CSRF, analytics…). */
final class CookieNames {
    private static final Set<String> KNOWN_SESSION = Set.of("jsessionid", "phpsessid", "asp.net_sessionid",
            "connect.sid", "sessionid", "session", "session_id", "sessid", "sid", "laravel_session",
            "_session_id", ".aspnetcore.session", ".aspnetcore.cookies",
            ".aspnetcore.identity.application", "jsessionidsso", "cfid", "cftoken", "ci_session",
            "express.sid", "koa.sess", "koa:sess", "rack.session", "beaker.session.id", "symfony", "frontend",
            "shopify_session", "wp_session", "_shibsession", "mod_auth_openidc_session", "appsession", "sessionid2");
    private static final Pattern SESSIONISH = Pattern.compile(
            "^_.+_session$|^aspsessionid.*|sess(ion)?(id|_id|key|_key|token)?$|^sess[_.-]|session",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SID = Pattern.compile("(^|[_.-])sid$|^sid[_.-]|ssid$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHISH = Pattern.compile(
            "auth|token|jwt|remember|login|logged_?in|identity|user_?session|access",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSRF = Pattern.compile(
            "csrf|xsrf|antiforgery|requestverificationtoken|authenticity_token",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANALYTICS = Pattern.compile(
            "^_ga($|_)|^_gid$|^_gat|^__utm|^_fbp$|^_fbc$|^_hj|^amcv_|^mp_|^ajs_|^_pk_|^optimizely|^_gcl|^_clck|^_clsk"
                    + "|^__hs|^hubspot|^_uetsid|^_uetvid|^muid$|^nid$|^ide$|^_dc_gtm",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PREFERENCE = Pattern.compile(
            "^(lang|language|locale|theme|tz|timezone|currency|country|region|consent|cookieconsent|cookie_consent"
                    + "|optanonconsent|optanonalertboxclosed|prefs?|preferences|dark_?mode|font_?size|cart_?count"
                    + "|seen_.*|dismissed.*|banner.*|gdpr.*)$",
            Pattern.CASE_INSENSITIVE);

    private CookieNames() {
    }

    /** The name without a {@code __Host-} or {@code __Secure-} prefix. */
    static String base(String name) {
        if (name.startsWith("__Host-")) {
            return name.substring(7);
        }
        if (name.startsWith("__Secure-")) {
            return name.substring(9);
        }
        return name;
    }

    /** Why a cookie is known not to be a session cookie, if it is. */
    static Optional<String> notSession(String name) {
        String b = base(name);
        if (CSRF.matcher(b).find()) {
            return Optional.of("anti-CSRF token");
        }
        if (ANALYTICS.matcher(b).find()) {
            return Optional.of("analytics cookie");
        }
        if (PREFERENCE.matcher(b).matches()) {
            return Optional.of("preference cookie");
        }
        return Optional.empty();
    }

    /** The weight the name alone gives, with its reason; 0 for a name that says nothing. */
    static int nameScore(String name, StringBuilder reason) {
        String b = base(name).toLowerCase(Locale.ROOT);
        if (KNOWN_SESSION.contains(b)) {
            reason.append("known session cookie name");
            return 5;
        }
        if (SESSIONISH.matcher(b).find()) {
            reason.append("session-like name");
            return 4;
        }
        if (SID.matcher(b).find()) {
            reason.append("session-ID-like name");
            return 3;
        }
        if (AUTHISH.matcher(b).find()) {
            reason.append("authentication-like name");
            return 2;
        }
        return 0;
    }
}
