package dev.sessioninspector.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/** Token samples of known quality, reproducible from a seed. */
public enum TokenSamples {
    /** 128 random bits each, base64url without padding (22 characters). */
    RANDOM_128,
    /** A 128-bit hex counter counting up by one from an arbitrary start. */
    COUNTER;

    /** {@code size} tokens of this kind. */
    public List<String> tokens(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(size);
        long start = random.nextLong(1L << 40);
        for (int i = 0; i < size; i++) {
            if (this == RANDOM_128) {
                byte[] b = new byte[16];
                random.nextBytes(b);
                out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
            } else {
                out.add(String.format("%032x", start + i));
            }
        }
        return out;
    }

    /** The lower-case hex digest of {@code text} (US-ASCII) by {@code algorithm} (MD5, SHA-1, SHA-256). */
    public static String digest(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalArgumentException(algorithm, e);
        }
    }
}
