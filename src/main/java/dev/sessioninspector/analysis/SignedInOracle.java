package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a signed-in page looks like in this recording, against the anonymous one, so a replayed or idle
 * request can be judged: status, where redirects end, the user's name and other text only signed-in pages
 * show (a "Log out" link), and what only anonymous pages show (a password form).
 */
public final class SignedInOracle {
    /** A judgement of one page. */
    public enum Verdict { SIGNED_IN, ANONYMOUS, UNKNOWN }

    private static final List<String> SIGNED_IN_PHRASES = List.of("log out", "logout", "sign out", "signout",
            "sign-out", "log-out", "log off", "my account", "your account", "signed in as", "logged in as");
    private static final List<String> ANONYMOUS_PHRASES = List.of("log in", "login", "sign in", "signin",
            "sign-in", "log-in", "sign up", "register", "forgot your password", "forgot password");
    private static final Pattern PASSWORD_INPUT =
            Pattern.compile("<input[^>]+type\\s*=\\s*[\"']?password", Pattern.CASE_INSENSITIVE);

    private final String userName;
    private final List<String> signedInMarkers;
    private final List<String> anonymousMarkers;
    private final URI authenticatedUrl;
    private final int signedInStatus;
    private final String anonymousOutcome;

    private SignedInOracle(String userName, List<String> signedInMarkers, List<String> anonymousMarkers,
            URI authenticatedUrl, int signedInStatus, String anonymousOutcome) {
        this.userName = userName;
        this.signedInMarkers = List.copyOf(signedInMarkers);
        this.anonymousMarkers = List.copyOf(anonymousMarkers);
        this.authenticatedUrl = authenticatedUrl;
        this.signedInStatus = signedInStatus;
        this.anonymousOutcome = anonymousOutcome;
    }

    /** An oracle that knows nothing of this site; it still reads 401/403 and login redirects as anonymous. */
    public static SignedInOracle none() {
        return new SignedInOracle(null, List.of(), List.of(), null, 0, "");
    }

    /**
     * Learns from the pages before login (anonymous) and between login and logout (signed in).
     *
     * @param anonymous pages seen before login
     * @param signedIn  pages seen while signed in
     * @param userName  the name submitted at login, if known
     * @param hint      the authenticated page the user named, if any
     */
    static SignedInOracle learn(List<Exchange> anonymous, List<Exchange> signedIn, String userName, URI hint,
            Redirects redirects) {
        List<String> anonText = anonymous.stream().map(e -> lower(Page.textOf(e))).toList();
        List<String> inText = signedIn.stream().map(e -> lower(Page.textOf(e))).toList();
        String user = null;
        if (userName != null) {
            for (String candidate : userCandidates(userName)) {
                String c = lower(candidate);
                if (inText.stream().anyMatch(t -> t.contains(c)) && anonText.stream().noneMatch(t -> t.contains(c))) {
                    user = candidate;
                    break;
                }
            }
        }
        List<String> inMarkers = new ArrayList<>();
        for (String phrase : SIGNED_IN_PHRASES) {
            if (inText.stream().anyMatch(t -> t.contains(phrase)) && anonText.stream().noneMatch(t -> t.contains(phrase))) {
                inMarkers.add(phrase);
            }
        }
        List<String> anonMarkers = new ArrayList<>();
        for (String phrase : ANONYMOUS_PHRASES) {
            if (anonText.stream().anyMatch(t -> t.contains(phrase)) && inText.stream().noneMatch(t -> t.contains(phrase))) {
                anonMarkers.add(phrase);
            }
        }
        URI authUrl = null;
        int status = 0;
        String anonOutcome = "";
        if (hint != null) {
            for (Exchange e : signedIn) {
                if (samePath(e.url(), hint) && e.status() >= 200 && e.status() < 300) {
                    authUrl = e.url();
                    status = e.status();
                    break;
                }
            }
            if (authUrl == null) {
                authUrl = hint;
            }
        }
        if (authUrl == null) {
            for (Exchange e : signedIn) { // a page the anonymous user was turned away from
                if (!"GET".equalsIgnoreCase(e.method()) || e.status() < 200 || e.status() >= 300) {
                    continue;
                }
                for (Exchange a : anonymous) {
                    if ("GET".equalsIgnoreCase(a.method()) && samePath(a.url(), e.url())) {
                        Exchange last = redirects.last(a);
                        if (last.status() == 401 || last.status() == 403 || !samePath(last.url(), e.url())
                                || last.isRedirect()) {
                            authUrl = e.url();
                            status = e.status();
                            anonOutcome = outcome(a, redirects);
                            break;
                        }
                    }
                }
                if (authUrl != null) {
                    break;
                }
            }
        }
        if (authUrl == null) {
            String u = user;
            for (Exchange e : signedIn) {
                String t = lower(Page.textOf(e));
                boolean shows = u != null ? t.contains(lower(u)) : inMarkers.stream().anyMatch(t::contains);
                if ("GET".equalsIgnoreCase(e.method()) && e.status() >= 200 && e.status() < 300 && shows) {
                    authUrl = e.url();
                    status = e.status();
                    break;
                }
            }
        }
        if (authUrl != null && anonOutcome.isEmpty()) {
            for (Exchange a : anonymous) {
                if ("GET".equalsIgnoreCase(a.method()) && samePath(a.url(), authUrl)) {
                    anonOutcome = outcome(a, redirects);
                    break;
                }
            }
        }
        return new SignedInOracle(user, inMarkers, anonMarkers, authUrl, status, anonOutcome);
    }

