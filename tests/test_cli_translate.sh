# attend translate: usage errors, checkpoint errors, line alignment on awkward
# input (empty, CRLF, 20,000 characters, invalid UTF-8, whitespace only, no
# final newline), determinism and batch/thread/ensemble invariance, n-best,
# scores, alignments, attention files (tsv, json) and their heatmaps.
# tests/test_cli_translate_hard.sh covers hostile input and interrupted runs.
# Uses a small checkpoint made by $ATTEND_MKCKPT (tests/tools/make_test_ckpt.c).
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}" "${ATTEND_MKCKPT:?}"
PY=/usr/bin/python3
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
lines() { awk 'END { print NR }' "$1"; }  # counts a last line without newline too
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP" || exit 1
rm -rf ./*

"$ATTEND_MKCKPT" "$ATTEND_SRC" model.h5 2>mk.err || { cat mk.err >&2; echo "FAIL: cannot make the test checkpoint" >&2; exit 1; }
xl() { "$ATTEND" translate -q -m model.h5 "$@"; }

# ---- usage -------------------------------------------------------------------
"$ATTEND" translate --help >help.txt 2>&1 || fail "--help exits $?"
for opt in --model --input --output --scores --alignments --nbest --attention --attention-format --attention-heads --strict \
           --max-line-bytes --beam --length-penalty --min-length --max-length-ratio --max-length-extra --max-src-len \
           --batch-size --chunk-lines --threads --quiet --help; do
  grep -q -- "$opt" help.txt || fail "--help does not list $opt"
done
"$ATTEND" translate </dev/null >/dev/null 2>err.txt; rc=$?
[ $rc -eq 2 ] || fail "missing --model exits $rc, expected 2"
grep -q -- "--model" err.txt || fail "missing --model: message does not name --model"
"$ATTEND" translate -m model.h5 --beam 0 </dev/null >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "--beam 0 exits $rc, expected 2"
"$ATTEND" translate -m model.h5 --beam 2 --nbest 3 </dev/null >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "--nbest larger than --beam exits $rc, expected 2"

# ---- bad checkpoints ------------------------------------------------------------
head -c 4000 model.h5 >truncated.h5
printf 'not a checkpoint\n' >garbage.h5
for bad in missing.h5 truncated.h5 garbage.h5; do
  echo hola | "$ATTEND" translate -m "$bad" >out.txt 2>err.txt; rc=$?
  [ $rc -eq 1 ] || fail "checkpoint $bad: exit $rc, expected 1"
  grep -q "$bad" err.txt || fail "checkpoint $bad: message does not name the file: $(cat err.txt)"
done
echo hola | "$ATTEND" translate -m model.h5 -m garbage.h5 >/dev/null 2>err.txt; rc=$?
[ $rc -eq 1 ] && grep -q garbage.h5 err.txt || fail "ensemble with a corrupt second checkpoint: exit $rc, $(cat err.txt)"

# ---- awkward input keeps line alignment ------------------------------------------
# 1 text, 2 empty, 3 CRLF, 4 20,000 characters, 5 invalid UTF-8, 6 whitespace
# only, 7 empty, 8 text without a final newline
$PY - <<'EOF' || fail "cannot write the input file"
lines = [b"Y dijo Dios: Sea la luz: y fue la luz.", b"", b"Y vio Dios que la luz era buena.\r",
         (b"la tierra " * 2000)[:20000], b"mal \xff\xfe texto", b"  \t  ", b"",
         b"Y la tierra estaba desordenada y vac\xc3\xada."]
open("awkward.txt", "wb").write(b"\n".join(lines))
EOF
"$ATTEND" translate -m model.h5 -i awkward.txt -o awkward.out 2>awkward.err; rc=$?
[ $rc -eq 0 ] || fail "awkward input: exit $rc: $(cat awkward.err)"
[ "$(lines awkward.out)" -eq 8 ] || fail "awkward input: $(lines awkward.out) output lines for 8"
for n in 2 5 6 7; do
  [ -z "$(sed -n "${n}p" awkward.out)" ] || fail "awkward line $n: output not empty: $(sed -n "${n}p" awkward.out)"
done
for n in 1 3 4 8; do
  [ -n "$(sed -n "${n}p" awkward.out)" ] || fail "awkward line $n: empty output"
done
grep -q $'\r' awkward.out && fail "a carriage return reached the output"
grep -q 'awkward.txt:5:.*invalid UTF-8' awkward.err || fail "no warning naming line 5 (invalid UTF-8): $(cat awkward.err)"
grep -q 'awkward.txt:4:.*longer than' awkward.err || fail "no warning naming line 4 (over-long): $(cat awkward.err)"
grep -q 'awkward.txt:[12678]:' awkward.err && fail "warning for a good line: $(cat awkward.err)"
"$ATTEND" translate -m model.h5 -i awkward.txt -o strict.out --strict 2>strict.err; rc=$?
[ $rc -eq 1 ] || fail "--strict with an invalid line: exit $rc, expected 1"
grep -q 'awkward.txt:5:' strict.err || fail "--strict: message does not name line 5: $(cat strict.err)"
# the same lines streamed in chunks of 3 lines: chunk boundaries must not shift lines
xl -i awkward.txt -o chunked.out --chunk-lines 3 2>/dev/null || fail "--chunk-lines 3 failed"
cmp -s awkward.out chunked.out || fail "--chunk-lines 3 output differs from one chunk"

# ---- determinism and invariance ---------------------------------------------------
head -40 "$ATTEND_SRC/data/bible/dev.es" >dev.txt
cat awkward.txt >>dev.txt && echo >>dev.txt
N=$(lines dev.txt)
xl -i dev.txt -o beam1a.out -b 1 2>/dev/null || fail "beam 1 failed"
xl -i dev.txt -o beam1b.out -b 1 2>/dev/null
cmp -s beam1a.out beam1b.out || fail "beam 1 twice gives different output"
[ "$(lines beam1a.out)" -eq "$N" ] || fail "beam 1: $(lines beam1a.out) lines for $N"
for bs in 1 32 100; do xl -i dev.txt -o bs$bs.out --batch-size $bs 2>/dev/null || fail "--batch-size $bs failed"; done
cmp -s bs1.out bs32.out || fail "--batch-size 1 and 32 differ"
cmp -s bs100.out bs32.out || fail "--batch-size 100 and 32 differ"
[ "$(lines bs32.out)" -eq "$N" ] || fail "beam 5: $(lines bs32.out) lines for $N"
awk 'NF' bs32.out | sort -u | wc -l | { read u; [ "$u" -ge 10 ] || fail "only $u distinct translations of $N lines (degenerate model?)"; }
xl -i dev.txt -o t1.out -t 1 2>/dev/null || fail "--threads 1 failed"
xl -i dev.txt -o t2.out -t 2 2>/dev/null || fail "--threads 2 failed"
cmp -s t1.out t2.out || fail "--threads 1 and 2 differ"
cmp -s t1.out bs32.out || fail "--threads 1 differs from the default"
"$ATTEND" translate -q -m model.h5 -m model.h5 -i dev.txt -o ens.out 2>/dev/null || fail "ensemble failed"
cmp -s ens.out bs32.out || fail "ensemble of the model twice differs from the model"
xl <dev.txt >stdio.out 2>/dev/null || fail "stdin to stdout failed"
cmp -s stdio.out bs32.out || fail "stdin/stdout output differs from -i/-o"

# ---- n-best, scores, alignments ----------------------------------------------------
xl -i dev.txt --nbest 3 -o nbest.out 2>/dev/null || fail "--nbest 3 failed"
xl -i dev.txt --scores -o scores.out 2>/dev/null || fail "--scores failed"
xl -i dev.txt --scores --alignments -o align.out 2>/dev/null || fail "--alignments failed"
$PY - dev.txt bs32.out nbest.out scores.out align.out <<'EOF' || fail "n-best/scores/alignments checks (above)"
import re, sys
src_path, best_path, nbest_path, scores_path, align_path = sys.argv[1:]
def read(p):
    return open(p, "rb").read().decode("utf-8", "replace").split("\n")[:-1]
src = open(src_path, "rb").read().split(b"\n")
best, nbest, scores, align = read(best_path), read(nbest_path), read(scores_path), read(align_path)
bad = []
want = lambda ok, msg: ok or bad.append(msg)
num = r"-?[0-9]+(\.[0-9]+)?"
by_line = {}
for row in nbest:
    # Moses: id ||| hypothesis ||| features ||| total
    feat = r"-?[0-9]+(?:\.[0-9]+)?"
    m = re.fullmatch(r"([0-9]+) \|\|\| (.*) \|\|\| LogProb= %s LenPen= %s \|\|\| (%s)" % (feat, feat, num), row)
    want(m, "n-best row not in Moses format: %r" % row)
    if m:
        by_line.setdefault(int(m.group(1)), []).append((m.group(2), float(m.group(3))))
want(sorted(by_line) == list(range(len(best))), "n-best line numbers %s" % sorted(by_line))
for i, hyps in sorted(by_line.items()):
    if best[i] == "":
        want(len(hyps) == 1 and hyps[0][0] == "", "line %d (no translation): n-best %r" % (i, hyps))
        continue
    want(len(hyps) == 3, "line %d: %d hypotheses" % (i, len(hyps)))
    want(all(hyps[k][1] >= hyps[k + 1][1] for k in range(len(hyps) - 1)), "line %d: scores not descending" % i)
    want(hyps[0][0] == best[i], "line %d: first n-best %r != 1-best %r" % (i, hyps[0][0], best[i]))
want(len(scores) == len(best), "--scores: %d lines for %d" % (len(scores), len(best)))
for i, row in enumerate(scores):
    m = re.fullmatch(r"(.*) \|\|\| (%s)" % num, row)
    want(m and m.group(1) == best[i], "--scores line %d: %r" % (i, row))
    if m and best[i] and i in by_line:
        want(abs(float(m.group(2)) - by_line[i][0][1]) < 1e-3, "line %d: score differs from the n-best's" % i)
want(len(align) == len(best), "--alignments: %d lines for %d" % (len(align), len(best)))
pairs_seen = 0
for i, row in enumerate(align):
    parts = row.split(" ||| ")
    want(len(parts) == 3 and parts[0] == best[i], "--alignments line %d: %r" % (i, row))
    if len(parts) != 3:
        continue
    ns, nt = len(src[i].split()), len(best[i].split())
    for p in parts[2].split():
        m = re.fullmatch(r"([0-9]+)-([0-9]+)", p)
        want(m and int(m.group(1)) < ns and int(m.group(2)) < nt,
             "line %d: alignment %r out of range (%d source, %d target words)" % (i, p, ns, nt))
        pairs_seen += 1
    if best[i]:
        want(parts[2] != "", "line %d: no alignment pairs" % i)
want(pairs_seen > 0, "no alignment pairs at all")
for b in bad[:20]:
    print("  " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

# ---- attention files -------------------------------------------------------------------
xl -i dev.txt --attention attn.json -o attn-json.out 2>/dev/null || fail "--attention .json failed"
xl -i dev.txt --attention attn.tsv -o attn-tsv.out 2>/dev/null || fail "--attention .tsv failed"
xl -i dev.txt --attention attn.txt --attention-format json -o /dev/null 2>/dev/null || fail "--attention-format json failed"
cmp -s attn.json attn.txt || fail "--attention-format json differs from the .json default"
cmp -s attn-json.out bs32.out || fail "output with --attention differs from without"
while IFS= read -r row; do
  printf '%s' "$row" | $PY -c 'import json, sys; json.load(sys.stdin)' 2>/dev/null || { fail "attention JSON row does not parse: ${row:0:80}"; break; }
done <attn.json
$PY - attn.json attn.tsv "$N" <<'EOF' || fail "attention file checks (above)"
import json, sys
jpath, tpath, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
bad = []
want = lambda ok, msg: ok or bad.append(msg)
def check(name, line, src, tgt, att):
    want(len(att) == len(tgt), "%s line %d: %d rows for %d target pieces" % (name, line, len(att), len(tgt)))
    if src:
        want(src[-1] == "</s>", "%s line %d: last source piece %r" % (name, line, src[-1]))
    for r, row in enumerate(att):
        want(len(row) == len(src), "%s line %d row %d: %d columns for %d pieces" % (name, line, r, len(row), len(src)))
        want(abs(sum(row) - 1) < 2e-3, "%s line %d row %d sums to %g" % (name, line, r, sum(row)))
js = [json.loads(l) for l in open(jpath, encoding="utf-8")]
want([o["line"] for o in js] == list(range(n)), "json: line numbers %s" % [o["line"] for o in js][:10])
for o in js:
    check("json", o["line"], o["src"], o["tgt"], o["attention"])
want(sum(1 for o in js if o["attention"]) >= n - 5, "json: too few sentences with attention")
# blocks: "# line N", the source row (empty when there are no pieces), one
# row per target piece, a blank line
rows = open(tpath, encoding="utf-8").read().split("\n")
want(rows[-1] == "" and rows[-2] == "", "tsv: does not end with a blank line")
k, i = 0, 0
while i < len(rows) - 1:
    want(rows[i] == "# line %d" % k, "tsv block %d header %r" % (k, rows[i]))
    src = rows[i + 1].split("\t")[1:] if rows[i + 1] else []
    want(not rows[i + 1] or rows[i + 1][0] == "\t", "tsv block %d: source row %r" % (k, rows[i + 1][:40]))
    j = i + 2
    while j < len(rows) and rows[j] != "":
        j += 1
    tgt = [r.split("\t")[0] for r in rows[i + 2:j]]
    att = [[float(x) for x in r.split("\t")[1:]] for r in rows[i + 2:j]]
    check("tsv", k, src, tgt, att)
    if k < len(js):
        want(src == js[k]["src"] and tgt == js[k]["tgt"], "tsv and json pieces differ on line %d" % k)
    k, i = k + 1, j + 1
want(k == n, "tsv: %d blocks for %d lines" % (k, n))
for b in bad[:20]:
    print("  " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

# ---- heatmaps -------------------------------------------------------------------------
if $PY -c 'import matplotlib' 2>/dev/null; then
  plot="$ATTEND_SRC/scripts/plot-attention.py"
  $PY "$plot" attn.json --line 0 --line 2 --outdir heat-json 2>plot.err || fail "plot json: $(cat plot.err)"
  $PY "$plot" attn.tsv --max-sentences 2 --outdir heat-tsv 2>plot.err || fail "plot tsv: $(cat plot.err)"
  for f in heat-json/attention-0.png heat-json/attention-2.png heat-tsv/attention-0.png heat-tsv/attention-1.png; do
    [ "$(head -c 8 "$f" 2>/dev/null | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$f is not a PNG"
  done
  [ "$(ls heat-tsv | wc -l)" -eq 2 ] || fail "--max-sentences 2 wrote $(ls heat-tsv | wc -l) files"
else
  echo "SKIP: matplotlib missing (scripts/setup.sh installs python3-matplotlib): heatmaps not checked" >&2
fi

# ---- multi-head attention: --attention-heads exports every head -------------------------
D=$ATTEND_SRC/data/bible
"$ATTEND" train --src "$D/train.es" --tgt "$D/train.en" --src-spm "$ATTEND_SRC/data/spm/tiny.es.model" \
  --tgt-spm "$ATTEND_SRC/data/spm/tiny.en.model" --save-dir mh --max-steps 6 --emb-dim 16 --hidden-dim 16 \
  --heads 4 --score scaled --threads 2 --no-valid-bleu --valid-every 0 --max-len 30 >mh.out 2>mh.err \
  || { cat mh.err >&2; fail "training a 4-head model"; }
head -5 "$D/dev.es" >mh.in
mx() { "$ATTEND" translate -q -m mh/last.h5 -i mh.in --max-length-ratio 0.5 --max-length-extra 4 "$@"; }
mx --beam 3 --attention mh.tsv --attention-heads >mh.txt 2>mh.err || fail "multi-head translate: $(cat mh.err)"
mx --beam 3 --attention mh.json --attention-heads --alignments >mh-al.txt 2>mh.err || fail "multi-head json: $(cat mh.err)"
mx --beam 3 --attention mh-plain.tsv >/dev/null 2>mh.err || fail "multi-head without heads: $(cat mh.err)"
"$ATTEND" translate -q -m mh/last.h5 -m mh/last.h5 -i mh.in --max-length-ratio 0.5 --max-length-extra 4 \
  --attention mh-ens.tsv --attention-heads >/dev/null 2>mh.err || fail "multi-head ensemble: $(cat mh.err)"
$PY - mh.tsv mh.json mh-plain.tsv mh-ens.tsv <<'EOF2' || fail "multi-head attention exports (above)"
import json, sys
tsv, js, plain, ens = sys.argv[1:]
def blocks(path):
    out, cur = [], None
    for text in open(path, encoding="utf-8"):
        text = text.rstrip("\n")
        if text.startswith("# line "):
            cur = [text, [], False]
            out.append(cur)
        elif cur is not None and not cur[2]:
            cur[2] = True
        elif text:
            cur[1].append([float(x) for x in text.split("\t")[1:]])
    return out
bad = []
b = blocks(tsv)
if len(b) != 5 * 5:
    bad.append("%s: %d blocks, expected 5 lines x (average + 4 heads)" % (tsv, len(b)))
for k in range(0, len(b) - 4, 5):
    main, heads = b[k], b[k + 1:k + 5]
    if [h[0] for h in heads] != ["%s head %d" % (main[0], i) for i in range(1, 5)]:
        bad.append("headers after %r: %s" % (main[0], [h[0] for h in heads]))
        continue
    for r, row in enumerate(main[1]):
        for j, w in enumerate(row):
            mean = sum(h[1][r][j] for h in heads) / 4
            if abs(mean - w) > 2e-5:
                bad.append("%s row %d col %d: average %.5f, mean of heads %.5f" % (main[0], r, j, w, mean))
    for h in heads:
        for row in h[1]:
            if abs(sum(row) - 1) > 1e-3:
                bad.append("%s: a head row sums to %.5f" % (h[0], sum(row)))
for text in open(js):
    o = json.loads(text)
    if len(o.get("heads", [])) != 4 or any(len(m) != len(o["attention"]) for m in o["heads"]):
        bad.append("json line %d: heads %s" % (o["line"], [len(m) for m in o.get("heads", [])]))
if any(" head " in x[0] for x in blocks(plain)):
    bad.append("head blocks written without --attention-heads")
if any(" head " in x[0] for x in blocks(ens)):
    bad.append("an ensemble wrote head blocks (it reports its average only)")
for x in bad[:10]:
    print("  " + x, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF2
[ "$(lines mh.txt)" -eq 5 ] && [ "$(lines mh-al.txt)" -eq 5 ] || fail "multi-head translation: not 5 lines"
if $PY -c 'import matplotlib' 2>/dev/null; then
  $PY "$ATTEND_SRC/scripts/plot-attention.py" mh.tsv --heads --line 1 --outdir heat-mh 2>plot.err \
    || fail "plot heads: $(cat plot.err)"
  for f in heat-mh/attention-1.png heat-mh/attention-1-head1.png heat-mh/attention-1-head4.png; do
    [ -s "$f" ] || fail "plot --heads did not write $f"
  done
fi

[ $failures -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "all checks passed"
