#!/usr/bin/python3
"""Draw attention heatmaps from `attend translate --attention FILE` output.

One PNG per sentence, as in Bahdanau et al. (2015), Figure 3: source pieces
along the x axis (top, rotated), target pieces down the y axis, each cell the
weight a_ij in grey scale (0 black, 1 white).

    /usr/bin/python3 scripts/plot-attention.py test.attn.json --outdir heatmaps
    /usr/bin/python3 scripts/plot-attention.py test.attn.tsv --line 4 --line 17
    /usr/bin/python3 scripts/plot-attention.py test.attn.json --max-sentences 10

Both formats of `attend translate` are read (the format is detected from the
content unless --format is given):
  json  one JSON object per line: {"line": N, "src": [...], "tgt": [...],
        "attention": [[...], ...]} with len(tgt) rows of len(src) weights,
        and with --attention-heads "heads": [matrix, ...], one per head;
  tsv   blocks "# line N", a row "\\tSRC1\\tSRC2...", then one row per target
        piece "TGT\\tw1\\tw2...", and a blank line; with --attention-heads,
        blocks "# line N head H" (H from 1) follow each sentence's block.
For multi-head models the main matrix is the head average; --heads also
draws each head (<prefix><N>-head<H>.png).
Line numbers N count input lines from 0. Sentences without attention (empty
or invalid input lines) are skipped. Files are written as
<outdir>/<prefix><N>.png. Needs matplotlib (Debian: python3-matplotlib).
"""
import argparse
import json
import os
import sys


def read_json(f):
    for lineno, text in enumerate(f, 1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except ValueError as e:
            raise SystemExit("%s:%d: not JSON: %s" % (f.name, lineno, e))
        yield obj["line"], 0, obj["src"], obj["tgt"], obj["attention"]
        for h, m in enumerate(obj.get("heads", []), 1):
            yield obj["line"], h, obj["src"], obj["tgt"], m


def read_tsv(f):
    line, head, src, tgt, rows, want_src = None, 0, [], [], [], False
    for lineno, text in enumerate(f, 1):
        text = text.rstrip("\n")
        if text.startswith("# line "):
            if line is not None:
                yield line, head, src, tgt, rows
            words = text[7:].split()
            try:
                line, head = int(words[0]), (int(words[2]) if len(words) == 3 and words[1] == "head" else 0)
            except (ValueError, IndexError):
                raise SystemExit("%s:%d: expected '# line N' or '# line N head H'" % (f.name, lineno))
            src, tgt, rows, want_src = [], [], [], True
        elif line is None:
            raise SystemExit("%s:%d: expected '# line N'" % (f.name, lineno))
        elif want_src:
            src, want_src = (text.split("\t")[1:] if text else []), False
        elif text:
            cells = text.split("\t")
            if len(cells) != len(src) + 1:
                raise SystemExit("%s:%d: %d weights for %d source pieces" % (f.name, lineno, len(cells) - 1, len(src)))
            tgt.append(cells[0])
            rows.append([float(x) for x in cells[1:]])
    if line is not None:
        yield line, head, src, tgt, rows


def read_attention(path, fmt):
    f = open(path, encoding="utf-8")
    if fmt == "auto":
        head = f.read(1)
        f.seek(0)
        fmt = "json" if head == "{" else "tsv"
    return read_json(f) if fmt == "json" else read_tsv(f)


def plot(line, head, src, tgt, weights, path, dpi):
    import matplotlib.pyplot as plt

    cols, rows = len(src), len(tgt)
    cell = 0.28  # inches per piece
    fig, ax = plt.subplots(figsize=(min(2.0 + cell * cols, 40), min(1.5 + cell * rows, 40)))
    ax.imshow(weights, cmap="gray", vmin=0.0, vmax=1.0, interpolation="nearest", aspect="equal")
    ax.set_xticks(range(cols))
    ax.set_xticklabels(src, rotation=90, fontsize=9)
    ax.set_yticks(range(rows))
    ax.set_yticklabels(tgt, fontsize=9)
    ax.xaxis.tick_top()
    ax.xaxis.set_label_position("top")
    ax.set_xlabel("source (line %d%s)" % (line, ", head %d" % head if head else ""))
    ax.set_ylabel("target")
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
    ap.add_argument("--heads", action="store_true",
                    help="also draw each head of a multi-head model (files written with --attention-heads)")
    a = ap.parse_args(argv)

    import matplotlib
    matplotlib.use("Agg")

    os.makedirs(a.outdir, exist_ok=True)
    wanted = set(a.line) if a.line else None
    written, done = 0, set()
    for line, head, src, tgt, weights in read_attention(a.file, a.format):
        if head:
            if a.heads and (wanted is None or line in done) and src and tgt:
                plot(line, head, src, tgt, weights, os.path.join(a.outdir, "%s%d-head%d.png" % (a.prefix, line, head)),
                     a.dpi)
            continue
        if a.max_sentences is not None and written >= a.max_sentences:
            break
        if wanted is not None and line not in wanted:
            continue
        if not src or not tgt:
            if wanted is not None:
                print("line %d: no attention (empty or invalid input line); skipped" % line, file=sys.stderr)
                wanted.discard(line)
            continue
        path = os.path.join(a.outdir, "%s%d.png" % (a.prefix, line))
        plot(line, 0, src, tgt, weights, path, a.dpi)
        written += 1
        done.add(line)
        if wanted is not None:
            wanted.discard(line)
    if wanted:
        print("lines not in %s: %s" % (a.file, " ".join(str(n) for n in sorted(wanted))), file=sys.stderr)
    print("%d heatmap(s) written to %s" % (written, a.outdir), file=sys.stderr)
    return 0 if written or (a.max_sentences == 0) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
