package dev.sessioninspector.demo;

/**
 * The single-page section's one page: a sign-in form and a signed-in panel, driven by a small script that
 * calls the JSON API and keeps the token where {@link AppSettings#storage()} says. Element IDs a flow may use:
 * {@code #username}, {@code #password}, {@code #sign-in}, {@code #signed-in} (present only while signed in),
 * {@code #refresh}, {@code #sign-out}, {@code #signed-out} (present only while signed out).
 */
final class AppPage {
    private AppPage() {
    }

    static String html(AppSettings.TokenStorage storage) {
        String mode = switch (storage) {
            case LOCAL_STORAGE -> "local";
            case MEMORY -> "memory";
            case HTTP_ONLY_COOKIE -> "cookie";
        };
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Tea shop app</title>
                <link rel="stylesheet" href="/static/shop.css"></head>
                <body><main class="app">
                <h1>Tea shop app</h1>
                <p class="note">A single-page app: it signs in through a JSON API and sends a bearer token.</p>
                <div id="view"></div>
                </main>
                <script>
                (function () {
                  var STORAGE = "%s";
                  var memoryToken = null;
                  var view = document.getElementById("view");
                  function token() {
                    return STORAGE === "local" ? localStorage.getItem("token") : memoryToken;
                  }
                  function keep(t) {
                    if (STORAGE === "local") { if (t) { localStorage.setItem("token", t); } else { localStorage.removeItem("token"); } }
                    else if (STORAGE === "memory") { memoryToken = t; }
                  }
                  function call(method, path, body, done) {
                    var x = new XMLHttpRequest();
                    x.open(method, path);
                    var t = token();
                    if (t) { x.setRequestHeader("Authorization", "Bearer " + t); }
                    if (body !== null) { x.setRequestHeader("Content-Type", "application/json"); }
                    x.setRequestHeader("Accept", "application/json");
                    x.onload = function () { var j = {}; try { j = JSON.parse(x.responseText); } catch (e) {} done(x.status, j); };
                    x.onerror = function () { done(0, {}); };
                    x.send(body === null ? null : JSON.stringify(body));
                  }
                  function text(s) { var d = document.createElement("div"); d.textContent = s; return d.innerHTML; }
                  function signedOut(message) {
                    view.innerHTML = '<form id="signed-out">' + (message ? '<p class="error">' + text(message) + '</p>' : '')
                      + '<label>Username <input id="username" autocomplete="username"></label>'
                      + '<label>Password <input id="password" type="password" autocomplete="current-password"></label>'
                      + '<button id="sign-in" type="submit">Sign in</button></form>';
                    document.getElementById("signed-out").addEventListener("submit", function (e) {
                      e.preventDefault();
                      call("POST", "/app/api/login", {username: document.getElementById("username").value,
                          password: document.getElementById("password").value}, function (status, j) {
                        if (status === 200) { keep(j.token || null); refresh(); } else { signedOut(j.error || "Sign-in failed"); }
                      });
                    });
                  }
                  function signedIn(j) {
                    view.innerHTML = '<div id="signed-in"><p>Signed in as <b>' + text(j.name) + '</b> (' + text(j.user) + ')</p>'
                      + '<button id="refresh" type="button">Refresh</button> <button id="sign-out" type="button">Sign out</button></div>';
                    document.getElementById("refresh").addEventListener("click", refresh);
                    document.getElementById("sign-out").addEventListener("click", function () {
                      call("POST", "/app/api/logout", {}, function () { keep(null); signedOut(null); });
                    });
                  }
                  function refresh() {
                    call("GET", "/app/api/me", null, function (status, j) { if (status === 200) { signedIn(j); } else { signedOut(null); } });
                  }
                  refresh();
                })();
                </script></body></html>
                """.formatted(mode);
    }
}
