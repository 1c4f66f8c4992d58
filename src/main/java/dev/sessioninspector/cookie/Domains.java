package dev.sessioninspector.cookie;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Host canonicalisation and domain matching (RFC 6265bis §5.1.2, §5.1.3), plus a small built-in
 * public-suffix list: every single-label name ({@code com}, {@code org}, {@code localhost}) and a handful
 * of well-known multi-label registry suffixes. It is deliberately not the full Public Suffix List.
 */
public final class Domains {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Set<String> MULTI_LABEL_SUFFIXES = Set.of(
            "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk",
            "com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "net.nz",
            "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "com.br", "net.br", "org.br", "com.cn", "net.cn",
            "org.cn", "gov.cn", "com.mx", "com.ar", "com.tr", "co.in", "net.in", "org.in", "co.za", "co.kr",
            "or.kr", "com.sg", "com.hk", "com.tw", "co.il", "com.ua", "com.pl", "com.es",
            "github.io", "gitlab.io", "herokuapp.com", "blogspot.com", "appspot.com", "netlify.app",
            "vercel.app", "pages.dev", "workers.dev", "azurewebsites.net", "cloudfront.net",
            "s3.amazonaws.com", "web.app", "firebaseapp.com");

    private Domains() {
    }

    /**
     * The canonical (lower-case, IDNA ASCII) host of a URI, or empty when it has none. A non-ASCII host
     * (which {@link URI#getHost()} does not report) is read from the authority.
     */
    public static Optional<String> canonicalHost(URI uri) {
        String host = uri.getHost();
        if (host == null && uri.getAuthority() != null) {
            host = hostOfAuthority(uri.getAuthority());
        }
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        return canonicalize(host);
    }

    private static String hostOfAuthority(String authority) {
        String a = authority.substring(authority.lastIndexOf('@') + 1);
        if (a.startsWith("[")) {
            int end = a.indexOf(']');
            return end < 0 ? null : a.substring(0, end + 1);
        }
        int colon = a.lastIndexOf(':');
        return colon < 0 ? a : a.substring(0, colon);
    }

    /** Lower-cases a host name and converts it to its IDNA ASCII form; empty when it is not a valid name. */
    public static Optional<String> canonicalize(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        if (isIpAddress(host)) {
            return Optional.of(host.toLowerCase(Locale.ROOT));
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return ascii.isEmpty() ? Optional.empty() : Optional.of(ascii);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the (canonical) host is an IPv4 or IPv6 literal. */
    public static boolean isIpAddress(String host) {
        return IPV4.matcher(host).matches() || host.indexOf(':') >= 0 || host.startsWith("[");
    }

    /**
     * Domain matching (§5.1.3): identical, or {@code host} ends with {@code "." + domain} and is a host
     * name rather than an IP address. Both arguments must already be canonical.
     */
    public static boolean domainMatches(String host, String domain) {
        if (host.equals(domain)) {
            return true;
        }
        return !isIpAddress(host) && host.length() > domain.length() && host.endsWith(domain)
                && host.charAt(host.length() - domain.length() - 1) == '.';
    }

    /** Whether a canonical domain is a public suffix by the built-in list (single labels and known suffixes). */
    public static boolean isPublicSuffix(String domain) {
        if (isIpAddress(domain)) {
            return false;
        }
        return domain.indexOf('.') < 0 || MULTI_LABEL_SUFFIXES.contains(domain);
    }
}
