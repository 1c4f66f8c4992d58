package dev.sessioninspector.entropy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;

/** Token generators for the tests: good ones and the known-bad ones of the issue. */
final class Generators {
    private Generators() {
    }

    /** A deterministic SecureRandom (SHA1PRNG seeded before first use), so test runs are repeatable. */
    static SecureRandom secure(long seed) {
        try {
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(seed);
            return r;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> tokens(int n, IntFunction<String> generator) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(generator.apply(i));
        }
        return out;
    }

    static List<String> secureHex(int n, int bytes, long seed) {
        SecureRandom r = secure(seed);
        return tokens(n, i -> {
            byte[] b = new byte[bytes];
            r.nextBytes(b);
            return HexFormat.of().formatHex(b);
        });
    }

    static List<String> secureBase64Url(int n, int bytes, long seed) {
        SecureRandom r = secure(seed);
        return tokens(n, i -> {
            byte[] b = new byte[bytes];
            r.nextBytes(b);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        });
    }
}
