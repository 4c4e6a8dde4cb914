#!/usr/bin/env bash
# Issue 4 benchmark, one run, figures side by side:
#  1. training tokens/s of the tiny preset: Assay (LibTorch) vs the PyTorch-eager peer
#     (same architecture, batch, data, step count), MFU vs the sgemm peak measured in the same run;
#  2. reward-pair throughput (pairs that share a prefix run as one row);
#  3. prediction records/s: `assay-cli predict` (batched, dynamic padding) vs the original
#     rm_train.py's predict_style recipe (one record at a time, padded to 512);
#  4. time-to-accuracy: `assay-cli train` with default flags on the demo correctness data
#     (the 40,000 generated records installer/run.sh trains on),
#     accuracy on the held-out file (unseen place names) beside the TF-IDF + LR baseline.
# Usage: bench/train/run_bench.sh BUILD_DIR [STEPS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
cmake --build "$BUILD" --target bench_train >/dev/null  # not part of the default build
STEPS="${2:-40}"
TRAIN="$ROOT/resources/demo/addresses_demo.trl.json"
HELDOUT="$ROOT/resources/demo/addresses_heldout.trl.json"
PY=/usr/bin/python3
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

echo "== 1. training throughput, tiny preset, batch 32 (the default), $STEPS steps"
# Ours: one shard (one thread) in fp32 and in the default precision (auto: bf16 products
# where this CPU runs them faster), and the default, one shard per core (data parallel,
# one LibTorch thread each). The peer: PyTorch eager with 1 and with 2 intra-op threads,
# and with torch.autocast(bfloat16) on 1 thread. Both sides train the default objective:
# the task loss plus the next-token loss (weight 0.5, coarse targets; --lm_loss_coefficient).
# Ours also swaps names (--name_swap 0.8, a per-record copy of the ids); the peer does not,
# so that data-side work is charged to our side only.
"$BUILD/bench/train/bench_train" "$TRAIN" --steps "$STEPS" --batch 32 --threads 1 --precision fp32 | tee "$OUT/ours1fp32.json"
"$BUILD/bench/train/bench_train" "$TRAIN" --steps "$STEPS" --batch 32 --threads 1 | tee "$OUT/ours1.json"
"$BUILD/bench/train/bench_train" "$TRAIN" --steps "$STEPS" --batch 32 | tee "$OUT/ours.json"
"$PY" "$ROOT/bench/train/peer_train.py" train "$TRAIN" --steps "$STEPS" --batch 32 --threads 1 --lm 0.5 | tee "$OUT/peer1.json"
"$PY" "$ROOT/bench/train/peer_train.py" train "$TRAIN" --steps "$STEPS" --batch 32 --threads 2 --lm 0.5 | tee "$OUT/peer2.json"
"$PY" "$ROOT/bench/train/peer_train.py" train "$TRAIN" --steps "$STEPS" --batch 32 --threads 1 --bf16 --lm 0.5 | tee "$OUT/peer1bf16.json"
# Ours links tcmalloc (cmake/AssayOptions.cmake); the peer, given the same
# allocator through LD_PRELOAD, so that the ratio is not just the allocator.
TCMALLOC=/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4
if [ -e "$TCMALLOC" ]; then
  LD_PRELOAD="$TCMALLOC" "$PY" "$ROOT/bench/train/peer_train.py" train "$TRAIN" --steps "$STEPS" --batch 32 --threads 1 --bf16 --lm 0.5 \
    | sed 's/"impl": *"pytorch-eager"/"impl": "pytorch-eager+tcmalloc"/' | tee "$OUT/peer1bf16tc.json"
else
  cp "$OUT/peer1bf16.json" "$OUT/peer1bf16tc.json"
fi
"$PY" - "$OUT"/ours1fp32.json "$OUT"/ours1.json "$OUT"/ours.json "$OUT"/peer1.json "$OUT"/peer2.json "$OUT"/peer1bf16.json "$OUT"/peer1bf16tc.json <<'PYEOF'
import json, sys
ours1fp32, ours1, ours, peer1, peer2, peer1bf16, peer1bf16tc = (json.load(open(p)) for p in sys.argv[1:8])
best_peer = max(peer1, peer2, peer1bf16, peer1bf16tc, key=lambda j: j['tokens_per_second'])
tps = lambda j: f"{j['tokens_per_second']:.0f}"
print(f"   tokens/s  assay default {tps(ours)} ({ours['threads']} shards, {ours['precision']})"
      f"  assay 1 thread {tps(ours1)} ({ours1['precision']}), {tps(ours1fp32)} (fp32)")
