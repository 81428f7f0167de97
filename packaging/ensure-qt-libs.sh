#!/usr/bin/env bash
# A real Qt window (xcb) on a fresh Debian needs a few X libraries that pip cannot ship.
# Install them when we can (root with apt-get); otherwise print the exact command.
set -u
pkgs="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
command -v dpkg-query >/dev/null 2>&1 || exit 0
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Qt window libraries:$missing"
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null \
        || echo "Could not install; run: sudo apt-get install$missing" >&2
else
    echo "The Qt window needs these Debian packages. Run:" >&2
    echo "  sudo apt-get install$missing" >&2
fi
exit 0
