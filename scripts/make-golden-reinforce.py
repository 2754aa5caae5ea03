#!/usr/bin/python3
"""Golden tensors for tests/test_golden_reinforce.c: the backward of one step
of attend's hard attention (at_attention_set_mode(.., AT_MODE_HARD, ..),
model/layers/attention.c) with the REINFORCE and entropy terms
(at_attention_rl), against an independent PyTorch implementation fed the same
samples.

For hypothesis i (attending over sentence i, S_i = src_len[i] positions) with
query q_i (Dq) and keys k_j (Dk), the scores over j < S_i are
  dot      s_j = q_i . k_j
  general  s_j = q_i . (W k_j)                 W (Dq, Dk)
  concat   s_j = v . tanh(W_q q_i + W_k k_j)   W_q (A, Dq), W_k (A, Dk), v (A)
and the logits are l_j = s_j (global) or, for hybrid,
  l_j = s_j - (j - p_i)^2 / (2 sigma^2),  sigma = D / 2,
  p_i = S_i sigmoid(v_p . tanh(W_p q_i))       W_p (Ap, Dq), v_p (Ap)
a_i = softmax(l) over j < S_i (0 beyond), z_i the chosen position, the context
c_i = k_{z_i}. Given the upstream gradient dcontext and the signals adv (N),
ent (N), the backward is the gradient (z held fixed) of
  L = sum_i dcontext_i . k_{z_i} + sum_i [ -adv_i log a_{i z_i} - ent_i H(a_i) ],
  H(a) = -sum_j a_j log a_j
which this script takes by autograd in float64 (from the float32 inputs),
twice: with the log-softmax and entropy written out, and with
torch.distributions.Categorical's log_prob and entropy; both must agree.

Cases "<score>_<locality>": scores dot, general, concat; localities global
and hybrid (window D = 3, sigma = 1.5). N = B = 3, one hypothesis per
sentence, Ts = 5, src_len (5, 2, 4), Dq = Dk = 4, A = Ap = 3; z_i uniform over
the row's positions (all have nonzero weight), redrawn until at least one
row's z differs from the row's argmax (so that forcing the samples matters),
adv_i uniform in [-1, 1], ent_i in [0, 0.3]. Inputs float32 (numpy, seed
2036 + case index): q, keys, dcontext N(0, 1) (q scaled by 0.8), W 0.6 N(0, 1),
W_q, W_k, v N(0, 1), W_p 0.5 N(0, 1), v_p 1.5 N(0, 1); the seed is one whose
every expected tensor has a largest entry above 0.1 (the position network's
gradients nearly cancel for some draws), asserted below.

Writes tests/data/golden_reinforce.h5, one group per case, attributes score,
locality (text, attend's names), window, attn_dim, pos_dim, t (int; the step,
0), datasets:
  q (N, Dq), keys (Ts, B, Dk) time-major (padded positions hold random
  values too), src_len (B) int32, z (N) int32, adv (N), ent (N),
  dcontext (N, Dk), the layer's parameters by their attend names
  ("attn/W"; "attn/W_q", "attn/W_k", "attn/v"; "attn/W_p", "attn/v_p"):
  float32 inputs
  alpha (N, Ts) the weights a (0 beyond src_len), dq (N, Dq), dkeys
  (Ts, B, Dk) and "grad/<parameter name>": float64 expected values.

Run: /usr/bin/python3 scripts/make-golden-reinforce.py [out.h5]
"""
import os
import sys

import h5py
import numpy as np
import torch

N = B = 3
TS = 5
SRC_LEN = (5, 2, 4)
DQ = DK = 4
A = AP = 3
WINDOW = 3
SCORES = ("dot", "general", "concat")
LOCALITIES = ("global", "hybrid")

PARAMS = {  # attend's parameter names and shapes per score / locality
    "dot": {}, "general": {"attn/W": (DQ, DK)},
    "concat": {"attn/W_q": (A, DQ), "attn/W_k": (A, DK), "attn/v": (A,)},
    "global": {}, "hybrid": {"attn/W_p": (AP, DQ), "attn/v_p": (AP,)},
}


def inputs(rng, score, locality):
    f = lambda shape, s: (s * rng.standard_normal(shape)).astype(np.float32)
    x = dict(q=f((N, DQ), 0.8), keys=f((TS, B, DK), 1.0), src_len=np.array(SRC_LEN, np.int32),
             adv=rng.uniform(-1, 1, N).astype(np.float32), ent=rng.uniform(0, 0.3, N).astype(np.float32),
             dcontext=f((N, DK), 1.0))
    for name, shape in list(PARAMS[score].items()) + list(PARAMS[locality].items()):
        x[name] = f(shape, {"attn/W": 0.6, "attn/W_p": 0.5, "attn/v_p": 1.5}.get(name, 1.0))
    return x


