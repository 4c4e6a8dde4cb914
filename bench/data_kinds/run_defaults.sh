#!/usr/bin/env bash
# Trains every kind of data that make_sets.sh builds with DEFAULT flags (the
# tiny preset within its time budget, and the n-gram baseline as a model of
# its own), evaluates each on the set's held-out test file, and prints one
# table with the CPU it ran on. Optional runs vary one default at a time.
#
#   bench/data_kinds/run_defaults.sh BUILD_DIR [SETS_DIR] [OUT_DIR] [SET...]
#
# SETS_DIR defaults to /tmp/assay_kinds (make_sets.sh's output), OUT_DIR to
# /tmp/assay_kinds_runs. ASSAY_RUNS chooses the runs per set (default
# "ngram tiny"): ngram (the baseline as a model), tiny (default flags),
# tiny-swap (--name_swap 0.8), tiny-lm0 (--lm_loss_coefficient 0),
# tiny-reward (--task reward, sets with correct/incorrect labels), sklearn
# (scikit-learn's TF-IDF + logistic regression, python3-sklearn). Results
# are appended to OUT_DIR/results.jsonl; the table covers every line there.
# ASSAY_TRAIN_ARGS adds flags to every training run (e.g. "--num_train_epochs 30").
set -euo pipefail
BUILD="${1:?usage: run_defaults.sh BUILD_DIR [SETS_DIR] [OUT_DIR] [SET...]}"
SETS="${2:-/tmp/assay_kinds}"
OUT="${3:-/tmp/assay_kinds_runs}"
shift $(( $# < 3 ? $# : 3 ))
NAMES=("$@")
[ "${#NAMES[@]}" -gt 0 ] || NAMES=(poets spam english_topics addresses_real long_qa)
CLI="$BUILD/app/assay-cli"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$OUT"
RESULTS="$OUT/results.jsonl"

# One run: trains, evaluates on the test file, appends a JSON line.
run() {
  local set="$1" name="$2"; shift 2
  local dir="$OUT/$set-$name"
  rm -rf "$dir"
  local start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2086  # ASSAY_TRAIN_ARGS is a list of flags
  # ASSAY_LANGUAGE=zh_CN: the log in the Chinese that the parser below reads.
  ASSAY_LANGUAGE=zh_CN "$CLI" train --train_file "$SETS/$set.train.jsonl" --output_dir "$dir" "$@" ${ASSAY_TRAIN_ARGS:-} \
    >"$OUT/$set-$name.log" 2>&1
  end=$(date +%s.%N)
  "$CLI" eval "$dir" "$SETS/$set.test.jsonl" --json >"$OUT/$set-$name.eval.json" 2>/dev/null
  python3 - "$set" "$name" "$start" "$end" "$OUT/$set-$name.eval.json" "$OUT/$set-$name.log" "$* ${ASSAY_TRAIN_ARGS:-}" >>"$RESULTS" <<'PY'
import json, re, sys
s, name, start, end, evalf, logf, args = sys.argv[1:]
m = json.load(open(evalf))
log = open(logf, encoding="utf-8").read()
steps = re.search(r"训练完成: (\d+) 步", log)
base = re.search(r"📏 基线 .*?: (.*)", log)
print(json.dumps({"set": s, "run": name, "args": args, "seconds": round(float(end) - float(start), 1),
                  "steps": int(steps.group(1)) if steps else None,
                  "test_accuracy": m.get("eval_accuracy"), "test_f1_macro": m.get("eval_f1_macro"),
                  "test_pairwise_accuracy": m.get("eval_pairwise_accuracy"),
                  "validation_baseline": base.group(1) if base else None}, ensure_ascii=False))
PY
  tail -1 "$RESULTS"
}

: >>"$RESULTS"
for set in "${NAMES[@]}"; do
  for r in ${ASSAY_RUNS:-ngram tiny}; do
    case "$r" in
      ngram) run "$set" ngram --model_name_or_path ngram ;;
      tiny) run "$set" tiny ;;
      tiny-swap) run "$set" tiny-swap --name_swap 0.8 ;;
      tiny-lm0) run "$set" tiny-lm0 --lm_loss_coefficient 0 ;;
      tiny-reward) run "$set" tiny-reward --task reward ;;
      sklearn)
        /usr/bin/python3 "$HERE/sklearn_peer.py" "$SETS/$set.train.jsonl" "$SETS/$set.test.jsonl" "$set" >>"$RESULTS"
        tail -1 "$RESULTS" ;;
      *) echo "run_defaults.sh: unknown run '$r'" >&2; exit 2 ;;
    esac
  done
done

echo
echo "CPU: $(lscpu | sed -n 's/^Model name: *//p')"
echo "flags: $(grep -o -w -E 'avx2|avx512f|avx512_bf16|amx_bf16|fma' /proc/cpuinfo | sort -u | tr '\n' ' ')"
python3 - "$RESULTS" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print(f"{'set':16} {'run':12} {'seconds':>8} {'steps':>6} {'acc':>6} {'F1 mac':>7} {'pair':>6}")
fmt = lambda v: "—" if v is None else f"{v:.3f}"
for r in rows:
    print(f"{r['set']:16} {r['run']:12} {r['seconds']:8.1f} {str(r.get('steps') or '—'):>6} "
          f"{fmt(r.get('test_accuracy')):>6} {fmt(r.get('test_f1_macro')):>7} {fmt(r.get('test_pairwise_accuracy')):>6}")
PY
