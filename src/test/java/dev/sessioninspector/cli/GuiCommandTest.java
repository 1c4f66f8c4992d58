package dev.sessioninspector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioninspector.ui.GuiOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gui} options that are refused before any window opens. */
class GuiCommandTest {
    private final StringWriter err = new StringWriter();

    private int gui(String... args) {
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "gui";
        System.arraycopy(args, 0, all, 1, args.length);
        return cl.execute(all);
    }

    @Test
    void demoHttpsIsForTheBuiltInShopOnly() {
        assertThat(gui("--demo-https", "--target", "http://127.0.0.1:9/")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip())
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
        StringWriter out = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        assertThat(cl.execute("gui", "--help")).isZero();
        assertThat(out.toString()).contains("--demo-https");
    }
}