print(f"             pytorch-eager 1 thread {tps(peer1)}, 2 threads {tps(peer2)}, 1 thread bf16 autocast {tps(peer1bf16)},"
      f" the same with tcmalloc {tps(peer1bf16tc)}")
print(f"   ratio default vs the fastest peer setting ({best_peer['impl']}, {best_peer['threads']} thread(s), {best_peer['precision']}):"
      f" {ours['tokens_per_second'] / best_peer['tokens_per_second']:.2f}x (target >= 1.3x);"
      f" 1 thread fp32 vs 1 thread fp32: {ours1fp32['tokens_per_second'] / peer1['tokens_per_second']:.2f}x;"
      f" 1 thread bf16 vs 1 thread autocast: {ours1['tokens_per_second'] / peer1bf16['tokens_per_second']:.2f}x")
print(f"   one-core peaks: fp32 sgemm {ours1fp32['fp32_peak_gflops_per_core']:.0f} GFLOP/s,"
      f" bf16 gemm {ours1fp32['bf16_peak_gflops_per_core']:.0f} GFLOP/s")
for name, j in (("1 thread fp32", ours1fp32), ("1 thread " + ours1['precision'], ours1), ("default", ours)):
    print(f"   MFU {name}: {100 * j['mfu']:.1f}% of the {j['precision']} peak of {j['threads']} core(s)"
          f" ({j['achieved_gflops']:.0f} of {j['matmul_peak_gflops']:.0f} GFLOP/s) (target >= 40%)")
PYEOF

echo "== 2. reward pairs (correctness records as x+正确 / x+错误): tokens of both sequences per second"
"$BUILD/bench/train/bench_train" "$TRAIN" --steps $((STEPS / 2)) --batch 32 --task reward \
  | "$PY" -c 'import json,sys; j=json.load(sys.stdin); print("   assay, shared prefix computed once: %.0f tokens/s (%d shards)" % (j["tokens_per_second"], j["threads"]))'

# The demo's training data (installer/run.sh): 40,000 generated records, train half of the places.
DEMO_TRAIN="$OUT/addresses_train_40k.trl.json"
"$PY" "$ROOT/resources/demo/generate_addresses.py" --count 40000 --seed 42 --place-split train -o "$DEMO_TRAIN"
echo "== 4. time to accuracy: assay-cli train (default flags) on $(basename "$DEMO_TRAIN")"
start=$(date +%s)
# ASSAY_LANGUAGE=zh_CN: the report in the Chinese that the grep below reads.
ASSAY_LANGUAGE=zh_CN "$BUILD/app/assay-cli" train --train_file "$DEMO_TRAIN" --output_dir "$OUT/model" > "$OUT/train.log" 2> "$OUT/train.err"
end=$(date +%s)
grep -E "训练完成|eval_accuracy|eval_f1_macro" "$OUT/train.log" | sed 's/^/   /'
echo "   wall time: $((end - start)) s (target <= 600 s)"
"$BUILD/app/assay-cli" eval "$OUT/model" "$HELDOUT" --json > "$OUT/heldout.json"
"$PY" -c 'import json,sys; j=json.load(open(sys.argv[1])); print("   held-out accuracy (unseen places): %.4f  macro F1 %.4f (target >= 0.95)" % (j["eval_accuracy"], j["eval_f1_macro"]))' "$OUT/heldout.json"
echo "   baseline (char n-gram TF-IDF + LR, same split):"
"$PY" "$ROOT/resources/demo/baseline_tfidf_lr.py" "$DEMO_TRAIN" "$HELDOUT" 2>&1 | sed 's/^/     /' | head -5

echo "== 3. prediction records/s on $(basename "$HELDOUT")"
n=$(grep -c '"score_chosen"' "$HELDOUT")
start=$(date +%s.%N)
"$BUILD/app/assay-cli" predict "$OUT/model" "$HELDOUT" > "$OUT/pred.jsonl"
end=$(date +%s.%N)
"$PY" -c "import sys; n=$n; s=$end-$start; print(f'   assay-cli predict: {n} records in {s:.2f} s = {n/s:.1f} records/s (process start and model load included)')"
"$PY" "$ROOT/bench/train/peer_train.py" predict "$HELDOUT" --records 60 --threads 1 | tee "$OUT/seed.json" | sed 's/^/   /'
