#!/usr/bin/env bash
# The hardening stage of the test command: a clang build with
# AddressSanitizer + UndefinedBehaviorSanitizer of every LibTorch-free test
# (CTest label "sanitize") and the libFuzzer targets (fuzz/), then those
# tests and each fuzz target for ASSAY_FUZZ_SECONDS (default 30). Any
# sanitizer report, crash or broken property fails the run.
# Build tree: build-hardening (ASSAY_HARDENING_BUILD to change).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ASSAY_HARDENING_BUILD="${ASSAY_HARDENING_BUILD:-$ASSAY_ROOT/build-hardening}"
assay_install_packages
assay_install_hardening_packages

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$ASSAY_ROOT" -B "$ASSAY_HARDENING_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DASSAY_FUZZ=ON -DASSAY_FUZZ_SECONDS="${ASSAY_FUZZ_SECONDS:-30}" >/dev/null
cmake --build "$ASSAY_HARDENING_BUILD" --parallel "$jobs" --target assay_hardening

cd "$ASSAY_HARDENING_BUILD"
# halt_on_error: the first report fails the test. detect_leaks stays on.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Each fuzz target is one process on one core: two at a time on two cores
# halves the stage without shortening any target's run.
ctest --output-on-failure --timeout 1200 --parallel "$jobs" -L sanitize
ctest --output-on-failure --timeout 1200 --parallel "$jobs" -L fuzz
