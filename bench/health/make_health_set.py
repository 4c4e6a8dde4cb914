#!/usr/bin/env python3
"""Write the dataset-health benchmark's records and its planted near-duplicate pairs.

    python3 bench/health/make_health_set.py --count 1000000 --pairs 1000 -o /tmp/health

writes /tmp/health/records.jsonl ({"text": ..., "label": "正确"|"错误"}, one a line) and
/tmp/health/pairs.tsv (the 1-based line numbers of each planted pair). The records are the
correctness demo's address generator (resources/demo/generate_addresses.py: realistic Chinese
records in several layouts, all distinct); --pairs of them get a twin edited the way copies
drift in real data (a character changed, dropped or added near an end, punctuation or
full-width forms swapped, a note appended), redrawn until the twin's Jaccard similarity with
the original is >= 0.8 on 5-character shingles of the normalised text (the rule of
core/data/MinHash.h, re-implemented here). Lines are shuffled. Deterministic for --seed.
"""
import argparse
import json
import pathlib
import random
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "resources" / "demo"))
import generate_addresses  # noqa: E402  (path set up above)


def normalise(text):
    out = []
    for ch in text:
        cp = ord(ch)
        if 0xFF01 <= cp <= 0xFF5E:
            ch = chr(cp - 0xFEE0)
        elif cp == 0x3000:
            ch = " "
        category = unicodedata.category(ch)
        if category[0] in "PSZ" or category in ("Cc", "Cf"):
            continue
        out.append(ch.lower())
    return "".join(out)


def shingles(text, k=5):
    if len(text) < k:
        return {text} if text else set()
    return {text[i:i + k] for i in range(len(text) - k + 1)}


def jaccard(a, b):
    sa, sb = shingles(normalise(a)), shingles(normalise(b))
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


FILLERS = "路街号楼室院区市县镇村东西南北中新华建设人民和平0123456789"
NOTES = ["（工作日送货）", "，请放门卫", " 周末可收", "（备用）", "，谢谢"]


def near_end(rng, text):
    return rng.choice([rng.randrange(0, min(3, len(text))), rng.randrange(max(0, len(text) - 3), len(text))])


def edit(rng, text):
    kind = rng.randrange(6)
    if kind == 0:  # a character changed near an end
        i = near_end(rng, text)
        return text[:i] + rng.choice(FILLERS) + text[i + 1:]
    if kind == 1:  # a character dropped near an end
        i = near_end(rng, text)
        return text[:i] + text[i + 1:]
    if kind == 2:  # a character added near an end
        i = near_end(rng, text)
        return text[:i] + rng.choice(FILLERS) + text[i:]
    if kind == 3:  # punctuation swapped
        return text.replace("，", rng.choice([",", " ", "、", ""]), rng.randrange(1, 3))
    if kind == 4:  # ASCII digits as full-width forms
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isdigit() and rng.random() < 0.5 else c for c in text)
    return text + rng.choice(NOTES)  # a note appended


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1_000_000, help="records in all, twins included")
    ap.add_argument("--pairs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-o", "--output", required=True, help="folder")
    args = ap.parse_args()
    out = pathlib.Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    base = generate_addresses.generate(args.count - args.pairs, args.seed, "train")
    rng = random.Random(args.seed)
    texts = [(text, correct) for text, correct, _ in base]
    seen = {t for t, _ in texts}
    planted = []
    for original in rng.sample(range(len(texts)), args.pairs):
        text, correct = texts[original]
        for _ in range(200):
            twin = text
            for _ in range(rng.randrange(1, 4)):
                twin = edit(rng, twin)
            if twin not in seen and jaccard(text, twin) >= 0.8:
                break
        else:
            raise SystemExit(f"no twin of Jaccard >= 0.8 for: {text}")
        seen.add(twin)
        planted.append((original, len(texts)))
        texts.append((twin, correct))
    order = list(range(len(texts)))
    rng.shuffle(order)
    line_of = {index: line + 1 for line, index in enumerate(order)}
    with open(out / "records.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for index in order:
            text, correct = texts[index]
            f.write(json.dumps({"text": text, "label": "正确" if correct else "错误"}, ensure_ascii=False) + "\n")
    with open(out / "pairs.tsv", "w", encoding="utf-8", newline="\n") as f:
        for a, b in planted:
            f.write(f"{line_of[a]}\t{line_of[b]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
