#!/usr/bin/env bash
# QualityLoop quick start on Debian 12, as root. Idempotent: what is installed or built stays.
#   bash .ci/quickstart.sh app    install what is missing, build, open the window on the embedded database
#   bash .ci/quickstart.sh test   install what is missing, build (plain and sanitizer), run every test
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6
  libsqlite3-dev sqlite3 libsodium-dev catch2 clang-format
  poppler-utils fonts-wqy-microhei
  dpkg-dev file lintian desktop-file-utils appstream xauth xvfb
  openssh-server sshfs
  postgresql libpq-dev
  qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev python3-openpyxl
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() { # preset [target...]
  local preset=$1
  shift
  cmake --preset "$preset" >/dev/null
  if (($#)); then
    cmake --build --preset "$preset" -j2 --target "$@"
  else
    cmake --build --preset "$preset" -j2
  fi
}

# What the plain build needs for the window and for its test run (the package, the quick
# benchmark, the large-data test, the core suite on PostgreSQL); every test program is built and
# run in the sanitizer build.
app_targets=(qualityloop qualityloop-cli)
plain_test_targets=("${app_targets[@]}" ql_icons ql_package_docs ql_bench gui_large_tests core_tests)

case "${1:-}" in
  app)
    install_missing
    build default "${app_targets[@]}"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
      echo "No display here: opening the window offscreen to show that it starts (run build/app/qualityloop on a desktop)."
      export QT_QPA_PLATFORM=offscreen
      exec build/app/qualityloop --exit-after-show
    fi
    exec build/app/qualityloop
    ;;
  test)
    install_missing
    build default "${plain_test_targets[@]}"
    build asan
    export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
    chmod 700 "$XDG_RUNTIME_DIR"
    export QT_QPA_PLATFORM=offscreen
    echo "== Tests under AddressSanitizer and UndefinedBehaviorSanitizer =="
    # Memory errors, leaks and undefined behaviour fail the run. intercept_tls_get_addr=0: GCC 12's
    # sanitizer runtime takes a dynamic TLS block that happens to start 16 bytes past a page for a
    # glibc-2.19 header and reads garbage as its bounds, so LeakSanitizer's exit-time tracer dies
    # ("Tracer caught signal 11") now and then after every assertion passed (fixed upstream
    # after GCC 13 / LLVM 16). No thread of ours is alive at exit (checked with log_threads=1).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:intercept_tls_get_addr=0 \
    LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest --test-dir build-asan -j2 --output-on-failure -LE "package|bench|large" -E "^core on pg:"
    echo "== Tests of the plain build: the package, the quick benchmark and the large-data tests =="
    # Every other test ran above under the sanitizers; running it again here only cost CI time.
    # Label manual: long runs started by hand only (the 1,000-kill run, see README "Reliability").
    ctest --test-dir build -j2 --output-on-failure -L "package|bench|large" -LE manual
    echo "== The core suite a second time, on a PostgreSQL server (plain build) =="
    # The fixture pg_cluster starts a throw-away server for it (tests/pg/pg-cluster.sh).
    ctest --test-dir build -j2 --output-on-failure -R "^core on pg:"
    ;;
  *)
    echo "usage: bash .ci/quickstart.sh app|test" >&2
    exit 2
    ;;
esac
