package dev.sessioninspector.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One data folder for the project and the browser, by each OS's convention, moved whole by the override. */
class AppDataFolderTest {
    @Test
    void linuxFollowsXdgDataHomeWhenItIsAbsolute() {
        assertThat(AppDataFolder.resolve(null, "Linux", "/home/ann", Map.of()))
                .isEqualTo(Path.of("/home/ann/.local/share/session-inspector"));
        assertThat(AppDataFolder.resolve(null, "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data/ann")))
                .isEqualTo(Path.of("/data/ann/session-inspector"));
        assertThat(AppDataFolder.resolve(null, "Linux", "/home/ann", Map.of("XDG_DATA_HOME", "relative")))
                .as("a relative XDG_DATA_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/ann/.local/share/session-inspector"));
        assertThat(AppDataFolder.resolve(null, "FreeBSD", "/home/ann", Map.of("XDG_DATA_HOME", " ")))
                .isEqualTo(Path.of("/home/ann/.local/share/session-inspector"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(AppDataFolder.resolve(null, "Mac OS X", "/Users/ann", Map.of("XDG_DATA_HOME", "/elsewhere")))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Session Inspector"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(AppDataFolder.resolve(null, "Windows 11", "C:/Users/ann",
                Map.of("LOCALAPPDATA", "D:/Local", "APPDATA", "D:/Roaming")))
                .isEqualTo(Path.of("D:/Local/Session Inspector"));
        assertThat(AppDataFolder.resolve(null, "Windows 10", "C:/Users/ann", Map.of()))
                .isEqualTo(Path.of("C:/Users/ann/AppData/Local/Session Inspector"));
    }

    @Test
    void theOverrideMovesTheWholeFolderOnEveryOs() {
        for (String os : new String[] {"Linux", "Mac OS X", "Windows 11"}) {
            assertThat(AppDataFolder.resolve("/tmp/si-portable", os, "/home/ann", Map.of("XDG_DATA_HOME", "/x")))
                    .isEqualTo(Path.of("/tmp/si-portable"));
        }
        assertThat(AppDataFolder.resolve("  ", "Linux", "/home/ann", Map.of()))
                .as("a blank override is none").isEqualTo(Path.of("/home/ann/.local/share/session-inspector"));
    }

    @Test
    void theDefaultProjectAndTheBrowsersProfileLiveInTheSameFolderAndMoveWithTheOverride() {
        String before = System.getProperty(AppDataFolder.OVERRIDE);
        try {
            System.setProperty(AppDataFolder.OVERRIDE, "/tmp/si-portable");
            assertThat(Project.defaultFile()).isEqualTo(Path.of("/tmp/si-portable/recordings.db"));
            assertThat(AppDataFolder.webViewData()).isEqualTo(Path.of("/tmp/si-portable/webview"));
        } finally {
            if (before == null) {
                System.clearProperty(AppDataFolder.OVERRIDE);
            } else {
                System.setProperty(AppDataFolder.OVERRIDE, before);
            }
        }
        assertThat(Project.defaultFile().getParent()).isEqualTo(AppDataFolder.webViewData().getParent());
    }
}
