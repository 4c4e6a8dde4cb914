#!/usr/bin/python3
"""PyTorch-eager peer of the tiny preset (issue 4 benchmark).

The same Qwen2ForSequenceClassification architecture as Assay's `tiny` preset (RMSNorm, rotary
attention with GQA and q/k/v biases, SwiGLU MLP, score head at the last non-padding token),
written in plain PyTorch because transformers is not installed here. Two modes:

  peer_train.py train FILE --steps N --batch B [--bf16]  training tokens/s (AdamW, warm-up/decay, clipping,
                                                   length-bucketed dynamic padding, like Assay)
  peer_train.py predict FILE --records K           the original rm_train.py's predict_style: one record at a time,
                                                   padded to 512, records/s
Prints one JSON object.
"""
import argparse
import json
import math
import random
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

CORRECT = "正确"


def read_records(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    decoder, pos, out = json.JSONDecoder(), 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        value, pos = decoder.raw_decode(text, pos)
        out.extend(value if isinstance(value, list) else [value])
    records = []
    for obj in out:
        content = obj["chosen"][0]["content"]
        records.append((content, 0 if obj["chosen"][-1]["content"] == CORRECT else 1))
    return records


class RMSNorm(nn.Module):
    def __init__(self, d, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        return self.weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps))


def rotate_half(x):
    a, b = x.chunk(2, dim=-1)
    return torch.cat((-b, a), dim=-1)


class Layer(nn.Module):
    def __init__(self, d, inter, heads, kv):
        super().__init__()
        self.h, self.kv, self.hd = heads, kv, d // heads
        self.q_proj = nn.Linear(d, d)
        self.k_proj = nn.Linear(d, kv * self.hd)
        self.v_proj = nn.Linear(d, kv * self.hd)
        self.o_proj = nn.Linear(d, d, bias=False)
        self.gate_proj = nn.Linear(d, inter, bias=False)
        self.up_proj = nn.Linear(d, inter, bias=False)
        self.down_proj = nn.Linear(inter, d, bias=False)
        self.ln1, self.ln2 = RMSNorm(d), RMSNorm(d)

    def forward(self, x, cos, sin, mask):
        b, t, _ = x.shape
        h = self.ln1(x)
        q = self.q_proj(h).view(b, t, self.h, self.hd).transpose(1, 2)
        k = self.k_proj(h).view(b, t, self.kv, self.hd).transpose(1, 2)
        v = self.v_proj(h).view(b, t, self.kv, self.hd).transpose(1, 2)
        q, k = q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin
        rep = self.h // self.kv
        k, v = k.repeat_interleave(rep, 1), v.repeat_interleave(rep, 1)
        att = (q @ k.transpose(-1, -2)) / math.sqrt(self.hd) + mask
        o = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, t, -1)
        x = x + self.o_proj(o)
        h = self.ln2(x)
        return x + self.down_proj(F.silu(self.gate_proj(h)) * self.up_proj(h))


class Qwen2Cls(nn.Module):
    # The shape of Assay's tiny preset (core/model/Qwen2Config.cpp tinyPresetConfig): width 128,
    # MLP 384, 4 layers, 4 heads over 2 key/value heads, so both sides do the same work.
    def __init__(self, vocab, labels, d=128, inter=384, layers=4, heads=4, kv=2, pad=0, theta=10000.0):
        super().__init__()
        self.embed = nn.Embedding(vocab, d)
        self.layers = nn.ModuleList(Layer(d, inter, heads, kv) for _ in range(layers))
        self.norm = RMSNorm(d)
        self.score = nn.Linear(d, labels, bias=False)
        self.pad, self.hd, self.theta = pad, d // heads, theta

    def forward(self, ids, attn):
        b, t = ids.shape
        pos = (attn.cumsum(-1) - 1).clamp(min=0)
        inv = 1.0 / (self.theta ** (torch.arange(0, self.hd, 2).float() / self.hd))
        freqs = pos[..., None].float() * inv
        emb = torch.cat((freqs, freqs), -1)[:, None]
        cos, sin = emb.cos(), emb.sin()
        causal = torch.full((t, t), float("-inf")).triu(1)
        mask = causal[None, None] + torch.where(attn[:, None, None, :] > 0, 0.0, float("-inf"))
        mask = mask.clamp(min=-1e9)
        x = self.embed(ids)
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        x = self.norm(x)
        last = (torch.arange(t)[None] * (ids != self.pad)).argmax(-1)
        return self.score(x[torch.arange(b), last]), x

    def next_token_loss(self, x, ids, attn, frequent):
        # Assay's auxiliary objective (core/model/NextTokenLoss.h): tied output layer,
        # tokens outside `frequent` predicted as one class (summed probability).
        real = (attn[:, :-1] > 0) & (attn[:, 1:] > 0)
        logits = (x[:, :-1][real] @ self.embed.weight.t()).float()
        target = ids[:, 1:][real]
        rest = logits.masked_fill(frequent[None], float("-inf")).logsumexp(1)
        own = logits.gather(1, target[:, None])[:, 0]
        return (logits.logsumexp(1) - torch.where(frequent[target], own, rest)).mean()


