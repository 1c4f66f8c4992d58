package dev.sessioninspector.entropy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the known wrappers around a session ID's random part, outermost first: URL-encoding, quotes,
 * JWT (the random part is the claims that vary, not the signature), express-session's
 * {@code s:<id>.<signature>}, other {@code <id>.<signature>} / {@code <id>--<digest>} signed values, Jetty's
 * {@code node0…[.node0]} worker names, a constant server-node suffix ({@code .worker1}), and constant
 * prefixes and suffixes. A wrapper is stripped only when every token in the sample has it.
 */
final class TokenUnwrapper {
    private static final Pattern PERCENT = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final Pattern JWT = Pattern.compile("([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]*)");
    private static final Pattern EXPRESS = Pattern.compile("s:(.+)\\.([A-Za-z0-9+/_-]{43})=*");
    private static final Pattern SIGNED = Pattern.compile("(.+)\\.([A-Za-z0-9+/_-]{27}|[A-Za-z0-9+/_-]{43}"
            + "|[A-Za-z0-9+/_-]{86})=*");
    private static final Pattern DIGEST = Pattern.compile("(.+)--([0-9a-f]{40}|[0-9a-f]{64})");
    /** Jetty: worker name nodeN, random part, optional .nodeN (the same name) suffix. */
    private static final Pattern JETTY = Pattern.compile("(node\\d+?)(.+?)(\\.\\1)?");
    private static final Pattern ROUTE = Pattern.compile("([^.]+)(\\.[A-Za-z0-9_-]{1,40})");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    /** The core tokens plus what was stripped to reach them. */
    record Unwrapped(List<String> core, List<String> wrappers, String layout, JwtInfo jwt,
            List<String> unstripped, int prefixLength) {
    }

    private TokenUnwrapper() {
    }

    /** Unwraps the tokens; a JWT's header and claims are read with {@code json}. */
    static Unwrapped unwrap(List<String> tokens, JsonObjectReader json) {
        List<String> core = tokens;
        List<String> wrappers = new ArrayList<>();
        String layout = "";
        if (core.stream().anyMatch(t -> PERCENT.matcher(t).find())) {
            core = map(core, TokenUnwrapper::percentDecode);
            wrappers.add("URL-encoding (%XX) decoded");
        }
        if (core.stream().allMatch(t -> t.length() >= 2 && t.startsWith("\"") && t.endsWith("\""))) {
            core = map(core, t -> t.substring(1, t.length() - 1));
            wrappers.add("surrounding quotes");
        }
        JwtInfo jwt = jwt(core, json);
        if (jwt != null) {
            List<String> claims = jwt.randomClaims();
            core = map(core, t -> randomPart(t, claims, json));
            wrappers.add("JWT header, time claims and signature (alg=" + jwt.algorithm() + ")");
            layout = "JWT header.claims.signature; the signature is computed, not random; random part: "
                    + (claims.isEmpty() ? "none (no claim varies)" : "claim(s) " + String.join(", ", claims));
            return new Unwrapped(core, wrappers, layout, jwt, core, 0);
        }
        if (allMatch(core, EXPRESS)) {
            core = map(core, t -> group(EXPRESS, t, 1));
            wrappers.add("express-session signature (s:<id>.<HMAC-SHA256>)");
            layout = "express-session signed cookie s:<id>.<HMAC-SHA256 signature>";
        } else if (allMatch(core, SIGNED) && core.stream().map(t -> group(SIGNED, t, 1)).distinct().count() > 1) {
            core = map(core, t -> group(SIGNED, t, 1));
            wrappers.add("signature suffix .<base64 MAC>");
            layout = "signed value <id>.<signature>";
        } else if (allMatch(core, DIGEST)) {
            core = map(core, t -> group(DIGEST, t, 1));
            wrappers.add("digest suffix --<hex MAC>");
            layout = "signed value <data>--<digest>";
        }
        if (allMatch(core, JETTY) && core.stream().map(t -> group(JETTY, t, 1)).distinct().count() == 1) {
            String worker = group(JETTY, core.get(0), 1);
            core = map(core, t -> group(JETTY, t, 2));
            wrappers.add("Jetty worker name '" + worker + "' (prefix and .node suffix)");
            layout = (layout.isEmpty() ? "" : layout + "; ") + "Jetty session ID " + worker
                    + "<random base-36 longs><session counter>[." + worker + "]";
        } else if (allMatch(core, ROUTE) && core.stream().map(t -> group(ROUTE, t, 2)).distinct().count() == 1
                && core.size() > 1) {
            String route = group(ROUTE, core.get(0), 2);
            core = map(core, t -> group(ROUTE, t, 1));
            wrappers.add("server-node suffix '" + route + "'");
            layout = (layout.isEmpty() ? "" : layout + "; ") + "<id>" + route + " (server-node route suffix)";
        }
        List<String> unstripped = core;
        int prefixLength = 0;
        if (core.size() >= 5) {
            String prefix = commonPrefix(core);
            if (!prefix.isEmpty()) {
                int cut = prefix.length();
                core = map(core, t -> t.substring(cut));
                prefixLength = cut;
                wrappers.add("constant prefix '" + prefix + "'");
            }
            String suffix = commonSuffix(core);
            if (!suffix.isEmpty()) {
                int cut = suffix.length();
                core = map(core, t -> t.substring(0, t.length() - cut));
                wrappers.add("constant suffix '" + suffix + "'");
            }
        }
        return new Unwrapped(core, wrappers, layout.isEmpty() ? "opaque token" : layout, null, unstripped,
                prefixLength);
    }

