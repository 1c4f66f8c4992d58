package dev.sessioninspector.ui.demo;

import dev.sessioninspector.demo.AppSettings.TokenStorage;
import dev.sessioninspector.demo.AppSettings;
import dev.sessioninspector.demo.ShopSettings.IdScheme;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.ui.demo.ShopSwitch.Choice;
import dev.sessioninspector.ui.demo.ShopSwitch.Option;
import dev.sessioninspector.ui.demo.ShopSwitch.Toggle;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The catalogue of the demo shop's switches, grouped in sections as the panel shows them. */
public final class ShopSwitches {
    private ShopSwitches() {
    }

    /** A titled group of switches. */
    record Section(String title, List<ShopSwitch> switches) {
        Section {
            Objects.requireNonNull(title, "title");
            switches = List.copyOf(switches);
        }
    }

    static final Choice<IdScheme> IDS = new Choice<>("Session IDs",
            "How the shop makes session IDs. Sequential, timestamp and java.util.Random IDs can be guessed"
                    + " from a few samples; only 128 bits from SecureRandom cannot.",
            List.of(new Option<>("Sequential", IdScheme.SEQUENTIAL),
                    new Option<>("Timestamp", IdScheme.TIMESTAMP),
                    new Option<>("util.Random", IdScheme.WEAK_RANDOM),
                    new Option<>("SecureRandom", IdScheme.SECURE_RANDOM)),
            ShopSettings::ids, ShopSettings::withIds, v -> v != IdScheme.SECURE_RANDOM, IdScheme::name);

    static final Toggle ROTATE = new Toggle("New ID at sign-in",
            "Issue a fresh session ID when the user signs in. Without it, an ID planted before sign-in"
                    + " (session fixation) becomes a signed-in session.",
            ShopSettings::rotateAtLogin, ShopSettings::withRotateAtLogin, true, true);

    static final Toggle ACCEPT_FROM_URL = new Toggle("Refuse IDs from URLs",
            "Ignore session IDs in ;jsessionid= path parameters and ?sid= queries. Accepting them lets an"
                    + " attacker hand a victim a link with a chosen session.",
            s -> !s.acceptIdFromUrl(), (s, v) -> s.withAcceptIdFromUrl(!v), true, true);

    static final Toggle REFUSE_FOREIGN = new Toggle("Refuse unknown IDs",
            "Replace a session ID the shop never issued with a fresh one. Adopting it lets an attacker pick"
                    + " the victim's session ID in advance (session fixation).",
            s -> !s.adoptForeignIds(), (s, v) -> s.withAdoptForeignIds(!v), true, true);

    static final Toggle WRITE_INTO_URLS = new Toggle("Keep IDs out of links",
            "Do not write the session ID into the links of each page. IDs in URLs leak through Referer"
                    + " headers, logs, history and shared links.",
            s -> !s.writeIdIntoUrls(), (s, v) -> s.withWriteIdIntoUrls(!v), true, true);

    static final Toggle INVALIDATE = new Toggle("End session at sign-out",
            "Drop the session on the server at sign-out. Otherwise only the browser's cookie is cleared"
                    + " and a copied cookie stays signed in.",
            ShopSettings::invalidateAtLogout, ShopSettings::withInvalidateAtLogout, true, true);

    static final Choice<Duration> IDLE = new Choice<>("Idle timeout",
            "Sign the user out after this much inactivity. Without one, a session left open in a shared"
                    + " browser or stolen from a log works forever.",
            List.of(none("none"), minutes("1 min", 1), minutes("5 min", 5), minutes("15 min", 15),
                    minutes("30 min", 30)),
            ShopSettings::idleTimeout, ShopSettings::withIdleTimeout, Objects::isNull, ShopSwitches::describe);

    static final Choice<Duration> ABSOLUTE = new Choice<>("Absolute timeout",
            "Sign the user out this long after sign-in, whatever happens. Caps the value of a stolen"
                    + " session even while it is kept busy.",
            List.of(none("none"), minutes("1 min", 1), minutes("15 min", 15), minutes("1 h", 60),
                    minutes("8 h", 480)),
            ShopSettings::absoluteTimeout, ShopSettings::withAbsoluteTimeout, Objects::isNull,
            ShopSwitches::describe);

    static final Choice<Duration> LIFETIME = new Choice<>("Cookie lifetime",
            "Max-Age of the session cookie. A browser-session cookie dies with the browser; a persistent"
                    + " one stays on disk, in backups and on shared machines.",
            List.of(none("browser session"), minutes("1 h", 60), minutes("1 day", 24 * 60),
                    minutes("30 days", 30 * 24 * 60), minutes("1 year", 365 * 24 * 60)),
            ShopSettings::cookieLifetime, ShopSettings::withCookieLifetime,
            v -> v != null && v.compareTo(Duration.ofHours(1)) > 0, ShopSwitches::describe);

    static final Toggle HTTP_ONLY = new Toggle("HttpOnly",
            "Hide the session cookie from page JavaScript (document.cookie), so an XSS bug cannot read it.",
            ShopSettings::httpOnly, ShopSettings::withHttpOnly, true, true);

    static final Toggle SECURE = new Toggle("Secure",
            "Send the cookie over HTTPS only. On an http:// shop the browser then keeps it back, so the"
                    + " session is lost after each page (unless the ID also travels in URLs): the attribute at work.",
            ShopSettings::secure, ShopSettings::withSecure, true, true);

