package dev.sessioninspector.probe;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a probe signs in again on its own (the flow's steps up to and including the login step) and signs out
 * afterwards (the logout step), so it leaves no session of its own behind. Empty {@code signIn}: the probes
 * that need a fresh login report inconclusive. {@code signedInHeaders} are what a signed-in request sends besides
 * cookies, with {@code ${name}} placeholders the sign-in steps extract (e.g. {@code Authorization: Bearer ${token}}).
 */
public record SignInScript(List<ScriptedRequest> signIn, List<ScriptedRequest> signOut,
        Map<String, String> signedInHeaders) {
    public static final SignInScript NONE = new SignInScript(List.of(), List.of());

    public SignInScript {
        signIn = List.copyOf(Objects.requireNonNull(signIn, "signIn"));
        signOut = List.copyOf(Objects.requireNonNull(signOut, "signOut"));
        signedInHeaders = signedInHeaders == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signedInHeaders));
    }

    /** A script whose signed-in requests need nothing but the cookies sign-in set. */
    public SignInScript(List<ScriptedRequest> signIn, List<ScriptedRequest> signOut) {
        this(signIn, signOut, Map.of());
    }

    public boolean canSignIn() {
        return !signIn.isEmpty();
    }
}
