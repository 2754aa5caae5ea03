#!/usr/bin/python3
"""Turn two SWORD imp exports (mod2imp output) into a verse-aligned corpus.

    bible_corpus.py [--sample TRAIN,DEV,TEST] [--es-encoding ENC]
                    [--en-encoding ENC] ES.imp EN.imp OUTDIR

Writes OUTDIR/{train,dev,test}.{es,en,ref}: one verse per line, the same
line number in the three files of a split, refs as mod2imp prints the key
("Genesis 1:1"), verses in the order the English export lists them.

Cleaning: markup removed (OSIS/ThML tags, GBF tags, stray USFM markers),
the text of notes and of non-canonical titles dropped, canonical titles
(psalm superscriptions, which the Spanish text carries as plain verse text)
and added words (transChange) kept, paragraph marks dropped, whitespace
collapsed.  Only verses present and non-empty in both languages are kept.

Split (fixed, never change it): n = int(md5(ref utf-8).hexdigest()[:8], 16);
n % 100 in {0,1} reserved (no file), {2..5} test, {6,7} dev, else train.

--sample keeps, per split, the first N verses by MD5 hex order of the ref,
written in canonical order, so the sample is reproducible.
Standard library only.
"""
import argparse
import hashlib
import html
import math
import os
import re
import sys

SPLITS = ("train", "dev", "test")
KEY_RE = re.compile(r"^(.*\S) (\d+):(\d+)$")
TAG_RE = re.compile(r"(<[^<>]*>)")
NAME_RE = re.compile(r"^<\s*(/?)\s*([A-Za-z][A-Za-z0-9_:.-]*)")
USFM_RE = re.compile(r"\\\+?[A-Za-z]+[0-9]*\*?")
# Tags after which words are separate (block or milestone markup); every
# other tag (w, transChange, divineName, q, hi, seg, foreign...) is inline.
BLOCK_TAGS = {"div", "p", "l", "lg", "lb", "br", "chapter", "verse",
              "milestone", "list", "item", "table", "row", "cell",
              "CM", "CL", "Pp", "PP"}
# GBF pairs whose content is dropped: <RF>note<Rf>, <TS>title<Ts>.
GBF_SKIP_OPEN = {"RF": "Rf", "TS": "Ts"}
GBF_SKIP_CLOSE = {"Rf", "Ts"}
PARAGRAPH_MARKS = "\u00b6\u204b"  # pilcrow, reversed pilcrow
RATIO_FACTOR = 1.8  # a pair whose length ratio is this far off the median
RATIO_RUN = 2       # this many such pairs in one chapter: drop the chapter


class CorpusError(Exception):
    pass


def split_of(ref):
    """The split a reference belongs to: reserved, test, dev or train."""
    n = int(hashlib.md5(ref.encode("utf-8")).hexdigest()[:8], 16) % 100
    if n < 2:
        return "reserved"
    if n < 6:
        return "test"
    if n < 8:
        return "dev"
    return "train"


def read_imp(path, encoding):
    """[(ref, raw text)] for the verse entries (chapter and verse >= 1)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise CorpusError("cannot read %s: %s" % (path, e.strerror))
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as e:
        raise CorpusError("%s is not valid %s: %s" % (path, encoding, e))
    entries, key, body, seen = [], None, [], False
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("$$$"):
            seen = True
            if key is not None:
                entries.append((key, "\n".join(body)))
            key, body = line[3:].strip(), []
        elif key is not None:
            body.append(line)
    if key is not None:
        entries.append((key, "\n".join(body)))
    if not seen:
        raise CorpusError("%s has no $$$ entries: not an imp file" % path)
    verses = []
    for key, raw in entries:
        m = KEY_RE.match(key)
        if m and int(m.group(2)) > 0 and int(m.group(3)) > 0:
            verses.append((key, raw))
    return verses


def tag_info(tag):
    """(name, is_end, is_empty) of one tag, or (None, ...) if unparsable."""
    m = NAME_RE.match(tag)
    if not m:
        return None, False, False
    return m.group(2), m.group(1) == "/", tag.rstrip(">").rstrip().endswith("/")


def dropped_element(name, tag):
    """True if the text inside this start tag's element is not verse text."""
    if name == "note":
        return True
    if name == "title":
        return not re.search(r'canonical\s*=\s*"true"', tag)
    return False


