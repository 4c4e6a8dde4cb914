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
  qt6-translations-l10n  # Qt's own buttons and dialogs (QMessageBox, QFileDialog) in Chinese
  python3
  time  # /usr/bin/time -v: peak RSS in bench/data/run_bench.sh
  qt6-httpserver-dev qt6-websockets-dev  # Qt HttpServer (its CMake config needs WebSockets), for the REST server of issue 21
  libgloo-dev  # gloo's headers, included by LibTorch's c10d ProcessGroupGloo.hpp (train/DistributedContext); libtorch_cpu already links libgloo.so.0
)

# installer/package.sh: dpkg-shlibdeps (dpkg-dev) computes the package's
# Depends; CPack picks the ELF files to scan and strip with file(1).
ASSAY_PACKAGING_PACKAGES=(dpkg-dev file)

# The test command's CTest run: tst_qwen2_reference checks the model against
# Debian's PyTorch (it skips without it); package_deb builds the package and
# validates its .desktop entry; kernels_compile_arm64 builds the fused
# kernels for arm64 with the cross compiler.
ASSAY_TEST_PACKAGES=(python3-torch desktop-file-utils g++-aarch64-linux-gnu "${ASSAY_PACKAGING_PACKAGES[@]}")

# The hardening stage only (installer/hardening.sh): clang and libFuzzer.
ASSAY_HARDENING_PACKAGES=(clang libfuzzer-14-dev)

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

# No nodejs or npm: no test or build step uses them. Whoever regenerates the
# tokenizer reference ids (tests/npm/README.md) or runs the tokenizer or
# data-kinds benchmarks installs them by hand.
assay_install_packages() { assay_install_missing "${ASSAY_PACKAGES[@]}"; }
assay_install_packaging_packages() { assay_install_missing "${ASSAY_PACKAGING_PACKAGES[@]}"; }
assay_install_test_packages() { assay_install_missing "${ASSAY_TEST_PACKAGES[@]}"; }
assay_install_hardening_packages() { assay_install_missing "${ASSAY_HARDENING_PACKAGES[@]}"; }

assay_configure() {
  cmake -S "$ASSAY_ROOT" -B "$ASSAY_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
}

# Configures and builds everything, or only the targets given
# (assay_build --target assay assay-cli).
assay_build() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  assay_configure
  cmake --build "$ASSAY_BUILD" --parallel "$jobs" "$@"
}
