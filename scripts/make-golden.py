#!/usr/bin/python3
"""Golden tensors for tests/test_golden.c from an independent PyTorch
implementation of attend's seq2seq model.

The model is written here from its equations (docs/model.md, model/layers.h),
not from the C code: PyTorch gate orders (GRU r,z,n; LSTM i,f,g,o), padded
positions frozen, masked attention, label smoothing over all V classes.
Computation is in float64 from float32 parameters, so the reference is exact
to float32 rounding of the inputs.

Local attention (locality local-p, hybrid; Luong 2015 sec. 3.2), for source
length S = src_len[b] (never the padded Ts), positions s = 0..S-1, half-width
D = window, sigma = D / 2, and the attention query q:
  p = S * sigmoid(v_p . tanh(W_p q))                 (attention/W_p, attention/v_p)
  local-p: centre c = clip(floor(p + 0.5), 0, S-1); softmax of the scores over
           max(0, c-D) <= s <= min(S-1, c+D) only, then times
           exp(-(s - p)^2 / (2 sigma^2)), not renormalised; 0 outside.
  hybrid:  softmax over all s < S of score_s - (s - p)^2 / (2 sigma^2).
The window choice is piecewise constant (no gradient); p gets its gradient
through the Gaussian.

Multi-head attention (heads = n >= 1, scores scaled or general; Vaswani et
al. 2017): torch.nn.MultiheadAttention(embed_dim=H, num_heads=n, bias=False)
run with in_proj_weight = [W_Q; W_K; W_V] and out_proj.weight = W_O
(attention/W_Q etc., each (H, H)), query q (1, B, H), key = value = the
encoder outputs (Ts, B, H), key_padding_mask at s >= S. torch scales the
scores by 1/sqrt(H/n), as scaled does; general (unscaled) passes the query
times sqrt(H/n). The script checks each step against the equations written
out: heads h of d = H/n rows, softmax over s < S of (W_Q[h] q).(W_K[h] k_s)
/ sqrt(d), context W_O [sum_s a_hs W_V[h] k_s]_h.

Writes tests/data/golden_<name>.h5 with:
  attributes   every model config field as text (as at_model_config_get prints it)
  params/<n>   every parameter (float32), shapes as in C ((rows, cols) or (n,))
  batch/...    src (Ts, B), src_len (B), tgt_in, tgt_out (Tt, B), tgt_len (B), int32,
               with the toolkit's ids (tokenizer/tokenizer.h): pad 0, bos 2, eos 3,
               tokens 4..vocab-1; tgt_in = BOS y.., tgt_out = y.. EOS
  loss/...     loss_sum, nll_sum (float64), ntokens (int64)
  grads/<n>    d loss_sum / d parameter (float64)

Run: /usr/bin/python3 scripts/make-golden.py [outdir [fixture ...]]   (Debian: python3-torch python3-h5py)
(fixture names: only those, e.g. a new one, so that the others stay as they are)
All fixtures were regenerated together (torch 1.13) when the batches moved
from BOS 1 / EOS 2 / tokens 3.. to the toolkit's real ids (bos 2, eos 3,
tokens 4..; issue 13): the parameters are the same draws as before, the
batches and so the losses and gradients are new. Every fixture now carries
every config attribute. Name fixtures to write only those (e.g. a new one),
so that the others stay bit-identical.
"""
import math
import os
import sys

import h5py
import numpy as np
import torch

torch.set_default_dtype(torch.float64)

BASE = dict(src_vocab=11, tgt_vocab=13, cell="gru", layers=1, bidirectional=True, emb_dim=5, hidden_dim=6,
            attention="luong", score="general", attn_dim=5, input_feeding=True, bridge="dense",
            tie_embeddings=False, emb_scale=False, dropout=0.0, label_smoothing=0.1, locality="global", window=10,
            heads=0)

