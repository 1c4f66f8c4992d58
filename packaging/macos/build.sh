#!/usr/bin/env bash
# Builds the macOS app bundle and .dmg of Session Inspector under target/packaging/macos/. Run it on a Mac
# (jpackage cannot cross-build) with a JDK 17+ (JAVA_HOME) and Maven; the .jar must be built there too, so
# that it carries JavaFX's macOS natives (Maven picks the platform's JavaFX jars).
#
#   packaging/macos/build.sh [--app-image-only]
#
# Environment:
#   MAC_SIGN_IDENTITY   "Developer ID Application: NAME (TEAM)" to sign the bundle (unsigned without it).
#   MAC_KEYCHAIN        keychain holding that identity (default: the login keychain).
# See docs/install.md for what is checked and what is not.
set -euo pipefail
LOG_TAG=macos
# shellcheck source-path=SCRIPTDIR source=../common.sh
source "$(dirname "$0")/../common.sh"

app_image_only=no
for arg in "$@"; do
    case $arg in
        --app-image-only) app_image_only=yes ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument '$arg' (see --help)" ;;
    esac
done
[[ $(uname -s) == Darwin ]] || die "build the macOS bundle on macOS (jpackage cannot cross-build)"

# JavaFX's natives stay inside the jar here (JavaFX unpacks them into ~/.openjfx/cache on first start):
# that is JavaFX's standard, tested path. Linux moves them next to the jar; on macOS that layout is
# untested, so it stays opt-in (NATIVES_BESIDE=yes), e.g. for a notarized build with hardened runtime,
# where libraries unpacked at run time are not signed.
beside=${NATIVES_BESIDE:-no}
prepare_app "$beside"
MAC_OUT="$OUT_DIR/macos"
ICON="$PROJECT_DIR/icons/session-inspector.icns"
[[ -f $ICON ]] || die "missing $ICON (the app icon set lives in icons/)"
mkdir -p "$MAC_OUT"

# CFBundleVersion must be one to three numbers, the first at least 1, so a 0.x version cannot be the bundle
# version: 0.x builds carry bundle version 1.0.0 while the version people see (CFBundleShortVersionString,
# set through the Info.plist below) stays the real one.
if [[ ${PKG_VERSION%%.*} -ge 1 ]]; then
    BUNDLE_VERSION=$PKG_VERSION
else
    BUNDLE_VERSION=1.0.0
fi

# Info.plist: jpackage's own template for this JDK, with the visible version pinned to the pom's.
RES="$MAC_OUT/resources"
rm -rf "$RES"
mkdir -p "$RES"
plist_template=$(jpackage_template Info-lite.plist.template)
if [[ $plist_template == *DEPLOY_BUNDLE_SHORT_VERSION* ]]; then
    printf '%s\n' "${plist_template//DEPLOY_BUNDLE_SHORT_VERSION/$APP_VERSION}" > "$RES/Info.plist"
else
    log "warning: this JDK's Info.plist template has no DEPLOY_BUNDLE_SHORT_VERSION; Finder shows $BUNDLE_VERSION"
fi

# The second launcher, Contents/MacOS/session-inspector, is the command line (same main class); the
# bundle's own launcher opens the GUI when started from Finder.
CLI_PROPS="$MAC_OUT/cli-launcher.properties"
printf 'main-class=%s\n' "$MAIN_CLASS" > "$CLI_PROPS"

common_opts=(
    --name "$DISPLAY_NAME"
    --app-version "$BUNDLE_VERSION"
    --vendor "$VENDOR"
    --copyright "$COPYRIGHT"
    --description "$DESCRIPTION"
    --icon "$ICON"
    --mac-package-identifier "$MAC_BUNDLE_ID"
    --mac-package-name "$DISPLAY_NAME"
    --resource-dir "$RES"
)
sign_opts=()
if [[ -n ${MAC_SIGN_IDENTITY:-} ]]; then
    sign_opts=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")
    [[ -n ${MAC_KEYCHAIN:-} ]] && sign_opts+=(--mac-signing-keychain "$MAC_KEYCHAIN")
fi
java_opts=()
while IFS= read -r o; do
    [[ -n $o ]] && java_opts+=(--java-options "$o")
done < <(java_options_for_stage "$beside")

APP_BUNDLE="$MAC_OUT/$DISPLAY_NAME.app"
log "jpackage app-image -> $APP_BUNDLE"
rm -rf "$APP_BUNDLE"
"$JDK_HOME/bin/jpackage" --type app-image "${common_opts[@]}" ${sign_opts[@]+"${sign_opts[@]}"} \
    --mac-app-category "$MAC_APP_CATEGORY" \
    --input "$INPUT_DIR" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
    --runtime-image "$RUNTIME_DIR" ${java_opts[@]+"${java_opts[@]}"} \
    --add-launcher "$APP_ID=$CLI_PROPS" \
    --dest "$MAC_OUT" || die "jpackage app-image failed"
log "app bundle: $APP_BUNDLE ($(size_mib "$APP_BUNDLE"))"
"$APP_BUNDLE/Contents/MacOS/$APP_ID" --version || die "the bundle's command line does not start"

[[ $app_image_only == yes ]] && exit 0

rm -f "$MAC_OUT/$DISPLAY_NAME"-*.dmg
"$JDK_HOME/bin/jpackage" --type dmg "${common_opts[@]}" ${sign_opts[@]+"${sign_opts[@]}"} \
    --app-image "$APP_BUNDLE" --dest "$MAC_OUT" || die "jpackage dmg failed"
DMG=$(ls "$MAC_OUT/$DISPLAY_NAME"-*.dmg)
log "dmg: $DMG ($(size_mib "$DMG"))"
