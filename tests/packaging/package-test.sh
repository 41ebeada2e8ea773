#!/usr/bin/env bash
# Installs the build into a DESTDIR and checks the file list, makes the .deb with CPack, checks its metadata and
# computed dependencies, unpacks it into a scratch root (dpkg -x) and runs `hashiya --version` and `--help` from
# there. Needs only the normal build to have run: cpack runs the install step itself. No network.
#
#   package-test.sh BUILD_DIR SCRATCH_DIR BUILT_BINARY
set -euo pipefail
build=$1
scratch=$2
built_binary=$3

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

rm -rf "$scratch"
mkdir -p "$scratch"

# 1. cmake --install puts every file in its usual place, and nothing else.
DESTDIR="$scratch/destdir" cmake --install "$build" --prefix /usr >/dev/null
expected="usr/bin/hashiya
usr/share/applications/app.hashiya.Hashiya.desktop
usr/share/doc/hashiya/LICENSE
usr/share/doc/hashiya/README.md
usr/share/icons/hicolor/scalable/apps/app.hashiya.Hashiya.svg
usr/share/man/man1/hashiya.1.gz
usr/share/metainfo/app.hashiya.Hashiya.metainfo.xml"
installed=$(cd "$scratch/destdir" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
if [ "$installed" != "$expected" ]; then
  diff <(echo "$expected") <(echo "$installed") >&2 || true
  fail "cmake --install: unexpected file list (- expected, + installed)"
fi
gzip -t "$scratch/destdir/usr/share/man/man1/hashiya.1.gz" || fail "the man page is not a valid gzip file"
# The installed tree as a software centre reads it: the metainfo with its desktop entry and icon beside it.
appstreamcli validate-tree --no-net --strict "$scratch/destdir/usr" >"$scratch/validate-tree.log" 2>&1 \
  || { cat "$scratch/validate-tree.log" >&2; fail "appstreamcli validate-tree"; }

# 2. cpack makes the .deb; -B keeps it (and CPack's staging tree) out of the build directory.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/cpack" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB"; }
debs=("$scratch"/cpack/hashiya_*.deb)
[ -f "${debs[0]}" ] || fail "no hashiya_*.deb in $scratch/cpack"
deb=${debs[0]}
echo "package: $(basename "$deb")"

info=$(dpkg-deb -I "$deb")
echo "$info" | grep -E '^ (Package|Version|Architecture|Depends|Section|Homepage):'
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = hashiya ] || fail "Package is not hashiya"
[ "$(field Version)" = "$("$built_binary" --version | awk '{print $2}')" ] || fail "Version differs from --version"
depends=$(field Depends)
# What Qt loads at run time, named by hand; then libraries found by dpkg-shlibdeps in the binary itself.
for needed in 'libqt6sql6-sqlite' 'qt6-qpa-plugins' 'libqt6svg6' 'fonts-hosny-amiri | fonts-noto-core' \
  'qt6-translations-l10n' 'libicu72' 'libsqlite3-0' 'libqt6core6' 'libqt6widgets6' 'libxml2' 'libzip4' 'libc6'; do
  case ", $depends," in
    *", $needed"[\ ,]*) ;;
    *) fail "Depends lacks '$needed': $depends" ;;
  esac
done

# 3. The package's files, unpacked into a scratch root as dpkg would install them.
root="$scratch/root"
dpkg -x "$deb" "$root"
packaged=$(cd "$root" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
[ "$packaged" = "$expected" ] || fail "the package's files differ from cmake --install's: $packaged"
if file "$root/usr/bin/hashiya" | grep -q 'not stripped'; then fail "the packaged binary is not stripped"; fi

# 4. The unpacked binary runs: --version and --help, headless, in English.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en HASHIYA_LANGUAGE=en
unset DISPLAY WAYLAND_DISPLAY
version=$("$root/usr/bin/hashiya" --version)
[ "$version" = "hashiya $(field Version)" ] || fail "--version printed '$version'"
help=$("$root/usr/bin/hashiya" --help)
# The command list comes from the dispatcher's table (tests/app/tst_commandhelp checks the built binary lists
# every command of it); the packaged binary must print exactly what the built one does.
# (The first line, "Usage: PATH ...", names each binary's own path.)
[ "$(echo "$help" | sed 1d)" = "$("$built_binary" --help | sed 1d)" ] \
  || fail "the packaged binary's --help differs from the built one's"
for command in import list text export import-annotations find search; do
  echo "$help" | grep -Eq "^  $command( |$)" || fail "--help lacks the command $command"
done
echo "$version; --help lists $(echo "$help" | grep -c '^  ') command and option lines"
rm -rf "$scratch"
