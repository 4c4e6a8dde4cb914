#!/usr/bin/env bash
# Installs what is missing (with what the tests use: python3-torch for
# tst_qwen2_reference, the packaging tools for package_deb), builds, and runs
# the whole CTest suite, then the hardening stage (installer/hardening.sh: sanitizers and fuzzers; skip it
# with ASSAY_SKIP_HARDENING=1). Exits non-zero when any test fails.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
assay_install_packages
assay_install_test_packages
assay_build
# One test per core at a time: the suite takes about half as long on two cores.
(cd "$ASSAY_BUILD" && ctest --output-on-failure --timeout 1200 --parallel "$(nproc 2>/dev/null || echo 2)" "$@")
if [ "${ASSAY_SKIP_HARDENING:-0}" != 1 ]; then
  "$ASSAY_ROOT/installer/hardening.sh"
fi
