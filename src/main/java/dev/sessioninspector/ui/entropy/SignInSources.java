package dev.sessioninspector.ui.entropy;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.probe.SignInScript;
import java.util.Optional;

/**
 * The sign-ins "Sample fresh tokens" offers besides a flow file: the one the recording on screen shows and the demo
 * shop's flow. Called on the sampler's thread, never the FX thread (finding the recorded sign-in reads the recording).
 */
public interface SignInSources {
    /** Neither: no recording to replay, no demo shop. */
    SignInSources NONE = new SignInSources() {
        @Override
        public SignInScript recorded() {
            return SignInScript.NONE;
        }

        @Override
        public Optional<Flow> demo() {
            return Optional.empty();
        }
    };

    /** The recording's sign-in, its login replayed with the probes' password; {@link SignInScript#NONE} without one. */
    SignInScript recorded();

    /** The running demo shop's flow; empty without a demo shop. */
    Optional<Flow> demo();
}
