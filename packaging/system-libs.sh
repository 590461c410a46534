#!/bin/sh
# Make sure the Debian/Ubuntu libraries Qt needs are present.
#   system-libs.sh run   - what a real window needs
#   system-libs.sh test  - what the offscreen test suite and its packaging checks need
# Installs them with apt-get when run as root; otherwise prints the exact command.
set -eu
offscreen="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0"
window="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
checks="desktop-file-utils appstream poppler-utils"
case "${1:-run}" in
  run) wanted="$offscreen $window" ;;
  test) wanted="$offscreen $checks" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0  # not Debian-like: see README for other platforms
missing=""
for package in $wanted; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "paindiary needs these system packages:$missing" >&2
  echo "Install them with:  sudo apt-get install -y$missing" >&2
  exit 1
fi
