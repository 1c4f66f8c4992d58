package dev.sessioninspector.flow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code application/x-www-form-urlencoded} bodies, and which fields count as secrets to mask. */
public final class FormEncoding {
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    private FormEncoding() {
    }

    /** True for field names like password, passwd, pwd, pass, passphrase, secret, client_secret. */
    public static boolean isSecret(String fieldName) {
        String n = fieldName.toLowerCase(Locale.ROOT);
        return n.contains("pass") || n.contains("pwd") || n.contains("secret");
    }

    /** The body as sent: every field as given, UTF-8, in order. */
    public static String encode(Map<String, String> form) {
        return encode(form, false);
    }

    /** The body as recorded: secret fields' values replaced by {@link FlowOptions#MASK} unless kept. */
    public static String encodeForRecording(Map<String, String> form, boolean keepSecrets) {
        return encode(form, !keepSecrets);
    }

    private static String encode(Map<String, String> form, boolean mask) {
        return form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(mask && isSecret(e.getKey()) ? FlowOptions.MASK : e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
