package dev.sessioninspector.probe;

import java.util.List;
import java.util.Objects;

/**
 * How a probe signs in again on its own (the flow's steps up to and including the login step) and signs out
 * afterwards (the logout step), so it leaves no session of its own behind. Empty {@code signIn}: the probes
 * that need a fresh login report inconclusive.
 */
public record SignInScript(List<ScriptedRequest> signIn, List<ScriptedRequest> signOut) {
    public static final SignInScript NONE = new SignInScript(List.of(), List.of());

    public SignInScript {
        signIn = List.copyOf(Objects.requireNonNull(signIn, "signIn"));
        signOut = List.copyOf(Objects.requireNonNull(signOut, "signOut"));
    }

    public boolean canSignIn() {
        return !signIn.isEmpty();
    }
}
