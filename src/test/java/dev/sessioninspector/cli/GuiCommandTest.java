package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.ui.GuiOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gui} options that are refused before any window opens. */
class GuiCommandTest {
    private final CliRunner cli = new CliRunner();

    @Test
    void demoHttpsIsForTheBuiltInShopOnly() {
        assertThat(cli.run("gui", "--demo-https", "--target", "http://127.0.0.1:9/")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip())
                .isEqualTo("gui: --demo-https applies to the built-in demo shop: leave out --target");
    }

    /** {@code java -jar session-inspector.jar} with no argument: the README's first command. */
    @Test
    void noCommandOpensTheWeakDemoShopAsGuiWithNoOptionsWould() {
        GuiCommand gui = new GuiCommand();
        new CommandLine(gui).parseArgs();
        GuiOptions none = RootCommand.guiOptions();
        assertThat(none).isEqualTo(gui.options());
        assertThat(none.profile()).isEqualTo("weak");
        assertThat(none.target()).isNull();
        assertThat(none.autopilot()).isFalse();
        assertThat(none.reportDir()).isNull();
    }

    @Test
    void demoHttpsIsListedInTheHelp() {
        assertThat(cli.run("gui", "--help")).isZero();
        assertThat(cli.out()).contains("--demo-https");
    }
}