def logits(T, score, locality, i):
    """Row i's logits (S_i) from the float64 tensors T."""
    S = SRC_LEN[i]
    k, q = T["keys"][:S, i], T["q"][i]  # (S, Dk), (Dq)
    if score == "dot":
        s = k @ q
    elif score == "general":
        s = (k @ T["attn/W"].T) @ q
    else:
        s = torch.tanh(T["attn/W_q"] @ q + k @ T["attn/W_k"].T) @ T["attn/v"]
    if locality == "hybrid":
        sigma = WINDOW / 2.0
        p = S * torch.sigmoid(T["attn/v_p"] @ torch.tanh(T["attn/W_p"] @ q))
        j = torch.arange(S, dtype=torch.float64)
        s = s - (j - p) ** 2 / (2 * sigma ** 2)
    return s


def reference(x, z, score, locality, categorical):
    """alpha and the gradients of L (module docstring), float64 autograd."""
    T = {k: torch.tensor(v.astype(np.float64), requires_grad=True) for k, v in x.items()
         if k not in ("src_len", "adv", "ent", "dcontext")}
    dc = torch.from_numpy(x["dcontext"].astype(np.float64))
    adv, ent = x["adv"].astype(np.float64), x["ent"].astype(np.float64)
    loss, alpha = 0, torch.zeros(N, TS, dtype=torch.float64)
    for i in range(N):
        l = logits(T, score, locality, i)
        if categorical:
            d = torch.distributions.Categorical(logits=l)
            logp_z, H, a = d.log_prob(torch.tensor(int(z[i]))), d.entropy(), d.probs
        else:
            la = torch.log_softmax(l, 0)
            a = torch.exp(la)
            logp_z, H = la[z[i]], -(a * la).sum()
        loss = loss + dc[i] @ T["keys"][z[i], i] - adv[i] * logp_z - ent[i] * H
        alpha[i, :SRC_LEN[i]] = a.detach()
    loss.backward()
    out = dict(alpha=alpha.numpy(), dq=T["q"].grad.numpy(), dkeys=T["keys"].grad.numpy())
    for k in T:
        if k.startswith("attn/"):
            out["grad/" + k] = T[k].grad.numpy()
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data", "golden_reinforce.h5")
    with h5py.File(path, "w") as f:
        for ci, (score, locality) in enumerate((s, l) for s in SCORES for l in LOCALITIES):
            name = "%s_%s" % (score, locality)
            rng = np.random.default_rng(2036 + ci)
            x = inputs(rng, score, locality)
            probe = reference(x, np.zeros(N, np.int64), score, locality, False)["alpha"]
            argmax = probe.argmax(1)
            while True:
                z = np.array([rng.integers(0, SRC_LEN[i]) for i in range(N)], np.int32)
                if np.any(z != argmax):
                    break
            ref = reference(x, z, score, locality, False)
            cat = reference(x, z, score, locality, True)
            worst = max(np.abs(ref[k] - cat[k]).max() / max(np.abs(ref[k]).max(), 1e-300) for k in ref)
            assert worst < 1e-12, "%s: log-softmax and Categorical differ by %g" % (name, worst)
            a = ref["alpha"]
            assert np.all(a[np.arange(TS)[None, :] >= x["src_len"][:, None]] == 0)
            for i in range(N):  # every weight well above attend's e^-80 cutoff, z among them
                w = a[i, :SRC_LEN[i]]
                assert np.log(w.min() / w.max()) > -40 and 0 <= z[i] < SRC_LEN[i], name
            for k, v in ref.items():  # something to compare in every tensor
                assert np.abs(v).max() > 0.1, "%s: %s max |.| %g" % (name, k, np.abs(v).max())
            g = f.create_group(name)
            g.attrs["score"] = np.bytes_(score)
            g.attrs["locality"] = np.bytes_(locality)
            g.attrs["window"] = np.int32(WINDOW)
            g.attrs["attn_dim"] = np.int32(A)
            g.attrs["pos_dim"] = np.int32(AP)
            g.attrs["t"] = np.int32(0)
            for k, v in x.items():
                g[k] = v
            g["z"] = z
            for k, v in ref.items():
                g[k] = v.astype(np.float64)
            print("%s: z %s (argmax %s), adv [%s], ent [%s], Categorical vs log-softmax %.1e, max |.| %s" % (
                name, z.tolist(), argmax.tolist(), " ".join("%.2f" % v for v in x["adv"]), " ".join("%.2f" % v for v in x["ent"]),
                worst, " ".join("%s %.2f" % (k.replace("grad/attn/", "d"), np.abs(v).max())
                                for k, v in ref.items())))
    print("wrote", path)


if __name__ == "__main__":
    main()
