package dev.sessioninspector.ui.demo;

import dev.sessioninspector.demo.ShopSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One switch of the demo shop as the panel shows it: a label, an explanation, how to read it from and write
 * it into {@link ShopSettings}, and which values are the weak ones. No JavaFX: the catalogue is
 * {@link ShopSwitches}.
 */
public sealed interface ShopSwitch permits ShopSwitch.Toggle, ShopSwitch.Choice {
    /** Short label shown next to the control. */
    String label();

    /** What the switch does and why it matters, for the tooltip. */
    String explanation();

    /** Whether the switch can change on a running shop. */
    boolean live();

    /** Whether these settings have this switch in its weak position. */
    boolean weakIn(ShopSettings settings);

    /**
     * An on/off switch.
     *
     * @param secureValue the value the hardened profile uses
     */
    record Toggle(String label, String explanation, Function<ShopSettings, Boolean> get,
                  BiFunction<ShopSettings, Boolean, ShopSettings> set, boolean secureValue, boolean live)
            implements ShopSwitch {
        public Toggle {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(set, "set");
        }

        @Override
        public boolean weakIn(ShopSettings settings) {
            return get.apply(settings) != secureValue;
        }
    }

    /**
     * A choice among labelled values.
     *
     * @param options the values offered, in display order; the current value is added when not among them
     * @param weak    which values are weak
     */
    record Choice<T>(String label, String explanation, List<Option<T>> options, Function<ShopSettings, T> get,
                     BiFunction<ShopSettings, T, ShopSettings> set, Predicate<T> weak, Function<T, String> describe)
            implements ShopSwitch {
        public Choice {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(explanation, "explanation");
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs options");
            }
            Objects.requireNonNull(get, "get");
            Objects.requireNonNull(set, "set");
            Objects.requireNonNull(weak, "weak");
            Objects.requireNonNull(describe, "describe");
        }

        @Override
        public boolean live() {
            return true;
        }

        @Override
        public boolean weakIn(ShopSettings settings) {
            return weak.test(get.apply(settings));
        }

        /** The option for {@code value}: a listed one, or a new one labelled by {@code describe}. */
        public Option<T> optionFor(T value) {
            return options.stream().filter(o -> Objects.equals(o.value(), value)).findFirst()
                    .orElseGet(() -> new Option<>(describe.apply(value), value));
        }
    }

    /** A labelled value of a {@link Choice}; {@code value} may be null (e.g. "none"). */
    record Option<T>(String label, T value) {
        public Option {
            Objects.requireNonNull(label, "label");
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
