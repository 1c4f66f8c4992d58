package dev.sessioninspector.ui.inspect;

import dev.sessioninspector.ui.timeline.TimelineCanvas;
import dev.sessioninspector.ui.timeline.TimelineModel;
import java.util.HashSet;
import java.util.Set;

/** What the timeline draws as selected and as badged. */
final class TimelineCanvasProbe {
    private TimelineCanvasProbe() {
    }

    static Set<Long> selected(TimelineCanvas canvas) {
        return canvas.selected();
    }

    static Set<Long> badged(TimelineCanvas canvas) {
        TimelineModel m = canvas.modelProperty().get();
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < m.size(); i++) {
            if (m.badged(i)) {
                out.add(m.id(i));
            }
        }
        return out;
    }
}
