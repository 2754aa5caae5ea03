#!/usr/bin/python3
"""Golden tensors for tests/test_golden_mha.c: attend's multi-head attention
layer (at_attention_declare_heads) against torch.nn.MultiheadAttention.

attend's layer, for a query q (Dq) and the keys k_j (Dk) of one sentence, H
heads of d = Dk / H (head h: rows h*d .. h*d+d-1 of each projection):
  s_hj = (W_Q[h] q) . (W_K[h] k_j) / sqrt(d)     (scaled; general: no 1/sqrt(d))
  a_h  = softmax over the real positions j < src_len
  c    = W_O [c_1; ..; c_H],  c_h = sum_j a_hj W_V[h] k_j
  alpha = (1/H) sum_h a_h
That is torch.nn.MultiheadAttention(embed_dim=Dk, num_heads=H, bias=False)
(in_proj_weight = [W_Q; W_K; W_V], out_proj.weight = W_O, key = value = the
keys, key_padding_mask True at padded positions, average_attn_weights=True)
for scaled scores; general is the same with the query multiplied by sqrt(d)
first (torch divides by sqrt(d)). The script also evaluates the equations
above directly and asserts that both agree.

Inputs are float32 (numpy, seed 2024); everything is computed in float64
from them. Writes tests/data/golden_mha.h5, one group per case
"<score>_H<heads>" (scaled and general, H = 1, 2, 4), attributes score (text)
and heads (int), datasets:
  q (N, Dq), keys (Ts, B, Dk) time-major (padded positions hold random
  values too), src_len (B) int32, W_Q (Dk, Dq), W_K, W_V, W_O (Dk, Dk),
  dcontext (N, Dk): float32 inputs; hypothesis i attends over sentence i
  context (N, Dk), alpha (N, Ts) (0 beyond src_len), dq (N, Dq),
  dkeys (Ts, B, Dk), dW_Q, dW_K, dW_V, dW_O: float64 expected values, the
  gradients those of the loss sum(dcontext * context).

Run: /usr/bin/python3 scripts/make-golden-mha.py [out.h5]
"""
import math
import os
import sys

import h5py
import numpy as np
import torch

N = B = 3
TS = 5
SRC_LEN = (5, 2, 4)
DQ = DK = 8
HEADS = (1, 2, 4)
SCORES = ("scaled", "general")


def inputs(rng):
    f = lambda shape, s: (s * rng.standard_normal(shape)).astype(np.float32)
    return dict(q=f((N, DQ), 1.0), keys=f((TS, B, DK), 1.0), src_len=np.array(SRC_LEN, np.int32),
                W_Q=f((DK, DQ), 0.4), W_K=f((DK, DK), 0.4), W_V=f((DK, DK), 0.4), W_O=f((DK, DK), 0.4),
                dcontext=f((N, DK), 1.0))


def torch_mha(x, score, H):
    """x: float32 inputs; returns context, alpha and the gradients (float64), via nn.MultiheadAttention."""
    d = DK // H
    mha = torch.nn.MultiheadAttention(embed_dim=DK, num_heads=H, bias=False, kdim=DK, vdim=DK, dtype=torch.float64)
    assert mha._qkv_same_embed_dim and mha.in_proj_weight.shape == (3 * DK, DK)
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.from_numpy(np.concatenate([x["W_Q"], x["W_K"], x["W_V"]]).astype(np.float64)))
        mha.out_proj.weight.copy_(torch.from_numpy(x["W_O"].astype(np.float64)))
    q = torch.tensor(x["q"].astype(np.float64), requires_grad=True)
    keys = torch.tensor(x["keys"].astype(np.float64), requires_grad=True)
    pad = torch.arange(TS).unsqueeze(0) >= torch.from_numpy(x["src_len"]).long().unsqueeze(1)  # (B, Ts) True = pad
    query = q if score == "scaled" else q * math.sqrt(d)
    ctx, alpha = mha(query.unsqueeze(0), keys, keys, key_padding_mask=pad, need_weights=True,
                     average_attn_weights=True)
    ctx, alpha = ctx.squeeze(0), alpha.squeeze(1)  # (N, Dk), (N, Ts)
    (ctx * torch.from_numpy(x["dcontext"].astype(np.float64))).sum().backward()
    g = mha.in_proj_weight.grad
    return dict(context=ctx.detach().numpy(), alpha=alpha.detach().numpy(), dq=q.grad.numpy(),
                dkeys=keys.grad.numpy(), dW_Q=g[:DK].numpy(), dW_K=g[DK:2 * DK].numpy(),
                dW_V=g[2 * DK:].numpy(), dW_O=mha.out_proj.weight.grad.numpy())


def equations(x, score, H):
    """The same from the equations in the docstring (a cross-check of the torch mapping)."""
    d = DK // H
    T = {k: torch.tensor(x[k].astype(np.float64), requires_grad=True)
         for k in ("q", "keys", "W_Q", "W_K", "W_V", "W_O")}
    ctx, alphas = [], []
    for i in range(N):
        S = int(x["src_len"][i])
        k = T["keys"][:S, i]  # (S, Dk)
        heads, a_sum = [], 0
        for h in range(H):
            r = slice(h * d, h * d + d)
            s = (k @ T["W_K"][r].T) @ (T["W_Q"][r] @ T["q"][i])
            if score == "scaled":
                s = s / math.sqrt(d)
            a = torch.softmax(s, 0)
            heads.append(a @ (k @ T["W_V"][r].T))
            a_sum = a_sum + a
        ctx.append(T["W_O"] @ torch.cat(heads))
        alphas.append(torch.cat([a_sum / H, torch.zeros(TS - S, dtype=torch.float64)]))
    ctx = torch.stack(ctx)
    (ctx * torch.from_numpy(x["dcontext"].astype(np.float64))).sum().backward()
    out = dict(context=ctx.detach().numpy(), alpha=torch.stack(alphas).detach().numpy(), dq=T["q"].grad.numpy(),
               dkeys=T["keys"].grad.numpy())
    out.update({"d" + k: T[k].grad.numpy() for k in ("W_Q", "W_K", "W_V", "W_O")})
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data", "golden_mha.h5")
    torch.manual_seed(0)  # nn.MultiheadAttention's initialisation (overwritten)
    with h5py.File(path, "w") as f:
        for ci, (score, H) in enumerate((s, h) for s in SCORES for h in HEADS):
            name = "%s_H%d" % (score, H)
            x = inputs(np.random.default_rng(2024 + ci))
            ref, eq = torch_mha(x, score, H), equations(x, score, H)
            worst = max(np.abs(ref[k] - eq[k]).max() / max(np.abs(ref[k]).max(), 1e-300) for k in ref)
            assert worst < 1e-12, "%s: torch and the equations differ by %g" % (name, worst)
            assert np.all(ref["alpha"][np.arange(TS)[None, :] >= x["src_len"][:, None]] == 0)
            g = f.create_group(name)
            g.attrs["score"] = np.bytes_(score)
            g.attrs["heads"] = np.int32(H)
            for k, v in x.items():
                g[k] = v
            for k, v in ref.items():
                g[k] = v.astype(np.float64)
            print("%s: row max alpha %.2f..%.2f, torch vs equations %.1e, max |.| %s" % (
                name, ref["alpha"].max(1).min(), ref["alpha"].max(), worst,
                " ".join("%s %.2f" % (k, np.abs(v).max()) for k, v in ref.items())))
    print("wrote", path)


if __name__ == "__main__":
    main()