def encode(texts):
    counts = {}
    for s in texts:
        for c in s:
            counts[c] = counts.get(c, 0) + 1
    vocab = {c: i + 5 for i, (c, _) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))}
    return vocab, [[vocab.get(c, 1) for c in s] for s in texts]


def batches(lengths, bs, rng):
    order = list(range(len(lengths)))
    rng.shuffle(order)
    out = []
    for s in range(0, len(order), bs * 32):
        pool = sorted(order[s:s + bs * 32], key=lambda i: lengths[i])
        out += [pool[i:i + bs] for i in range(0, len(pool), bs)]
    rng.shuffle(out)
    return out


def pad(seqs, length=None):
    t = length or max(len(s) for s in seqs)
    ids = torch.zeros(len(seqs), t, dtype=torch.long)
    mask = torch.zeros(len(seqs), t, dtype=torch.long)
    for r, s in enumerate(seqs):
        s = s[:t]
        ids[r, :len(s)] = torch.tensor(s)
        mask[r, :len(s)] = 1
    return ids, mask


def train(args, records):
    texts = [r[0] for r in records]
    vocab, ids = encode(texts)
    labels = [r[1] for r in records]
    torch.manual_seed(42)
    model = Qwen2Cls(len(vocab) + 5, 2)
    decay = [p for p in model.parameters() if p.dim() >= 2]
    nodecay = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": nodecay, "weight_decay": 0.0}],
                            lr=1e-3, eps=1e-8)
    warm = math.ceil(0.06 * args.steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: s / max(1, warm) if s < warm else max(0.0, (args.steps - s) / max(1, args.steps - warm)))
    # Tokens in at least 20 % of the records are predicted by identity (Assay's default share).
    record_count = torch.zeros(len(vocab) + 5)
    for s in ids:
        record_count[list(set(s))] += 1
    frequent = record_count >= 0.2 * len(ids)
    rng = random.Random(42)
    plan = []
    while len(plan) < args.steps:
        plan += batches([len(s) for s in ids], args.batch, rng)
    tokens, start = 0, time.perf_counter()
    for step in range(args.steps):
        batch = plan[step]
        x, m = pad([ids[i] for i in batch])
        y = torch.tensor([labels[i] for i in batch])
        # --bf16: torch.autocast, PyTorch's own mixed precision on CPU (bfloat16
        # linear layers and matmuls), the peer of Assay's --precision bf16.
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
            logits, hidden = model(x, m)
            lm = model.next_token_loss(hidden, x, m, frequent) if args.lm > 0 else 0.0
        loss = F.cross_entropy(logits.float(), y) + args.lm * lm
        if not math.isfinite(loss.item()):
            raise SystemExit("NaN loss")
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        tokens += int(m.sum())
    seconds = time.perf_counter() - start
    return {"impl": "pytorch-eager", "precision": "bf16-autocast" if args.bf16 else "fp32", "lm_loss_coefficient": args.lm,
            "threads": torch.get_num_threads(), "steps": args.steps, "batch": args.batch,
            "seconds": round(seconds, 2), "tokens_per_second": round(tokens / seconds, 1),
            "final_loss": round(loss.item(), 4)}


def predict(args, records):
    texts = [r[0] for r in records][: args.records]
    vocab, ids = encode(texts)
    torch.manual_seed(42)
    model = Qwen2Cls(len(vocab) + 5, 2).eval()
    start = time.perf_counter()
    with torch.no_grad():
        for s in ids:  # rm_train.py's predict_style: one text, padding="max_length" (512)
            x, m = pad([s], 512)
            torch.softmax(model(x, m)[0], -1)
    seconds = time.perf_counter() - start
    return {"impl": "seed000-predict_style (pytorch eager, pad 512, batch 1)", "records": len(ids),
            "seconds": round(seconds, 2), "records_per_second": round(len(ids) / seconds, 2)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["train", "predict"])
    ap.add_argument("file")
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--records", type=int, default=100)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--bf16", action="store_true", help="train under torch.autocast(cpu, bfloat16)")
    ap.add_argument("--lm", type=float, default=0.0, help="weight of the next-token loss (Assay's --lm_loss_coefficient)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    records = read_records(args.file)
    print(json.dumps(train(args, records) if args.mode == "train" else predict(args, records), ensure_ascii=False))


if __name__ == "__main__":
    main()
