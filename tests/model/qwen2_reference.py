#!/usr/bin/python3
"""Independent reference forward for Assay's Qwen2 sequence classifier.

Written from Hugging Face transformers' modeling_qwen2.py semantics, on plain
python3-torch (no transformers, no safetensors package): it parses the
safetensors header itself, builds the weights as float32 and runs an eager,
deliberately literal forward (repeat_kv, finfo.min masks, rotate_half RoPE,
RMSNorm in float32, pooling rule of transformers >= 4.48).

usage: qwen2_reference.py CASE_DIR...
Each CASE_DIR holds config.json, model.safetensors and inputs.json
({"input_ids": [[...]], "attention_mask": [[...]], "position_ids": [[...]] optional}).
Writes CASE_DIR/expected.json {"logits": [[...]]}.
"""
import json
import struct
import sys

import torch

DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
          "I64": torch.int64, "I32": torch.int32, "F64": torch.float64}


def read_safetensors(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    data = raw[8 + n:]
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        b, end = e["data_offsets"]
        buf = bytearray(data[b:end])
        t = torch.frombuffer(buf, dtype=DTYPES[e["dtype"]]) if buf else torch.empty(0, dtype=DTYPES[e["dtype"]])
        out[name] = t.reshape(e["shape"]).clone()
    return out


def rms_norm(x, w, eps):
    dt = x.dtype
    h = x.to(torch.float32)
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return w * h.to(dt)


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def repeat_kv(x, n):
    b, kv, s, d = x.shape
    if n == 1:
        return x
    return x[:, :, None, :, :].expand(b, kv, n, s, d).reshape(b, kv * n, s, d)


def forward(cfg, W, input_ids, attention_mask, position_ids):
    H = cfg["hidden_size"]
    nh = cfg["num_attention_heads"]
    nkv = cfg.get("num_key_value_heads") or nh
    hd = H // nh
    eps = cfg["rms_norm_eps"]
    theta = cfg.get("rope_theta", 10000.0)
    b, s = input_ids.shape
    if position_ids is None:
        position_ids = torch.arange(s).unsqueeze(0).expand(b, s)

    x = W["model.embed_tokens.weight"][input_ids]
    inv_freq = 1.0 / (theta ** (torch.arange(0, hd, 2, dtype=torch.int64).float() / hd))
    freqs = position_ids[:, :, None].float() * inv_freq[None, None, :]
    emb = torch.cat((freqs, freqs), dim=-1)
    cos, sin = emb.cos()[:, None], emb.sin()[:, None]

    minv = torch.finfo(torch.float32).min
    causal = torch.tril(torch.ones(s, s, dtype=torch.bool))
    allowed = causal[None, None] & attention_mask.bool()[:, None, None, :]
    mask = torch.zeros(b, 1, s, s).masked_fill(~allowed, minv)

    for i in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{i}."
        h = rms_norm(x, W[p + "input_layernorm.weight"], eps)
        q = h @ W[p + "self_attn.q_proj.weight"].T + W[p + "self_attn.q_proj.bias"]
        k = h @ W[p + "self_attn.k_proj.weight"].T + W[p + "self_attn.k_proj.bias"]
        v = h @ W[p + "self_attn.v_proj.weight"].T + W[p + "self_attn.v_proj.bias"]
        q = q.view(b, s, nh, hd).transpose(1, 2)
        k = k.view(b, s, nkv, hd).transpose(1, 2)
        v = v.view(b, s, nkv, hd).transpose(1, 2)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k = repeat_kv(k, nh // nkv)
        v = repeat_kv(v, nh // nkv)
        w = torch.matmul(q, k.transpose(2, 3)) * (hd ** -0.5) + mask
        w = torch.softmax(w, dim=-1, dtype=torch.float32).to(q.dtype)
        a = torch.matmul(w, v).transpose(1, 2).reshape(b, s, nh * hd)
        x = x + a @ W[p + "self_attn.o_proj.weight"].T
        h = rms_norm(x, W[p + "post_attention_layernorm.weight"], eps)
        gate = h @ W[p + "mlp.gate_proj.weight"].T
        up = h @ W[p + "mlp.up_proj.weight"].T
        x = x + (torch.nn.functional.silu(gate) * up) @ W[p + "mlp.down_proj.weight"].T
    x = rms_norm(x, W["model.norm.weight"], eps)
    logits = x @ W["score.weight"].T

    pad = cfg.get("pad_token_id")
    if pad is None:
        last = torch.full((b,), s - 1)
    else:
        non_pad = (input_ids != pad).to(torch.int32)
        idx = torch.arange(s, dtype=torch.int32)
        last = (idx * non_pad).argmax(-1)
    return logits[torch.arange(b), last]


def main():
    torch.set_grad_enabled(False)
    for case in sys.argv[1:]:
        with open(f"{case}/config.json") as f:
            cfg = json.load(f)
        with open(f"{case}/inputs.json") as f:
            inputs = json.load(f)
        W = {k: v.float() for k, v in read_safetensors(f"{case}/model.safetensors").items()}
        ids = torch.tensor(inputs["input_ids"], dtype=torch.int64)
        mask = torch.tensor(inputs["attention_mask"], dtype=torch.int64)
        pos = inputs.get("position_ids")
        pos = torch.tensor(pos, dtype=torch.int64) if pos is not None else None
        logits = forward(cfg, W, ids, mask, pos)
        with open(f"{case}/expected.json", "w") as f:
            json.dump({"logits": logits.tolist()}, f)


if __name__ == "__main__":
    main()
