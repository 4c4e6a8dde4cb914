#!/usr/bin/python3
"""Baseline for the correctness task: char n-gram TF-IDF + logistic regression (scikit-learn).

    /usr/bin/python3 resources/demo/baseline_tfidf_lr.py TRAIN_FILE TEST_FILE

Trains on TRAIN_FILE and prints accuracy (and per-defect accuracy when the test file is the
style-json-like output of generate_addresses.py, whose metadata names the defect) on
TEST_FILE.  Reads the three formats generate_addresses.py writes: the TRL correctness layout
(pretty-printed objects without commas, or JSONL), KTO JSONL, and the style-JSON-like array.
This is the figure the tiny model's accuracy is reported beside (issue 4).
"""
import argparse
import collections
import json
import sys

CORRECT = "正确"


def read_objects(path):
    """Every top-level JSON value in the file: an array's items, JSONL, or objects back to back."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    decoder = json.JSONDecoder()
    pos, out = 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return out
        value, pos = decoder.raw_decode(text, pos)
        out.extend(value if isinstance(value, list) else [value])


def to_example(obj, path, index):
    """(text, is_correct, defect kind or None) from one record of any supported format."""
    if "chosen" in obj and isinstance(obj["chosen"], list):
        return obj["chosen"][0]["content"], obj["chosen"][-1]["content"] == CORRECT, None
    if "prompt" in obj and "label" in obj:
        return obj["prompt"], bool(obj["label"]) == (obj.get("completion", CORRECT) == CORRECT), None
    if "input" in obj and "label" in obj:
        scene = obj.get("metadata", {}).get("scene")
        return obj["input"], obj["label"] == CORRECT, scene
    raise SystemExit(f"{path}: record {index}: not a TRL, KTO or style-JSON record")


def load(path):
    return [to_example(o, path, i) for i, o in enumerate(read_objects(path))]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("train_file")
    ap.add_argument("test_file")
    ap.add_argument("--ngram-max", type=int, default=4, help="longest character n-gram (default 4)")
    ap.add_argument("-C", type=float, default=10.0, help="inverse regularisation strength (default 10)")
    args = ap.parse_args()

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train, test = load(args.train_file), load(args.test_file)
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, args.ngram_max), sublinear_tf=True, min_df=2)
    x_train = vec.fit_transform([t for t, _, _ in train])
    clf = LogisticRegression(C=args.C, max_iter=2000)
    clf.fit(x_train, [y for _, y, _ in train])
    pred = clf.predict(vec.transform([t for t, _, _ in test]))

    hits = [p == y for p, (_, y, _) in zip(pred, test)]
    print(f"train: {len(train)} records ({sum(y for _, y, _ in train)} correct)  {args.train_file}")
    print(f"test:  {len(test)} records ({sum(y for _, y, _ in test)} correct)  {args.test_file}")
    print(f"char 1-{args.ngram_max}-gram TF-IDF + LogisticRegression(C={args.C}): "
          f"accuracy {sum(hits) / len(hits):.4f} ({sum(hits)}/{len(hits)})")
    by_kind = collections.defaultdict(list)
    for hit, (_, _, kind) in zip(hits, test):
        if kind is not None:
            by_kind[kind].append(hit)
    for kind, kind_hits in sorted(by_kind.items(), key=lambda kv: sum(kv[1]) / len(kv[1])):
        print(f"  {kind:<20} {sum(kind_hits) / len(kind_hits):.3f}  ({len(kind_hits)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
