#!/usr/bin/env bash
# Import/export benchmark: `assay-cli import` / `export` beside a Python peer (stdlib json +
# sqlite3, bench/data/python_peer.py) on the same generated KTO JSONL file, in one run.
#
#   bench/data/run_bench.sh BUILD_DIR [--count N] [--repeat R] [--work DIR]
#
# BUILD_DIR holds app/assay-cli.  The records file (N lines, default 1,000,000) is generated
# once by make_jsonl.py and reused.  Each program runs R times (default 1), alternating ours
# and the peer's so that both see the same machine load; the best run of each is reported.
# Prints records/s, MB/s, CPU seconds and peak RSS (from /usr/bin/time -v) side by side,
# with our/peer throughput ratios (targets: import >= 2x, export >= 3x).
set -euo pipefail

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
BUILD="$(cd "$1" && pwd)"; shift
COUNT=1000000
REPEAT=1
WORK=""
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    *) usage ;;
  esac
done
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLI="$BUILD/app/assay-cli"
PY=/usr/bin/python3
WORK="${WORK:-$BUILD/bench-data}"
[ -x "$CLI" ] || { echo "run_bench.sh: $CLI not found; build the assay-cli target first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "run_bench.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
mkdir -p "$WORK"

RECORDS="$WORK/records-$COUNT.jsonl"
if [ ! -f "$RECORDS" ]; then
  echo "==> generating $COUNT records into $RECORDS (once; later runs reuse it)"
  python3 "$HERE/make_jsonl.py" --count "$COUNT" -o "$RECORDS.partial"
  mv "$RECORDS.partial" "$RECORDS"
fi
cat "$RECORDS" >/dev/null  # the same warm page cache for both programs

# run NAME CMD...: run under /usr/bin/time -v, keep its report as $WORK/NAME.<i>.time
run() {
  local name="$1"; shift
  if ! /usr/bin/time -v -o "$WORK/$name.$i.time" "$@" >"$WORK/$name.$i.log" 2>&1; then
    echo "run_bench.sh: '$*' failed; its output:" >&2
    tail -n 20 "$WORK/$name.$i.log" >&2
    exit 1
  fi
}

for i in $(seq 1 "$REPEAT"); do
  echo "==> round $i of $REPEAT"
  rm -f "$WORK"/assay.assay* "$WORK"/peer.db* "$WORK"/assay.out.jsonl "$WORK"/peer.out.jsonl
  run assay-init "$CLI" init "$WORK/assay.assay" --schema correctness
  run assay-import "$CLI" import "$WORK/assay.assay" "$RECORDS" --format kto
  run peer-import "$PY" "$HERE/python_peer.py" import "$WORK/peer.db" "$RECORDS"
  run assay-export "$CLI" export "$WORK/assay.assay" "$WORK/assay.out.jsonl" --format kto
  run peer-export "$PY" "$HERE/python_peer.py" export "$WORK/peer.db" "$WORK/peer.out.jsonl"
  for f in assay.out.jsonl peer.out.jsonl; do
    lines=$(wc -l <"$WORK/$f")
    [ "$lines" -eq "$COUNT" ] || { echo "run_bench.sh: $f has $lines records, expected $COUNT" >&2; exit 1; }
  done
  stat -c %s "$WORK/assay.out.jsonl" >"$WORK/assay.out.size"
  stat -c %s "$WORK/peer.out.jsonl" >"$WORK/peer.out.size"
done

"$PY" - "$WORK" "$COUNT" "$REPEAT" "$RECORDS" <<'EOF'
import os, re, sys
work, count, repeat, records = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

def parse(path):
    text = open(path).read()
    clock = re.search(r"Elapsed \(wall clock\) time.*: ([\d:.]+)", text).group(1)
    h, m, s = ([0.0, 0.0] + [float(x) for x in clock.split(":")])[-3:]
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1)) + \
          float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return {"wall": h * 3600 + m * 60 + s, "cpu": cpu, "rss_mb": rss / 1024}

def best(name):
    return min((parse(f"{work}/{name}.{i}.time") for i in range(1, repeat + 1)), key=lambda r: r["wall"])

in_mb = os.path.getsize(records) / 1e6
out_mb = {"assay": int(open(f"{work}/assay.out.size").read()) / 1e6,
          "peer": int(open(f"{work}/peer.out.size").read()) / 1e6}
print(f"\n{count:,} records, {in_mb:.1f} MB of KTO JSONL ({records}); best of {repeat}\n")
print(f"{'':8}{'program':<14}{'records/s':>12}{'MB/s':>9}{'wall s':>9}{'CPU s':>8}{'peak RSS MB':>13}")
for op, mb_of, target in (("import", lambda who: in_mb, 2.0), ("export", lambda who: out_mb[who], 3.0)):
    rows = {}
    for who, label in (("assay", "assay-cli"), ("peer", "python peer")):
        r = best(f"{who}-{op}")
        rows[who] = r
        print(f"{op:<8}{label:<14}{count / r['wall']:>12,.0f}{mb_of(who) / r['wall']:>9.1f}"
              f"{r['wall']:>9.2f}{r['cpu']:>8.2f}{r['rss_mb']:>13.1f}")
    ratio = rows["peer"]["wall"] / rows["assay"]["wall"]
    cpu_ratio = rows["peer"]["cpu"] / rows["assay"]["cpu"]
    verdict = "meets" if ratio >= target else "BELOW"
    print(f"{op:<8}{'ratio':<14}{ratio:>11.2f}x  (CPU time {cpu_ratio:.2f}x; target >= {target:g}x: {verdict})\n")
init = best("assay-init")
print(f"assay-cli init: {init['wall']:.2f} s wall, peak RSS {init['rss_mb']:.1f} MB")
EOF
