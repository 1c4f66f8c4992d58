package dev.sessioninspector.ui.inspect;

import org.testfx.util.WaitForAsyncUtils;

/** Lets queued FX work (coalesced redraws, listeners) run. */
final class WaitForFx {
    private WaitForFx() {
    }

    static void events() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}
