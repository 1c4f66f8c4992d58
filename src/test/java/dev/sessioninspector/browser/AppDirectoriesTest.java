package dev.sessioninspector.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirectoriesTest {
    @Test
    void followsXdgDataHomeOnLinux() {
        assertThat(AppDirectories.dataHome(Map.of("XDG_DATA_HOME", "/data/me"), "/home/me", "Linux"))
                .isEqualTo(Path.of("/data/me/session-inspector"));
    }

    @Test
    void fallsBackToDotLocalShare() {
        assertThat(AppDirectories.dataHome(Map.of(), "/home/me", "Linux"))
                .isEqualTo(Path.of("/home/me/.local/share/session-inspector"));
        assertThat(AppDirectories.dataHome(Map.of("XDG_DATA_HOME", "relative/dir"), "/home/me", "Linux"))
                .as("the XDG spec ignores relative paths")
                .isEqualTo(Path.of("/home/me/.local/share/session-inspector"));
    }

    @Test
    void usesThePlatformFoldersOnWindowsAndMac() {
        assertThat(AppDirectories.dataHome(Map.of("APPDATA", "C:/Users/me/AppData/Roaming"), "C:/Users/me",
                "Windows 11")).isEqualTo(Path.of("C:/Users/me/AppData/Roaming", "session-inspector"));
        assertThat(AppDirectories.dataHome(Map.of(), "/Users/me", "Mac OS X"))
                .isEqualTo(Path.of("/Users/me/Library/Application Support/session-inspector"));
    }

    @Test
    void theWebViewKeepsItsDataBelowTheAppFolder() {
        String before = System.getProperty(AppDirectories.OVERRIDE);
        try {
            System.setProperty(AppDirectories.OVERRIDE, "/tmp/si-portable");
            assertThat(AppDirectories.webViewData()).isEqualTo(Path.of("/tmp/si-portable/webview"));
        } finally {
            if (before == null) {
                System.clearProperty(AppDirectories.OVERRIDE);
            } else {
                System.setProperty(AppDirectories.OVERRIDE, before);
            }
        }
    }
}