    private static JwtInfo jwt(List<String> tokens, JsonObjectReader json) {
        if (!allMatch(tokens, JWT)) {
            return null;
        }
        try {
            Map<String, String> header = json.members(decode(group(JWT, tokens.get(0), 1)));
            if (!header.containsKey("alg")) {
                return null;
            }
            Map<String, TreeSet<String>> values = new TreeMap<>();
            for (String t : tokens) {
                json.members(decode(group(JWT, t, 2)))
                        .forEach((k, v) -> values.computeIfAbsent(k, x -> new TreeSet<>()).add(v));
            }
            List<String> random = new ArrayList<>();
            List<String> times = new ArrayList<>();
            values.forEach((k, v) -> {
                boolean numeric = v.stream().allMatch(x -> NUMBER.matcher(x).matches());
                if (numeric && v.stream().allMatch(TokenUnwrapper::epochSeconds)) {
                    times.add(k);
                } else if (v.size() > 1) {
                    random.add(k);
                }
            });
            return new JwtInfo(header.get("alg"), decode(group(JWT, tokens.get(0), 1)),
                    decode(group(JWT, tokens.get(0), 2)), random, times);
        } catch (IllegalArgumentException notJwt) {
            return null;
        }
    }

    private static boolean epochSeconds(String number) {
        try {
            double v = Double.parseDouble(number);
            return v >= 946_684_800d && v <= 4_102_444_800d;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String randomPart(String token, List<String> claims, JsonObjectReader json) {
        Map<String, String> all = json.members(decode(group(JWT, token, 2)));
        StringBuilder sb = new StringBuilder();
        for (String c : claims) {
            sb.append(all.getOrDefault(c, ""));
        }
        return sb.toString();
    }

    private static String decode(String base64url) {
        return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    }

    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && PERCENT.matcher(s.substring(i, i + 3)).matches()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean allMatch(List<String> tokens, Pattern p) {
        return tokens.stream().allMatch(t -> p.matcher(t).matches());
    }

    private static String group(Pattern p, String t, int g) {
        Matcher m = p.matcher(t);
        if (!m.matches()) {
            throw new IllegalStateException("pattern no longer matches " + t);
        }
        return m.group(g) == null ? "" : m.group(g);
    }

    private static List<String> map(List<String> tokens, UnaryOperator<String> f) {
        return tokens.stream().map(f).toList();
    }

    private static String commonPrefix(List<String> tokens) {
        String first = tokens.get(0);
        int n = tokens.stream().mapToInt(String::length).min().orElse(0) - 1; // keep at least one character
        int len = 0;
        while (len < n) {
            char c = first.charAt(len);
            int at = len;
            if (!tokens.stream().allMatch(t -> t.charAt(at) == c)) {
                break;
            }
            len++;
        }
        return first.substring(0, Math.max(0, len));
    }

    private static String commonSuffix(List<String> tokens) {
        String first = tokens.get(0);
        int n = tokens.stream().mapToInt(String::length).min().orElse(0) - 1;
        int len = 0;
        while (len < n) {
            char c = first.charAt(first.length() - 1 - len);
            int at = len;
            if (!tokens.stream().allMatch(t -> t.charAt(t.length() - 1 - at) == c)) {
                break;
            }
            len++;
        }
        return first.substring(first.length() - Math.max(0, len));
    }
}
