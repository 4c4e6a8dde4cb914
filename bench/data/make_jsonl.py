#!/usr/bin/env python3
"""Write N labelled address records as KTO JSONL for the import/export benchmark.

    python3 bench/data/make_jsonl.py --count 1000000 -o records.jsonl

Each line is {"prompt": <address record>, "completion": "正确", "label": true|false}, the
records coming from resources/demo/generate_addresses.py (realistic Chinese text, half of
it with a defect), all distinct.  Deterministic for a given --seed.
"""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "resources" / "demo"))
import generate_addresses  # noqa: E402  (path set up above)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    records = generate_addresses.generate(args.count, args.seed, "train")
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        for text, correct, _ in records:
            out.write(json.dumps({"prompt": text, "completion": "正确", "label": correct}, ensure_ascii=False))
            out.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
