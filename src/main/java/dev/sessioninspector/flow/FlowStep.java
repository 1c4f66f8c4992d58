package dev.sessioninspector.flow;

import dev.sessioninspector.model.Marker;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a flow. {@code get} and {@code post} run in every engine; {@code fill}, {@code click} and
 * {@code waitFor} need a page, so only the browser engine runs them. A {@code mark} says the step signs the
 * user in or out ({@link Marker.Kind#LOGIN} or {@link Marker.Kind#LOGOUT}).
 */
public sealed interface FlowStep {
    /** The action's key in the flow file: {@code get}, {@code post}, {@code fill}, {@code click}, {@code waitFor}. */
    String action();

    /** The login or logout mark of this step, if any. */
    Optional<Marker.Kind> mark();

    /** True for steps only an engine with a page (the browser engine) can run. */
    default boolean needsBrowser() {
        return false;
    }

    /** A short human form, e.g. {@code POST /login} or {@code click #submit}. */
    String describe();

    /** The keys of this step only the http engine runs ({@code json}, {@code headers}, {@code extract}). */
    default java.util.List<String> httpOnlyKeys() {
        return java.util.List.of();
    }

    /** The values this step takes from its response: name → {@code /json/pointer} or {@code header:NAME}. */
    default Map<String, String> extract() {
        return Map.of();
    }

    private static java.util.List<String> httpOnly(String json, Map<String, String> headers,
            Map<String, String> extract) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (json != null) {
            keys.add("json");
        }
        if (!headers.isEmpty()) {
            keys.add("headers");
        }
        if (!extract.isEmpty()) {
            keys.add("extract");
        }
        return keys;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map == null ? Map.of() : map));
    }

    private static Marker.Kind checkMark(Marker.Kind mark) {
        if (mark == Marker.Kind.NOTE) {
            throw new IllegalArgumentException("a step mark is login or logout");
        }
        return mark;
    }

    private static String checkPath(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /: " + path);
        }
        return path;
    }

    private static String checkSelector(String selector) {
        if (selector == null || selector.isBlank()) {
            throw new IllegalArgumentException("a CSS selector is needed");
        }
        return selector;
    }

    /** {@code {"get": "/path"}}: load a page; on the http engine with optional headers and values to extract. */
    record Get(String path, Map<String, String> headers, Map<String, String> extract, Marker.Kind markKind)
            implements FlowStep {
        public Get {
            checkPath(path);
            checkMark(markKind);
            headers = copy(headers);
            extract = copy(extract);
        }

        public Get(String path, Marker.Kind markKind) {
            this(path, Map.of(), Map.of(), markKind);
        }

        @Override
        public java.util.List<String> httpOnlyKeys() {
            return httpOnly(null, headers, extract);
        }

        @Override
        public String action() {
            return "get";
        }

        @Override
        public Optional<Marker.Kind> mark() {
            return Optional.ofNullable(markKind);
        }

        @Override
        public String describe() {
            return "GET " + path;
        }
    }

    /**
     * {@code {"post": "/path", "form": {…}}}: submit a form (fields in file order); on the http engine, or send
     * {@code json} (JSON text) instead, with optional headers and values to extract.
     */
    record Post(String path, Map<String, String> form, String json, Map<String, String> headers,
            Map<String, String> extract, Marker.Kind markKind) implements FlowStep {
        public Post {
            checkPath(path);
            checkMark(markKind);
            form = copy(form);
            form.forEach((k, v) -> Objects.requireNonNull(v, "form field " + k));
            if (json != null && !form.isEmpty()) {
                throw new IllegalArgumentException("a post sends a form or JSON, not both");
            }
            headers = copy(headers);
            extract = copy(extract);
        }

        public Post(String path, Map<String, String> form, Marker.Kind markKind) {
            this(path, form, null, Map.of(), Map.of(), markKind);
        }

        @Override
        public java.util.List<String> httpOnlyKeys() {
            return httpOnly(json, headers, extract);
        }

        @Override
        public String action() {
            return "post";
        }

        @Override
        public Optional<Marker.Kind> mark() {
            return Optional.ofNullable(markKind);
        }

        @Override
        public String describe() {
            return "POST " + path;
        }
    }

    /** {@code {"fill": CSS, "value": S}}: type into a field (browser engine). */
    record Fill(String selector, String value) implements FlowStep {
        public Fill {
            checkSelector(selector);
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String action() {
            return "fill";
        }

        @Override
        public Optional<Marker.Kind> mark() {
            return Optional.empty();
        }

        @Override
        public boolean needsBrowser() {
            return true;
        }

        @Override
        public String describe() {
            return "fill " + selector;
        }
    }

    /** {@code {"click": CSS}}: click an element (browser engine); may carry a mark. */
    record Click(String selector, Marker.Kind markKind) implements FlowStep {
        public Click {
            checkSelector(selector);
            checkMark(markKind);
        }

        @Override
        public String action() {
            return "click";
        }

        @Override
        public Optional<Marker.Kind> mark() {
            return Optional.ofNullable(markKind);
        }

        @Override
        public boolean needsBrowser() {
            return true;
        }

        @Override
        public String describe() {
            return "click " + selector;
        }
    }

    /** {@code {"waitFor": CSS}}: wait until an element is on the page (browser engine). */
    record WaitFor(String selector) implements FlowStep {
        public WaitFor {
            checkSelector(selector);
        }

        @Override
        public String action() {
            return "waitFor";
        }

        @Override
        public Optional<Marker.Kind> mark() {
            return Optional.empty();
        }

        @Override
        public boolean needsBrowser() {
            return true;
        }

        @Override
        public String describe() {
            return "waitFor " + selector;
        }
    }
}
