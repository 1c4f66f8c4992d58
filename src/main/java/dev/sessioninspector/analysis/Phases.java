package dev.sessioninspector.analysis;

import dev.sessioninspector.model.Exchange;
import java.util.List;
import java.util.Objects;

/**
 * The recording cut at login and logout. Without a login, everything is {@code beforeLogin}; without a
 * logout, everything after the login is {@code signedIn}.
 *
 * @param beforeLogin the exchanges before the login request
 * @param loginChain  the login request and its redirect hops
 * @param signedIn    the exchanges between the login chain and the logout request
 * @param logoutChain the logout request and its redirect hops
 * @param afterLogout the exchanges after the logout chain
 */
public record Phases(List<Exchange> beforeLogin, List<Exchange> loginChain, List<Exchange> signedIn,
        List<Exchange> logoutChain, List<Exchange> afterLogout) {
    public Phases {
        beforeLogin = List.copyOf(Objects.requireNonNull(beforeLogin, "beforeLogin"));
        loginChain = List.copyOf(Objects.requireNonNull(loginChain, "loginChain"));
        signedIn = List.copyOf(Objects.requireNonNull(signedIn, "signedIn"));
        logoutChain = List.copyOf(Objects.requireNonNull(logoutChain, "logoutChain"));
        afterLogout = List.copyOf(Objects.requireNonNull(afterLogout, "afterLogout"));
    }

    static Phases cut(List<Exchange> all, List<Exchange> loginChain, List<Exchange> logoutChain) {
        int loginStart = loginChain.isEmpty() ? all.size() : all.indexOf(loginChain.get(0));
        int loginEnd = loginChain.isEmpty() ? -1 : all.indexOf(loginChain.get(loginChain.size() - 1));
        int logoutStart = logoutChain.isEmpty() ? all.size() : all.indexOf(logoutChain.get(0));
        int logoutEnd = logoutChain.isEmpty() ? all.size() - 1 : all.indexOf(logoutChain.get(logoutChain.size() - 1));
        if (loginStart < 0) {
            loginStart = all.size();
        }
        List<Exchange> before = all.subList(0, Math.min(loginStart, logoutStart));
        List<Exchange> in = loginChain.isEmpty() ? List.of()
                : all.subList(Math.min(loginEnd + 1, all.size()), Math.max(loginEnd + 1, Math.min(logoutStart, all.size())));
        List<Exchange> after = logoutChain.isEmpty() ? List.of() : all.subList(Math.min(logoutEnd + 1, all.size()), all.size());
        return new Phases(before, loginChain, in, logoutChain, after);
    }

    /** The exchanges made signed in: the login's redirect hops, then the signed-in phase. */
    public List<Exchange> afterLogin() {
        List<Exchange> out = new java.util.ArrayList<>(loginChain.isEmpty() ? List.of() : loginChain.subList(1, loginChain.size()));
        out.addAll(signedIn);
        return List.copyOf(out);
    }

    /** True when a login was found. */
    public boolean hasLogin() {
        return !loginChain.isEmpty();
    }

    /** True when a logout was found. */
    public boolean hasLogout() {
        return !logoutChain.isEmpty();
    }
}
