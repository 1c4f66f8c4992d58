package dev.sessioninspector.demo;

import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Makes session IDs the way one {@link ShopSettings.IdScheme} says. Implementations are thread-safe.
 * Uniqueness against live sessions is the session manager's job; a generator only makes candidates.
 */
interface IdGenerator {
    /** The next candidate ID: URL- and cookie-safe characters only. */
    String next();

    /**
     * The generator for {@code scheme}.
     *
     * @param clock  the clock a time-based scheme reads
     * @param random where randomness comes from (a {@code SecureRandom} in production, seeded in tests); the
     *               weak scheme only draws its seed from it
     */
    static IdGenerator of(ShopSettings.IdScheme scheme, Clock clock, RandomGenerator random) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        return switch (scheme) {
            case SEQUENTIAL -> new Sequential(0x10000L + random.nextInt(0x10000));
            case TIMESTAMP -> new Timestamp(clock, random);
            case WEAK_RANDOM -> new WeakRandom(random.nextLong());
            case SECURE_RANDOM -> new SecureRandomIds(random);
        };
    }

    /** 1, 2, 3… from a start value, as eight or more lower-case hex digits. */
    final class Sequential implements IdGenerator {
        private final AtomicLong counter;

        Sequential(long start) {
            this.counter = new AtomicLong(start);
        }

        @Override
        public String next() {
            return String.format("%08x", counter.getAndIncrement());
        }
    }

    /** The clock's milliseconds in decimal plus two random base-36 characters (about 10 bits). */
    final class Timestamp implements IdGenerator {
        private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
        private final Clock clock;
        private final RandomGenerator random;

        Timestamp(Clock clock, RandomGenerator random) {
            this.clock = clock;
            this.random = random;
        }

        @Override
        public synchronized String next() {
            return clock.millis() + "" + ALPHABET.charAt(random.nextInt(36)) + ALPHABET.charAt(random.nextInt(36));
        }
    }

    /** {@code java.util.Random#nextLong} in hex: 48 bits of state, recoverable from two outputs. */
    final class WeakRandom implements IdGenerator {
        private final Random random;

        WeakRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public String next() {
            return String.format("%016x", random.nextLong());
        }
    }

    /** 128 bits from the injected (secure) generator, base64url without padding: 22 characters. */
    final class SecureRandomIds implements IdGenerator {
        static final int BYTES = 16;
        private final RandomGenerator random;

        SecureRandomIds(RandomGenerator random) {
            this.random = random;
        }

        @Override
        public String next() {
            byte[] bytes = new byte[BYTES];
            synchronized (this) {
                random.nextBytes(bytes);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
