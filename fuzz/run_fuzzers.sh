#!/usr/bin/env bash
# Runs every libFuzzer target of a hardening build for a bounded time and
# prints one line per target: executions, executions per second, edges
# covered (cov), coverage features (ft), corpus size, and whether it
# crashed. Crash inputs are kept in <build>/fuzz/artifacts/.
#
#   fuzz/run_fuzzers.sh [seconds per target] [target name regex]
#
# ASSAY_FUZZ_RUNS=N also stops each target after N executions (whichever
# comes first), for a report of "10 million executions or an hour".
#
# Build first: installer/hardening.sh, or
#   cmake -S . -B build-hardening -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DASSAY_FUZZ=ON
#   cmake --build build-hardening --target assay_hardening
# Corpora grow in <build>/fuzz/corpus/<target> and are reused by the next run.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ASSAY_HARDENING_BUILD:-$root/build-hardening}"
seconds="${1:-60}"
filter="${2:-}"
fuzz="$build/fuzz"
runs_limit="${ASSAY_FUZZ_RUNS:-}"
mkdir -p "$fuzz/artifacts"
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"

printf '%-24s %12s %9s %7s %8s %7s %s\n' target executions exec/s cov ft corpus result
status=0
for bin in "$fuzz"/fuzz_*; do
  [ -x "$bin" ] && [ -f "$bin" ] || continue
  name="$(basename "$bin")"
  [[ -z "$filter" || "$name" =~ $filter ]] || continue
  seeds=("$root/fuzz/seeds/$name")
  case "$name" in
    fuzz_import_*) seeds+=("$root/tests/data/dataset" "$root/fuzz/seeds/import") ;;
    fuzz_tokenizer_json) seeds+=("$root/tests/data/text/bpe_small" "$root/tests/data/text/char") ;;
  esac
  existing=()
  for s in "${seeds[@]}"; do [ -e "$s" ] && existing+=("$s"); done
  mkdir -p "$fuzz/corpus/$name"
  log="$fuzz/artifacts/$name.log"
  limit=(-max_total_time="$seconds")
  [ -n "$runs_limit" ] && limit+=(-runs="$runs_limit")
  "$bin" "${limit[@]}" -timeout=10 -rss_limit_mb=4096 -dict="$root/fuzz/json.dict" -print_final_stats=1 \
    -print_funcs=0 -artifact_prefix="$fuzz/artifacts/$name-" "$fuzz/corpus/$name" "${existing[@]}" >"$log" 2>&1
  rc=$?
  runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')"
  rate="$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')"
  last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*')"
  ft="$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*')"
  corpus="$(find "$fuzz/corpus/$name" -type f | wc -l)"
  result=ok
  if [ "$rc" -ne 0 ]; then result="CRASH (see $log)"; status=1; fi
  printf '%-24s %12s %9s %7s %8s %7s %s\n' "$name" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$result"
done
exit $status
