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

    /** {@code {"get": "/path"}}: load a page. */
    record Get(String path, Marker.Kind markKind) implements FlowStep {
        public Get {
            checkPath(path);
            checkMark(markKind);
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

    /** {@code {"post": "/path", "form": {…}}}: submit a form (fields in file order). */
    record Post(String path, Map<String, String> form, Marker.Kind markKind) implements FlowStep {
        public Post {
            checkPath(path);
            checkMark(markKind);
            form = Collections.unmodifiableMap(new LinkedHashMap<>(form == null ? Map.of() : form));
            form.forEach((k, v) -> Objects.requireNonNull(v, "form field " + k));
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
