#!/usr/bin/env bash
# Builds the Linux app-image (packaging/linux/build.sh --app-image-only) and checks that its launcher,
# on its own trimmed runtime and without a display, really works:
#   1. `--version` prints "session-inspector <version in pom.xml>"; `entropy --bits` takes the app's classes from
#      the AppCDS archive the build made (lib/app/session-inspector.jsa) and loads no picocli, Jackson, SQLite or
#      OkHttp;
#   2. `gui --screenshot` renders the window headless and writes a PNG (JavaFX, WebView and the demo
#      shop all run on the jlinked runtime);
#   3. `scan` records samples/demo-shop.flow.json against `demo` started on a free loopback port
#      (skipped, with a message, while the jar has no scan command);
#   and that no native library was unpacked at run time (they sit next to the jar).
# Exit 0 when every check passes, 1 otherwise. Logs of a failed step are printed.
#
#   packaging/check-linux.sh            (uses target/session-inspector.jar; builds it when missing)
#   PACKAGING_REBUILD=1 packaging/check-linux.sh    (rebuilds the jar first)
set -euo pipefail
LOG_TAG=check-linux
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "$0")/common.sh"

started=$(date +%s)
"$PACKAGING_DIR/linux/build.sh" --app-image-only
load_app_conf
APP_VERSION=$(pom_version)
LAUNCHER="$OUT_DIR/linux/$APP_ID/bin/$APP_ID"
[[ -x $LAUNCHER ]] || die "no launcher at $LAUNCHER"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/si-check.XXXXXX")
DEMO_PID=
cleanup() {
    if [[ -n $DEMO_PID ]] && kill -0 "$DEMO_PID" 2>/dev/null; then
        kill "$DEMO_PID" 2>/dev/null || true
        wait "$DEMO_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

failures=0
pass() { log "PASS $*"; }
fail() {
    log "FAIL $1"
    shift
    local f
    for f in "$@"; do
        [[ -s $f ]] && { printf -- '--- %s\n' "$(basename "$f")" >&2; tail -n 40 "$f" >&2; }
    done
    failures=$((failures + 1))
}

# app SECONDS ARGS...: runs the launcher the way a user without a display would (no DISPLAY or
# WAYLAND_DISPLAY), with a fresh HOME and temp folder so the check sees anything the app unpacks there,
# killed after SECONDS. (The JVM notes "Picked up JAVA_TOOL_OPTIONS" on stderr.)
HOME_DIR="$WORK/home"
APP_TMP="$WORK/tmp"
mkdir -p "$HOME_DIR" "$APP_TMP"
APP_ENV=(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/.local/share"
    XDG_CONFIG_HOME="$HOME_DIR/.config" JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$APP_TMP")
app() {
    local limit=$1
    shift
    "${APP_ENV[@]}" timeout "$limit" "$LAUNCHER" "$@"
}

# --- 1. --version -------------------------------------------------------------------------------------
t0=$(date +%s%N)
if app 60 --version > "$WORK/version.out" 2> "$WORK/version.err"; then
    t1=$(date +%s%N)
    first=$(head -n 1 "$WORK/version.out")
    if [[ $first == "$APP_ID $APP_VERSION" ]]; then
        pass "--version: '$first' in $(((t1 - t0) / 1000000)) ms"
    else
        fail "--version printed '$first', expected '$APP_ID $APP_VERSION'" "$WORK/version.out" "$WORK/version.err"
    fi
else
    fail "--version exited with $?" "$WORK/version.out" "$WORK/version.err"
fi

# --- 1b. entropy --bits: the AppCDS archive serves the app's classes, and the CLI libraries stay unloaded -------------
bits="$WORK/bits.txt"
printf '0110100110010110%.0s' $(seq 1250) > "$bits"
if "${APP_ENV[@]}" JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$APP_TMP -Xlog:class+load=info:file=$WORK/classes.log" \
        timeout 60 "$LAUNCHER" entropy --bits "$bits" > "$WORK/bits.out" 2> "$WORK/bits.err"; then
    heavy=$(grep -c -E ' (picocli|com\.fasterxml|org\.sqlite|okhttp3)\.' "$WORK/classes.log" || true)
    if ! grep -q '^20000 bits' "$WORK/bits.out"; then
        fail "entropy --bits did not report on 20000 bits" "$WORK/bits.out" "$WORK/bits.err"
    elif ! grep -q 'dev\.sessioninspector\.entropy\.BitBattery source: shared objects file (top)' "$WORK/classes.log"; then
        fail "entropy --bits: the AppCDS archive (lib/app/$APP_ID.jsa) did not serve the app's classes" "$WORK/bits.err"
    elif ((heavy > 0)); then
        fail "entropy --bits loaded $heavy classes of picocli, Jackson, SQLite or OkHttp" "$WORK/bits.err"
    else
        pass "entropy --bits: app classes from the AppCDS archive, no picocli/Jackson/SQLite/OkHttp loaded"
    fi
else
    fail "entropy --bits exited with $?" "$WORK/bits.out" "$WORK/bits.err"
fi

# --- 2. gui --screenshot, headless ---------------------------------------------------------------------
shot="$WORK/window.png"
if app 180 gui --screenshot "$shot" > "$WORK/gui.out" 2> "$WORK/gui.err"; then
    if [[ -s $shot && $(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] \
            && (($(stat -c %s "$shot") > 10000)); then
        pass "gui --screenshot: $(stat -c %s "$shot") byte PNG"
    else
        fail "gui --screenshot exited 0 but wrote no PNG worth the name" "$WORK/gui.out" "$WORK/gui.err"
    fi
else
    fail "gui --screenshot exited with $?" "$WORK/gui.out" "$WORK/gui.err"
fi

# --- 3. scan of the demo shop -------------------------------------------------------------------------
if ! app 60 --help > "$WORK/help.out" 2>&1; then
    fail "--help exited with $?" "$WORK/help.out"
elif ! grep -Eq '^[[:space:]]+scan([[:space:]]|$)' "$WORK/help.out"; then
    log "SKIP scan: this build has no scan command yet (not listed by --help); the check runs once it has"
else
    # demo --port 0 takes a free port and prints its address; started in the background (env execs
    # timeout, so $! is timeout, which passes the cleanup's SIGTERM on to the app), stopped on exit.
    "${APP_ENV[@]}" timeout 900 "$LAUNCHER" demo --port 0 > "$WORK/demo.out" 2> "$WORK/demo.err" &
    DEMO_PID=$!
    base=
    for _ in $(seq 1 120); do
        base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$WORK/demo.out" 2>/dev/null | head -n 1 || true)
        [[ -n $base ]] && break
        kill -0 "$DEMO_PID" 2>/dev/null || break
        sleep 0.5
    done
    if [[ -z $base ]]; then
        fail "demo did not start" "$WORK/demo.out" "$WORK/demo.err"
    else
        flow="$WORK/demo-shop.flow.json"
        sed -E "s|(\"baseUrl\"[[:space:]]*:[[:space:]]*\")[^\"]*\"|\1$base\"|" \
            "$PROJECT_DIR/samples/demo-shop.flow.json" > "$flow"
        grep -q "\"$base\"" "$flow" || die "could not set baseUrl in $flow"
        db="$WORK/check.db"
        set +e
        app 300 scan --flow "$flow" --db "$db" --format json --out "$WORK/reports" \
            > "$WORK/scan.out" 2> "$WORK/scan.err"
        rc=$?
        set -e
        # 0: ran, nothing at or above --fail-on; 1: ran, findings (the weak demo shop has plenty).
        if [[ $rc != 0 && $rc != 1 ]]; then
            fail "scan exited with $rc" "$WORK/scan.out" "$WORK/scan.err" "$WORK/demo.err"
        elif [[ ! -s $db ]]; then
            fail "scan exited with $rc but wrote no project file" "$WORK/scan.out" "$WORK/scan.err"
        else
            report=$(find "$WORK/reports" -name '*.json' -type f 2>/dev/null | head -n 1 || true)
            if [[ -z $report ]]; then
                pass "scan: exit $rc, recorded into a $(stat -c %s "$db") byte project (no JSON report in this build yet)"
            else
                flat=$(tr -d '\n\r' < "$report")
                if [[ $flat =~ \"tool\"[[:space:]]*:[[:space:]]*\{[^}]*\"name\"[[:space:]]*:[[:space:]]*\"session-inspector\" \
                        && $flat =~ \"sessionCookies\"[[:space:]]*:[[:space:]]*\[[^]]*\"SESSIONID\" ]]; then
                    pass "scan: exit $rc, report $(basename "$report") names the session cookie SESSIONID"
                else
                    fail "scan's JSON report lacks the tool name or the SESSIONID session cookie" "$report" "$WORK/scan.err"
                fi
            fi
        fi
    fi
fi

# --- nothing unpacked at run time ---------------------------------------------------------------------
unpacked=$(find "$HOME_DIR" "$APP_TMP" -name '*.so' 2>/dev/null | head -n 5)
if [[ -n $unpacked ]]; then
    fail "native libraries were unpacked at run time (the launcher did not find them next to the jar): $unpacked"
else
    pass "no native library unpacked into the home or temp folder"
fi

log "app-image $(size_mib "$OUT_DIR/linux/$APP_ID"); took $(($(date +%s) - started)) s"
if ((failures)); then
    log "$failures check(s) failed"
    exit 1
fi
log "all checks passed"
