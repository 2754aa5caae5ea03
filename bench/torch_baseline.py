#!/usr/bin/python3
"""The PyTorch baseline of attend's benchmarks (issue 11): the bench model
written with PyTorch's own modules, timed the way bench/bench_train.c and
bench/bench_translate.c time attend, on the same data.

  torch_baseline.py train --src-ids F --tgt-ids F [--score concat] [--vocab 8000]
                          [--threads 2] [--seconds 30] [--windows 5] [--warmup 2]
                          [--batch 64] [--max-len 50] [--seed 1] [--tsv FILE]
  torch_baseline.py translate --model CKPT.h5 --src-ids F [--sentences 1000]
                          [--batch 128] [--beam 5] [--mode greedy|beam|both]
                          [--threads 2] [--seconds 0] [--seed 1] [--out PREFIX] [--tsv FILE]
  torch_baseline.py check-flops    (prints the FLOP constants of the bench model)

Inputs are token ids, one sentence a line, as `attend spm-encode` writes them
(no BOS/EOS); scripts/bench.sh makes them with the same tokenizers attend uses.

The model (docs/model.md; the bench configuration of docs/performance.md):
nn.Embedding 256 per side, a bidirectional nn.GRU of 256 per direction over a
packed sequence, a dense bridge tanh(W h_enc + b) to the decoder's initial
state, a GRU decoder of 512 without input feeding (so training runs it over
the whole target sequence in one nn.GRU call), Luong attention over the
encoder outputs with score dot, scaled, general or concat (attention size
512), the attentional state tanh(W_c [c; h]), the output layer 512 -> V, and
F.cross_entropy with label smoothing 0.1 (the same loss as attend: (1 - e) nll
+ e mean_v(-log p_v)), summed and divided by the target tokens; Adam 1e-3,
global-norm clipping at 1.0. GRU gate order and equations are PyTorch's, which
are attend's (r, z, n; n = tanh(W_in x + b_in + r (W_hn h + b_hn))).

Same data as attend: pairs whose sides are both non-empty and at most max-len
pieces, the source with EOS appended, sorted by (source, target) length, cut
into batches of 64 consecutive pairs whose order is shuffled by attend's own
PCG32 stream (at_rng, seed, stream 7), so both train on the same batches in
the same order. Target tokens (pieces + EOS) and FLOPs (bench_common.h's
analytic count from each batch's real lengths) are counted as bench_train
counts them.

Translation loads an attend HDF5 checkpoint into these modules (any GRU model
with a bidirectional one-layer encoder, dense bridge and Luong attention,
with or without input feeding) and runs attend's search (decoder/search.c):
the beam keeps the K best candidates of each sentence over all its live
hypotheses; a candidate ending with EOS or reaching the maximum length
(ceil(2 S + 10), S the source length with EOS) enters the sentence's pool of
finished hypotheses, ranked by logprob / ((5 + len) / 6)^0.6; a sentence stops
when no live hypothesis, even at the maximum length, could beat its pool's
best; greedy is the beam of one. PAD and BOS are never produced. Batching is
bench_translate's: the first N sentences sorted by length, batches of 128,
searched in a shuffled (at_rng stream 11) order. Finished sentences leave the
batch (their rows are dropped), as OpenNMT does. --out PREFIX writes the best
hypothesis' ids per input line (PREFIX.greedy.ids, PREFIX.beam.ids) for
comparison with bench_translate --out, and its score (PREFIX.*.scores, the
normalised log-probability that `attend translate --scores` prints, and the
search's smallest decision margin: see search()).
"""
import argparse
import importlib.util
import math
import os
import resource
import sys
import time

import h5py
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

PAD_ID, UNK_ID, BOS_ID, EOS_ID = 0, 1, 2, 3  # tokenizer/tokenizer.h
MASK64 = (1 << 64) - 1


class Pcg32:
    """attend's at_rng (core/util.c): PCG32 XSH-RR with a stream."""

    def __init__(self, seed, stream):
        self.state, self.inc = 0, ((stream << 1) | 1) & MASK64
        self.u32()
        self.state = (self.state + seed) & MASK64
        self.u32()

    def u32(self):
        old = self.state
        self.state = (old * 6364136223846793005 + self.inc) & MASK64
        xorshifted = (((old >> 18) ^ old) >> 27) & 0xFFFFFFFF
        rot = old >> 59
        return ((xorshifted >> rot) | (xorshifted << ((-rot) & 31))) & 0xFFFFFFFF

    def below(self, n):
        if n == 0:
            return 0
        threshold = ((1 << 32) - n) % n
        while True:
            x = self.u32()
            if x >= threshold:
                return x % n


def shuffled(n, seed, stream):
    perm = list(range(n))
    rng = Pcg32(seed, stream)
    for k in range(n - 1, 0, -1):
        j = rng.below(k + 1)
        perm[k], perm[j] = perm[j], perm[k]
    return perm


