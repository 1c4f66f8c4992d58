package dev.sessioninspector.har;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which parameter, header, cookie, form-field and JSON-member names hold secrets, case-insensitive. A name is
 * secret when it contains one of {@link #PARTS} ({@code password}, {@code token}, {@code session},
 * {@code PHPSESSID}, {@code JSESSIONID}, {@code ASP.NET_SessionId}, {@code laravel_session}, {@code _session_id}…),
 * or when one of its words (split at anything not a letter or digit) is one of {@link #WORDS} ({@code sid} in
 * {@code connect.sid}, {@code sess} in {@code koa.sess}, {@code pass}…). Plain string search, no regular
 * expression.
 */
final class SecretNames {
    static final List<String> PARTS = List.of("passw", "passphrase", "pwd", "secret", "token", "apikey", "api-key",
            "api_key", "credential", "session", "sessid", "sesskey", "auth_key", "authkey");
    static final Set<String> WORDS = Set.of("sid", "sess", "pass", "cfid", "ssid", "sessid", "jwt", "bearer");

    private SecretNames() {
    }

    static boolean isSecret(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (String part : PARTS) {
            if (n.contains(part)) {
                return true;
            }
        }
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean word = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (WORDS.contains(n.substring(start, i))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }
}
