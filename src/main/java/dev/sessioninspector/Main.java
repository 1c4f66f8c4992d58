package dev.sessioninspector;

import dev.sessioninspector.cli.Launcher;

/**
 * Entry point of the runnable jar. It is not a JavaFX {@code Application}, so the shaded jar starts on the
 * class path without the "JavaFX runtime components are missing" check.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Launcher.run(args);
        System.exit(code);
    }
}
