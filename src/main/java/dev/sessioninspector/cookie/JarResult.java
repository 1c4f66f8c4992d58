package dev.sessioninspector.cookie;

import java.util.List;

/** What storing a batch of cookies did: the changes made and the cookies ignored, each in order. */
public record JarResult(List<JarChange> changes, List<Rejection> rejections) {
    public static final JarResult EMPTY = new JarResult(List.of(), List.of());

    public JarResult {
        changes = List.copyOf(changes);
        rejections = List.copyOf(rejections);
    }
}