    static final Choice<String> SAME_SITE = new Choice<>("SameSite",
            "Whether the browser sends the cookie with requests started by other sites. Lax or Strict"
                    + " blunt cross-site request forgery; None needs Secure.",
            List.of(none("not sent"), new Option<>("Lax", "Lax"), new Option<>("Strict", "Strict"),
                    new Option<>("None", "None")),
            ShopSettings::sameSite, ShopSettings::withSameSite, v -> v == null || v.equalsIgnoreCase("none"),
            v -> v);

    static final Toggle HOST_PREFIX = new Toggle("__Host- prefix",
            "Name the cookie __Host-SESSIONID: the browser then insists on Secure, Path=/ and no Domain,"
                    + " so a sibling subdomain cannot overwrite it.",
            ShopSettings::hostPrefix, ShopSettings::withHostPrefix, true, true);

    static final Toggle HTTPS = new Toggle("HTTPS",
            "Serve over HTTPS with the bundled self-signed certificate. Fixed while the shop runs: start"
                    + " it with `demo --https` to change it.",
            ShopSettings::https, ShopSettings::withHttps, true, false);

    static final Choice<TokenStorage> TOKEN_STORAGE = new Choice<>("Token storage",
            "Where the /app page keeps its bearer token. In localStorage any script on the page (an XSS bug)"
                    + " can read it and it outlives the tab; in memory or an HttpOnly cookie it cannot.",
            List.of(new Option<>("localStorage", TokenStorage.LOCAL_STORAGE), new Option<>("memory", TokenStorage.MEMORY),
                    new Option<>("HttpOnly cookie", TokenStorage.HTTP_ONLY_COOKIE)),
            app(AppSettings::storage), app(AppSettings::withStorage), v -> v == TokenStorage.LOCAL_STORAGE,
            TokenStorage::name);

    static final Choice<Duration> TOKEN_LIFETIME = new Choice<>("Token lifetime",
            "exp − iat of the /app tokens. A stolen token works until it expires; one without exp, forever.",
            List.of(none("no exp"), minutes("15 min", 15), minutes("1 h", 60), minutes("1 day", 24 * 60),
                    minutes("30 days", 30 * 24 * 60)),
            app(AppSettings::tokenLifetime), app(AppSettings::withTokenLifetime),
            v -> v == null || v.compareTo(Duration.ofHours(12)) > 0, ShopSwitches::describe);

    static final Toggle REVOKE = new Toggle("Revoke token at sign-out",
            "Forget the /app token on the server at sign-out. Otherwise the page only drops its copy, and a"
                    + " copied token stays signed in until it expires.",
            app(AppSettings::revokeAtLogout), app(AppSettings::withRevokeAtLogout), true, true);

    static final Toggle RANDOM_KEY = new Toggle("Random signing key",
            "Sign /app tokens with a random 256-bit key. The weak position uses \"" + AppSettings.WEAK_KEY
                    + "\", which any list of default secrets finds offline; then anyone can mint tokens.",
            s -> !s.app().weakSigningKey(), (s, v) -> s.withApp(s.app().withWeakSigningKey(!v)), true, true);

    static final Toggle REFUSE_ALG_NONE = new Toggle("Refuse alg: none",
            "Refuse /app tokens whose header says alg: none (in any case) and carry no signature. Accepting"
                    + " them lets anyone edit the claims.",
            s -> !s.app().acceptAlgNone(), (s, v) -> s.withApp(s.app().withAcceptAlgNone(!v)), true, true);

    /** Every switch of {@link ShopSettings}, in panel order. */
    static final List<Section> SECTIONS = List.of(
            new Section("Session ID", List.of(IDS, ROTATE, REFUSE_FOREIGN, ACCEPT_FROM_URL, WRITE_INTO_URLS)),
            new Section("Lifetime", List.of(INVALIDATE, IDLE, ABSOLUTE, LIFETIME)),
            new Section("Cookie attributes", List.of(HTTP_ONLY, SECURE, SAME_SITE, HOST_PREFIX)),
            new Section("Transport", List.of(HTTPS)),
            new Section("Single-page app (/app)", List.of(TOKEN_STORAGE, TOKEN_LIFETIME, REVOKE, RANDOM_KEY,
                    REFUSE_ALG_NONE)));

    /** All switches, flattened. */
    public static List<ShopSwitch> all() {
        return SECTIONS.stream().flatMap(s -> s.switches().stream()).toList();
    }

    /** How many switches are in their weak position. */
    static long weaknesses(ShopSettings settings) {
        return all().stream().filter(s -> s.weakIn(settings)).count();
    }

    /** A compact label for a duration: "90 s", "15 min", "8 h", "2 days". */
    static String describe(Duration d) {
        if (d == null) {
            return "none";
        }
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            long days = s / 86_400;
            return days + (days == 1 ? " day" : " days");
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + " h";
        }
        if (s % 60 == 0) {
            return s / 60 + " min";
        }
        return s + " s";
    }

    private static <T> java.util.function.Function<ShopSettings, T> app(java.util.function.Function<AppSettings, T> get) {
        return s -> get.apply(s.app());
    }

    private static <T> java.util.function.BiFunction<ShopSettings, T, ShopSettings> app(
            java.util.function.BiFunction<AppSettings, T, AppSettings> set) {
        return (s, v) -> s.withApp(set.apply(s.app(), v));
    }

    private static <T> Option<T> none(String label) {
        return new Option<>(label, null);
    }

    private static Option<Duration> minutes(String label, long minutes) {
        return new Option<>(label, Duration.ofMinutes(minutes));
    }
}