def read_ids(path, limit=None):
    out = []
    with open(path) as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            out.append([int(t) for t in line.split()])
    return out


# ---- the model ------------------------------------------------------------------------------

class BenchModel(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, score="concat", emb=256, hidden=512, attn=512, input_feeding=False):
        super().__init__()
        self.score, self.H, self.feed = score, hidden, input_feeding
        self.src_emb = nn.Embedding(src_vocab, emb)
        self.enc = nn.GRU(emb, hidden // 2, bidirectional=True)
        self.bridge = nn.Linear(hidden, hidden)
        self.tgt_emb = nn.Embedding(tgt_vocab, emb)
        self.dec = nn.GRU(emb + (hidden if input_feeding else 0), hidden)
        if score == "general":
            self.W = nn.Linear(hidden, hidden, bias=False)
        elif score == "concat":
            self.W_q = nn.Linear(hidden, attn, bias=False)
            self.W_k = nn.Linear(hidden, attn, bias=False)
            self.v = nn.Parameter(torch.empty(attn))
        self.combine = nn.Linear(2 * hidden, hidden, bias=False)
        self.out = nn.Linear(hidden, tgt_vocab)
        for p in self.parameters():  # attend's initialisation: uniform in [-0.1, 0.1]
            nn.init.uniform_(p, -0.1, 0.1)

    def encode(self, src, src_len):
        """src (Ts, B) ids, src_len (B) -> keys (B, Ts, H), projected keys or None, h0 (B, H), mask (B, Ts)."""
        x = self.src_emb(src)
        packed = nn.utils.rnn.pack_padded_sequence(x, src_len, enforce_sorted=False)
        out, h_n = self.enc(packed)
        keys, _ = nn.utils.rnn.pad_packed_sequence(out, total_length=src.shape[0])
        keys = keys.transpose(0, 1).contiguous()
        h0 = torch.tanh(self.bridge(torch.cat([h_n[0], h_n[1]], -1)))
        mask = torch.arange(src.shape[0]).unsqueeze(0) >= src_len.unsqueeze(1)  # True = padding
        pkeys = self.W(keys) if self.score == "general" else self.W_k(keys) if self.score == "concat" else None
        return keys, pkeys, h0, mask

    def scores(self, q, keys, pkeys):
        """q (B, T, H) -> scores (B, T, Ts)."""
        if self.score == "concat":
            return torch.tanh(pkeys.unsqueeze(1) + self.W_q(q).unsqueeze(2)) @ self.v
        s = q @ (pkeys if self.score == "general" else keys).transpose(1, 2)
        return s / math.sqrt(keys.shape[2]) if self.score == "scaled" else s

    def attend(self, q, keys, pkeys, mask):
        alpha = torch.softmax(self.scores(q, keys, pkeys).masked_fill(mask.unsqueeze(1), -math.inf), -1)
        return torch.tanh(self.combine(torch.cat([alpha @ keys, q], -1)))

    def loss(self, src, src_len, tgt_in, tgt_out, smoothing=0.1):
        keys, pkeys, h0, mask = self.encode(src, src_len)
        if self.feed:  # Luong input feeding: step by step, as OpenNMT-py trains it
            emb, h, feed, outs = self.tgt_emb(tgt_in), h0, h0.new_zeros(h0.shape), []
            for t in range(emb.shape[0]):
                _, h = self.dec(torch.cat([emb[t], feed], -1).unsqueeze(0), h.unsqueeze(0))
                h = h.squeeze(0)
                feed = self.attend(h.unsqueeze(1), keys, pkeys, mask).squeeze(1)
                outs.append(feed)
            att = torch.stack(outs, 1)  # (B, Tt, H)
        else:
            dec_out, _ = self.dec(self.tgt_emb(tgt_in), h0.unsqueeze(0))  # (Tt, B, H)
            att = self.attend(dec_out.transpose(0, 1), keys, pkeys, mask)  # (B, Tt, H)
        logits = self.out(att)
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt_out.t().reshape(-1), ignore_index=PAD_ID,
                               label_smoothing=smoothing, reduction="sum")

    def step(self, y, h, feed, keys, pkeys, mask):
        """One decoder step for N hypotheses: y (N,) -> log-probabilities (N, V), new h, attentional state."""
        x = self.tgt_emb(y)
        if self.feed:
            x = torch.cat([x, feed], -1)
        _, h = self.dec(x.unsqueeze(0), h.unsqueeze(0))
        h = h.squeeze(0)
        att = self.attend(h.unsqueeze(1), keys, pkeys, mask).squeeze(1)
        return torch.log_softmax(self.out(att), -1), h, att


