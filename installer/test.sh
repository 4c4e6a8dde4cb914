#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole CTest suite.
# Exits non-zero when any test fails.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
assay_install_packages
assay_build
cd "$ASSAY_BUILD"
ctest --output-on-failure --timeout 1200 "$@"
