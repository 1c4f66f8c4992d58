# shellcheck shell=bash
# Shared by packaging/linux/build.sh, packaging/macos/build.sh and packaging/check-linux.sh (source it).
#
# What it does, in order, each step skipped when its inputs have not changed:
#   1. reads packaging/app.conf and the version in pom.xml;
#   2. finds a JDK 17+ with jdeps, jlink and jpackage (JAVA_HOME first);
#   3. builds target/session-inspector.jar with Maven when it is missing (PACKAGING_REBUILD=1 forces it,
#      and the steps below too);
#   4. stages jpackage's input directory: the shaded jar without the native libraries of other platforms
#      (and, on Linux, with JavaFX's and SQLite's natives moved out of the jar and next to it, where both
#      libraries look first: nothing is unpacked into the user's home or /tmp at start-up);
#   5. computes the runtime's modules with jdeps (plus EXTRA_MODULES from app.conf) and links a trimmed
#      runtime with jlink.
# Everything it writes goes under target/packaging/.

PACKAGING_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$PACKAGING_DIR/.." && pwd)
OUT_DIR="$PROJECT_DIR/target/packaging"

log() { printf '%s: %s\n' "${LOG_TAG:-packaging}" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Reads KEY=VALUE lines of packaging/app.conf into shell variables of the same name.
load_app_conf() {
    local line key value
    while IFS= read -r line || [[ -n $line ]]; do
        [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
        [[ $line =~ ^([A-Z_][A-Z0-9_]*)=(.*)$ ]] || die "app.conf: cannot read line '$line'"
        key=${BASH_REMATCH[1]}
        value=${BASH_REMATCH[2]}
        printf -v "$key" '%s' "$value"
    done < "$PACKAGING_DIR/app.conf"
}

# The project's own <version> in pom.xml (the first one outside <parent>, before any dependency).
pom_version() {
    local v
    v=$(sed -e '/<parent>/,/<\/parent>/d' "$PROJECT_DIR/pom.xml" \
        | sed -n -e '/<dependencies>/q' -e '/<properties>/q' -e '/<build>/q' \
            -e 's:.*<version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</version>.*:\1:p' \
        | head -n 1)
    [[ -n $v ]] || die "no <version> in $PROJECT_DIR/pom.xml"
    printf '%s\n' "$v"
}

# jpackage wants one to three dot-separated numbers: 1.2.3-SNAPSHOT becomes 1.2.3.
numeric_version() {
    local v=$1
    [[ $v =~ ^([0-9]+(\.[0-9]+){0,2}) ]] || die "version '$v' does not start with a number"
    printf '%s\n' "${BASH_REMATCH[1]}"
}

# Sets JDK_HOME to a JDK 17 or newer that has jdeps, jlink, jpackage and jar.
find_jdk() {
    local candidates=() c
    [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
    candidates+=(/usr/lib/jvm/java-17-openjdk-* /usr/lib/jvm/temurin-17-* /usr/lib/jvm/java-17-*)
    if command -v javac >/dev/null 2>&1; then
        c=$(readlink -f "$(command -v javac)" 2>/dev/null || true)
        [[ -n $c ]] && candidates+=("$(dirname "$(dirname "$c")")")
    fi
    if [[ $(uname -s) == Darwin ]] && [[ -x /usr/libexec/java_home ]]; then
        candidates+=("$(/usr/libexec/java_home -v 17+ 2>/dev/null || true)")
    fi
    for c in "${candidates[@]}"; do
        [[ -n $c && -x $c/bin/jpackage && -x $c/bin/jlink && -x $c/bin/jdeps && -x $c/bin/jar ]] || continue
        local feature
        feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$c/release" 2>/dev/null)
        [[ -n $feature && $feature -ge 17 ]] || continue
        [[ -d $c/jmods ]] || { log "skipping $c: no jmods/ (jlink needs them)"; continue; }
        JDK_HOME=$c
        JDK_FEATURE=$feature
        return 0
    done
    die "no JDK 17+ with jpackage, jlink, jdeps and jmods found; set JAVA_HOME"
}

# Builds the shaded jar unless it exists (PACKAGING_REBUILD=1: always).
ensure_jar() {
    SHADED_JAR="$PROJECT_DIR/target/$MAIN_JAR"
    if [[ ${PACKAGING_REBUILD:-0} == 1 || ! -f $SHADED_JAR ]]; then
        log "building $MAIN_JAR with Maven"
        (cd "$PROJECT_DIR" && JAVA_HOME=$JDK_HOME mvn -B -ntp -q -DskipTests package) \
            || die "mvn package failed"
    fi
    [[ -f $SHADED_JAR ]] || die "$SHADED_JAR is missing after the build"
}

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
    else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

# The directory name SQLite JDBC uses for this machine's native library (org/sqlite/native/<os>/<arch>).
sqlite_native_dir() {
    local os arch
    case $(uname -s) in
        Linux) os=Linux ;;
        Darwin) os=Mac ;;
        MINGW*|MSYS*|CYGWIN*) os=Windows ;;
        *) die "unsupported OS $(uname -s)" ;;
    esac
    case $(uname -m) in
        x86_64|amd64) arch=x86_64 ;;
        aarch64|arm64) arch=aarch64 ;;
        *) die "unsupported CPU $(uname -m)" ;;
    esac
    printf 'org/sqlite/native/%s/%s\n' "$os" "$arch"
}

