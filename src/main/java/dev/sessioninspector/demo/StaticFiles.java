package dev.sessioninspector.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The shop's static files (style sheet, icon), loaded once from the classpath; served without sessions. */
final class StaticFiles {
    /**
     * One file.
     *
     * @param contentType its media type
     * @param body        its bytes (shared: never modify)
     */
    record File(String contentType, byte[] body) {
    }

    private final Map<String, File> files;

    StaticFiles() {
        files = Map.of(
                "/static/shop.css", new File("text/css; charset=utf-8", load("shop.css")),
                "/favicon.ico", new File("image/svg+xml", load("teapot.svg")));
    }

    Optional<File> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("demo shop resource missing from the build: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo shop resource " + name, e);
        }
    }
}
