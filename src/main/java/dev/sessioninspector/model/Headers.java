package dev.sessioninspector.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An ordered, immutable list of headers; repeated names (e.g. {@code Set-Cookie}) are kept apart. */
public record Headers(List<Header> all) {
    public static final Headers EMPTY = new Headers(List.of());

    public Headers {
        all = List.copyOf(Objects.requireNonNull(all, "all"));
    }

    public static Headers of(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        List<Header> list = new ArrayList<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            list.add(new Header(nameValuePairs[i], nameValuePairs[i + 1]));
        }
        return new Headers(list);
    }

    /** Flattens a {@code Map<String, List<String>>} as the JDK's HTTP APIs return it; a null key is skipped. */
    public static Headers fromMap(Map<String, List<String>> map) {
        List<Header> list = new ArrayList<>();
        map.forEach((name, values) -> {
            if (name != null && !name.isBlank() && values != null) {
                values.forEach(v -> list.add(new Header(name, v == null ? "" : v)));
            }
        });
        return new Headers(list);
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        return all.stream().filter(h -> h.is(name)).map(Header::value).findFirst();
    }

    /** Every value of the header, in order. */
    public List<String> values(String name) {
        return all.stream().filter(h -> h.is(name)).map(Header::value).toList();
    }

    public boolean has(String name) {
        return all.stream().anyMatch(h -> h.is(name));
    }

    public Headers with(String name, String value) {
        List<Header> list = new ArrayList<>(all);
        list.add(new Header(name, value));
        return new Headers(list);
    }

    public Headers without(String name) {
        return new Headers(all.stream().filter(h -> !h.is(name)).toList());
    }

    public int size() {
        return all.size();
    }
}
