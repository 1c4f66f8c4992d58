#!/usr/bin/env bash
# Builds the Linux app-image (and a .tar.gz of it) and the .deb of Session Inspector under
# target/packaging/linux/.
#
#   packaging/linux/build.sh [--app-image-only]
#
# Needs a JDK 17+ (JAVA_HOME, or the Debian openjdk-17-jdk), Maven, and for the .deb dpkg-deb and
# fakeroot (installed with apt-get when missing and running as root). See docs/install.md.
set -euo pipefail
LOG_TAG=linux
# shellcheck source-path=SCRIPTDIR source=../common.sh
source "$(dirname "$0")/../common.sh"

app_image_only=no
for arg in "$@"; do
    case $arg in
        --app-image-only) app_image_only=yes ;;
        -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$arg' (see --help)" ;;
    esac
done
[[ $(uname -s) == Linux ]] || die "build Linux packages on Linux (jpackage cannot cross-build)"

prepare_app yes
LINUX_OUT="$OUT_DIR/linux"
ICON="$PROJECT_DIR/icons/session-inspector-256.png"
[[ -f $ICON ]] || die "missing $ICON (the app icon set lives in icons/)"
mkdir -p "$LINUX_OUT"

# Options every jpackage call here shares.
common_opts=(
    --name "$APP_ID"
    --app-version "$PKG_VERSION"
    --vendor "$VENDOR"
    --copyright "$COPYRIGHT"
    --description "$DESCRIPTION"
    --icon "$ICON"
)

# --- app-image --------------------------------------------------------------------------------------
APP_IMAGE="$LINUX_OUT/$APP_ID"
log "jpackage app-image -> $APP_IMAGE"
rm -rf "$APP_IMAGE"
java_opts=()
while IFS= read -r o; do
    [[ -n $o ]] && java_opts+=(--java-options "$o")
done < <(java_options_for_stage yes)
# AppCDS: the app's own classes (the CLI, the entropy battery...) come from a dynamic archive made below by a
# training run, on top of the runtime's archive for the JDK's classes. A JVM that cannot use it (an archive from
# another build, the jar moved) starts without it, as before. JDK 17 compares the class path as written at the
# training run: the archive serves this app-image where it was built (packaging/check-linux.sh checks that it does);
# the .deb's postinst makes it again in /opt/session-inspector; a .tar.gz unpacked elsewhere runs without it.
# -Xlog:cds*=off: a JVM that cannot use the archive says so in a warning on standard output (every command of a moved
# app-image would print it, before its report or JSON); it starts without the archive, silently.
# shellcheck disable=SC2016
java_opts+=(--java-options '-XX:SharedArchiveFile=$APPDIR/session-inspector.jsa' --java-options '-Xshare:auto'
    --java-options '-Xlog:cds*=off')
"$JDK_HOME/bin/jpackage" --type app-image "${common_opts[@]}" \
    --input "$INPUT_DIR" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
    --runtime-image "$RUNTIME_DIR" ${java_opts[@]+"${java_opts[@]}"} \
    --dest "$LINUX_OUT" || die "jpackage app-image failed"
log "app-image: $APP_IMAGE ($(size_mib "$APP_IMAGE")), launcher $APP_IMAGE/bin/$APP_ID"

