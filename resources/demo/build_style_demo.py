#!/usr/bin/env python3
"""Merge the hand-written style samples in style_src/*.tsv into style_demo.json (the training-data
format of the user's original rm_train.py style classifier).

Each style_src file is named <id>_<label_english>.tsv and holds one sample per line:
    source <TAB> scene <TAB> user question <TAB> answer
The output is rm_train.py's training-data layout,
    [{"input": "用户问题：…\\n回答：…", "label", "label_english", "metadata": {"source", "scene"}}]
with the styles interleaved (so any prefix of the file is roughly balanced), UTF-8 and no
\\u escapes.  Standard library only; the output depends only on the .tsv files.
"""
import json
import pathlib
import sys

# Ids and names exactly as rm_train.py's label_mapping.
STYLES = {
    "sales_oriented": (0, "售前"),
    "after_sales": (1, "售后"),
    "honesty": (2, "诚实"),
    "helpful": (3, "有帮助"),
    "harmless": (4, "无伤害"),
}


def read_style_file(path):
    stem_id, english = path.stem.split("_", 1)
    if english not in STYLES or STYLES[english][0] != int(stem_id):
        raise SystemExit(f"{path}: file name must be <id>_<label_english>.tsv with a seed-000 style")
    chinese = STYLES[english][1]
    samples = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 4 or not all(c.strip() for c in cols):
            raise SystemExit(f"{path}:{line_no}: expected 4 non-empty tab-separated columns, got {len(cols)}")
        source, scene, question, answer = (c.strip() for c in cols)
        samples.append({
            "input": f"用户问题：{question}\n回答：{answer}",
            "label": chinese,
            "label_english": english,
            "metadata": {"source": source, "scene": scene},
        })
    return samples


def main():
    here = pathlib.Path(__file__).resolve().parent
    out_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here / "style_demo.json"
    per_style = [read_style_file(p) for p in sorted((here / "style_src").glob("*.tsv"))]
    merged = []
    for i in range(max(len(s) for s in per_style)):
        merged.extend(s[i] for s in per_style if i < len(s))
    seen = {}
    for index, sample in enumerate(merged):
        if sample["input"] in seen:
            raise SystemExit(f"duplicate sample: records {seen[sample['input']]} and {index}")
        seen[sample["input"]] = index
    counts = {s[0]["label"]: len(s) for s in per_style}
    if max(counts.values()) > 2 * min(counts.values()):
        raise SystemExit(f"styles are not balanced within 2:1: {counts}")
    out_path.write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{out_path}: {len(merged)} samples " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
