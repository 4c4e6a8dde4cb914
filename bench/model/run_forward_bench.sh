#!/bin/sh
# Forward throughput, Assay (LibTorch C++) beside the Python peer (python3-torch,
# same LibTorch), in one run, for each thread setting.
# usage: bench/model/run_forward_bench.sh BUILD_DIR [tiny|qwen2-0.5b|all]
set -eu
build=${1:?usage: run_forward_bench.sh BUILD_DIR [tiny|qwen2-0.5b|all]}
which=${2:-all}
here=$(cd "$(dirname "$0")" && pwd)
bin="$build/bench/model/bench_model_forward"
cmake --build "$build" --target bench_model_forward >/dev/null  # not part of the default build

run() {  # shape batch iters threads openblas_threads
  echo "--- $1 batch=$2 seq=128 torch threads=$4 OPENBLAS_NUM_THREADS=$5"
  a=$(OPENBLAS_NUM_THREADS=$5 OMP_NUM_THREADS=$4 "$bin" --shape "$1" --batch "$2" --iters "$3" --threads "$4")
  p=$(OPENBLAS_NUM_THREADS=$5 OMP_NUM_THREADS=$4 /usr/bin/python3 "$here/forward_peer.py" --shape "$1" --batch "$2" --iters "$3" --threads "$4")
  echo "$a"; echo "$p"
  ta=$(echo "$a" | sed 's/.*tokens\/s=\([0-9]*\).*/\1/')
  tp=$(echo "$p" | sed 's/.*tokens\/s=\([0-9]*\).*/\1/')
  echo "ratio assay/python = $(echo "scale=2; $ta / $tp" | bc)"
}

for t in 1 2; do
  for ob in 1 2; do
    if [ "$which" = all ] || [ "$which" = tiny ]; then run tiny 8 10 $t $ob; fi
    if [ "$which" = all ] || [ "$which" = qwen2-0.5b ]; then run qwen2-0.5b 1 3 $t $ob; fi
  done
done
