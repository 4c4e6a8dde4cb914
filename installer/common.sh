# Shared by run.sh and test.sh: install what is missing, then configure and build.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

ASSAY_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSAY_BUILD="${ASSAY_BUILD:-$ASSAY_ROOT/build}"

ASSAY_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libsqlite3-dev
  libqcustomplot-dev libtorch-dev nlohmann-json3-dev libpcre2-dev
  libopenblas0-pthread libtcmalloc-minimal4 fonts-noto-cjk xvfb xauth
  python3
  time  # /usr/bin/time -v: peak RSS in bench/data/run_bench.sh
)

# Only the test command needs these: clang and libFuzzer for the hardening
# build (installer/hardening.sh).
ASSAY_TEST_PACKAGES=(clang libfuzzer-14-dev)

assay_sudo() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs, through apt-get, those of the named packages that are missing.
assay_install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "==> installing: ${missing[*]}"
    assay_sudo apt-get update -q
    assay_sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

assay_install_packages() {
  local wanted=("${ASSAY_PACKAGES[@]}")
  # Node and npm (test fixtures only) may come from a non-Debian build of
  # nodejs that bundles npm; only ask apt for them when there is no npm at all.
  command -v npm >/dev/null 2>&1 || wanted+=(nodejs npm)
  assay_install_missing "${wanted[@]}"
}

assay_install_test_packages() { assay_install_missing "${ASSAY_TEST_PACKAGES[@]}"; }

assay_build() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  cmake -S "$ASSAY_ROOT" -B "$ASSAY_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$ASSAY_BUILD" --parallel "$jobs"
}
