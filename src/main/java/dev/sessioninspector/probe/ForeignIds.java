package dev.sessioninspector.probe;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Makes a session ID the server never issued, shaped like the ones it did: the same length as the first
 * observed ID, each position drawn from the alphabet the observed IDs use (hex stays hex, base64url stays
 * base64url), separators ({@code . : |}) kept where they stand, and a prefix and suffix every observed ID shares
 * (Jetty's {@code node0….node0}) kept as they are.
 */
public final class ForeignIds {
    private static final String DIGITS = "0123456789";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String SEPARATORS = ".:|";

    private ForeignIds() {
    }

    /**
     * A new ID shaped like {@code observed}.
     *
     * @throws IllegalArgumentException when nothing was observed
     */
    public static String forge(List<String> observed, RandomGenerator random) {
        List<String> ids = observed.stream().filter(s -> s != null && !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no observed ID to take the shape from");
        }
        String alphabet = alphabet(ids);
        String template = ids.get(0);
        int prefix = ids.size() < 2 ? 0 : commonPrefix(ids);
        int suffix = ids.size() < 2 ? 0 : Math.min(commonSuffix(ids), template.length() - prefix);
        if (template.length() - prefix - suffix < 8) { // keep enough random room to be a new ID
            prefix = 0;
            suffix = 0;
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder sb = new StringBuilder(template.length());
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                boolean fixed = i < prefix || i >= template.length() - suffix || SEPARATORS.indexOf(c) >= 0;
                sb.append(fixed ? c : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String forged = sb.toString();
            if (!ids.contains(forged)) {
                return forged;
            }
        }
        throw new IllegalStateException("could not make an ID different from the observed ones");
    }

    private static int commonPrefix(List<String> ids) {
        String first = ids.get(0);
        int n = first.length();
        for (String id : ids) {
            int i = 0;
            while (i < Math.min(n, id.length()) && id.charAt(i) == first.charAt(i)) {
                i++;
            }
            n = i;
        }
        return n;
    }

    private static int commonSuffix(List<String> ids) {
        String first = ids.get(0);
        int n = first.length();
        for (String id : ids) {
            int i = 0;
            while (i < Math.min(n, id.length())
                    && id.charAt(id.length() - 1 - i) == first.charAt(first.length() - 1 - i)) {
                i++;
            }
            n = i;
        }
        return n;
    }

    /** The characters the observed IDs draw from, widened to whole classes (a-f alone stays hex). */
    static String alphabet(List<String> ids) {
        Set<Character> seen = new TreeSet<>();
        ids.forEach(id -> id.chars().forEach(c -> seen.add((char) c)));
        boolean lower = seen.stream().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean upper = seen.stream().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean hexLower = seen.stream().allMatch(c -> DIGITS.indexOf(c) >= 0 || (c >= 'a' && c <= 'f')
                || SEPARATORS.indexOf(c) >= 0);
        boolean hexUpper = seen.stream().allMatch(c -> DIGITS.indexOf(c) >= 0 || (c >= 'A' && c <= 'F')
                || SEPARATORS.indexOf(c) >= 0);
        StringBuilder a = new StringBuilder(DIGITS);
        if (hexLower && lower) {
            a.append("abcdef");
        } else if (hexUpper && upper) {
            a.append("ABCDEF");
        } else {
            if (lower) {
                a.append(LOWER);
            }
            if (upper) {
                a.append(UPPER);
            }
        }
        for (char c : seen) {
            if (!Character.isLetterOrDigit(c) && SEPARATORS.indexOf(c) < 0 && c != '=' && a.indexOf(String.valueOf(c)) < 0) {
                a.append(c); // e.g. - and _ of base64url, + and / of base64
            }
        }
        return a.toString();
    }
}
