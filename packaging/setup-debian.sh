#!/usr/bin/env bash
# Installs what Hashiya needs to build, test and run on Debian 12 (bookworm).
# Uses sudo when not run as root. Safe to run again: apt skips what is installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang llvm
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
  libgl-dev libxkbcommon-dev
  libicu-dev libsqlite3-dev sqlite3
  libxml2-dev libxml2-utils libzip-dev
  fonts-noto-core fonts-hosny-amiri
  xvfb xauth
  qt6-svg-dev desktop-file-utils appstream dpkg-dev file
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
)

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
