#!/usr/bin/env bash
# Issue 4 benchmark, one run, figures side by side:
#  1. training tokens/s of the tiny preset: Assay (LibTorch) vs the PyTorch-eager peer
#     (same architecture, batch, data, step count), MFU vs the sgemm peak measured in the same run;
#  2. thread settings (LibTorch intra-op x OpenBLAS) for two cores;
#  3. prediction records/s: `assay-cli predict` (batched, dynamic padding) vs seed 000's
#     predict_style recipe (one record at a time, padded to 512);
#  4. time-to-accuracy: `assay-cli train` with default flags on the demo correctness data
#     (the 40,000 generated records installer/run.sh trains on),
#     accuracy on the held-out file (unseen place names) beside the TF-IDF + LR baseline.
# Usage: bench/train/run_bench.sh BUILD_DIR [STEPS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
STEPS="${2:-40}"
TRAIN="$ROOT/resources/demo/addresses_demo.trl.json"
HELDOUT="$ROOT/resources/demo/addresses_heldout.trl.json"
PY=/usr/bin/python3
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "== 1. training throughput, tiny preset, batch 16, $STEPS steps, 1 thread (the measured default)"
"$BUILD/bench/train/bench_train" "$TRAIN" --steps "$STEPS" --batch 16 --threads 1 | tee "$OUT/ours.json"
"$PY" "$ROOT/bench/train/peer_train.py" train "$TRAIN" --steps "$STEPS" --batch 16 --threads 1 | tee "$OUT/peer.json"
"$PY" - "$OUT/ours.json" "$OUT/peer.json" <<'PYEOF'
import json, sys
ours, peer = (json.load(open(p)) for p in sys.argv[1:3])
print(f"   tokens/s  assay {ours['tokens_per_second']:.0f}  pytorch-eager {peer['tokens_per_second']:.0f}"
      f"  ratio {ours['tokens_per_second'] / peer['tokens_per_second']:.2f}x (target >= 1.3x)")
print(f"   MFU {100 * ours['mfu']:.1f}% of the measured sgemm peak {ours['matmul_peak_gflops']:.1f} GFLOP/s (target >= 40%)")
PYEOF

echo "== 2. thread settings (intra-op / OpenBLAS)"
for t in "1 1" "2 1" "1 2" "2 2"; do
  set -- $t
  printf '   intra-op %s, OpenBLAS %s: ' "$1" "$2"
  "$BUILD/bench/train/bench_train" "$TRAIN" --steps $((STEPS / 2)) --batch 16 --threads "$1" --blas_threads "$2" \
    | "$PY" -c 'import json,sys; j=json.load(sys.stdin); print(f"{j[\"tokens_per_second\"]:.0f} tokens/s")'
done

# The demo's training data (installer/run.sh): 40,000 generated records, train half of the places.
DEMO_TRAIN="$OUT/addresses_train_40k.trl.json"
"$PY" "$ROOT/resources/demo/generate_addresses.py" --count 40000 --seed 42 --place-split train -o "$DEMO_TRAIN"
echo "== 4. time to accuracy: assay-cli train (default flags) on $(basename "$DEMO_TRAIN")"
start=$(date +%s)
"$BUILD/app/assay-cli" train --train_file "$DEMO_TRAIN" --output_dir "$OUT/model" > "$OUT/train.log" 2> "$OUT/train.err"
end=$(date +%s)
grep -E "训练完成|eval_accuracy|eval_f1_macro" "$OUT/train.log" | sed 's/^/   /'
echo "   wall time: $((end - start)) s (target <= 600 s)"
"$BUILD/app/assay-cli" eval "$OUT/model" "$HELDOUT" --json > "$OUT/heldout.json"
"$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); print(f"   held-out accuracy (unseen places): {j[\"eval_accuracy\"]:.4f}  macro F1 {j[\"eval_f1_macro\"]:.4f} (target >= 0.95)")' "$OUT/heldout.json"
echo "   baseline (char n-gram TF-IDF + LR, same split):"
"$PY" "$ROOT/resources/demo/baseline_tfidf_lr.py" "$DEMO_TRAIN" "$HELDOUT" 2>&1 | sed 's/^/     /' | head -5

echo "== 3. prediction records/s on $(basename "$HELDOUT")"
n=$(grep -c '"score_chosen"' "$HELDOUT")
start=$(date +%s.%N)
"$BUILD/app/assay-cli" predict "$OUT/model" "$HELDOUT" > "$OUT/pred.jsonl"
end=$(date +%s.%N)
"$PY" -c "import sys; n=$n; s=$end-$start; print(f'   assay-cli predict: {n} records in {s:.2f} s = {n/s:.1f} records/s (process start and model load included)')"
"$PY" "$ROOT/bench/train/peer_train.py" predict "$HELDOUT" --records 60 --threads 1 | tee "$OUT/seed.json" | sed 's/^/   /'
