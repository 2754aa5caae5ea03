#!/usr/bin/python3
"""Draw attention heatmaps from `attend translate --attention FILE` output.

One PNG per sentence and map, as in Bahdanau et al. (2015), Figure 3: the
keys along the x axis (top, rotated), the queries down the y axis, each cell
the weight a_ij in grey scale (0 black, 1 white); axis labels are the pieces
the file gives.

    /usr/bin/python3 scripts/plot-attention.py test.attn.json --outdir heatmaps
    /usr/bin/python3 scripts/plot-attention.py test.attn.tsv --line 4 --line 17
    /usr/bin/python3 scripts/plot-attention.py test.attn.json --max-sentences 10
    /usr/bin/python3 scripts/plot-attention.py test.attn.tsv --kind enc-self --layer 1 --head 2

Both formats of `attend translate` are read (the format is detected from the
content unless --format is given):
  json  one JSON object per line: {"line": N, "src": [...], "tgt": [...],
        "attention": [[...], ...]} with len(tgt) rows of len(src) weights;
        with --attention-heads (or --attention-maps cross) "heads": [matrix,
        ...] layer by layer with "heads_per_layer"; with --attention-maps
        enc-self "enc_self": [[matrix per head] per layer] (src x src), with
        dec-self "dec_self" likewise (tgt x dec_in, "dec_in" = <s> y1 ...);
  tsv   blocks "# line N", a row "\\tCOL1\\tCOL2...", then one row per query
        "ROW\\tw1\\tw2...", and a blank line; cross-attention heads are blocks
        "# line N head H" or "# line N layer L head H", self-attention maps
        "# line N enc-self layer L head H" and "# line N dec-self layer L head H".
Kinds (--kind): main (default: the sentence's main matrix, the weights
alignments use: a multi-head model's head average, a Transformer's last
layer's), cross (each layer's and head's cross-attention), enc-self, dec-self.
--layer and --head (from 1) select among the layers and heads of a kind
(default: all). The old --heads draws the cross heads next to the main matrix.
Files: <outdir>/<prefix><N>.png for the main matrix, <prefix><N>-head<H>.png
for one-layer heads, <prefix><N>-<kind>-l<L>-h<H>.png otherwise.
Line numbers N count input lines from 0. Sentences without attention (empty
or invalid input lines) are skipped. Needs matplotlib (Debian: python3-matplotlib).
"""
import argparse
import json
import os
import sys


class Map:
    """One matrix of a sentence: kind main, cross, enc-self or dec-self;
    layer and head from 1 (0: not split); cols/rows the axis labels."""

    def __init__(self, line, kind, layer, head, cols, rows, weights):
        self.line, self.kind, self.layer, self.head = line, kind, layer, head
        self.cols, self.rows, self.weights = cols, rows, weights

    def name(self, prefix):
        if self.kind == "main":
            return "%s%d.png" % (prefix, self.line)
        if self.kind == "cross" and not self.layer:
            return "%s%d-head%d.png" % (prefix, self.line, self.head)
        return "%s%d-%s-l%d-h%d.png" % (prefix, self.line, self.kind, self.layer, self.head)

    def title(self):
        if self.kind == "main":
            return "line %d" % self.line
        where = "layer %d head %d" % (self.layer, self.head) if self.layer else "head %d" % self.head
        return "line %d, %s, %s" % (self.line, self.kind, where)


