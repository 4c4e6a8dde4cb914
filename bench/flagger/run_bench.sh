#!/usr/bin/env bash
# The wrong-label flagger on the demo data: planted flips (10 %, seeded) found,
# and the held-out accuracy of the n-gram model before and after accepting
# the flags (bench/flagger/README.md). Usage: bench/flagger/run_bench.sh [BUILD_DIR]
# ASSAY_FLAGGER_TINY=0 skips the tiny transformer's run (about 6 minutes); the real sets of
# bench/data_kinds run when ASSAY_KINDS_DIR (default /tmp/assay_kinds) holds them.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
cmake --build "$build" --target bench_flagger assay-cli
bench=$build/bench/flagger/bench_flagger
lscpu | grep -E '^Model name|^CPU\(s\)'
echo "flags: $(lscpu | grep -o 'avx[^ ]*' | sort -u | tr '\n' ' ')"
exec 9>/tmp/assay-bench.lock
flock 9
"$bench" resources/demo/style_demo.json --seeds 1,2,3
"$bench" resources/demo/addresses_demo.trl.json --seeds 1,2,3
# The time bound: the flagger on 10,000 records (the 80 % of 12,500 left after the test set), two threads.
big=$(mktemp --suffix .trl.json)
python3 resources/demo/generate_addresses.py --count 12500 --seed 7 --place-split train -o "$big" >/dev/null
"$bench" "$big" --seeds 1 --threads 2
rm -f "$big"
# Real sets, when bench/data_kinds/make_sets.sh has written them (ASSAY_KINDS_DIR).
kinds=${ASSAY_KINDS_DIR:-/tmp/assay_kinds}
for set in spam english_topics poets; do
  if [ -f "$kinds/$set.train.jsonl" ]; then
    "$bench" "$kinds/$set.train.jsonl" --test "$kinds/$set.test.jsonl" --seeds 1,2,3
  fi
done
if [ "${ASSAY_FLAGGER_TINY:-1}" != 0 ]; then
  "$bench" resources/demo/addresses_demo.trl.json --seeds 1 --model tiny --minutes 1 --max_records 4000 \
    --cli "$build/app/assay-cli"
fi
