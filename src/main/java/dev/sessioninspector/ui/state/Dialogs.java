package dev.sessioninspector.ui.state;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Every question the app asks and every error it pops up, behind one service: the views call it and never build a
 * chooser or an alert themselves, so a test or an unattended run puts {@link #QUIET} (or a scripted one) in its place
 * and no modal window ever opens. FX thread only.
 */
public interface Dialogs {
    /** A file to open, filtered to {@code what} ({@code patterns} such as {@code *.har}); empty when cancelled. */
    Optional<Path> open(String title, String what, String... patterns);

    /** A file to write, suggested as {@code initialName}; empty when cancelled. */
    Optional<Path> save(String title, String initialName, String what, String... patterns);

    /** A folder; empty when cancelled. */
    Optional<Path> folder(String title);

    /** One line of text ({@code prompt} beside the field); empty when cancelled or left blank. */
    Optional<String> text(String title, String prompt);

    /** Shows an error that needs no answer ({@code header} may be null); the caller has put it on the status line. */
    void error(String header, String line);

    /** Asks nothing and shows nothing: every question is cancelled, errors stay on the status line. */
    Dialogs QUIET = new Quiet();

    /** {@link #QUIET}'s answers; a test overrides the one question it answers. */
    class Quiet implements Dialogs {
        @Override
        public Optional<Path> open(String title, String what, String... patterns) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> save(String title, String initialName, String what, String... patterns) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> folder(String title) {
            return Optional.empty();
        }

        @Override
        public Optional<String> text(String title, String prompt) {
            return Optional.empty();
        }

        @Override
        public void error(String header, String line) {
        }
    }

    /** The real windows, owned by {@code owner}'s window (null: none yet). */
    static Dialogs onScreen(Supplier<Window> owner) {
        return new Dialogs() {
            @Override
            public Optional<Path> open(String title, String what, String... patterns) {
                return path(chooser(title, what, patterns).showOpenDialog(owner.get()));
            }

            @Override
            public Optional<Path> save(String title, String initialName, String what, String... patterns) {
                FileChooser fc = chooser(title, what, patterns);
                fc.setInitialFileName(initialName);
                return path(fc.showSaveDialog(owner.get()));
            }

            @Override
            public Optional<Path> folder(String title) {
                DirectoryChooser dc = new DirectoryChooser();
                dc.setTitle(title);
                return path(dc.showDialog(owner.get()));
            }

            @Override
            public Optional<String> text(String title, String prompt) {
                TextInputDialog dialog = new TextInputDialog();
                dialog.setHeaderText(null);
                dialog.setTitle(title);
                dialog.setContentText(prompt);
                dialog.initOwner(owner.get());
                return dialog.showAndWait().map(String::strip).filter(t -> !t.isEmpty());
            }

            @Override
            public void error(String header, String line) {
                Alert alert = new Alert(Alert.AlertType.ERROR, line);
                alert.setHeaderText(header);
                alert.initOwner(owner.get());
                alert.show();
            }
        };
    }

    private static FileChooser chooser(String title, String what, String... patterns) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        return fc;
    }

    private static Optional<Path> path(File f) {
        return Optional.ofNullable(f).map(File::toPath);
    }
}
