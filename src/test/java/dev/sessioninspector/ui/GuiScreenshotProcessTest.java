package dev.sessioninspector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui --screenshot} as CI runs it: a fresh JVM with no display variables and no platform flags, so the
 * launcher itself must pick Monocle, start the demo shop, wait for the page and exit with the design's codes.
 */
class GuiScreenshotProcessTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheDefaultGuiRunSavesAScreenshotAndExitsZero() throws Exception {
        Path png = dir.resolve("shell.png");
        Result r = run("gui", "--screenshot", png.toString());
        assertThat(r.code).as(r.stderr).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(r.stderr).as("no JavaFX class-path warning").doesNotContain("Unsupported JavaFX configuration");
    }

    @Test
    void anUnreachableTargetExitsThreeWithOneLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Path png = dir.resolve("failed.png");
        Result r = run("gui", "--target", "http://127.0.0.1:" + closedPort + "/", "--screenshot", png.toString());
        assertThat(r.code).as(r.stderr).isEqualTo(3);
        assertThat(r.stderr.strip().lines().filter(l -> l.startsWith("gui: "))).singleElement()
                .asString().contains("did not load");
        assertThat(png).exists();
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-Dsessioninspector.dataDir=" + dir.resolve("data"));
        // the native libraries this JVM's JavaFX already unpacked (the build's cache), else a folder of the test's own
        String fxCache = System.getProperty("javafx.cachedir");
        cmd.add("-Djavafx.cachedir=" + (fxCache != null ? fxCache : dir.resolve("fx-cache").toString()));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.sessioninspector.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path err = dir.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gui did not exit within 120 s: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int code, String stderr) {
    }
}