class BenchTransformer(nn.Module):
    """attend's bench Transformer (bench_model_config_transformer) as torch.nn.Transformer: width 256,
    4 heads, feed-forward 1024 (ReLU), 4 + 4 layers, pre-norm (norm_first), both stacks ending in a
    LayerNorm, embeddings times sqrt(256) plus sinusoidal positions (PE[p, 2i] = sin(p / 10000^(2i/d)),
    PE[p, 2i+1] = cos), no dropout, no tying. torch.nn.TransformerDecoder keeps no key/value cache, so
    search recomputes the decoder over each hypothesis' prefix at every step, as nn.Transformer users
    do; its FLOPs are counted as attend's cached step (the useful work)."""

    def __init__(self, src_vocab, tgt_vocab, d=256, heads=4, ff=1024, enc_layers=4, dec_layers=4, norm="pre",
                 activation="relu", max_len=1024):
        super().__init__()
        self.d, self.heads, self.ff, self.score, self.H = d, heads, ff, "transformer", d
        self.src_emb = nn.Embedding(src_vocab, d)
        self.tgt_emb = nn.Embedding(tgt_vocab, d)
        self.tf = nn.Transformer(d_model=d, nhead=heads, num_encoder_layers=enc_layers, num_decoder_layers=dec_layers,
                                 dim_feedforward=ff, dropout=0.0, activation=activation, norm_first=(norm == "pre"))
        self.out = nn.Linear(d, tgt_vocab)
        pos = torch.arange(max_len, dtype=torch.float64).unsqueeze(1)
        ang = pos / torch.pow(torch.tensor(10000.0, dtype=torch.float64), torch.arange(0, d, 2, dtype=torch.float64) / d)
        pe = torch.zeros(max_len, d, dtype=torch.float64)
        pe[:, 0::2], pe[:, 1::2] = torch.sin(ang), torch.cos(ang)
        self.register_buffer("pe", pe.float().unsqueeze(1), persistent=False)  # (max_len, 1, d)
        self.scale = math.sqrt(d)

    def embed(self, emb, ids):
        return emb(ids) * self.scale + self.pe[:ids.shape[0]]

    def encode(self, src, src_len):
        mask = torch.arange(src.shape[0]).unsqueeze(0) >= src_len.unsqueeze(1)  # (B, Ts) True = padding
        memory = self.tf.encoder(self.embed(self.src_emb, src), src_key_padding_mask=mask)
        return memory, mask

    def loss(self, src, src_len, tgt_in, tgt_out, smoothing=0.1):
        memory, mask = self.encode(src, src_len)
        causal = self.tf.generate_square_subsequent_mask(tgt_in.shape[0])
        h = self.tf.decoder(self.embed(self.tgt_emb, tgt_in), memory, tgt_mask=causal, memory_key_padding_mask=mask)
        logits = self.out(h)  # (Tt, B, V)
        return F.cross_entropy(logits.reshape(-1, logits.shape[-1]), tgt_out.reshape(-1), ignore_index=PAD_ID,
                               label_smoothing=smoothing, reduction="sum")

    def step_prefix(self, prefix, memory, mask):
        """prefix (t + 1, N) ids from BOS; memory (Ts, N, d) -> log-probabilities (N, V) of the next piece."""
        causal = self.tf.generate_square_subsequent_mask(prefix.shape[0])
        h = self.tf.decoder(self.embed(self.tgt_emb, prefix), memory, tgt_mask=causal, memory_key_padding_mask=mask)
        return torch.log_softmax(self.out(h[-1]), -1)


# ---- attend checkpoints -----------------------------------------------------------------