# Fixture i (in this order) draws its parameters and batch from seed 1000 + i:
# append new fixtures at the end so the existing ones keep their numbers.
CONFIGS = {
    "gru_bahdanau": dict(cell="gru", attention="bahdanau", score="concat", layers=2, input_feeding=False),
    "lstm_luong": dict(cell="lstm", attention="luong", score="general", layers=1, input_feeding=True,
                       emb_dim=6, tie_embeddings=True, emb_scale=True),
    # window 2 (5 positions) cuts the 7- and 6-token sentences; the 4- and
    # 2-token ones are clipped at both ends
    "lstm_luong_localp": dict(cell="lstm", attention="luong", score="general", layers=1, input_feeding=True,
                              locality="local-p", window=2),
    "gru_luong_hybrid": dict(cell="gru", attention="luong", score="dot", layers=1, input_feeding=True,
                             locality="hybrid", window=2),
    # 2 heads of d = 3 (hidden_dim 6), scaled scores: attention/W_Q, W_K, W_V, W_O
    "gru_luong_heads2": dict(cell="gru", attention="luong", score="scaled", layers=1, input_feeding=True,
                             heads=2),
}

# (src_len, tgt_len incl. EOS) per fixture; the batch is padded to the longest
LENGTHS = {
    "lstm_luong_localp": ([7, 4, 6, 2], [5, 3, 2, 4]),
    "gru_luong_hybrid": ([7, 4, 6, 2], [5, 3, 2, 4]),
}
DEFAULT_LENGTHS = ([5, 3, 2], [4, 2, 3])

# parameters multiplied after the common uniform(-0.5, 0.5) draw (the draws,
# and so the other fixtures, stay the same). With W_Q and W_K of that size the
# heads' weights are uniform to 0.7% (max a_s * S <= 1.007) and d/dW_Q, d/dW_K
# ~ 5e-4; times 8 the largest weight reaches 1.5 / S and they grow ~8x.
PARAM_SCALE = {
    "gru_luong_heads2": {"attention/W_Q": 8.0, "attention/W_K": 8.0},
}

GATES = {"rnn": 1, "gru": 3, "lstm": 4}


