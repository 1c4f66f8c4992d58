package dev.sessioninspector.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Guesses the HMAC key of an HS256/384/512 JWT offline: the bundled list of common and default secrets
 * ({@code jwt-secrets.txt}; where it comes from is in {@code jwt-secrets.NOTICE.md} beside it), then variants of the
 * site's own name and host. Nothing is sent anywhere; the search stops at a time budget.
 */
public final class SigningKeyGuesses {
    private static final String[] AFFIXES = {"", "secret", "-secret", "_secret", ".secret", "key", "-key", "_key",
        "jwt", "-jwt", "_jwt", "-jwt-secret", "_jwt_secret", "123", "2024", "2025", "2026", "!"};
    /** After {@link #AFFIXES}, which it uses. */
    private static final List<String> BUNDLED = withVariants(load());

    private SigningKeyGuesses() {
    }

    /**
     * What a search found.
     *
     * @param key       the secret, when found
     * @param source    where the secret came from ("common secrets list", "the site's name or host"), or ""
     * @param tried     how many candidates were tried
     * @param exhausted true when every candidate was tried (false: the time budget ran out first)
     */
    public record Outcome(Optional<String> key, String source, int tried, boolean exhausted) {
        public Outcome {
            Objects.requireNonNull(key, "key");
            source = source == null ? "" : source;
        }
    }

    /** The bundled common and default secrets in the list's order, then the variants of its plain words. */
    public static List<String> bundled() {
        return BUNDLED;
    }

    /**
     * Variants of the site's name and host: each label of the host and the host itself, the site's name (a page
     * title, say) squeezed and dashed, each as written, lower and upper case, with and without common affixes
     * ({@code -secret}, {@code _jwt}, {@code 123}…), and prefixed {@code jwt-}/{@code secret-}.
     */
    public static List<String> siteVariants(URI target, String siteName) {
        Set<String> stems = new LinkedHashSet<>();
        if (target != null && target.getHost() != null) {
            String host = target.getHost().toLowerCase(Locale.ROOT);
            stems.add(host);
            if (target.getPort() > 0) {
                stems.add(host + ":" + target.getPort());
            }
            String[] labels = host.split("\\.");
            if (labels.length > 1 && !host.matches("[0-9.]+")) {
                stems.add(labels[labels.length - 2] + "." + labels[labels.length - 1]);
                for (int i = 0; i < labels.length - 1; i++) {
                    if (labels[i].length() >= 3 && !labels[i].equals("www")) {
                        stems.add(labels[i]);
                    }
                }
            }
        }
        if (siteName != null && !siteName.isBlank()) {
            String name = siteName.strip().toLowerCase(Locale.ROOT);
            if (name.length() <= 60) {
                stems.add(name);
                stems.add(name.replaceAll("[^a-z0-9]+", ""));
                stems.add(name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
                stems.add(name.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""));
                for (String word : name.split("[^a-z0-9]+")) {
                    if (word.length() >= 4) {
                        stems.add(word);
                    }
                }
            }
        }
        stems.removeIf(String::isBlank);
        Set<String> out = new LinkedHashSet<>();
        stems.forEach(stem -> addVariants(stem, out));
        return List.copyOf(out);
    }

    /** A stem as written, capitalised and upper case, each bare, with each affix, and prefixed. */
    private static void addVariants(String stem, Set<String> out) {
        for (String s : List.of(stem, capitalised(stem), stem.toUpperCase(Locale.ROOT))) {
            for (String affix : AFFIXES) {
                out.add(s + affix);
            }
            out.add("jwt-" + s);
            out.add("jwt_" + s);
            out.add("secret-" + s);
        }
    }

    /**
     * The list as written, then the variants of each of its plain words ({@code secret} gives {@code Secret},
     * {@code SECRET}, {@code secret123}, {@code secret_jwt}…), the way people derive a key from a default.
     */
    private static List<String> withVariants(List<String> listed) {
        Set<String> out = new LinkedHashSet<>(listed);
        for (String word : listed) {
            if (word.length() <= 24 && word.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c)
                    || c == '-' || c == '_'))) {
                addVariants(word, out);
            }
        }
        return List.copyOf(out);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * Tries the bundled list, then the site's variants, against the token's signature, until one matches or the
     * budget is spent. Empty outcome for a token that is not HMAC-signed.
     */
    public static Outcome search(Jwt jwt, List<String> siteVariants, Duration budget, LongSupplier nanoTime) {
        Optional<String> algorithm = jwt.hmacAlgorithm();
        if (algorithm.isEmpty()) {
            return new Outcome(Optional.empty(), "", 0, true);
        }
        byte[] signature;
        try {
            signature = jwt.signature();
        } catch (IllegalArgumentException badSignature) {
            return new Outcome(Optional.empty(), "", 0, true);
        }
        byte[] input = jwt.signingInput();
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        int tried = 0;
        try {
            Mac mac = Mac.getInstance(algorithm.get());
            List<List<String>> lists = List.of(BUNDLED, siteVariants);
            for (int l = 0; l < lists.size(); l++) {
                for (String candidate : lists.get(l)) {
                    if ((tried & 63) == 0 && nanoTime.getAsLong() > deadline) {
                        return new Outcome(Optional.empty(), "", tried, false);
                    }
                    tried++;
                    byte[] key = candidate.getBytes(StandardCharsets.UTF_8);
                    if (key.length == 0) {
                        continue;
                    }
                    mac.init(new SecretKeySpec(key, algorithm.get()));
                    if (MessageDigest.isEqual(mac.doFinal(input), signature)) {
                        return new Outcome(Optional.of(candidate),
                                l == 0 ? "the bundled list of common secrets" : "a variant of the site's name or host",
                                tried, true);
                    }
                }
            }
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("the JDK has no " + algorithm.get(), unavailable);
        }
        return new Outcome(Optional.empty(), "", tried, true);
    }

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        try (InputStream in = SigningKeyGuesses.class.getResourceAsStream("jwt-secrets.txt")) {
            if (in == null) {
                throw new IllegalStateException("jwt-secrets.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
