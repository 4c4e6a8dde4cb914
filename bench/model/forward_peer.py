#!/usr/bin/python3
"""Python peer of bench_model_forward: the same random Qwen2 classifier
forward written the way transformers' modeling_qwen2.py runs it (eager
attention, repeat_kv, score over all positions then pooling), on Debian's
python3-torch (same LibTorch 1.13 underneath).

usage: forward_peer.py --shape tiny|qwen2-0.5b [--batch B] [--seq S] [--iters N] [--threads T]
"""
import argparse
import time

import torch
from torch import nn

SHAPES = {
    "tiny": dict(vocab=4000, hidden=192, inter=512, layers=4, heads=4, kv=2, labels=5, theta=1e4, pad=0),
    "qwen2-0.5b": dict(vocab=151936, hidden=896, inter=4864, layers=24, heads=14, kv=2, labels=2, theta=1e6,
                       pad=151643),
}


class RMSNorm(nn.Module):
    def __init__(self, n, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(n))
        self.eps = eps

    def forward(self, x):
        dt = x.dtype
        x = x.float()
        x = x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps)
        return self.weight * x.to(dt)


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


def repeat_kv(x, n):
    b, kv, s, d = x.shape
    if n == 1:
        return x
    return x[:, :, None].expand(b, kv, n, s, d).reshape(b, kv * n, s, d)


class Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.nh, self.nkv, self.hd = c["heads"], c["kv"], c["hidden"] // c["heads"]
        self.q_proj = nn.Linear(c["hidden"], self.nh * self.hd, bias=True)
        self.k_proj = nn.Linear(c["hidden"], self.nkv * self.hd, bias=True)
        self.v_proj = nn.Linear(c["hidden"], self.nkv * self.hd, bias=True)
        self.o_proj = nn.Linear(self.nh * self.hd, c["hidden"], bias=False)

    def forward(self, x, cos, sin, mask):
        b, s, _ = x.shape
        q = self.q_proj(x).view(b, s, self.nh, self.hd).transpose(1, 2)
        k = self.k_proj(x).view(b, s, self.nkv, self.hd).transpose(1, 2)
        v = self.v_proj(x).view(b, s, self.nkv, self.hd).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k = repeat_kv(k, self.nh // self.nkv)
        v = repeat_kv(v, self.nh // self.nkv)
        w = torch.matmul(q, k.transpose(2, 3)) * self.hd ** -0.5 + mask
        w = torch.softmax(w, dim=-1, dtype=torch.float32).to(q.dtype)
        return self.o_proj(torch.matmul(w, v).transpose(1, 2).reshape(b, s, -1))


class MLP(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.gate_proj = nn.Linear(c["hidden"], c["inter"], bias=False)
        self.up_proj = nn.Linear(c["hidden"], c["inter"], bias=False)
        self.down_proj = nn.Linear(c["inter"], c["hidden"], bias=False)

    def forward(self, x):
        return self.down_proj(nn.functional.silu(self.gate_proj(x)) * self.up_proj(x))


class Layer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.self_attn, self.mlp = Attention(c), MLP(c)
        self.input_layernorm, self.post_attention_layernorm = RMSNorm(c["hidden"]), RMSNorm(c["hidden"])

    def forward(self, x, cos, sin, mask):
        x = x + self.self_attn(self.input_layernorm(x), cos, sin, mask)
        return x + self.mlp(self.post_attention_layernorm(x))


class Classifier(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.embed_tokens = nn.Embedding(c["vocab"], c["hidden"], c["pad"])
        self.layers = nn.ModuleList(Layer(c) for _ in range(c["layers"]))
        self.norm = RMSNorm(c["hidden"])
        self.score = nn.Linear(c["hidden"], c["labels"], bias=False)
        hd = c["hidden"] // c["heads"]
        self.inv_freq = 1.0 / (c["theta"] ** (torch.arange(0, hd, 2, dtype=torch.int64).float() / hd))

    def forward(self, input_ids, attention_mask):
        b, s = input_ids.shape
        x = self.embed_tokens(input_ids)
        pos = torch.arange(s)[None].expand(b, s)
        freqs = pos[:, :, None].float() * self.inv_freq
        emb = torch.cat((freqs, freqs), -1)
        cos, sin = emb.cos()[:, None], emb.sin()[:, None]
        allowed = torch.tril(torch.ones(s, s, dtype=torch.bool))[None, None] & attention_mask.bool()[:, None, None]
        mask = torch.zeros(b, 1, s, s).masked_fill(~allowed, torch.finfo(torch.float32).min)
        for layer in self.layers:
            x = layer(x, cos, sin, mask)
        logits = self.score(self.norm(x))
        last = (torch.arange(s) * (input_ids != self.c["pad"]).int()).argmax(-1)
        return logits[torch.arange(b), last]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shape", default="tiny", choices=SHAPES)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=128)
    ap.add_argument("--iters", type=int, default=5)
    ap.add_argument("--threads", type=int, default=0)
    a = ap.parse_args()
    if a.threads > 0:
        torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    c = SHAPES[a.shape]
    model = Classifier(c).eval()
    with torch.no_grad():
        for p in model.parameters():
            p.normal_(0, 0.02)
    ids = torch.randint(1, min(c["vocab"], 150000), (a.batch, a.seq))
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        model(ids, mask)
        t, c0 = time.perf_counter(), time.process_time()
        sink = 0.0
        for _ in range(a.iters):
            sink += model(ids, mask)[0, 0].item()
        dt, cpu = time.perf_counter() - t, time.process_time() - c0
    print(f"python {a.shape:<10} threads={torch.get_num_threads()} batch={a.batch} seq={a.seq} "
          f"tokens/s={a.batch * a.seq * a.iters / dt:.0f} ms/forward={1000 * dt / a.iters:.1f} "
          f"cpu-ms/forward={1000 * cpu / a.iters:.1f}")


if __name__ == "__main__":
    main()
