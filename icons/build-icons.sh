#!/bin/sh
# Regenerates every raster app icon from icons/session-inspector.svg.
# Needs: rsvg-convert (Debian librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/session-inspector.svg"
res="$here/../src/main/resources/dev/sessioninspector/ui/icons"

for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null 2>&1 || { echo "build-icons.sh: $tool is missing" >&2; exit 2; }
done

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/session-inspector-$size.png"
done

# Windows: one .ico with the sizes Explorer and the task bar use.
convert "$here/session-inspector-16.png" "$here/session-inspector-24.png" "$here/session-inspector-32.png" \
    "$here/session-inspector-48.png" "$here/session-inspector-64.png" "$here/session-inspector-128.png" \
    "$here/session-inspector-256.png" "$here/session-inspector.ico"

# macOS: .icns with the sizes png2icns knows.
png2icns "$here/session-inspector.icns" "$here/session-inspector-16.png" "$here/session-inspector-32.png" \
    "$here/session-inspector-48.png" "$here/session-inspector-128.png" "$here/session-inspector-256.png" \
    "$here/session-inspector-512.png" "$here/session-inspector-1024.png" >/dev/null

# The window icons inside the jar.
mkdir -p "$res"
for size in 16 32 64 256; do
    cp "$here/session-inspector-$size.png" "$res/session-inspector-$size.png"
done
echo "icons rebuilt in $here"