    private static List<String> userCandidates(String name) {
        Set<String> out = new LinkedHashSet<>();
        if (name.length() >= 2) {
            out.add(name);
        }
        int at = name.indexOf('@');
        if (at >= 3) {
            out.add(name.substring(0, at));
        }
        return List.copyOf(out);
    }

    private static String outcome(Exchange a, Redirects redirects) {
        Exchange last = redirects.last(a);
        if (last != a) {
            return a.status() + " → " + pathOf(last.url()) + " (" + last.status() + ")";
        }
        if (a.isRedirect()) {
            return a.status() + " → " + a.responseHeaders().first("Location").orElse("?");
        }
        return String.valueOf(a.status());
    }

    /** Judges a recorded exchange, following its redirect chain in the recording. */
    Verdict judge(Exchange e, Redirects redirects) {
        for (Exchange hop : redirects.chain(e)) {
            if (hop.isRedirect() && redirectsToLogin(hop.responseHeaders().first("Location").orElse(""), hop.url())) {
                return Verdict.ANONYMOUS;
            }
        }
        return judge(Page.of(redirects.last(e)));
    }

    /** Judges a page: a probe's response after it followed redirects, or a recorded one. */
    public Verdict judge(Page page) {
        if (page.status() == 401 || page.status() == 403) {
            return Verdict.ANONYMOUS;
        }
        if (page.status() >= 300 && page.status() < 400 && redirectsToLogin(page.location(), page.url())) {
            return Verdict.ANONYMOUS;
        }
        if (AuthPointDetector.LOGIN_WORDS.matcher(page.path()).find() && page.status() < 300
                && PASSWORD_INPUT.matcher(page.body()).find()) {
            return Verdict.ANONYMOUS;
        }
        if (page.status() < 200 || page.status() >= 300) {
            return Verdict.UNKNOWN;
        }
        String text = lower(page.body());
        boolean showsUser = userName != null && text.contains(lower(userName));
        boolean showsSignedIn = signedInMarkers.stream().anyMatch(text::contains);
        boolean showsAnonymous = anonymousMarkers.stream().anyMatch(text::contains) || PASSWORD_INPUT.matcher(text).find();
        if (showsUser || (showsSignedIn && !showsAnonymous)) {
            return Verdict.SIGNED_IN;
        }
        if (showsAnonymous && !showsSignedIn) {
            return Verdict.ANONYMOUS;
        }
        if (authenticatedUrl != null && samePath(page.url(), authenticatedUrl) && (userName != null
                || !signedInMarkers.isEmpty()) && !showsSignedIn) {
            return Verdict.ANONYMOUS;
        }
        return Verdict.UNKNOWN;
    }

    private static boolean redirectsToLogin(String location, URI from) {
        if (location.isBlank()) {
            return false;
        }
        try {
            URI to = from.resolve(location.trim());
            return AuthPointDetector.LOGIN_WORDS.matcher(pathOf(to)).find();
        } catch (IllegalArgumentException bad) {
            return false;
        }
    }

    /** True when the oracle learned anything that tells signed-in pages from anonymous ones. */
    public boolean available() {
        return userName != null || !signedInMarkers.isEmpty() || authenticatedUrl != null;
    }

    /** The page only a signed-in user sees, given or inferred. */
    public Optional<URI> authenticatedUrl() {
        return Optional.ofNullable(authenticatedUrl);
    }

    /** The user's name as signed-in pages show it. */
    public Optional<String> userName() {
        return Optional.ofNullable(userName);
    }

    /** Text only signed-in pages show (lower case). */
    public List<String> signedInMarkers() {
        return signedInMarkers;
    }

    /** Text only anonymous pages show (lower case). */
    public List<String> anonymousMarkers() {
        return anonymousMarkers;
    }

    /** One sentence for reports: how the oracle tells signed-in from anonymous. */
    public String describe() {
        if (!available()) {
            return "no signed-in page could be told apart from an anonymous one";
        }
        List<String> parts = new ArrayList<>();
        if (authenticatedUrl != null) {
            String p = "signed-in page " + pathOf(authenticatedUrl) + (signedInStatus > 0 ? " (" + signedInStatus + ")" : "");
            if (!anonymousOutcome.isEmpty()) {
                p += ", anonymous " + anonymousOutcome;
            }
            parts.add(p);
        }
        if (userName != null) {
            parts.add("shows the user name '" + userName + "'");
        }
        if (!signedInMarkers.isEmpty()) {
            parts.add("signed-in text " + signedInMarkers);
        }
        return String.join("; ", parts);
    }

    private static boolean samePath(URI a, URI b) {
        return pathOf(a).equals(pathOf(b));
    }

    static String pathOf(URI u) {
        String p = u.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
