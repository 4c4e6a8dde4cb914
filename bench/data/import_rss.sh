#!/usr/bin/env bash
# Peak resident memory of `assay-cli import` against the size of the file imported: an import
# must stream, so a 1 GB file may not cost ten times the memory of a 100 MB one.
#
#   bench/data/import_rss.sh BUILD_DIR [--sizes "100 1000"] [--work DIR] [--keep]
#
# Generates KTO JSONL files of about the given sizes in MB (distinct records: make_jsonl.py's
# address records, repeated with a numbered prefix past the first 100 MB), imports each into a
# fresh project under /usr/bin/time -v and prints the file size, records, wall seconds and
# peak RSS. The files and projects are deleted afterwards unless --keep (they need about
# 2.5x the largest size of free disk in WORK, default /tmp/assay-import-rss).
set -euo pipefail

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
BUILD="$(cd "$1" && pwd)"; shift
SIZES="100 1000"
WORK=/tmp/assay-import-rss
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) usage ;;
  esac
done
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLI="$BUILD/app/assay-cli"
[ -x "$CLI" ] || { echo "import_rss.sh: $CLI not found; build the assay-cli target first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "import_rss.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
mkdir -p "$WORK"
cleanup() { [ "$KEEP" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT

BASE="$WORK/base-100MB.jsonl"
if [ ! -f "$BASE" ]; then
  echo "==> generating about 100 MB of records into $BASE"
  python3 "$HERE/make_jsonl.py" --count 640000 -o "$BASE.partial"
  mv "$BASE.partial" "$BASE"
fi

printf '\n%10s %12s %10s %14s\n' "file MB" "records" "wall s" "peak RSS MB"
for size in $SIZES; do
  FILE="$WORK/records-${size}MB.jsonl"
  if [ ! -f "$FILE" ]; then
    # Copies of the base with the prompt prefixed by the copy's number: every record distinct.
    python3 - "$BASE" "$FILE.partial" "$size" <<'EOF'
import os, sys
base, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
target = size_mb * 1e6
written = 0
with open(out, "wb") as o:
    copy = 0
    while written < target:
        with open(base, "rb") as b:
            for line in b:
                if copy:
                    line = line.replace(b'{"prompt": "', b'{"prompt": "%d ' % copy, 1)
                o.write(line)
                written += len(line)
                if written >= target:
                    break
        copy += 1
EOF
    mv "$FILE.partial" "$FILE"
  fi
  rm -f "$WORK"/p.assay*
  if ! /usr/bin/time -v -o "$WORK/time.txt" "$CLI" import "$WORK/p.assay" "$FILE" --format kto >"$WORK/import.log" 2>&1; then
    echo "import_rss.sh: the import of $FILE failed:" >&2
    tail -n 20 "$WORK/import.log" >&2
    exit 1
  fi
  python3 - "$FILE" "$WORK/time.txt" <<'EOF'
import os, re, sys
path, timing = sys.argv[1], open(sys.argv[2]).read()
records = sum(1 for _ in open(path, "rb"))
clock = re.search(r"Elapsed \(wall clock\) time.*: ([\d:.]+)", timing).group(1)
h, m, s = ([0.0, 0.0] + [float(x) for x in clock.split(":")])[-3:]
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1))
print(f"{os.path.getsize(path) / 1e6:10.1f} {records:12,d} {h * 3600 + m * 60 + s:10.1f} {rss / 1024:14.1f}")
EOF
  rm -f "$WORK"/p.assay*
  [ "$KEEP" = 1 ] || rm -f "$FILE"
done