def load_attend_checkpoint(path):
    """An attend HDF5 checkpoint -> BenchModel with its weights (raises on a model this file cannot express)."""
    with h5py.File(path, "r") as f:
        if f.attrs.get("format") not in ("attend-checkpoint", b"attend-checkpoint"):
            raise ValueError("%s: not an attend checkpoint" % path)
        c = {}
        for k, v in f["config"].attrs.items():
            c[k] = v.decode() if isinstance(v, bytes) else v.item() if hasattr(v, "item") else v
        P = {}
        f["params"].visititems(lambda n, o: P.__setitem__(n, np.asarray(o[()])) if isinstance(o, h5py.Dataset) else None)

    def get(key, default):
        return c.get(key, default)

    if str(get("encoder", "rnn")) == "transformer" or str(get("decoder", "rnn")) == "transformer":
        return load_attend_transformer(path, c, P)
    want = dict(cell="gru", layers=1, bidirectional=1, attention="luong", bridge="dense", locality="global",
                heads=0, tie_embeddings=0, emb_scale=0, encoder="rnn", decoder="rnn", attn_mode="soft")
    for k, v in want.items():
        got = get(k, v)
        if (str(got).lower() in ("true", "false") and str(v) in ("0", "1")):
            got = int(str(got).lower() == "true")
        if str(got) != str(v):
            raise ValueError("%s: config %s = %s; the PyTorch baseline supports %s = %s only" % (path, k, got, k, v))
    H, E = int(get("hidden_dim", 512)), int(get("emb_dim", 256))
    A = int(get("attn_dim", 0)) or H
    feed = int(str(get("input_feeding", 1)).lower() in ("1", "true"))
    m = BenchModel(int(get("src_vocab", 0)), int(get("tgt_vocab", 0)), str(get("score", "general")), E, H, A, feed)
    names = {"src_emb/W": "src_emb.weight", "tgt_emb/W": "tgt_emb.weight", "bridge/l0/h/W": "bridge.weight",
             "bridge/l0/h/b": "bridge.bias", "combine/W": "combine.weight", "output/W": "out.weight",
             "output/b": "out.bias", "attention/W": "W.weight", "attention/W_q": "W_q.weight",
             "attention/W_k": "W_k.weight", "attention/v": "v"}
    for w in ("W_ih", "W_hh", "b_ih", "b_hh"):
        t = ("weight_" if w[0] == "W" else "bias_") + w[2:]
        names["encoder/l0/fwd/" + w] = "enc.%s_l0" % t
        names["encoder/l0/bwd/" + w] = "enc.%s_l0_reverse" % t
        names["decoder/l0/" + w] = "dec.%s_l0" % t
    state = m.state_dict()
    if set(P) != set(n for n in P if n in names) or set(names[n] for n in P) != set(state):
        raise ValueError("%s: parameters %s do not map onto the PyTorch model's %s" % (path, sorted(P), sorted(state)))
    for n, arr in P.items():
        if tuple(state[names[n]].shape) != arr.shape:
            raise ValueError("%s: %s has shape %s, the PyTorch model expects %s" % (path, n, arr.shape,
                                                                                     tuple(state[names[n]].shape)))
        state[names[n]] = torch.from_numpy(arr.astype(np.float32))
    m.load_state_dict(state)
    m.eval()
    return m


