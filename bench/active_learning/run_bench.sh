#!/usr/bin/env bash
# Issue 20, "uncertainty-first labeling, measured": simulated labeling of the demo
# correctness data and the style data (and, when bench/data_kinds/make_sets.sh has
# written it, the real english_topics set), uncertainty-first against random, 3 seeds;
# prints the tables and writes the chart.
# Usage: bench/active_learning/run_bench.sh [BUILD_DIR] [PNG]   (KINDS_DIR=/tmp/assay_kinds)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
PNG="${2:-$ROOT/docs/active_learning.png}"
KINDS_DIR="${KINDS_DIR:-/tmp/assay_kinds}"
# Not part of the default build; SKIP_BUILD=1 runs the binary already in BUILD_DIR.
[ "${SKIP_BUILD:-0}" = 1 ] || cmake --build "$BUILD" --target bench_active_learning >/dev/null
BIN="$BUILD/bench/active_learning/bench_active_learning"
DEMO="$ROOT/resources/demo"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

lscpu | grep -E '^(Model name|CPU\(s\)|Flags)'
date -u +'%Y-%m-%d %H:%M UTC'

# Correctness: the 8,000 committed demo records are the pool; the held-out file (600
# records, place names the pool never uses) is the test set.
"$BIN" --name "correctness, held-out place names" --train "$DEMO/addresses_demo.trl.json" \
  --test "$DEMO/addresses_heldout.trl.json" --checkpoints 100,200,400,800 --seed_labels 20 --batch 20 \
  | tee "$OUT/correctness.jsonl"
# The same pool and budget scored in distribution: a stratified 80/20 split of the 8,000
# records per seed (6,400 in the pool, 1,600 to test), to tell the rule from the shift.
"$BIN" --name "correctness, in-distribution split" --train "$DEMO/addresses_demo.trl.json" --test_fraction 0.2 \
  --checkpoints 100,200,400,800 --seed_labels 20 --batch 20 | tee "$OUT/correctness_split.jsonl"
# Style: 210 records in all, so a stratified 80/20 split per seed (168 in the pool, 42 to
# test) and a budget scaled to the pool: 20, 40, 80, 160 labels in batches of 10.
"$BIN" --name "style (demo, 5 labels)" --train "$DEMO/style_demo.json" --test_fraction 0.2 \
  --checkpoints 20,40,80,160 --seed_labels 10 --batch 10 | tee "$OUT/style.jsonl"
if [ -e "$KINDS_DIR/english_topics.train.jsonl" ]; then
  "$BIN" --name "english_topics (real, 5 labels)" --train "$KINDS_DIR/english_topics.train.jsonl" \
    --test "$KINDS_DIR/english_topics.test.jsonl" --checkpoints 100,200,400,800 --seed_labels 20 --batch 20 \
    | tee "$OUT/english_topics.jsonl"
fi
RESULTS=("$OUT/correctness.jsonl" "$OUT/correctness_split.jsonl" "$OUT/style.jsonl")
[ -e "$OUT/english_topics.jsonl" ] && RESULTS+=("$OUT/english_topics.jsonl")
/usr/bin/python3 "$ROOT/bench/active_learning/summarize.py" "$PNG" "${RESULTS[@]}"
echo "chart: $PNG"