def clean(raw):
    """Plain verse text from one entry's markup."""
    out, skip = [], []  # skip: names of open elements whose text is dropped
    for piece in TAG_RE.split(raw):
        if not piece.startswith("<"):
            if not skip:
                out.append(html.unescape(piece))
            continue
        name, is_end, is_empty = tag_info(piece)
        if name is None:
            continue
        if name in GBF_SKIP_OPEN:
            skip.append(GBF_SKIP_OPEN[name])
        elif name in GBF_SKIP_CLOSE:
            if skip and skip[-1] == name:
                skip.pop()
        elif is_end:
            if name in skip:  # also closes elements left open inside it
                del skip[len(skip) - 1 - skip[::-1].index(name):]
        elif not is_empty and (skip or dropped_element(name, piece)):
            skip.append(name)
        if name in BLOCK_TAGS:
            out.append(" ")
    text = "".join(out)
    text = USFM_RE.sub(" ", text)
    for mark in PARAGRAPH_MARKS:
        text = text.replace(mark, " ")
    return " ".join(text.split())


def chapter_of(ref):
    m = KEY_RE.match(ref)
    return (m.group(1), int(m.group(2)))


def align(es_verses, en_verses):
    """[(ref, es, en)] in English order for verses present and non-empty in
    both, plus drop statistics."""
    es = {ref: clean(raw) for ref, raw in es_verses}
    en_refs = set()
    stats = {"missing_es": 0, "missing_en": 0, "empty_es": 0, "empty_en": 0}
    pairs, gaps = [], set()  # gaps: chapters with a missing or empty verse
    for ref, raw in en_verses:
        en_refs.add(ref)
        en_text = clean(raw)
        if ref not in es:
            stats["missing_es"] += 1
        elif not es[ref]:
            stats["empty_es"] += 1
        elif not en_text:
            stats["empty_en"] += 1
        else:
            pairs.append((ref, es[ref], en_text))
            continue
        gaps.add(chapter_of(ref))
    for ref in es:
        if ref not in en_refs:
            stats["missing_en"] += 1
            gaps.add(chapter_of(ref))
    return pairs, stats, gaps


