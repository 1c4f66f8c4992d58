package dev.sessioninspector.inspect;

import dev.sessioninspector.flow.Flow;
import dev.sessioninspector.flow.FlowStep;
import dev.sessioninspector.model.Marker;
import dev.sessioninspector.probe.ScriptedRequest;
import dev.sessioninspector.probe.SignInScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a flow into the sign-in script the probes replay: every step up to and including the login (the step
 * marked {@code login}, else the first POST with a password-like field), and the logout step (marked
 * {@code logout}, else the first step after the login to a logout URL), and the headers a signed-in request sends
 * (those of the first step after the login that sends any, e.g. {@code Authorization: Bearer ${token}}).
 * Browser-only steps cannot be replayed.
 */
public final class FlowSignIn {
    private static final Pattern SECRET = Pattern.compile("pass|pwd|secret", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_SECRET = Pattern.compile("\"[^\"]*(pass|pwd|secret)[^\"]*\"\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOGOUT = Pattern.compile("log_?out|sign_?out|log_?off", Pattern.CASE_INSENSITIVE);

    private FlowSignIn() {
    }

    public static SignInScript of(Flow flow) {
        List<FlowStep> steps = flow.steps();
        int login = -1;
        for (int i = 0; i < steps.size() && login < 0; i++) {
            if (steps.get(i).mark().filter(m -> m == Marker.Kind.LOGIN).isPresent()) {
                login = i;
            }
        }
        for (int i = 0; i < steps.size() && login < 0; i++) {
            if (steps.get(i) instanceof FlowStep.Post p && (p.form().keySet().stream().anyMatch(k -> SECRET.matcher(k).find())
                    || p.json() != null && JSON_SECRET.matcher(p.json()).find())) {
                login = i;
            }
        }
        if (login < 0) {
            return SignInScript.NONE;
        }
        List<ScriptedRequest> signIn = new ArrayList<>();
        for (int i = 0; i <= login; i++) {
            ScriptedRequest r = request(flow, steps.get(i));
            if (r == null) {
                return SignInScript.NONE;
            }
            signIn.add(r);
        }
        List<ScriptedRequest> signOut = new ArrayList<>();
        for (int i = login + 1; i < steps.size(); i++) {
            FlowStep s = steps.get(i);
            boolean marked = s.mark().filter(m -> m == Marker.Kind.LOGOUT).isPresent();
            boolean named = s instanceof FlowStep.Get g && LOGOUT.matcher(g.path().toLowerCase(Locale.ROOT)).find()
                    || s instanceof FlowStep.Post p && LOGOUT.matcher(p.path().toLowerCase(Locale.ROOT)).find();
            if (marked || named) {
                ScriptedRequest r = request(flow, s);
                if (r != null) {
                    signOut.add(r);
                }
                break;
            }
        }
        Map<String, String> signedIn = Map.of();
        for (int i = login + 1; i < steps.size() && signedIn.isEmpty(); i++) {
            ScriptedRequest r = request(flow, steps.get(i));
            if (r != null) {
                signedIn = r.headers();
            }
        }
        return new SignInScript(signIn, signOut, signedIn);
    }

    private static ScriptedRequest request(Flow flow, FlowStep step) {
        return flow.request(step);
    }
}