# stage_input DIR NATIVES_BESIDE(yes|no): jpackage's --input directory with a slimmed copy of the jar.
# Sets STAGE_KEY (a digest of everything the stage and the runtime depend on).
stage_input() {
    local dest=$1 beside=$2 key work sqlite_dir
    sqlite_dir=$(sqlite_native_dir)
    key="$(sha256_of "$SHADED_JAR") jdk=$(sed -n 's/^JAVA_RUNTIME_VERSION=//p' "$JDK_HOME/release") beside=$beside $sqlite_dir"
    STAGE_KEY=$key
    if [[ ${PACKAGING_REBUILD:-0} != 1 && -f $dest.key && $(cat "$dest.key") == "$key" ]]; then
        log "input directory up to date: $dest"
        return 0
    fi
    log "staging $dest"
    rm -rf "$dest" "$dest.key"
    work="$dest.work"
    rm -rf "$work"
    mkdir -p "$dest" "$work"
    (cd "$work" && "$JDK_HOME/bin/jar" xf "$SHADED_JAR") || die "cannot unpack $SHADED_JAR"
    # Nested JavaFX SWT bridge: never used, and a jar inside a jar does nothing on the class path.
    rm -f "$work/javafx-swt.jar"
    # SQLite JDBC ships natives for 14 platforms; a native package is for one.
    if [[ ! -d $work/$sqlite_dir ]]; then
        die "the jar has no SQLite native library for this machine ($sqlite_dir)"
    fi
    if [[ $beside == yes ]]; then
        mv "$work/$sqlite_dir"/* "$dest/"
        rm -rf "$work/org/sqlite/native"
        # JavaFX loads its natives from the jar's directory before it would unpack them into ~/.openjfx.
        find "$work" -maxdepth 1 -type f \( -name '*.so' -o -name '*.dylib' -o -name '*.dll' \) \
            -exec mv {} "$dest/" \;
    else
        mkdir -p "$work/keep"
        mv "$work/$sqlite_dir" "$work/keep/arch"
        rm -rf "$work/org/sqlite/native"
        mkdir -p "$work/$(dirname "$sqlite_dir")"
        mv "$work/keep/arch" "$work/$sqlite_dir"
        rmdir "$work/keep"
    fi
    "$JDK_HOME/bin/jar" --create --file "$dest/$MAIN_JAR" --manifest "$work/META-INF/MANIFEST.MF" \
        -C "$work" . || die "cannot repack $MAIN_JAR"
    rm -rf "$work"
    printf '%s\n' "$key" > "$dest.key"
}

# java_options_for_stage NATIVES_BESIDE: launcher JVM options matching stage_input's layout (one a line).
java_options_for_stage() {
    if [[ $1 == yes ]]; then
        # $APPDIR is expanded by the jpackage launcher to the directory holding the jar.
        # shellcheck disable=SC2016
        printf '%s\n' '-Dorg.sqlite.lib.path=$APPDIR' "-Dorg.sqlite.lib.name=$(sqlite_lib_name)"
    fi
}

sqlite_lib_name() {
    case $(uname -s) in
        Darwin) echo libsqlitejdbc.dylib ;;
        MINGW*|MSYS*|CYGWIN*) echo sqlitejdbc.dll ;;
        *) echo libsqlitejdbc.so ;;
    esac
}

# runtime_modules JAR: the modules jdeps finds, plus EXTRA_MODULES, comma-separated and sorted.
runtime_modules() {
    local jar=$1 found
    found=$("$JDK_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps \
        --multi-release "$JDK_FEATURE" "$jar") || die "jdeps failed on $jar"
    found=$(printf '%s\n' "$found" | tail -n 1)
    [[ $found == java.base* ]] || die "unexpected jdeps output: $found"
    printf '%s,%s\n' "$found" "$EXTRA_MODULES" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -
}

# --compress=2 zips the module image (about a third smaller); --generate-cds-archive adds the class data
# sharing archive a jlinked runtime otherwise lacks (+23 MB, about 0.4 s off every start on this machine).
# bin/java stays (a few kB) so a user can diagnose the runtime ("runtime/bin/java --list-modules").
JLINK_OPTIONS=(--strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive)

# build_runtime DEST KEY JAR: a jlinked runtime for JAR, rebuilt only when KEY or EXTRA_MODULES change.
# Sets RUNTIME_MODULES.
build_runtime() {
    local dest=$1 key="$2 extra=$EXTRA_MODULES jlink=${JLINK_OPTIONS[*]}" jar=$3
    if [[ ${PACKAGING_REBUILD:-0} != 1 && -f $dest.key && $(cat "$dest.key") == "$key" && -x $dest/bin/java ]]; then
        RUNTIME_MODULES=$(cat "$dest.modules")
        log "runtime up to date: $dest ($RUNTIME_MODULES)"
        return 0
    fi
    log "computing the runtime's modules with jdeps"
    RUNTIME_MODULES=$(runtime_modules "$jar")
    log "linking a runtime with $RUNTIME_MODULES"
    rm -rf "$dest" "$dest.key" "$dest.modules"
    "$JDK_HOME/bin/jlink" --add-modules "$RUNTIME_MODULES" "${JLINK_OPTIONS[@]}" --output "$dest" \
        || die "jlink failed"
    printf '%s\n' "$RUNTIME_MODULES" > "$dest.modules"
    printf '%s\n' "$key" > "$dest.key"
}

# prepare_app NATIVES_BESIDE: all of the above; leaves INPUT_DIR, RUNTIME_DIR, APP_VERSION, PKG_VERSION.
prepare_app() {
    local beside=$1
    load_app_conf
    APP_VERSION=$(pom_version)
    # shellcheck disable=SC2034 # read by the build scripts that source this file
    PKG_VERSION=$(numeric_version "$APP_VERSION")
    find_jdk
    log "version $APP_VERSION, JDK $JDK_HOME"
    ensure_jar
    INPUT_DIR="$OUT_DIR/input"
    RUNTIME_DIR="$OUT_DIR/runtime"
    mkdir -p "$OUT_DIR"
    stage_input "$INPUT_DIR" "$beside"
    build_runtime "$RUNTIME_DIR" "$STAGE_KEY" "$INPUT_DIR/$MAIN_JAR"
}

# One of jpackage's own templates for this JDK (so the scripts keep the placeholders it fills in).
jpackage_template() {
    local name=$1 tmp
    tmp=$(mktemp -d)
    "$JDK_HOME/bin/jimage" extract --dir "$tmp" \
        --include "regex:/jdk.jpackage/jdk/jpackage/internal/resources/$name" "$JDK_HOME/lib/modules" \
        || die "cannot read jpackage's $name"
    cat "$tmp/jdk.jpackage/jdk/jpackage/internal/resources/$name"
    rm -rf "$tmp"
}

# du -sh-like size in MiB of a file or directory.
size_mib() {
    du -sk "$1" | awk '{printf "%.1f MiB", $1 / 1024}'
}
