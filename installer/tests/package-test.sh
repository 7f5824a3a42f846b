#!/bin/bash
# Builds the Debian package, lints it, installs it, runs what it installed, purges it and checks
# that nothing of it is left behind. Registered as the ctest `package_install` (label `package`).
#
#   package-test.sh BUILD_DIR [CPACK [APP_ID]]
#
# Exit status: 0 passed, 1 failed, 77 skipped (not root, dpkg or lintian missing, or the package
# is already installed on this machine: the test never removes an installation it did not make).
set -u -o pipefail

build_dir=${1:?usage: package-test.sh BUILD_DIR [CPACK [APP_ID]]}
cpack=${2:-cpack}
app_id=${3:-com.example.qualityloop}
package=qualityloop

skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in dpkg dpkg-deb dpkg-query lintian desktop-file-validate; do
    command -v "$tool" >/dev/null || skip "$tool is not installed"
done
# One run at a time on a machine (other build folders may run this test too): dpkg is global.
lock_dir=/run/lock
[ -d "$lock_dir" ] || lock_dir=/tmp
exec 9>"$lock_dir/qualityloop-package-test.lock"
flock -w 300 9 || skip "another run of this test held the lock for 5 minutes"
if dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$'; then
    skip "$package is already installed here; remove it first (dpkg --purge $package)"
fi

work=$(mktemp -d /tmp/ql-package-test.XXXXXX) || fail "mktemp"
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" -eq 1 ]; then
        dpkg --purge "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "cpack -G DEB"
"$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/cpack/"${package}"_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    cat "$work/cpack.log"; fail "cpack made no single .deb"
fi
deb=${debs[0]}
echo "$deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

step "lintian -I --pedantic"
# TMPDIR: lintian leaves a temporary file behind (mldbm-elf-*); keep it in our folder.
mkdir -p "$work/lintian-tmp"
TMPDIR="$work/lintian-tmp" lintian -I --pedantic --fail-on error,warning "$deb" >"$work/lintian.log" 2>&1
lintian_status=$?
cat "$work/lintian.log"
grep -E '^[EW]: ' "$work/lintian.log" && fail "lintian reports errors or warnings"
[ "$lintian_status" -eq 0 ] || fail "lintian exited with $lintian_status"

step "dpkg -i"
installed_by_us=1
dpkg -i "$deb" || fail "dpkg -i (are the dependencies installed?)"
dpkg-query -L "$package" | sort >"$work/files"

step "run the installed programs"
# A private home, so nothing of the run lands in root's real configuration.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" && install -d -m 0700 "$XDG_RUNTIME_DIR"
version=$(/usr/bin/qualityloop-cli --version) || fail "qualityloop-cli --version"
echo "$version"
grep -q '[0-9]\+\.[0-9]\+\.[0-9]\+' <<<"$version" || fail "qualityloop-cli --version printed no version"
/usr/bin/qualityloop-cli --help >/dev/null || fail "qualityloop-cli --help"
/usr/bin/qualityloop --version || fail "qualityloop --version"
data="$work/data"
mkdir -p "$data"
timeout 120 /usr/bin/qualityloop --database "$data/x.sqlite" --exit-after-show >"$work/window.log" 2>&1
window_status=$?
cat "$work/window.log"
[ "$window_status" -eq 0 ] || fail "the installed window did not open offscreen (exit status $window_status)"
# A file or plugin the installed window looks for and does not find (its icon, a driver) is a
# fault of the package even when the window opens.
grep -E 'Cannot open file|[Nn]ot loaded|[Cc]ould not (find|load)' "$work/window.log" \
    && fail "the installed window misses a file or plugin"
[ -s "$data/x.sqlite" ] || fail "the window did not create its database $data/x.sqlite"
/usr/bin/qualityloop-cli check --database "$data/x.sqlite" || fail "qualityloop-cli check on the new database"

step "desktop entry, metainfo, icons, manual pages"
desktop="/usr/share/applications/$app_id.desktop"
[ -f "$desktop" ] || fail "$desktop is missing"
desktop-file-validate "$desktop" || fail "$desktop does not validate"
grep -qx 'Exec=qualityloop' "$desktop" || fail "$desktop does not start qualityloop"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon $icon.svg"
for size in 16 22 24 32 48 64 128 256; do
    png="/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
    [ -f "$png" ] || fail "$png is missing"
    file -b "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a $size x $size PNG"
done
[ -f "/usr/share/metainfo/$app_id.metainfo.xml" ] || fail "the AppStream metainfo is missing"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo does not validate"
fi
for page in qualityloop qualityloop-cli; do
    [ -f "/usr/share/man/man1/$page.1.gz" ] || fail "manual page $page(1) is missing"
done
for doc in copyright changelog.gz; do
    [ -f "/usr/share/doc/$package/$doc" ] || fail "/usr/share/doc/$package/$doc is missing"
done

step "dpkg --purge"
dpkg --purge "$package" || fail "dpkg --purge"
installed_by_us=0
dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$' \
    && fail "$package is still known to dpkg after the purge"
left=0
while IFS= read -r path; do
    [ "$path" = "/." ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # Directories shared with other packages stay; one that was only ours must be gone.
        if ! dpkg-query -S "$path" >/dev/null 2>&1; then
            echo "left behind: $path/ holding:"; ls -A "$path"; left=1
        fi
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"; left=1
    fi
done <"$work/files"
[ "$left" -eq 0 ] || fail "files of the package remain after dpkg --purge"
[ -s "$data/x.sqlite" ] || fail "the purge removed the user's database"
echo
echo "PASSED: ${deb##*/} built, lint-free, installed, ran, purged without leftovers"