def text(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# ---- parameters: names and shapes exactly as the C model declares them ---------------
def param_shapes(c):
    E, H, L, G = c["emb_dim"], c["hidden_dim"], c["layers"], GATES[c["cell"]]
    shapes = {"src_emb/W": (c["src_vocab"], E), "tgt_emb/W": (c["tgt_vocab"], E)}

    def rnn(name, n_in, n_h):
        shapes[name + "/W_ih"] = (G * n_h, n_in)
        shapes[name + "/W_hh"] = (G * n_h, n_h)
        shapes[name + "/b_ih"] = (G * n_h,)
        shapes[name + "/b_hh"] = (G * n_h,)

    for l in range(L):
        n_in = E if l == 0 else H
        if c["bidirectional"]:
            rnn("encoder/l%d/fwd" % l, n_in, H // 2)
            rnn("encoder/l%d/bwd" % l, n_in, H // 2)
        else:
            rnn("encoder/l%d" % l, n_in, H)
    feed = c["attention"] == "bahdanau" or (c["attention"] == "luong" and c["input_feeding"])
    for l in range(L):
        if c["bridge"] == "dense":
            shapes["bridge/l%d/h/W" % l] = (H, H)
            shapes["bridge/l%d/h/b" % l] = (H,)
            if c["cell"] == "lstm":
                shapes["bridge/l%d/c/W" % l] = (H, H)
                shapes["bridge/l%d/c/b" % l] = (H,)
        rnn("decoder/l%d" % l, (E + (H if feed else 0)) if l == 0 else H, H)
    if c["attention"] != "none" and c["heads"] > 0:
        for w in ("W_Q", "W_K", "W_V", "W_O"):
            shapes["attention/" + w] = (H, H)
    elif c["attention"] != "none":
        A = c["attn_dim"] or H
        if c["score"] == "general":
            shapes["attention/W"] = (H, H)
        elif c["score"] == "concat":
            shapes["attention/W_q"] = (A, H)
            shapes["attention/W_k"] = (A, H)
            shapes["attention/v"] = (A,)
        if c["locality"] in ("local-p", "hybrid"):
            shapes["attention/W_p"] = (A, H)
            shapes["attention/v_p"] = (A,)
    shapes["combine/W"] = (H, 2 * H if c["attention"] != "none" else H)
    if not c["tie_embeddings"]:
        shapes["output/W"] = (c["tgt_vocab"], H)
        shapes["output/b"] = (c["tgt_vocab"],)
    return shapes


# ---- the network ------------------------------------------------------------------------
def cell_step(cell, P, name, x, h, c):
    gx = x @ P[name + "/W_ih"].T + P[name + "/b_ih"]
    gh = h @ P[name + "/W_hh"].T + P[name + "/b_hh"]
    H = h.shape[1]
    if cell == "rnn":
        return torch.tanh(gx + gh), c
    if cell == "gru":
        r = torch.sigmoid(gx[:, :H] + gh[:, :H])
        z = torch.sigmoid(gx[:, H:2 * H] + gh[:, H:2 * H])
        n = torch.tanh(gx[:, 2 * H:] + r * gh[:, 2 * H:])
        return (1 - z) * n + z * h, c
    g = gx + gh
    i, f = torch.sigmoid(g[:, :H]), torch.sigmoid(g[:, H:2 * H])
    gg, o = torch.tanh(g[:, 2 * H:3 * H]), torch.sigmoid(g[:, 3 * H:])
    c2 = f * c + i * gg
    return o * torch.tanh(c2), c2


def run_direction(cell, P, name, x, lens, n_h, reverse):
    """x (T, B, in); state frozen where t >= len; outputs zero there."""
    T, B = x.shape[0], x.shape[1]
    h, c = torch.zeros(B, n_h), torch.zeros(B, n_h)
    outs = [None] * T
    for t in (range(T - 1, -1, -1) if reverse else range(T)):
        m = (t < lens).unsqueeze(1)
        h2, c2 = cell_step(cell, P, name, x[t], h, c)
        h, c = torch.where(m, h2, h), torch.where(m, c2, c)
        outs[t] = torch.where(m, h, torch.zeros_like(h))
    return torch.stack(outs), h, c


def encoder(c, P, x, lens):
    H, finals = c["hidden_dim"], []
    for l in range(c["layers"]):
        if c["bidirectional"]:
            of, hf, cf = run_direction(c["cell"], P, "encoder/l%d/fwd" % l, x, lens, H // 2, False)
            ob, hb, cb = run_direction(c["cell"], P, "encoder/l%d/bwd" % l, x, lens, H // 2, True)
            x = torch.cat([of, ob], -1)
            finals.append((torch.cat([hf, hb], -1), torch.cat([cf, cb], -1)))
        else:
            x, hl, cl = run_direction(c["cell"], P, "encoder/l%d" % l, x, lens, H, False)
            finals.append((hl, cl))
    return x, finals


WINDOW_LOG = []  # (p, margin of floor(p + 0.5) to its next jump, window cuts the sentence) per local-p row


def multi_head(c, P, q, keys, src_len):
    """Multi-head attention by torch.nn.MultiheadAttention: q (B, H), keys (Ts, B, H) -> alpha, context."""
    Ts, B, H = keys.shape
    n, score = c["heads"], c["score"]
    assert score in ("scaled", "general") and c["locality"] == "global", "multi-head: scaled/general, global"
    d = H // n
    mha = torch.nn.MultiheadAttention(embed_dim=H, num_heads=n, bias=False)
    W = {w: P["attention/" + w] for w in ("W_Q", "W_K", "W_V", "W_O")}
    weights = {"in_proj_weight": torch.cat([W["W_Q"], W["W_K"], W["W_V"]]), "out_proj.weight": W["W_O"]}
    assert set(weights) == {k for k, _ in mha.named_parameters()}
    pad = torch.arange(Ts).unsqueeze(0) >= src_len.unsqueeze(1)  # (B, Ts) True = padding
    query = (q if score == "scaled" else q * math.sqrt(d)).unsqueeze(0)  # (1, B, H)
    ctx, alpha = torch.nn.utils.stateless.functional_call(
        mha, weights, (query, keys, keys),
        dict(key_padding_mask=pad, need_weights=True, average_attn_weights=True))
    ctx, alpha = ctx.squeeze(0), alpha.squeeze(1)
    # the same from the equations
    with torch.no_grad():
        s = torch.einsum("bhd,tbhd->bht", (q @ W["W_Q"].T).view(B, n, d), (keys @ W["W_K"].T).view(Ts, B, n, d))
        a = torch.softmax((s / (math.sqrt(d) if score == "scaled" else 1.0)).masked_fill(pad.unsqueeze(1), -math.inf), -1)
        c_eq = torch.einsum("bht,tbhd->bhd", a, (keys @ W["W_V"].T).view(Ts, B, n, d)).reshape(B, H) @ W["W_O"].T
        assert torch.allclose(ctx, c_eq, rtol=0, atol=1e-12) and torch.allclose(alpha, a.mean(1), rtol=0, atol=1e-12)
    return alpha, ctx


def attend(c, P, q, keys, pkeys, src_len):
    """q (B, H), keys (Ts, B, H) -> alpha (B, Ts), context (B, H)."""
    if c["heads"] > 0:
        return multi_head(c, P, q, keys, src_len)
    score = c["score"]
    if score in ("dot", "scaled"):
        s = torch.einsum("bd,tbd->bt", q, keys)
        if score == "scaled":
            s = s / math.sqrt(keys.shape[2])
    elif score == "general":
        s = torch.einsum("bd,tbd->bt", q, pkeys)
    else:
        s = torch.einsum("tba,a->bt", torch.tanh(pkeys + (q @ P["attention/W_q"].T).unsqueeze(0)), P["attention/v"])
    Ts = keys.shape[0]
    valid = torch.arange(Ts).unsqueeze(0) < src_len.unsqueeze(1)
    loc = c["locality"]
    if loc == "global":
        alpha = torch.softmax(s.masked_fill(~valid, -math.inf), dim=1)
        return alpha, torch.einsum("bt,tbd->bd", alpha, keys)
    if loc not in ("local-p", "hybrid"):
        raise ValueError("locality %s not implemented here" % loc)
    D, S = c["window"], src_len.to(torch.float64)
    sigma = D / 2.0
    p = S * torch.sigmoid(torch.tanh(q @ P["attention/W_p"].T) @ P["attention/v_p"])  # (B,)
    pos = torch.arange(Ts, dtype=torch.float64).unsqueeze(0)  # (1, Ts)
    bias = -(pos - p.unsqueeze(1)) ** 2 / (2 * sigma * sigma)  # (B, Ts)
    if loc == "hybrid":
        alpha = torch.softmax((s + bias).masked_fill(~valid, -math.inf), dim=1)
    else:
        pd = p.detach()
        centre = torch.minimum(torch.clamp(torch.floor(pd + 0.5), min=0.0), S - 1)
        lo, hi = torch.clamp(centre - D, min=0.0), torch.minimum(centre + D, S - 1)
        win = valid & (pos >= lo.unsqueeze(1)) & (pos <= hi.unsqueeze(1))
        alpha = torch.softmax(s.masked_fill(~win, -math.inf), dim=1) * torch.exp(bias)
        alpha = alpha.masked_fill(~win, 0.0)
        for b in range(p.shape[0]):
            f = (pd[b].item() + 0.5) % 1.0
            WINDOW_LOG.append((pd[b].item(), min(f, 1.0 - f), int(win[b].sum()) < int(src_len[b])))
    return alpha, torch.einsum("bt,tbd->bd", alpha, keys)


def embed(W, ids, scale):
    return W[ids] * (ids != PAD_ID).unsqueeze(-1).to(W.dtype) * scale


def model_loss(c, P, batch):
    src, src_len, tgt_in, tgt_out, tgt_len = (torch.tensor(batch[k], dtype=torch.long) for k in
                                             ("src", "src_len", "tgt_in", "tgt_out", "tgt_len"))
    H, L, V, att = c["hidden_dim"], c["layers"], c["tgt_vocab"], c["attention"]
    scale = math.sqrt(c["emb_dim"]) if c["emb_scale"] else 1.0
    keys, finals = encoder(c, P, embed(P["src_emb/W"], src, scale), src_len)
    pkeys = None
    if att != "none" and c["heads"] > 0:
        pass  # nn.MultiheadAttention projects the keys itself
    elif att != "none" and c["score"] == "general":
        pkeys = keys @ P["attention/W"].T
    elif att != "none" and c["score"] == "concat":
        pkeys = keys @ P["attention/W_k"].T
    B = src.shape[1]
    hs, cs = [], []
    for l in range(L):
        if c["bridge"] == "dense":
            hs.append(torch.tanh(finals[l][0] @ P["bridge/l%d/h/W" % l].T + P["bridge/l%d/h/b" % l]))
            cs.append(torch.tanh(finals[l][1] @ P["bridge/l%d/c/W" % l].T + P["bridge/l%d/c/b" % l])
                      if c["cell"] == "lstm" else torch.zeros(B, H))
        else:
            hs.append(torch.zeros(B, H))
            cs.append(torch.zeros(B, H))
    ys = embed(P["tgt_emb/W"], tgt_in, scale)
    feed, outs = torch.zeros(B, H), []
    for t in range(tgt_in.shape[0]):
        m = (t < tgt_len).unsqueeze(1)
        x = ys[t]
        if att == "bahdanau":
            _, ctx = attend(c, P, hs[L - 1], keys, pkeys, src_len)
            x = torch.cat([x, ctx], -1)
        elif att == "luong" and c["input_feeding"]:
            x = torch.cat([x, feed], -1)
        for l in range(L):
            h2, c2 = cell_step(c["cell"], P, "decoder/l%d" % l, x, hs[l], cs[l])
            hs[l], cs[l] = torch.where(m, h2, hs[l]), torch.where(m, c2, cs[l])
            x = hs[l]
        top = hs[L - 1]
        if att == "luong":
            _, ctx = attend(c, P, top, keys, pkeys, src_len)
        comb_in = torch.cat([ctx, top], -1) if att != "none" else top
        feed = torch.tanh(comb_in @ P["combine/W"].T)
        outs.append(feed)
    ht = torch.stack(outs)  # (Tt, B, H)
    if c["tie_embeddings"]:
        logits = ht @ P["tgt_emb/W"].T
    else:
        logits = ht @ P["output/W"].T + P["output/b"]
    logp = torch.log_softmax(logits, dim=-1)
    nonpad = (tgt_out != PAD_ID).to(logp.dtype)
    nll = -logp.gather(-1, tgt_out.unsqueeze(-1)).squeeze(-1)
    eps = c["label_smoothing"]
    smooth = -logp.sum(-1) / V
    loss = ((1 - eps) * nll + eps * smooth) * nonpad
    return loss.sum(), (nll * nonpad).sum(), int(nonpad.sum().item())


# ---- data ----------------------------------------------------------------------------------
# The toolkit's special ids (tokenizer/tokenizer.h: AT_PAD_ID .. AT_EOS_ID);
# ordinary tokens are drawn from FIRST_ID.. so that none is special by accident.
PAD_ID, UNK_ID, BOS_ID, EOS_ID, FIRST_ID = 0, 1, 2, 3, 4


def check_special_ids():
    """The ids above must be the ones tokenizer/tokenizer.h defines."""
    header = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tokenizer", "tokenizer.h")
    with open(header) as f:
        text_h = f.read()
    want = "enum { AT_PAD_ID = %d, AT_UNK_ID = %d, AT_BOS_ID = %d, AT_EOS_ID = %d };" % (PAD_ID, UNK_ID, BOS_ID, EOS_ID)
    assert want in text_h, "special ids differ from %s (expected %r)" % (header, want)


def make_batch(c, rng, lengths):
    src_len, tgt_len = np.array(lengths[0], np.int32), np.array(lengths[1], np.int32)  # tgt_len includes EOS
    B, Ts, Tt = len(src_len), int(src_len.max()), int(tgt_len.max())
    src = np.full((Ts, B), PAD_ID, np.int32)
    tgt_in, tgt_out = np.full((Tt, B), PAD_ID, np.int32), np.full((Tt, B), PAD_ID, np.int32)
    for b in range(B):
        src[:src_len[b], b] = rng.integers(FIRST_ID, c["src_vocab"], src_len[b])
        y = rng.integers(FIRST_ID, c["tgt_vocab"], tgt_len[b] - 1)
        tgt_in[:tgt_len[b], b] = np.concatenate([[BOS_ID], y])
        tgt_out[:tgt_len[b], b] = np.concatenate([y, [EOS_ID]])
    return dict(src=src, src_len=src_len, tgt_in=tgt_in, tgt_out=tgt_out, tgt_len=tgt_len)


def write(path, c, params32, batch, loss, nll, ntok, grads):
    with h5py.File(path, "w") as f:
        for k, v in c.items():
            f.attrs[k] = np.bytes_(text(v))
        for k, v in params32.items():
            f["params/" + k] = v
        for k, v in batch.items():
            f["batch/" + k] = v
        f["loss/loss_sum"], f["loss/nll_sum"], f["loss/ntokens"] = loss, nll, np.int64(ntok)
        for k, v in grads.items():
            f["grads/" + k] = v


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data")
    only = sys.argv[2:]
    check_special_ids()
    assert all(n in CONFIGS for n in only), "fixtures: %s" % ", ".join(CONFIGS)
    for seed, (name, over) in enumerate(CONFIGS.items()):
        if only and name not in only:
            continue
        c = dict(BASE, **over)
        del WINDOW_LOG[:]
        rng = np.random.default_rng(1000 + seed)
        params32 = {k: rng.uniform(-0.5, 0.5, s).astype(np.float32) for k, s in param_shapes(c).items()}
        for k, f in PARAM_SCALE.get(name, {}).items():
            params32[k] = (params32[k] * np.float32(f)).astype(np.float32)
        P = {k: torch.tensor(v.astype(np.float64), requires_grad=True) for k, v in params32.items()}
        batch = make_batch(c, rng, LENGTHS.get(name, DEFAULT_LENGTHS))
        loss, nll, ntok = model_loss(c, P, batch)
        loss.backward()
        grads = {k: P[k].grad.numpy() for k in P}
        path = os.path.join(outdir, "golden_%s.h5" % name)
        write(path, c, params32, batch, loss.item(), nll.item(), ntok, grads)
        print("%s: %d params, loss_sum %.6f nll_sum %.6f ntokens %d" % (path, len(P), loss.item(), nll.item(), ntok))
        if WINDOW_LOG:
            # padded steps (t >= tgt_len) are included: their windows are computed too
            margin = min(m for _, m, _ in WINDOW_LOG)
            print("  local-p: p in [%.3f, %.3f], %d of %d windows cut the sentence, rounding margin %.2e" %
                  (min(p for p, _, _ in WINDOW_LOG), max(p for p, _, _ in WINDOW_LOG),
                   sum(cut for _, _, cut in WINDOW_LOG), len(WINDOW_LOG), margin))
            assert margin > 1e-3, "p too close to a window boundary for a float32 model"


if __name__ == "__main__":
    main()
