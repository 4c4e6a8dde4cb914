#!/usr/bin/python3
"""Tables and the chart of bench_active_learning's JSON lines.

Usage: summarize.py PNG RESULTS.jsonl...   (prints one Markdown table per data set)
Accuracy and macro F1 as mean ± sample standard deviation over the seeds.
"""
import collections
import json
import statistics
import sys


def mean_sd(values):
    return statistics.mean(values), (statistics.stdev(values) if len(values) > 1 else 0.0)


def main():
    png, paths = sys.argv[1], sys.argv[2:]
    rows = [json.loads(line) for p in paths for line in open(p, encoding="utf-8") if line.startswith("{")]
    by_set = collections.OrderedDict()
    for r in rows:
        by_set.setdefault(r["set"], []).append(r)
    curves = {}
    for name, rs in by_set.items():
        cell = collections.defaultdict(list)
        for r in rs:
            cell[(r["strategy"], r["labels"])].append(r)
        labels = sorted({r["labels"] for r in rs})
        seeds = len({r["seed"] for r in rs})
        print(f"\n**{name}** (pool {rs[0]['pool']}, test {rs[0]['test']}, {seeds} seeds; mean ± sd)\n")
        print("| labels | accuracy, uncertainty-first | accuracy, random | macro F1, uncertainty-first | macro F1, random |")
        print("|---:|---:|---:|---:|---:|")
        for n in labels:
            parts = []
            for metric in ("accuracy", "f1_macro"):
                for strategy in ("uncertainty", "random"):
                    m, sd = mean_sd([r[metric] for r in cell[(strategy, n)]])
                    parts.append(f"{m:.3f} ± {sd:.3f}")
            print(f"| {n} | " + " | ".join(parts) + " |")
        curves[name] = {
            s: [(n, *mean_sd([r["accuracy"] for r in cell[(s, n)]])) for n in labels] for s in ("uncertainty", "random")
        }
        curves[name]["seeds"] = seeds
    draw(png, curves)


def draw(png, curves):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    columns = 2 if len(curves) > 3 else len(curves)
    grid_rows = (len(curves) + columns - 1) // columns
    fig, axes = plt.subplots(grid_rows, columns, figsize=(6.0 * columns, 4.2 * grid_rows), squeeze=False)
    style = {"uncertainty": ("uncertainty-first (refit per batch)", "#d62728", "o"), "random": ("random", "#1f77b4", "s")}
    for ax in axes.flat[len(curves):]:
        ax.set_visible(False)
    for ax, (name, c) in zip(axes.flat, curves.items()):
        for strategy in ("uncertainty", "random"):
            label, color, marker = style[strategy]
            xs = [p[0] for p in c[strategy]]
            ms = [p[1] for p in c[strategy]]
            sds = [p[2] for p in c[strategy]]
            ax.errorbar(xs, ms, yerr=sds, label=label, color=color, marker=marker, capsize=4, linewidth=1.8)
        ax.set_xscale("log", base=2)
        ax.set_xticks(xs)
        ax.set_xticklabels([str(x) for x in xs])
        ax.set_xlabel("labels (annotator answers)")
        ax.set_ylabel("held-out accuracy")
        ax.set_title(f"{name}  (mean ± sd, {c['seeds']} seeds)", fontsize=10)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="lower right", fontsize=9)
    fig.suptitle("Simulated labeling: n-gram TF-IDF + logistic regression, uncertainty-first vs random", fontsize=11)
    fig.tight_layout()
    fig.savefig(png, dpi=110)


if __name__ == "__main__":
    main()
