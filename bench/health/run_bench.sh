#!/usr/bin/env bash
# The dataset health benchmark (README.md): generate the records with planted
# near-duplicate pairs, import them, run the check; prints the machine first.
#   bench/health/run_bench.sh [COUNT] [PAIRS]     (default 1000000 1000)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-1000000}
pairs=${2:-1000}
work=${ASSAY_HEALTH_DIR:-/tmp/assay_health_$count}
flock /tmp/assay-build.lock cmake --build build --target bench_health >/dev/null
lscpu | grep -E '^Model name|^CPU\(s\)'
echo "flags: $(lscpu | grep -o 'avx[^ ]*' | sort -u | tr '\n' ' ')"
if [ ! -f "$work/pairs.tsv" ]; then
  python3 bench/health/make_health_set.py --count "$count" --pairs "$pairs" -o "$work"
fi
# Measurements never overlap another benchmark (CONTRIBUTING.md).
flock /tmp/assay-bench.lock build/bench/health/bench_health import "$work/records.jsonl" "$work/project.assay"
flock /tmp/assay-bench.lock build/bench/health/bench_health check "$work/project.assay" "$work/pairs.tsv"
