#!/usr/bin/env bash
# Saves a PNG of each pane of the GUI, running it under Xvfb on the style demo
# data, into docs/screenshots/. Look at every PNG after running it: text must
# not be clipped, Chinese must render, charts must show data.
#
#   installer/screenshots.sh [BUILD_DIR]     (default: build)
# ASSAY_SCREENSHOT_DIR writes the PNGs elsewhere (the sanitizer build's scripted run).
# ASSAY_SCREENSHOT_SIZE=WxH sets the window's size (default 1400x900; check 1024x700 and 1600x1000);
# ASSAY_SCREENSHOT_LANG=en_US.UTF-8 takes them in English (default zh_CN.UTF-8);
# ASSAY_SCREENSHOT_REWARD=0 leaves out the reward run (train-reward.png), the slowest step.
#   for size in 1024x700 1600x1000; do for lang in zh_CN en_US; do
#     ASSAY_SCREENSHOT_SIZE=$size ASSAY_SCREENSHOT_LANG=$lang.UTF-8 ASSAY_SCREENSHOT_DIR=/tmp/shots/$size-$lang \
#       installer/screenshots.sh; done; done
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$ROOT/build}"
APP="$BUILD/app/assay"
OUT="${ASSAY_SCREENSHOT_DIR:-$ROOT/docs/screenshots}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
[ -x "$APP" ] || { echo "screenshots.sh: no GUI binary at $APP (build the 'assay' target first)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

# The demo set, with every seventh record's label removed so that the annotate
# pane has a queue; address pairs for a reward run; and a file with bad
# records for the import report.
/usr/bin/python3 - "$ROOT/resources/demo/style_demo.json" "$WORK" "$ROOT/resources/demo/addresses_demo.trl.json" <<'PY'
import json, sys
records = json.load(open(sys.argv[1], encoding="utf-8"))
labelled = [r for i, r in enumerate(records) if i % 7 != 3]
pool = [r for i, r in enumerate(records) if i % 7 == 3]
json.dump(labelled, open(sys.argv[2] + "/labelled.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
with open(sys.argv[2] + "/pool.jsonl", "w", encoding="utf-8") as f:
    for r in pool:
        f.write(json.dumps({"text": r["input"], "metadata": r.get("metadata", {})}, ensure_ascii=False) + "\n")
# 1,500 address records (TRL chosen/rejected pairs, correct and defective) for a short
# reward run that draws the chosen/rejected reward histograms.
text = open(sys.argv[3], encoding="utf-8").read()
decoder, at, pairs = json.JSONDecoder(), 0, []
while len(pairs) < 1500:
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        break
    record, at = decoder.raw_decode(text, at)
    pairs.append(record)
with open(sys.argv[2] + "/addresses.jsonl", "w", encoding="utf-8") as f:
    for r in pairs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(sys.argv[2] + "/bad_records.jsonl", "w", encoding="utf-8") as f:
    f.write('{"text": "用户问题：发票怎么开？\\n回答：在订单页点击申请发票即可。", "label": "售后"}\n')
    f.write('{"text": "这一行的 JSON 没有写完\n')
    f.write('{"text": "标签写错了", "label": "促销"}\n')
    f.write('{"text": 12345, "label": "诚实"}\n')
    f.write('{"label": "有帮助"}\n')
PY

mkdir -p "$OUT"
# A private settings file, so the tour never touches the user's own settings.
export XDG_CONFIG_HOME="$WORK/config"
# The UI language follows the locale (Qt reads LANG); zh_CN unless asked otherwise.
SIZE="${ASSAY_SCREENSHOT_SIZE:-1400x900}"
REWARD=(--reward-data "$WORK/addresses.jsonl")
[ "${ASSAY_SCREENSHOT_REWARD:-1}" = 0 ] && REWARD=()
# The screen is larger than any window size asked for, so the window is never clamped.
LANG="${ASSAY_SCREENSHOT_LANG:-zh_CN.UTF-8}" xvfb-run -a -s "-screen 0 1920x1200x24" "$APP" "$WORK/demo.assay" \
  --screenshots "$OUT" --screenshot-size "$SIZE" --demo-data "$WORK/labelled.json" --demo-data "$WORK/pool.jsonl" \
  --bad-data "$WORK/bad_records.jsonl" "${REWARD[@]}" --export-dir "$WORK/exports"
echo "screenshots in ${OUT#"$ROOT"/}:"
ls -1 "$OUT"
