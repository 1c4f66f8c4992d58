package dev.sessioninspector.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.demo.ShopSettings.IdScheme;
import dev.sessioninspector.demo.ShopSettings;
import dev.sessioninspector.ui.demo.ShopSwitch.Choice;
import dev.sessioninspector.ui.demo.ShopSwitch.Option;
import dev.sessioninspector.ui.demo.ShopSwitch.Toggle;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShopSwitchesTest {
    @Test
    void everySettingHasExactlyOneControlAndEachControlMovesOnlyItsSetting() throws Exception {
        Set<String> covered = new HashSet<>();
        for (ShopSwitch s : ShopSwitches.all()) {
            for (ShopSettings base : List.of(ShopSettings.weak(), ShopSettings.hardened())) {
                ShopSettings changed = flip(s, base);
                List<String> moved = differing(base, changed);
                assertThat(moved).as(s.label()).hasSize(1);
                assertThat(covered.add(moved.get(0)) || base.equals(ShopSettings.hardened()))
                        .as(s.label() + " duplicates another control").isTrue();
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(componentNames(ShopSettings.class, ""));
    }

    @Test
    void theWeakProfileIsWeakEverywhereAndTheHardenedOneNowhere() {
        for (ShopSwitch s : ShopSwitches.all()) {
            assertThat(s.weakIn(ShopSettings.weak())).as(s.label() + " in weak").isTrue();
            assertThat(s.weakIn(ShopSettings.hardened())).as(s.label() + " in hardened").isFalse();
        }
        assertThat(ShopSwitches.weaknesses(ShopSettings.weak())).isEqualTo(ShopSwitches.all().size());
        assertThat(ShopSwitches.weaknesses(ShopSettings.hardened().withHttps(false))).isEqualTo(1);
    }

    @Test
    void onlyHttpsIsFixedWhileTheShopRuns() {
        assertThat(ShopSwitches.all().stream().filter(s -> !s.live()).map(ShopSwitch::label))
                .containsExactly("HTTPS");
    }

    @Test
    void aValueOutsideTheListGetsItsOwnLabel() {
        Option<Duration> odd = ShopSwitches.IDLE.optionFor(Duration.ofSeconds(90));
        assertThat(odd.label()).isEqualTo("90 s");
        assertThat(ShopSwitches.IDLE.optionFor(null).label()).isEqualTo("none");
        assertThat(ShopSwitches.LIFETIME.optionFor(Duration.ofDays(365)).label()).isEqualTo("1 year");
        assertThat(ShopSwitches.describe(Duration.ofDays(2))).isEqualTo("2 days");
        assertThat(ShopSwitches.describe(Duration.ofHours(8))).isEqualTo("8 h");
    }

    @Test
    void togglesReadBackWhatTheyWrite() {
        for (ShopSwitch s : ShopSwitches.all()) {
            if (s instanceof Toggle t) {
                assertThat(t.get().apply(t.set().apply(ShopSettings.weak(), true))).as(t.label()).isTrue();
                assertThat(t.get().apply(t.set().apply(ShopSettings.hardened(), false))).as(t.label()).isFalse();
            }
        }
        assertThat(ShopSwitches.IDS.set().apply(ShopSettings.weak(), IdScheme.TIMESTAMP).ids())
                .isEqualTo(IdScheme.TIMESTAMP);
    }

    /** The settings with {@code s} moved to a different value. */
    @SuppressWarnings("unchecked")
    private static ShopSettings flip(ShopSwitch s, ShopSettings base) {
        if (s instanceof Toggle t) {
            return t.set().apply(base, !t.get().apply(base));
        }
        Choice<Object> c = (Choice<Object>) s;
        Object current = c.get().apply(base);
        Object other = c.options().stream().filter(o -> !Objects.equals(o.value(), current))
                .findFirst().orElseThrow().value();
        return c.set().apply(base, other);
    }

    /** The settings' leaf components that differ; nested records (the /app switches) count by their own parts. */
    private static List<String> differing(Record a, Record b) throws Exception {
        return differing(a, b, "");
    }

    private static List<String> differing(Record a, Record b, String prefix) throws Exception {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            Object x = c.getAccessor().invoke(a);
            Object y = c.getAccessor().invoke(b);
            if (x instanceof Record rx && y instanceof Record ry) {
                names.addAll(differing(rx, ry, prefix + c.getName() + "."));
            } else if (!Objects.equals(x, y)) {
                names.add(prefix + c.getName());
            }
        }
        return names;
    }

    private static List<String> componentNames(Class<?> type, String prefix) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isRecord()) {
                names.addAll(componentNames(c.getType(), prefix + c.getName() + "."));
            } else {
                names.add(prefix + c.getName());
            }
        }
        return names;
    }
}