def golden_transformer():
    """scripts/make-golden-transformer.py as a module: its torch_slots maps attend's Transformer
    parameter names onto torch.nn.Transformer's (one mapping for the golden test and this baseline)."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    spec = importlib.util.spec_from_file_location("make_golden_transformer",
                                                  os.path.join(here, "scripts", "make-golden-transformer.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_attend_transformer(path, c, P):
    """A Transformer checkpoint (Transformer encoder and decoder, sinusoidal positions, embeddings scaled,
    no tying or shared embeddings, width = emb_dim) -> BenchTransformer with its weights."""
    def flag(k, default):
        return str(c.get(k, default)).lower() in ("1", "true")
    need = {"encoder": "transformer", "decoder": "transformer", "positions": "sinusoidal"}
    for k, v in need.items():
        if str(c.get(k, v)) != v:
            raise ValueError("%s: config %s = %s; the PyTorch baseline supports %s only" % (path, k, c.get(k), v))
    if not flag("emb_scale", 0) or flag("tie_embeddings", 0) or flag("share_embeddings", 0):
        raise ValueError("%s: the PyTorch baseline needs emb_scale and no tied or shared embeddings" % path)
    d = int(c.get("model_dim", 0)) or int(c["emb_dim"])
    if d != int(c["emb_dim"]):
        raise ValueError("%s: model_dim %d differs from emb_dim %s (an input projection)" % (path, d, c["emb_dim"]))
    ff = int(c.get("ff_dim", 0)) or 4 * d
    m = BenchTransformer(int(c["src_vocab"]), int(c["tgt_vocab"]), d, int(c["heads"]), ff, int(c["enc_layers"]),
                         int(c["dec_layers"]), str(c.get("norm", "pre")), str(c.get("ff_activation", "relu")))
    slots = golden_transformer().torch_slots(m.tf, m.src_emb, m.tgt_emb, m.out)
    if set(P) != set(slots):
        raise ValueError("%s: parameters %s do not map onto torch.nn.Transformer's (missing %s)" %
                         (path, sorted(set(P) - set(slots)), sorted(set(slots) - set(P))))
    with torch.no_grad():
        for n, arr in P.items():
            t, ix = slots[n]
            if tuple(t[ix].shape) != arr.shape:
                raise ValueError("%s: %s has shape %s, torch expects %s" % (path, n, arr.shape, tuple(t[ix].shape)))
            t[ix] = torch.from_numpy(arr.astype(np.float32))
    m.eval()
    return m


# ---- FLOPs: bench_common.c's count for the recurrent bench model ------------------------------

def bench_flops(model):
    """(src_tok, sent, step, step_src) of bench_flops_count for a 1-layer GRU model; for a Transformer
    (src_tok, sent, step, step_src, src_src, step_tgt)."""
    mv = lambda i, o: 2.0 * i * o  # noqa: E731
    if isinstance(model, BenchTransformer):
        D, Fd, V = model.d, model.ff, model.out.out_features
        Le, Ld = len(model.tf.encoder.layers), len(model.tf.decoder.layers)
        layer = lambda cross: mv(D, 3 * D) + mv(D, D) + (2 * mv(D, D) if cross else 0.0) + mv(D, Fd) + mv(Fd, D)  # noqa
        return (Le * layer(0) + Ld * mv(D, 2 * D), 0.0, Ld * layer(1) + mv(D, V), Ld * 2.0 * (2.0 * D),
                Le * 2.0 * (2.0 * D), Ld * 2.0 * (2.0 * D))
    H, E = model.H, model.src_emb.embedding_dim
    A = model.v.shape[0] if model.score == "concat" else H
    V, G, Hd = model.out.out_features, 3, model.H // 2
    src_tok = 2 * (mv(E, G * Hd) + mv(Hd, G * Hd))
    if model.score == "general":
        src_tok += mv(H, H)
    if model.score == "concat":
        src_tok += mv(H, A)
    sent = mv(H, H)
    step = mv(E + (H if model.feed else 0), G * H) + mv(H, G * H) + mv(H, V) + mv(2 * H, H)
    if model.score == "concat":
        step += mv(H, A)
    step_src = 2.0 * (A if model.score == "concat" else H) + 2.0 * H
    return src_tok, sent, step, step_src, 0.0, 0.0


def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except OSError:
        return -1.0


def blas_loaded():
    """The OpenBLAS (or other BLAS) shared object this process has mapped."""
    libs = set()
    with open("/proc/self/maps") as f:
        for line in f:
            path = line.split()[-1] if len(line.split()) >= 6 else ""
            if "blas" in os.path.basename(path):
                libs.add(os.path.realpath(path))
    return ", ".join(sorted(libs)) or "none"


def stamp():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def tsv_append(path, header, line):
    new = not os.path.exists(path) or os.path.getsize(path) == 0
    with open(path, "a") as f:
        if new:
            f.write(header + "\n")
        f.write(line + "\n")


# ---- training ------------------------------------------------------------------------------

def make_batches(src, tgt, batch, max_len, seed):
    pairs = [(s + [EOS_ID], t) for s, t in zip(src, tgt) if s and t and len(s) <= max_len and len(t) <= max_len]
    order = sorted(range(len(pairs)), key=lambda i: (len(pairs[i][0]), len(pairs[i][1]), i))
    nb = (len(pairs) + batch - 1) // batch
    perm = shuffled(nb, seed, 7)
    return pairs, order, perm


def batch_tensors(pairs, idx):
    B = len(idx)
    Ts = max(len(pairs[i][0]) for i in idx)
    Tt = max(len(pairs[i][1]) for i in idx) + 1
    src = torch.full((Ts, B), PAD_ID, dtype=torch.long)
    tgt_in = torch.full((Tt, B), PAD_ID, dtype=torch.long)
    tgt_out = torch.full((Tt, B), PAD_ID, dtype=torch.long)
    src_len, lens = torch.zeros(B, dtype=torch.long), []
    for j, i in enumerate(idx):
        s, t = pairs[i]
        src[:len(s), j] = torch.tensor(s)
        tgt_in[:len(t) + 1, j] = torch.tensor([BOS_ID] + t)
        tgt_out[:len(t) + 1, j] = torch.tensor(t + [EOS_ID])
        src_len[j] = len(s)
        lens.append((len(s), len(t) + 1))
    return src, src_len, tgt_in, tgt_out, lens


def cmd_train(a):
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    src, tgt = read_ids(a.src_ids), read_ids(a.tgt_ids)
    if len(src) != len(tgt):
        sys.exit("torch_baseline: %s has %d lines, %s has %d" % (a.src_ids, len(src), a.tgt_ids, len(tgt)))
    pairs, order, perm = make_batches(src, tgt, a.batch, a.max_len, a.seed)
    src_vocab = max(max(s) for s, _ in pairs) + 1 if a.src_vocab == 0 else a.src_vocab
    model = BenchTransformer(src_vocab, a.vocab) if a.arch == "transformer" else \
        BenchModel(src_vocab, a.vocab, a.score, input_feeding=a.input_feeding)
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    src_tok, sent, step_f, step_src, src_src, step_tgt = bench_flops(model)
    name = "transformer" if a.arch == "transformer" else a.score + ("+feed" if a.input_feeding else "")
    print("BLAS: %s" % blas_loaded(), file=sys.stderr)
    print("corpus: %d pairs kept; model: %d parameters, %s" % (len(pairs), sum(p.numel() for p in model.parameters()),
                                                             name), file=sys.stderr)
    print("FLOPs (forward): %.3f M per source token, %.3f M per sentence, %.3f M per target step + %.0f per target"
          " step per source token" % (src_tok * 1e-6, sent * 1e-6, step_f * 1e-6, step_src), file=sys.stderr)
    load0 = loadavg()
    k = 0

    def one_step():
        nonlocal k
        first = perm[k % len(perm)] * a.batch
        idx = order[first:first + a.batch]
        k += 1
        s, sl, ti, to, lens = batch_tensors(pairs, idx)
        ntok = sum(T for _, T in lens)
        opt.zero_grad(set_to_none=True)
        loss = model.loss(s, sl, ti, to)
        (loss / ntok).backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        fl = 3.0 * sum(sent + S * src_tok + S * S * src_src + T * (step_f + S * step_src + T * step_tgt) for S, T in lens)
        return ntok, sum(S for S, _ in lens), fl

    for _ in range(a.warmup):
        one_step()
    budget = a.seconds / a.windows
    wins = []
    for _ in range(a.windows):
        t0, tgt_n, all_n, fl, steps = time.perf_counter(), 0, 0, 0.0, 0
        while True:
            nt, ns, f = one_step()
            tgt_n, all_n, fl, steps = tgt_n + nt, all_n + nt + ns, fl + f, steps + 1
            dt = time.perf_counter() - t0
            if dt >= budget:
                break
        wins.append((tgt_n / dt, all_n / dt, fl / dt, steps))
    med = lambda i: float(np.median([w[i] for w in wins]))  # noqa: E731
    tgt_s, all_s, flops = med(0), med(1), med(2)
    mib = peak_mib()
    print("target tokens/s:       %.0f (median over %d windows; steps per window %s)" %
          (tgt_s, a.windows, ",".join(str(w[3]) for w in wins)))
    print("source+target tokens/s: %.0f" % all_s)
    print("counted: %.2f GFLOP/s; peak memory %.0f MiB; load %.2f -> %.2f; torch %s, %d threads" %
          (flops * 1e-9, mib, load0, loadavg(), torch.__version__, torch.get_num_threads()))
    line = "\t".join([stamp(), "torch_train", name, str(torch.get_num_threads()), "%.2f" % loadavg(),
                      "%.1f" % tgt_s, "%.1f" % all_s, "%.2f" % (flops * 1e-9), "%.1f" % mib, torch.__version__])
    print("TSV\t" + line)
    if a.tsv:
        tsv_append(a.tsv, "time\tbench\tscore\tthreads\tload\ttgt_tok_s\tall_tok_s\tachieved_gflops\tpeak_mib\ttorch",
                   line)


# ---- search: attend's algorithm (decoder/search.c) ----------------------------------------------

def length_norm(alpha, n):
    """((5 + n) / 6)^alpha in float32, as powf in decoder/search.c."""
    if alpha == 0.0:
        return np.float32(1.0)
    return np.power((np.float32(5.0) + np.float32(n)) / np.float32(6.0), np.float32(alpha), dtype=np.float32)


def norm_score(x, alpha, n):
    return float(np.float32(x) / length_norm(alpha, n))


def search_begin(model, src, src_len):
    """Encodes a batch: (memory, state), each name -> (tensor, its hypothesis dimension). Memory stays
    with the sentence; state follows the hypotheses."""
    if isinstance(model, BenchTransformer):
        memory, mask = model.encode(src, src_len)
        return ({"memory": (memory, 1), "mask": (mask, 0)},
                {"prefix": (torch.zeros((0, src.shape[1]), dtype=torch.long), 1)})
    keys, pkeys, h0, mask = model.encode(src, src_len)
    return ({"keys": (keys, 0), "pkeys": (pkeys, 0), "mask": (mask, 0)},
            {"h": (h0, 0), "feed": (torch.zeros(src.shape[1], model.H), 0)})


def search_step(model, y, state, mem):
    """Log-probabilities (N, V) after the previous pieces y (N,), and the new state."""
    if isinstance(model, BenchTransformer):
        prefix = torch.cat([state["prefix"][0], y.unsqueeze(0)], 0)
        return model.step_prefix(prefix, mem["memory"][0], mem["mask"][0]), {"prefix": (prefix, 1)}
    pk = mem["pkeys"][0] if "pkeys" in mem else None
    logp, h, feed = model.step(y, state["h"][0], state["feed"][0], mem["keys"][0], pk, mem["mask"][0])
    return logp, {"h": (h, 0), "feed": (feed, 0)}


@torch.no_grad()
def search(model, sents, K, alpha=0.6, ratio=2.0, extra=10, counts=None):
    """sents: list of id lists (EOS included). Returns [(ids, finished, score, margin)] per sentence, where
    margin is the smallest gap the search's outcome depended on: between the K-th and (K+1)-th candidate
    of every step and between the two best finished hypotheses. Where it is below ~1e-5, float rounding
    (another implementation, batch or processor) can flip the choice and the beam then follows another
    path."""
    B = len(sents)
    Ts = max(len(s) for s in sents)
    src = torch.full((Ts, B), PAD_ID, dtype=torch.long)
    for b, s in enumerate(sents):
        src[:len(s), b] = torch.tensor(s)
    src_len = torch.tensor([len(s) for s in sents])
    mem, state = search_begin(model, src, src_len)
    max_len = [max(1, math.ceil(np.float32(ratio) * np.float32(len(s)) + np.float32(extra))) for s in sents]
    if counts is not None:
        counts["encode"] += sum(len(s) for s in sents)
        counts["encode_sq"] += sum(len(s) ** 2 for s in sents)
    # rows b*K .. b*K+K-1 belong to sentence b
    mem = {k: (t.repeat_interleave(K, d), d) for k, (t, d) in mem.items() if t is not None}
    state = {k: (t.repeat_interleave(K, d), d) for k, (t, d) in state.items()}
    lp = torch.full((B, K), -math.inf)
    lp[:, 0] = 0.0
    y = torch.full((B * K,), BOS_ID, dtype=torch.long)
    hist = np.zeros((B * K, 0), dtype=np.int64)
    active = list(range(B))            # sentence of each row group
    pools = [[] for _ in range(B)]     # (score, finished, ids) best first
    margin = [math.inf] * B
    t = 0
    while active:
        n = len(active)
        if counts is not None:
            live = torch.isfinite(lp).view(-1)
            counts["hyp_steps"] += int(live.sum())
            counts["hyp_src"] += int((live.view(n, K).sum(1) * src_len[active]).sum())
            counts["hyp_tgt"] += int(live.sum()) * (t + 1)
        logp, state = search_step(model, y, state, mem)
        logp[:, PAD_ID] = -math.inf
        logp[:, BOS_ID] = -math.inf
        cand = (lp.view(-1, 1) + logp).view(n, K * logp.shape[1])
        val, idx = cand.topk(K + 1, dim=1)
        V = logp.shape[1]
        val_np, idx_np = val.numpy(), idx.numpy()
        for g, b in enumerate(active):
            if val_np[g, K] > -math.inf:
                margin[b] = min(margin[b], float(val_np[g, K - 1]) - float(val_np[g, K]))
        new_rows, new_tok, new_lp, keep = [], [], [], []
        for g, b in enumerate(active):
            rows, toks, lps = [], [], []
            for i in range(K):
                x = float(val_np[g, i])
                if x == -math.inf:
                    continue
                row, tok = g * K + int(idx_np[g, i]) // V, int(idx_np[g, i]) % V
                ids = list(hist[row])
                if tok == EOS_ID:
                    pool_add(pools[b], K, norm_score(x, alpha, len(ids) + 1), 1, ids)
                elif len(ids) + 1 >= max_len[b]:
                    pool_add(pools[b], K, norm_score(x, alpha, len(ids) + 1), 0, ids + [tok])
                else:
                    rows.append(row), toks.append(tok), lps.append(x)
            if rows and pools[b] and norm_score(max(lps), alpha, max_len[b]) <= pools[b][0][0]:
                rows = []  # no live hypothesis can beat the best finished one (nbest 1)
            if rows:
                keep.append(g)
                pad = K - len(rows)
                new_rows += rows + [rows[0]] * pad
                new_tok += toks + [toks[0]] * pad
                new_lp.append(lps + [-math.inf] * pad)
        if not keep:
            break
        sel = torch.tensor(new_rows)
        state = {k: (t.index_select(d, sel), d) for k, (t, d) in state.items()}
        hist = np.concatenate([hist[new_rows], np.array(new_tok, dtype=np.int64)[:, None]], 1)
        y = torch.tensor(new_tok)
        lp = torch.tensor(new_lp, dtype=torch.float32)
        if len(keep) < n:  # finished sentences leave the batch
            rows_kept = torch.tensor([g * K + i for g in keep for i in range(K)])
            mem = {k: (t.index_select(d, rows_kept), d) for k, (t, d) in mem.items()}
        active = [active[g] for g in keep]
        t += 1
    for b, p in enumerate(pools):
        if len(p) > 1:
            margin[b] = min(margin[b], p[0][0] - p[1][0])
    return [(p[0][2], p[0][1], p[0][0], margin[b]) for b, p in enumerate(pools)]


def pool_add(pool, cap, score, finished, ids):
    if len(pool) == cap and score <= pool[-1][0]:
        return
    i = len(pool)
    while i > 0 and score > pool[i - 1][0]:
        i -= 1
    pool.insert(i, (score, finished, ids))
    del pool[cap:]


def cmd_translate(a):
    torch.set_num_threads(a.threads)
    model = load_attend_checkpoint(a.model)
    print("BLAS: %s" % blas_loaded(), file=sys.stderr)
    sents = [s[:250] + [EOS_ID] for s in read_ids(a.src_ids, a.sentences)]
    order = sorted(range(len(sents)), key=lambda i: (len(sents[i]), i))
    nb = (len(sents) + a.batch - 1) // a.batch
    perm = shuffled(nb, a.seed, 11)
    src_tok, sent, step_f, step_src, src_src, step_tgt = bench_flops(model)
    modes = [("greedy", 1), ("beam", a.beam)]
    modes = [m for m in modes if a.mode in ("both", m[0])]
    for name, K in modes:
        counts = dict(encode=0, encode_sq=0, hyp_steps=0, hyp_src=0, hyp_tgt=0)
        out, done, t0, load0 = [None] * len(sents), 0, time.perf_counter(), loadavg()
        nsent = 0
        for k in perm:
            idx = order[k * a.batch:(k + 1) * a.batch]
            res = search(model, [sents[i] for i in idx], K, counts=counts)
            for i, r in zip(idx, res):
                out[i] = r
            nsent += len(idx)
            counts["sent"] = counts.get("sent", 0) + len(idx)
            if a.seconds > 0 and time.perf_counter() - t0 >= a.seconds:
                break
        dt = time.perf_counter() - t0
        tokens = sum(len(r[0]) + r[1] for r in out if r is not None)
        finished = sum(r[1] for r in out if r is not None)
        flops = counts["sent"] * sent + counts["encode"] * src_tok + counts["encode_sq"] * src_src + \
            counts["hyp_steps"] * step_f + counts["hyp_src"] * step_src + counts["hyp_tgt"] * step_tgt
        print("%s (beam %d): %d sentences in %.1f s: %.2f sentences/s, %.0f target tokens/s; %d ended with EOS; "
              "%.1f GFLOP/s counted; peak %.0f MiB; load %.2f" % (name, K, nsent, dt, nsent / dt, tokens / dt,
                                                                  finished, flops / dt * 1e-9, peak_mib(), load0))
        line = "\t".join([stamp(), "torch_translate", name, str(K), str(torch.get_num_threads()), "%.2f" % load0,
                          str(nsent), "%.3f" % (nsent / dt), "%.1f" % (tokens / dt), "%.2f" % (flops / dt * 1e-9),
                          "%.1f" % peak_mib(), "%.2f" % dt, torch.__version__])
        print("TSV\t" + line)
        if a.tsv:
            tsv_append(a.tsv, "time\tbench\tmode\tbeam\tthreads\tload\tsentences\tsent_s\ttgt_tok_s\t"
                       "achieved_gflops\tpeak_mib\tseconds\ttorch", line)
        if a.out:
            with open("%s.%s.ids" % (a.out, name), "w") as f:
                for r in out:
                    f.write(("" if r is None else " ".join(str(x) for x in r[0])) + "\n")
            with open("%s.%s.scores" % (a.out, name), "w") as f:
                for r in out:
                    f.write(("" if r is None else "%.6f\t%.3g" % (r[2], r[3])) + "\n")


def cmd_check_flops(_a):
    for score in ("dot", "general", "concat", "transformer"):
        m = BenchTransformer(8000, 8000) if score == "transformer" else BenchModel(8000, 8000, score)
        print(score, "src_tok %.0f sent %.0f step %.0f step_src %.0f src_src %.0f step_tgt %.0f" % bench_flops(m))


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("--src-ids", required=True)
    t.add_argument("--tgt-ids", required=True)
    t.add_argument("--score", default="concat", choices=["dot", "scaled", "general", "concat"])
    t.add_argument("--input-feeding", action="store_true",
                   help="Luong input feeding (the TSV's score reads SCORE+feed); default: the bench model's none")
    t.add_argument("--arch", default="rnn", choices=["rnn", "transformer"],
                   help="rnn: the recurrent bench model with --score; transformer: torch.nn.Transformer")
    t.add_argument("--vocab", type=int, default=8000, help="target vocabulary (output layer)")
    t.add_argument("--src-vocab", type=int, default=8000, help="source vocabulary (0 = largest id + 1)")
    t.add_argument("--threads", type=int, default=2)
    t.add_argument("--seconds", type=float, default=30.0)
    t.add_argument("--windows", type=int, default=5)
    t.add_argument("--warmup", type=int, default=2)
    t.add_argument("--batch", type=int, default=64)
    t.add_argument("--max-len", type=int, default=50)
    t.add_argument("--seed", type=int, default=1)
    t.add_argument("--tsv")
    r = sub.add_parser("translate")
    r.add_argument("--model", required=True)
    r.add_argument("--src-ids", required=True)
    r.add_argument("--sentences", type=int, default=1000)
    r.add_argument("--batch", type=int, default=128)
    r.add_argument("--beam", type=int, default=5)
    r.add_argument("--mode", default="both", choices=["greedy", "beam", "both"])
    r.add_argument("--threads", type=int, default=2)
    r.add_argument("--seconds", type=float, default=0.0, help="per mode; 0 = all sentences")
    r.add_argument("--seed", type=int, default=1)
    r.add_argument("--out", help="write PREFIX.greedy.ids / PREFIX.beam.ids (input order)")
    r.add_argument("--tsv")
    sub.add_parser("check-flops")
    a = p.parse_args()
    {"train": cmd_train, "translate": cmd_translate, "check-flops": cmd_check_flops}[a.cmd](a)


if __name__ == "__main__":
    main()
