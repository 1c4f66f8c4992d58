package dev.sessioninspector.testkit;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny seeded property runner for JUnit 5 {@code @Test}s. Each run takes a base seed: {@link #BUILD_SEED} in the
 * build, so {@code mvn verify} is repeatable and a red build is a real find that replays; {@code -Dfuzz.seed=random}
 * for a fresh one in a longer run by hand, or {@code -Dfuzz.seed=S}. It makes {@code -Dfuzz.tries} tries (default 100); try {@code k} of a property draws from its own
 * {@link SplittableRandom}, the {@code k}-th split of a source seeded from the base seed and the property's name.
 * A failure names the seed and the try; {@code -Dfuzz.seed=S} replays the run, {@code -Dfuzz.seed=S -Dfuzz.try=K}
 * replays only that try.
 */
public final class Fuzz {
    /** The base seed without {@code -Dfuzz.seed}. */
    public static final long BUILD_SEED = 0x5E5510C1DL;
    private static final long BASE_SEED = baseSeed(System.getProperty("fuzz.seed"));
    private static final AtomicLong EXECUTIONS = new AtomicLong();

    /** One try of a property: draws what it needs from {@code random} and asserts. */
    @FunctionalInterface
    public interface Trial {
        void run(SplittableRandom random) throws Exception;
    }

    /** A check on one generated value. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    private Fuzz() {
    }

    private static long baseSeed(String property) {
        if (property == null || property.isBlank()) {
            return BUILD_SEED;
        }
        return property.equals("random") ? new SplittableRandom().nextLong() : Long.parseLong(property.strip());
    }

    public static int tries() {
        return Integer.getInteger("fuzz.tries", 100);
    }

    public static long seed() {
        return BASE_SEED;
    }

    /** Executions of every property in this JVM so far. */
    public static long executions() {
        return EXECUTIONS.get();
    }

    /** Runs {@code check} on {@code tries()} values of {@code gen}; the failure message also shows the value. */
    public static <T> void forAll(String property, Gen<T> gen, Check<T> check) {
        run(property, r -> {
            T value = gen.next(r);
            try {
                check.accept(value);
            } catch (Exception | AssertionError e) {
                throw new AssertionError("on " + abbreviate(String.valueOf(value)) + ": " + e.getMessage(), e);
            }
        });
    }

    public static void run(String property, Trial trial) {
        Integer only = Integer.getInteger("fuzz.try");
        int tries = only == null ? tries() : Math.max(tries(), only + 1);
        SplittableRandom source = new SplittableRandom(BASE_SEED ^ mix(property.hashCode()));
        long started = System.nanoTime();
        int done = 0;
        for (int k = 0; k < tries; k++) {
            SplittableRandom random = source.split();
            if (only != null && only != k) {
                continue;
            }
            EXECUTIONS.incrementAndGet();
            done++;
            try {
                trial.run(random);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(String.format("%s failed at try %d of %d, seed %d "
                        + "(reproduce: -Dfuzz.seed=%d -Dfuzz.try=%d): %s", property, k, tries, BASE_SEED, BASE_SEED,
                        k, e), e);
            }
        }
        System.out.printf("%s: %d tries in %.2f s, seed %d%n", property, done, (System.nanoTime() - started) / 1e9,
                BASE_SEED);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static String abbreviate(String s) {
        String shown = s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + " chars)" : s;
        return shown.replace("\n", "\\n").replace("\r", "\\r");
    }
}
