#!/usr/bin/env bash
# Tokenizer throughput: Assay's byte-level BPE vs Hugging Face tokenizers
# (npm, Rust, batch encode on all cores), same corpus, same Qwen2.5
# tokenizer.json, in one run. Prints MB/s, tokens/s and the ratio.
#   bench/text/run_tokenizer_bench.sh BUILD_DIR [SIZE_MB=32]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:?usage: run_tokenizer_bench.sh BUILD_DIR [SIZE_MB]}"
size="${2:-32}"
tokenizer="$root/tests/data/text/qwen2_5/tokenizer.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The installer does not install node or npm (no test needs them).
command -v npm >/dev/null && command -v node >/dev/null \
  || { echo "run_tokenizer_bench.sh: needs node and npm: apt-get install nodejs npm" >&2; exit 1; }
[ -d "$root/tests/npm/node_modules/tokenizers" ] || (cd "$root/tests/npm" && npm ci --no-audit --no-fund >/dev/null)
ninja -C "$build" bench_tokenizer >/dev/null
node "$here/make_bench_corpus.js" "$work/corpus.jsonl" "$size"
echo "machine: $(nproc) cores; corpus ${size} MB; tokenizer Qwen2.5"
{ "$build/bench/text/bench_tokenizer" "$tokenizer" "$work/corpus.jsonl"
  node "$here/hf_encode_bench.js" "$tokenizer" "$work/corpus.jsonl"; } > "$work/results.jsonl"
python3 - "$work/results.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
hf = next(r for r in rows if r["engine"] == "hf-tokenizers")
print(f'{"engine":<16}{"MB/s":>10}{"tokens/s":>14}{"tokens":>12}{"vs HF":>8}  ids')
for r in rows:
    mbs, tps = r["mb"] / r["seconds"], r["tokens"] / r["seconds"]
    same = "identical" if (r["tokens"], r["checksum"]) == (hf["tokens"], hf["checksum"]) else "DIFFERENT"
    print(f'{r["engine"]:<16}{mbs:>10.2f}{tps:>14,.0f}{r["tokens"]:>12,}{hf["seconds"] / r["seconds"]:>7.2f}x  {same}')
PY