# The launcher: a shell script in place of jpackage's native one, with the same JVM options, class path and main class
# (read from the .cfg jpackage wrote beside the jar, $APPDIR being that directory). JDK 17's native Linux launcher asks
# rpm and dpkg which package owns it on every start ('rpm -qf', 'dpkg -S' twice), before the JVM begins: 'dpkg -S'
# reads every installed package's file list, about half a second per command here (docs/benchmarks.md).
write_launcher() {
    local cfg="$APP_IMAGE/lib/app/$APP_ID.cfg" launcher="$APP_IMAGE/bin/$APP_ID" line opts="" classpath="" main=""
    [[ -f $cfg ]] || die "no $cfg from jpackage"
    while IFS= read -r line || [[ -n $line ]]; do
        case $line in
            java-options=*) opts+=" '${line#java-options=}'" ;;
            app.classpath=*) classpath="'${line#app.classpath=}'" ;;
            app.mainclass=*) main="'${line#app.mainclass=}'" ;;
        esac
    done < "$cfg"
    [[ -n $classpath && -n $main ]] || die "$cfg has no app.classpath or app.mainclass"
    # $APPDIR inside single quotes: closed, the script's own variable (double-quoted), reopened
    opts=${opts//\$APPDIR/\'\"\$APPDIR\"\'}
    classpath=${classpath//\$APPDIR/\'\"\$APPDIR\"\'}
    cat > "$launcher" <<SCRIPT || die "cannot write $launcher"
#!/bin/sh
# $DISPLAY_NAME: starts the app-image's runtime with the options jpackage put in lib/app/$APP_ID.cfg (written by
# packaging/linux/build.sh in place of jpackage's launcher, which looks its package up with rpm and dpkg on every start).
APP=\$(dirname "\$(dirname "\$(readlink -f "\$0")")")
APPDIR=\$APP/lib/app
exec "\$APP/lib/runtime/bin/java"$opts -cp $classpath $main "\$@"
SCRIPT
    chmod 755 "$launcher"
}
write_launcher

# The training run: the class path exactly as the launcher gives it, so the archive serves the jar.
log "AppCDS: training run -> $APP_IMAGE/lib/app/session-inspector.jsa"
train_bits=$(mktemp)
# 20,000 bits (any will do: the run only has to load the classes the battery uses); no python needed.
printf '0110100110010110%.0s' $(seq 1250) > "$train_bits" || die "cannot write the training bits"
"$APP_IMAGE/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$APP_IMAGE/lib/app/session-inspector.jsa" \
    -Dorg.sqlite.lib.path="$APP_IMAGE/lib/app" -Dorg.sqlite.lib.name="$(sqlite_lib_name)" \
    -cp "$APP_IMAGE/lib/app/$MAIN_JAR" "$MAIN_CLASS" entropy --bits "$train_bits" >/dev/null \
    || die "AppCDS training run failed"
rm -f "$train_bits"

[[ $app_image_only == yes ]] && exit 0

# --- portable archive of the app-image (any x86-64 Linux with GTK 3; no root needed) -------------------
TARBALL="$LINUX_OUT/$APP_ID-$APP_VERSION-linux-$(uname -m).tar.gz"
log "archiving the app-image -> $TARBALL"
tar -C "$LINUX_OUT" -czf "$TARBALL" "$APP_ID" || die "tar failed"
log "archive: $TARBALL ($(size_mib "$TARBALL"))"

# --- .deb -------------------------------------------------------------------------------------------
# jpackage drives dpkg-deb under fakeroot; a fresh Debian has neither dpkg-dev's tools nor fakeroot.
ensure_deb_tools() {
    local missing=()
    command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg-dev)
    command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
    ((${#missing[@]} == 0)) && return 0
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        log "installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        die "the .deb needs ${missing[*]}: sudo apt-get install ${missing[*]}"
    fi
}

# The resource directory: desktop entry and control file from packaging/linux/resources, and jpackage's
# postinst/prerm with two changes: the command is linked into /usr/bin, and the menu entry is best effort
# (xdg-desktop-menu fails on a machine without a desktop, which would otherwise fail the whole install,
# and worse, a failing prerm would block removal).
write_deb_resources() {
    local res=$1 app="/opt/$APP_ID" launcher="/opt/$APP_ID/bin/$APP_ID" link="/usr/bin/$APP_ID"
    rm -rf "$res"
    mkdir -p "$res"
    sed -e "s|@DISPLAY_NAME@|$DISPLAY_NAME|g" -e "s|@WM_CLASS@|$LINUX_WM_CLASS|g" \
        "$PACKAGING_DIR/linux/resources/launcher.desktop" > "$res/$APP_ID.desktop"
    cp "$PACKAGING_DIR/linux/resources/control" "$res/control"
    jpackage_template template.postinst | patch_maintainer_script '^    configure\)$' DESKTOP_COMMANDS_INSTALL \
        "        # The command line on the PATH, unless something else already owns the name." \
        "        if [ ! -e $link ] || [ -L $link ]; then" \
        "            ln -sf $launcher $link" \
        "        fi" \
        "        # The AppCDS archive made again where the app is installed: JDK 17 uses an archive only with the class" \
        "        # path it was made with (the one from the build names the build's folder). Best effort: without it the" \
        "        # app starts as it would anyway." \
        "        t=\$(mktemp) && printf '0110100110010110%.0s' \$(seq 1250) > \"\$t\" && $app/lib/runtime/bin/java -XX:ArchiveClassesAtExit=$app/lib/app/$APP_ID.jsa -Dorg.sqlite.lib.path=$app/lib/app -Dorg.sqlite.lib.name=$(sqlite_lib_name) -cp $app/lib/app/$MAIN_JAR $MAIN_CLASS entropy --bits \"\$t\" >/dev/null 2>&1 || true" \
        "        rm -f \"\$t\"" > "$res/postinst" || die "jpackage's postinst template changed shape"
    jpackage_template template.prerm | patch_maintainer_script '^    remove\|upgrade\|deconfigure\)$' \
        DESKTOP_COMMANDS_UNINSTALL \
        "        if [ \"\$(readlink $link 2>/dev/null)\" = $launcher ]; then" \
        "            rm -f $link" \
        "        fi" > "$res/prerm" || die "jpackage's prerm template changed shape"
}

# patch_maintainer_script CASE_REGEX PLACEHOLDER LINE...: stdin to stdout, LINEs inserted after the line
# matching CASE_REGEX, the PLACEHOLDER line wrapped so its commands cannot fail the script.
patch_maintainer_script() {
    local case_re=$1 placeholder=$2
    shift 2
    local IFS=$'\n'
    awk -v case_re="$case_re" -v placeholder="$placeholder" -v insert="$*" -v app="$APP_ID" '
        $0 == placeholder {
            print "        # Desktop menu entry: best effort, a machine without a desktop has no menu directories."
            print "        ( :"
            print
            print "        ) || echo \"" app ": desktop menu entry skipped (no menu directories on this machine)\" >&2"
            wrapped = 1
            next
        }
        { print }
        $0 ~ case_re && !inserted { print insert; inserted = 1 }
        END { if (!inserted || !wrapped) exit 3 }'
}

ensure_deb_tools
DEB_RESOURCES="$LINUX_OUT/resources"
write_deb_resources "$DEB_RESOURCES"
rm -f "$LINUX_OUT/${APP_ID}_"*.deb
log "jpackage deb (dpkg-deb compresses ~190 MB with xz: minutes on a busy machine)"
"$JDK_HOME/bin/jpackage" --type deb "${common_opts[@]}" \
    --app-image "$APP_IMAGE" \
    --resource-dir "$DEB_RESOURCES" \
    --linux-deb-maintainer "$DEB_MAINTAINER_EMAIL" \
    --linux-menu-group "$LINUX_MENU_GROUP" \
    --linux-app-category "$LINUX_APP_CATEGORY" \
    --linux-package-deps "$DEB_DEPENDS" \
    --linux-shortcut \
    --dest "$LINUX_OUT" ${JPACKAGE_VERBOSE:+--verbose} || die "jpackage deb failed"
DEB=$(ls "$LINUX_OUT/${APP_ID}_"*.deb)
log "deb: $DEB ($(size_mib "$DEB"))"
