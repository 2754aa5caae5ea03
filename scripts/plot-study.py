#!/usr/bin/python3
"""Figures and report of the attention study (scripts/compare-attention.sh).

    /usr/bin/python3 scripts/plot-study.py OUTDIR [--no-report]

Reads what compare-attention.sh wrote into OUTDIR:
  results.tsv   model, search, bucket, min_len, max_len, sentences, bleu, chrf
                (one row per length bucket plus an 'all' row per model and search)
  models.tsv    model, cell, flags, description, run_dir (relative to OUTDIR)
  times.tsv     model, phase, seconds
  meta.tsv      key, value (command, machine, settings)
  <run_dir>/metrics.tsv of every model (dev perplexity against wall time)
  work/logs/<model>.train.log (parameter count and why training stopped)
  attention/*.png (heatmaps, listed in the report)
and writes
  bleu_by_length.png  BLEU against source sentence length, one line per model
                      (Bahdanau et al. 2015, Figure 2); solid: beam, dashed: greedy
  curves.png          dev perplexity against wall time, one line per model
  report.md           command, machine, wall times, tables and images; every
                      number is copied from the files above as written there.
"""
import argparse
import csv
import glob
import math
import os
import re
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_meta(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            meta[key] = value
    return meta


def num(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return math.nan


def searches_of(results):
    out = []
    for r in results:
        if r["search"] not in out:
            out.append(r["search"])
    return out


def buckets_of(results):
    out = []
    for r in results:
        if r["bucket"] != "all" and r["bucket"] not in out:
            out.append(r["bucket"])
    return out


def lookup(results, model, search, bucket):
    for r in results:
        if r["model"] == model and r["search"] == search and r["bucket"] == bucket:
            return r
    return None


COLORS = ["#444444", "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e"]
MARKERS = ["o", "s", "^", "D", "v", "P"]


def plot_bleu(results, models, path):
    buckets = buckets_of(results)
    searches = searches_of(results)
    counts = [lookup(results, models[0], searches[0], b)["sentences"] for b in buckets]
    fig, ax = plt.subplots(figsize=(8, 5))
    xs = list(range(len(buckets)))
    for i, m in enumerate(models):
        for k, s in enumerate(searches):
            ys = [num(lookup(results, m, s, b)["bleu"]) for b in buckets]
            beam = k == len(searches) - 1
            ax.plot(xs, ys, color=COLORS[i % len(COLORS)], marker=MARKERS[i % len(MARKERS)],
                    linestyle="-" if beam else "--", linewidth=2 if beam else 1, alpha=1 if beam else 0.6,
                    markersize=6 if beam else 4, label="%s (%s)" % (m, s))
    ax.set_xticks(xs)
    ax.set_xticklabels(["%s\nn=%s" % (b, c) for b, c in zip(buckets, counts)])
    ax.set_xlabel("source sentence length (words)")
    ax.set_ylabel("BLEU (test set)")
    ax.set_title("BLEU by source sentence length")
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def dev_curve(metrics_path):
    xs, ys = [], []
    if not os.path.exists(metrics_path):
        return xs, ys
    for r in read_tsv(metrics_path):
        ppl = num(r.get("dev_ppl"))
        if not math.isnan(ppl):
            xs.append(num(r["wall_s"]) / 60.0)
            ys.append(ppl)
    return xs, ys


def plot_curves(outdir, model_rows, path):
    fig, ax = plt.subplots(figsize=(8, 5))
    for i, m in enumerate(model_rows):
        xs, ys = dev_curve(os.path.join(outdir, m["run_dir"], "metrics.tsv"))
        ax.plot(xs, ys, color=COLORS[i % len(COLORS)], marker=MARKERS[i % len(MARKERS)], markersize=4,
                label=m["model"])
    ax.set_xlabel("wall time (minutes)")
    ax.set_ylabel("dev perplexity")
    ax.set_yscale("log")
    ax.set_title("Dev perplexity during training")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


# ---- report ---------------------------------------------------------------------


def train_facts(outdir, model, run_dir):
    """Parameters, steps, epochs and stop reason from the training log; best dev
    perplexity and its step from metrics.tsv (strings as written there)."""
    facts = {"params": "?", "steps": "?", "epochs": "?", "stop": "?", "best_ppl": "-", "best_step": "-",
             "tgt_tok_s": "-"}
    log = os.path.join(outdir, "work", "logs", model + ".train.log")
    if os.path.exists(log):
        text = open(log, encoding="utf-8", errors="replace").read()
        m = re.search(r"model: (\d+) parameters", text)
        if m:
            facts["params"] = m.group(1)
        for m in re.finditer(r"stopped \(([^)]*)\) at step (\d+), epoch ([0-9.]+)", text):
            facts["stop"], facts["steps"], facts["epochs"] = m.group(1), m.group(2), m.group(3)
    metrics = os.path.join(outdir, run_dir, "metrics.tsv")
    if os.path.exists(metrics):
        best = None
        for r in read_tsv(metrics):
            if r.get("tgt_tok_s"):
                facts["tgt_tok_s"] = r["tgt_tok_s"]
            ppl = num(r.get("dev_ppl"))
            if not math.isnan(ppl) and (best is None or ppl < num(best["dev_ppl"])):
                best = r
        if best is not None:
            facts["best_ppl"], facts["best_step"] = best["dev_ppl"], best["step"]
    return facts


def md_table(header, rows, left=1):
    """A markdown table; the first `left` columns are left-aligned, the others right-aligned."""
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i < left else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_report(outdir, meta, model_rows, results, times, heatmaps):
    models = [m["model"] for m in model_rows]
    searches = searches_of(results)
    buckets = buckets_of(results)
    t = {(r["model"], r["phase"]): r["seconds"] for r in times}
    smoke = meta.get("mode") == "smoke"
    L = []
    L.append("# Attention study: BLEU by sentence length (Bahdanau et al. 2015, Figure 2)%s\n"
             % (" — smoke run" if smoke else ""))
    L.append("Encoder-decoders without and with attention, trained on the Spanish-English "
             "Bible corpus under the same wall-time budget, with the same sizes and the same "
             "SentencePiece tokenizers, then scored on the test set overall and by source "
             "sentence length. Everything below was written by `scripts/compare-attention.sh` "
             "and `scripts/plot-study.py`; the numbers are copied from `results.tsv`, "
             "`times.tsv` and each run's `metrics.tsv` as produced.\n")
    L.append("## Command\n")
    L.append("```sh\n%s\n```\n" % meta.get("command", "?"))
    if meta.get("resumed"):
        L.append("Resumed (`--resume-at`) %s.\n" % meta["resumed"])
    L.append("Started %s, git %s, total wall time from the start to the report %s s%s.\n"
             % (meta.get("started_utc", "?"), meta.get("git_commit", "?"), meta.get("total_wall_s", "?"),
                " (including the pause before resuming)" if meta.get("resumed") else ""))
    L.append("## Machine\n")
    L.append(md_table(["", ""], left=2, rows=[
        ["cores (nproc)", meta.get("nproc", "?")],
        ["CPU", meta.get("cpu_model", "?")],
        ["memory", meta.get("memory", "?")],
        ["load average at start (1, 5, 15 min)", meta.get("load_at_start", "?")],
        ["load average at end", meta.get("load_at_end", "?")],
    ]) + "\n")
    L.append("The machine is shared: other work ran alongside (see the load averages), so "
             "wall-time budgets buy fewer steps than on an idle machine.\n")
    L.append("## Setup\n")
    L.append(md_table(["setting", "value"], left=2, rows=[
        ["corpus", "`%s` (%s)" % (meta.get("corpus", "?"), meta.get("corpus_lines", "?"))],
        ["tokenizers", "SentencePiece unigram, %s pieces per language, trained once on train.es / train.en "
         "and given to every run (`--src-spm`, `--tgt-spm`)" % meta.get("vocab_size", "?")],
        ["sizes", "1 layer, bidirectional encoder, embeddings %s, hidden %s (decoder; %s per encoder direction)"
         % (meta.get("emb_dim", "?"), meta.get("hidden_dim", "?"),
            int(num(meta.get("hidden_dim"))) // 2 if meta.get("hidden_dim", "").isdigit() else "?")],
        ["training", "Adam lr %s, clip 1.0, batch %s sentences, pairs with a side over %s pieces dropped, "
         "dropout %s, label smoothing 0.1, seed 1" % (meta.get("lr", "?"), meta.get("batch_size", "?"),
                                                       meta.get("max_len", "?"), meta.get("dropout", "?"))],
        ["budget", "%s minutes of wall time per model (`--max-minutes`), %s model(s) at a time with %s "
         "thread(s) each" % (meta.get("minutes_per_model", "?"), meta.get("jobs", "?"),
                             meta.get("threads_per_job", "?"))],
        ["validation", "dev perplexity every %s steps; the best one's checkpoint (best.h5) translates"
         % meta.get("valid_every", "?")],
        ["search", "greedy, and beam %s with length penalty 0.6" % meta.get("beam", "?")],
    ]) + "\n")
    L.append("## Models and wall times\n")
    rows = []
    for m in model_rows:
        f = train_facts(outdir, m["model"], m["run_dir"])
        rows.append(["`%s`" % m["model"], m["description"], m["cell"].upper(), "`%s`" % m["flags"], f["params"],
                     t.get((m["model"], "train"), "?"), f["steps"], f["epochs"], f["tgt_tok_s"],
                     "%s (step %s)" % (f["best_ppl"], f["best_step"])]
                    + [t.get((m["model"], "translate-" + s), "?") for s in searches])
    L.append(md_table(["model", "what", "cell", "flags", "parameters", "train wall s", "steps", "epochs",
                       "last tgt tok/s", "best dev ppl"] + ["%s wall s" % s for s in searches], rows, left=4) + "\n")
    L.append("Train wall time includes loading the corpus and validation; translation wall time "
             "covers the %s test sentences. Tokenizer training took %s s.\n"
             % (lookup(results, models[0], searches[0], "all")["sentences"], t.get(("all", "tokenizers"), "?")))
    L.append("## Results: whole test set\n")
    rows = []
    for m in models:
        row = ["`%s`" % m]
        for s in searches:
            r = lookup(results, m, s, "all")
            row += [r["bleu"], r["chrf"]]
        rows.append(row)
    hdr = ["model"]
    for s in searches:
        hdr += ["BLEU %s" % s, "chrF %s" % s]
    L.append(md_table(hdr, rows) + "\n")
    for s in searches:
        L.append("## Results by source length (words): %s\n" % s)
        hdr = ["model"] + ["%s (n=%s)" % (b, lookup(results, models[0], s, b)["sentences"]) for b in buckets]
        rows = [["`%s`" % m] + [lookup(results, m, s, b)["bleu"] for b in buckets] for m in models]
        L.append("BLEU:\n\n" + md_table(hdr, rows) + "\n")
        rows = [["`%s`" % m] + [lookup(results, m, s, b)["chrf"] for b in buckets] for m in models]
        L.append("chrF:\n\n" + md_table(hdr, rows) + "\n")
    L.append("## Figures\n")
    L.append("BLEU against source sentence length (solid: beam, dashed: greedy; the paper's Figure 2):\n")
    L.append("![BLEU by sentence length](bleu_by_length.png)\n")
    L.append("Dev perplexity against wall time:\n")
    L.append("![dev perplexity curves](curves.png)\n")
    if heatmaps:
        L.append("### Attention\n")
        L.append("The three longest test sentences of at most %s words (test lines %s, counted from 1), "
                 "translated with beam %s; rows are target pieces, columns source pieces, white = weight 1 "
                 "(as the paper's Figure 3).\n" % (meta.get("heatmap_max_words", "?"), meta.get("heatmap_lines", "?"), meta.get("beam", "?")))
        for m in models:
            mine = [h for h in heatmaps if os.path.basename(h).startswith(m + "-test")]
            for h in mine:
                rel = os.path.relpath(h, outdir)
                L.append("`%s`, %s:\n\n![%s](%s)\n" % (m, os.path.basename(h)[len(m) + 1:-4], rel, rel))
    L.append("## Files\n")
    L.append("`results.tsv` (model, search, bucket, min_len, max_len, sentences, bleu, chrf; an `all` row per "
             "model and search), `models.tsv`, `times.tsv`, `meta.tsv`, the PNGs above; checkpoints, "
             "translations and logs stay in `work/`.\n")
    with open(os.path.join(outdir, "report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", help="the study's output directory")
    ap.add_argument("--no-report", action="store_true", help="only the two figures")
    a = ap.parse_args()
    od = a.outdir
    try:
        results = read_tsv(os.path.join(od, "results.tsv"))
        model_rows = read_tsv(os.path.join(od, "models.tsv"))
    except OSError as e:
        sys.exit("plot-study: %s" % e)
    models = [m["model"] for m in model_rows]
    missing = [m for m in models if not any(r["model"] == m for r in results)]
    if missing or not results:
        sys.exit("plot-study: results.tsv has no rows for %s" % (", ".join(missing) or "any model"))
    plot_bleu(results, models, os.path.join(od, "bleu_by_length.png"))
    plot_curves(od, model_rows, os.path.join(od, "curves.png"))
    if not a.no_report:
        times = read_tsv(os.path.join(od, "times.tsv"))
        meta = read_meta(os.path.join(od, "meta.tsv"))
        heatmaps = sorted(glob.glob(os.path.join(od, "attention", "*.png")),
                          key=lambda p: (p.rsplit("-test", 1)[0], int(re.sub(r"\D", "", p.rsplit("-test", 1)[1]) or 0)))
        write_report(od, meta, model_rows, results, times, heatmaps)


if __name__ == "__main__":
    main()
