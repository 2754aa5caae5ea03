#!/usr/bin/python3
"""same_arrays.py A.h5 B.h5 MIN [--no-optimizer]: exit 0 when the two checkpoints
hold the same /params and /optimizer arrays (names, dtypes, shapes, bytes), at
least MIN of them and some optimizer slots (none needed with --no-optimizer,
e.g. for best.h5); prints what it compared and what differs."""
import sys

import h5py
import numpy as np


def arrays(path):
    out = {}
    with h5py.File(path, "r") as f:
        f.visititems(lambda n, o: out.__setitem__(n, (o.dtype.str, o.shape, np.asarray(o[()]).tobytes()))
                     if isinstance(o, h5py.Dataset) else None)
    return {n: v for n, v in out.items() if n.startswith(("params/", "optimizer/"))}


a, b, least = arrays(sys.argv[1]), arrays(sys.argv[2]), int(sys.argv[3])
need_opt = sys.argv[4:] != ["--no-optimizer"]
only = sorted(set(a) ^ set(b))
bad = sorted(n for n in set(a) & set(b) if a[n] != b[n])
print(f"  {len(a)} parameter/optimizer arrays compared, {len(bad)} differ {bad[:6]}, {len(only)} in one file only {only[:6]}")
sys.exit(1 if bad or only or len(a) < least or (need_opt and not any(n.startswith("optimizer/") for n in a)) else 0)
