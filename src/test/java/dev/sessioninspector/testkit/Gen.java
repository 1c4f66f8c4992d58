package dev.sessioninspector.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test inputs drawn from a {@link SplittableRandom}: the whole state of a try is the random source
 * {@link Fuzz} hands it, so a seed reproduces the input exactly. Small on purpose: ints, picks, lists, weighted
 * choice, random text, map and filter.
 */
@FunctionalInterface
public interface Gen<T> {
    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return r -> f.apply(next(r));
    }

    /** Draws again until {@code keep} holds; gives up loudly after 10,000 draws rather than loop forever. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return r -> {
            for (int i = 0; i < 10_000; i++) {
                T t = next(r);
                if (keep.test(t)) {
                    return t;
                }
            }
            throw new IllegalStateException("Gen.filter: nothing kept in 10000 draws");
        };
    }

    /** A list of {@code min..max} (inclusive) values of this generator. */
    default Gen<List<T>> list(int min, int max) {
        return r -> {
            int n = r.nextInt(min, max + 1);
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(next(r));
            }
            return out;
        };
    }

    /** An int in {@code lo..hi}, both inclusive. */
    static Gen<Integer> ints(int lo, int hi) {
        return r -> r.nextInt(lo, hi + 1);
    }

    static <T> Gen<T> of(List<T> values) {
        List<T> copy = List.copyOf(values);
        return r -> copy.get(r.nextInt(copy.size()));
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** Strings of {@code min..max} characters taken from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int min, int max) {
        return r -> {
            int n = r.nextInt(min, max + 1);
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return sb.toString();
        };
    }

    /**
     * Random text of up to {@code max} chars: mostly printable ASCII, with controls, Latin-1, any BMP char (lone
     * surrogates included) and whole supplementary code points mixed in; the empty string comes up often.
     */
    static Gen<String> text(int max) {
        return r -> {
            int n = r.nextInt(8) == 0 ? 0 : r.nextInt(max + 1);
            StringBuilder sb = new StringBuilder(n);
            while (sb.length() < n) {
                switch (r.nextInt(10)) {
                    case 0 -> sb.append((char) r.nextInt(0x20));
                    case 1 -> sb.append((char) r.nextInt(0x80, 0x100));
                    case 2 -> sb.append((char) r.nextInt(0x10000));
                    case 3 -> sb.appendCodePoint(r.nextInt(0x10000, 0x110000));
                    default -> sb.append((char) r.nextInt(0x20, 0x7f));
                }
            }
            return sb.toString();
        };
    }

    /** One weighted choice among generators. */
    static <T> Gen<T> frequency(Object... weightThenGen) {
        int[] weights = new int[weightThenGen.length / 2];
        List<Gen<T>> gens = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (Integer) weightThenGen[2 * i];
            @SuppressWarnings("unchecked")
            Gen<T> g = (Gen<T>) weightThenGen[2 * i + 1];
            gens.add(g);
            total += weights[i];
        }
        int sum = total;
        return r -> {
            int pick = r.nextInt(sum);
            for (int i = 0; i < weights.length; i++) {
                pick -= weights[i];
                if (pick < 0) {
                    return gens.get(i).next(r);
                }
            }
            throw new AssertionError("unreachable");
        };
    }
}
