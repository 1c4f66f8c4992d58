package dev.sessioninspector.demo;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Session IDs in URLs, the way servlet containers did it: a {@code ;jsessionid=ID} path parameter (in any
 * segment) or a {@code sid=ID} query parameter. Parsing always strips path parameters so routes match;
 * whether the ID found is honoured is the session manager's decision ({@link ShopSettings#acceptIdFromUrl}).
 */
final class UrlSessionIds {
    /** The path parameter name, as Java servlet containers write it. */
    static final String PATH_PARAM = "jsessionid";
    /** The query parameter name. */
    static final String QUERY_PARAM = "sid";

    private UrlSessionIds() {
    }

    /**
     * A raw request path split into the route and the ID it carried.
     *
     * @param path the path without any {@code ;param} parts, never empty
     * @param id   the ID from {@code ;jsessionid=} or else from {@code sid=}, or null
     */
    record Parsed(String path, String id) {
        Parsed {
            Objects.requireNonNull(path, "path");
        }
    }

    static Parsed parse(String rawPath, Map<String, String> query) {
        String raw = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String id = null;
        StringBuilder path = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int semi = raw.indexOf(';', i);
            if (semi < 0) {
                path.append(raw, i, raw.length());
                break;
            }
            path.append(raw, i, semi);
            int slash = raw.indexOf('/', semi);
            int end = slash < 0 ? raw.length() : slash;
            for (String param : raw.substring(semi + 1, end).split(";")) {
                int eq = param.indexOf('=');
                if (eq > 0 && id == null && param.substring(0, eq).toLowerCase(Locale.ROOT).equals(PATH_PARAM)
                        && eq + 1 < param.length()) {
                    id = param.substring(eq + 1);
                }
            }
            i = end;
        }
        if (id == null && query != null) {
            String sid = query.get(QUERY_PARAM);
            id = sid == null || sid.isEmpty() ? null : sid;
        }
        return new Parsed(path.length() == 0 ? "/" : path.toString(), id);
    }

    /** {@code target} with {@code ;jsessionid=id} put after its path (before any query or fragment). */
    static String link(String target, String id) {
        int cut = target.length();
        for (char c : new char[] {'?', '#'}) {
            int at = target.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return target.substring(0, cut) + ";" + PATH_PARAM + "=" + id + target.substring(cut);
    }
}