def read_json(f):
    for lineno, text in enumerate(f, 1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except ValueError as e:
            raise SystemExit("%s:%d: not JSON: %s" % (f.name, lineno, e))
        n, src, tgt = obj["line"], obj["src"], obj["tgt"]
        yield Map(n, "main", 0, 0, src, tgt, obj["attention"])
        heads = obj.get("heads", [])
        per = obj.get("heads_per_layer", len(heads)) or 1
        for k, m in enumerate(heads):
            layered = len(heads) > per
            yield Map(n, "cross", k // per + 1 if layered else 0, k % per + 1, src, tgt, m)
        for key, kind, cols, rows in (("enc_self", "enc-self", src, src),
                                      ("dec_self", "dec-self", obj.get("dec_in", []), tgt)):
            for l, layer in enumerate(obj.get(key, []), 1):
                for h, m in enumerate(layer, 1):
                    yield Map(n, kind, l, h, cols, rows, m)


def parse_header(words):
    """'N', 'N head H', 'N layer L head H', 'N KIND layer L head H' -> (N, kind, L, H)."""
    line = int(words[0])
    rest = words[1:]
    if not rest:
        return line, "main", 0, 0
    kind = "cross"
    if rest[0] in ("enc-self", "dec-self", "cross"):
        kind, rest = rest[0], rest[1:]
    if len(rest) == 2 and rest[0] == "head" and kind == "cross":
        return line, kind, 0, int(rest[1])
    if len(rest) == 4 and rest[0] == "layer" and rest[2] == "head":
        return line, kind, int(rest[1]), int(rest[3])
    raise ValueError("bad header")


def read_tsv(f):
    cur, want_cols = None, False
    for lineno, text in enumerate(f, 1):
        text = text.rstrip("\n")
        if text.startswith("# line "):
            if cur is not None:
                yield cur
            try:
                line, kind, layer, head = parse_header(text[7:].split())
            except (ValueError, IndexError):
                raise SystemExit("%s:%d: expected '# line N [KIND] [layer L] [head H]'" % (f.name, lineno))
            cur, want_cols = Map(line, kind, layer, head, [], [], []), True
        elif cur is None:
            if text:
                raise SystemExit("%s:%d: expected '# line N'" % (f.name, lineno))
        elif want_cols:
            cur.cols, want_cols = (text.split("\t")[1:] if text else []), False
        elif text:
            cells = text.split("\t")
            if len(cells) != len(cur.cols) + 1:
                raise SystemExit("%s:%d: %d weights for %d columns" % (f.name, lineno, len(cells) - 1, len(cur.cols)))
            cur.rows.append(cells[0])
            cur.weights.append([float(x) for x in cells[1:]])
    if cur is not None:
        yield cur


def read_attention(path, fmt):
    f = open(path, encoding="utf-8")
    if fmt == "auto":
        head = f.read(1)
        f.seek(0)
        fmt = "json" if head == "{" else "tsv"
    return read_json(f) if fmt == "json" else read_tsv(f)


AXES = {"main": ("source", "target"), "cross": ("source", "target"),
        "enc-self": ("source (keys)", "source (queries)"), "dec-self": ("decoder input (keys)", "target")}


def plot(m, path, dpi):
    import matplotlib.pyplot as plt

    cols, rows = len(m.cols), len(m.rows)
    cell = 0.28  # inches per piece
    fig, ax = plt.subplots(figsize=(min(2.0 + cell * cols, 40), min(1.5 + cell * rows, 40)))
    ax.imshow(m.weights, cmap="gray", vmin=0.0, vmax=1.0, interpolation="nearest", aspect="equal")
    ax.set_xticks(range(cols))
    ax.set_xticklabels(m.cols, rotation=90, fontsize=9)
    ax.set_yticks(range(rows))
    ax.set_yticklabels(m.rows, fontsize=9)
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    xl, yl = AXES[m.kind]
    ax.set_xlabel("%s (%s)" % (xl, m.title()))
    ax.set_ylabel(yl)
    ax.tick_params(length=0)
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", help="attention file written by attend translate --attention")
    ap.add_argument("--format", choices=["auto", "tsv", "json"], default="auto", help="input format (default: auto)")
    ap.add_argument("--line", type=int, action="append", metavar="N",
                    help="plot the sentence of input line N (from 0); repeatable (default: all)")
    ap.add_argument("--max-sentences", type=int, metavar="K", help="plot at most K sentences (the first ones)")
    ap.add_argument("--outdir", default=".", help="directory for the PNGs (created; default: .)")
    ap.add_argument("--prefix", default="attention-", help="file name prefix (default: attention-)")
    ap.add_argument("--dpi", type=int, default=100, help="resolution (default: 100)")
    ap.add_argument("--kind", choices=["main", "cross", "enc-self", "dec-self"], default="main",
                    help="which matrices: main (default; the alignment weights), cross (each layer's and head's "
                         "cross-attention), enc-self, dec-self (files written with --attention-maps)")
    ap.add_argument("--layer", type=int, metavar="L", help="only layer L (from 1) of --kind (default: all)")
    ap.add_argument("--head", type=int, metavar="H", help="only head H (from 1) of --kind (default: all)")
    ap.add_argument("--heads", action="store_true",
                    help="also draw the cross-attention heads next to the main matrix (--attention-heads files)")
    a = ap.parse_args(argv)

    import matplotlib
    matplotlib.use("Agg")

    os.makedirs(a.outdir, exist_ok=True)
    wanted = set(a.line) if a.line else None
    kinds = {a.kind} | ({"cross"} if a.heads and a.kind == "main" else set())
    sentences, written, seen = set(), 0, set()
    for m in read_attention(a.file, a.format):
        if m.kind == "main":
            seen.add(m.line)
            if wanted is not None and m.line not in wanted:
                continue
            if not m.cols or not m.rows:
                if wanted is not None:
                    print("line %d: no attention (empty or invalid input line); skipped" % m.line, file=sys.stderr)
                    wanted.discard(m.line)
                continue
            if a.max_sentences is not None and len(sentences) >= a.max_sentences:
                break
            sentences.add(m.line)
            if wanted is not None:
                wanted.discard(m.line)
        if m.line not in sentences or m.kind not in kinds or not m.cols or not m.rows:
            continue
        if m.kind != "main" and ((a.layer and m.layer and m.layer != a.layer) or (a.head and m.head != a.head)):
            continue
        plot(m, os.path.join(a.outdir, m.name(a.prefix)), a.dpi)
        written += 1
    if wanted:
        print("lines not in %s: %s" % (a.file, " ".join(str(n) for n in sorted(wanted))), file=sys.stderr)
    print("%d heatmap(s) written to %s" % (written, a.outdir), file=sys.stderr)
    return 0 if written or (a.max_sentences == 0) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