def log_ratios(pairs):
    """log(len es / len en) of each pair minus the median of them all."""
    logs = [math.log(len(es) / len(en)) for _, es, en in pairs]
    if not logs:
        return []
    median = sorted(logs)[len(logs) // 2]
    return [x - median for x in logs]


def alignment_filter(pairs, gaps, stats):
    """Drop pairs whose two sides are probably not the same text.

    The two modules share a versification in name only: where RV1909
    divides chapters or verses differently, its export leaves verses empty
    and moves or merges text, and the verses around are shifted.  Dropped:
    every verse of a chapter with a gap (a verse missing or empty in one
    language) and of the chapter after it in the same book; every verse of
    a chapter with RATIO_RUN or more length outliers; each remaining length
    outlier (its length ratio more than RATIO_FACTOR away from the median).
    """
    devs = log_ratios(pairs)
    limit = math.log(RATIO_FACTOR)
    outliers = {}
    for (ref, _, _), dev in zip(pairs, devs):
        if abs(dev) > limit:
            outliers.setdefault(chapter_of(ref), set()).add(ref)
    after_gap = {(book, ch + 1) for book, ch in gaps}
    kept = []
    counts = {"gap_chapter": 0, "outlier_chapter": 0, "outlier_verse": 0}
    for pair in pairs:
        chap = chapter_of(pair[0])
        if chap in gaps or chap in after_gap:
            counts["gap_chapter"] += 1
        elif len(outliers.get(chap, ())) >= RATIO_RUN:
            counts["outlier_chapter"] += 1
        elif pair[0] in outliers.get(chap, ()):
            counts["outlier_verse"] += 1
        else:
            kept.append(pair)
    stats.update(counts)
    return kept


def by_split(pairs):
    """{split: [(ref, es, en)]} and the number of reserved verses."""
    out = {s: [] for s in SPLITS}
    reserved = 0
    for pair in pairs:
        s = split_of(pair[0])
        if s == "reserved":
            reserved += 1
        else:
            out[s].append(pair)
    return out, reserved


def sample(rows, n):
    """The first n rows by MD5 of the ref, kept in their original order."""
    md5 = lambda r: hashlib.md5(r[1][0].encode("utf-8")).hexdigest()
    chosen = sorted(enumerate(rows), key=md5)[:n]
    return [row for _, row in sorted(chosen, key=lambda x: x[0])]


def write_atomic(outdir, files):
    """Write {name: [lines]} to temp files in outdir, then rename them."""
    os.makedirs(outdir, exist_ok=True)
    temps = []
    try:
        for name, lines in files.items():
            tmp = os.path.join(outdir, ".%s.tmp.%d" % (name, os.getpid()))
            temps.append((tmp, os.path.join(outdir, name)))
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                for line in lines:
                    f.write(line + "\n")
        for tmp, final in temps:
            os.replace(tmp, final)
    except OSError as e:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.remove(tmp)
        raise CorpusError("cannot write into %s: %s" % (outdir, e))


def parse_sample(spec):
    parts = spec.split(",")
    try:
        counts = [int(p) for p in parts]
    except ValueError:
        counts = []
    if len(counts) != 3 or min(counts) < 0:
        raise CorpusError("--sample wants TRAIN,DEV,TEST counts, got %r" % spec)
    return dict(zip(SPLITS, counts))


def build(args):
    es_verses = read_imp(args.es_imp, args.es_encoding)
    en_verses = read_imp(args.en_imp, args.en_encoding)
    if not es_verses:
        raise CorpusError("%s: no verses (Spanish export empty?)" % args.es_imp)
    if not en_verses:
        raise CorpusError("%s: no verses (English export empty?)" % args.en_imp)
    pairs, stats, gaps = align(es_verses, en_verses)
    stats["present"] = len(pairs)
    if not args.no_align_filter:
        pairs = alignment_filter(pairs, gaps, stats)
    splits, reserved = by_split(pairs)
    full = {s: len(splits[s]) for s in SPLITS}
    if args.sample:
        want = parse_sample(args.sample)
        for s in SPLITS:
            if len(splits[s]) < want[s]:
                raise CorpusError("--sample: %s has only %d verses, %d asked"
                                  % (s, len(splits[s]), want[s]))
            splits[s] = sample(splits[s], want[s])
    files = {}
    for s in SPLITS:
        files[s + ".ref"] = [p[0] for p in splits[s]]
        files[s + ".es"] = [p[1] for p in splits[s]]
        files[s + ".en"] = [p[2] for p in splits[s]]
    write_atomic(args.outdir, files)
    report(args, len(es_verses), len(en_verses), pairs, full, splits,
           reserved, stats)


def report(args, n_es, n_en, pairs, full, splits, reserved, stats):
    print("verses read: es %d, en %d; present and non-empty in both %d"
          % (n_es, n_en, stats["present"]))
    print("dropped: missing in es %d, missing in en %d, empty in es %d, "
          "empty in en %d" % (stats["missing_es"], stats["missing_en"],
                              stats["empty_es"], stats["empty_en"]))
    if "gap_chapter" in stats:
        print("dropped by the alignment filter: %d in or after a chapter with "
              "a gap, %d in chapters with length outliers, %d single length "
              "outliers" % (stats["gap_chapter"], stats["outlier_chapter"],
                            stats["outlier_verse"]))
    print("aligned pairs kept: %d" % len(pairs))
    print("reserved (md5 %% 100 in {0,1}, written nowhere): %d" % reserved)
    for s in SPLITS:
        extra = " (sampled from %d)" % full[s] if args.sample else ""
        print("%-5s %6d%s" % (s, len(splits[s]), extra))
    print("written to %s" % args.outdir)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("es_imp")
    p.add_argument("en_imp")
    p.add_argument("outdir")
    p.add_argument("--es-encoding", default="utf-8")
    p.add_argument("--en-encoding", default="utf-8")
    p.add_argument("--sample", metavar="TRAIN,DEV,TEST")
    p.add_argument("--no-align-filter", action="store_true",
                   help="keep every verse present and non-empty in both")
    args = p.parse_args(argv)
    try:
        build(args)
    except CorpusError as e:
        print("bible_corpus: error: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
