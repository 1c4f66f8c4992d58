package dev.sessioninspector.analysis.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.analysis.Rule;
import dev.sessioninspector.testkit.RuleContract;
import org.junit.jupiter.api.Test;

/** Every catalogued rule has its own test class, {@code <Rule>Test} beside it, built on {@link RuleContract}. */
class EveryRuleHasAContractTest {
    @Test
    void everyRuleHasItsOwnContractTest() {
        for (Rule rule : Rules.all()) {
            String name = rule.getClass().getName() + "Test";
            assertThat(exists(name)).as(name + " (extends RuleContract)").isTrue();
        }
    }

    private static boolean exists(String name) {
        try {
            return RuleContract.class.isAssignableFrom(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
