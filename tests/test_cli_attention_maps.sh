#!/usr/bin/env bash
# translate --attention-maps (issue 10): a tiny Transformer (2+2 layers, width 32, 4
# heads) trained 30 steps on the Bible sample translates 10 lines with
# --attention-maps cross,enc-self,dec-self, in TSV and in JSON:
#   1. per line the main block, 2 x 4 cross blocks "# line N layer L head H", 2 x 4
#      "# line N enc-self layer L head H" and 2 x 4 "# line N dec-self layer L head H";
#      JSON "enc_self" and "dec_self" hold [layer][head] matrices, "dec_in" the inputs;
#   2. every row of every matrix sums to 1; enc-self blocks are (source pieces x
#      source pieces) labelled with the source pieces; dec-self blocks are square over
#      the target rows, columns <s> y1 .., causal (row i zero beyond column i);
#   3. the cross blocks are byte for byte what --attention-heads writes, the
#      translations do not change with the option, and the self-attention blocks are
#      bitwise the same with 1 or 2 threads and batch sizes 3 or 128;
#   4. scripts/plot-attention.py draws one map of each kind (cross, enc-self,
#      dec-self) to PNG from TSV and JSON (skipped, saying so, without matplotlib);
#   5. an rnn model with --attention-maps enc-self (or dec-self) fails with status 2
#      naming the option and the block; a bad LIST and --attention-maps without
#      --attention are usage errors too.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
export OMP_WAIT_POLICY=passive
PY=/usr/bin/python3
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
fail() { echo "FAIL: $*" >&2; exit 1; }
lines() { awk 'END { print NR }' "$1"; }

NLINES=10
head -n 20 "$D/dev.es" >"$T/dev.es"
head -n 20 "$D/dev.en" >"$T/dev.en"
head -n $NLINES "$D/dev.es" >"$T/in.es"
SPM="--src-spm $ATTEND_SRC/data/spm/tiny.es.model --tgt-spm $ATTEND_SRC/data/spm/tiny.en.model"
DATA="--src $D/train.es --tgt $D/train.en --dev-src $T/dev.es --dev-tgt $T/dev.en $SPM --max-len 40"
TF="--encoder transformer --decoder transformer --heads 4 --emb-dim 32 --ff-dim 64 --enc-layers 2 --dec-layers 2
  --emb-scale"
OPT="--batch-size 16 --lr 0.003 --threads 2 --valid-bleu-max 10"

# shellcheck disable=SC2086
"$ATTEND" train $DATA $TF $OPT --save-dir "$T/tf" --max-steps 30 --valid-every 30 --log-every 30 \
  >"$T/train.out" 2>"$T/train.err" || { cat "$T/train.err" >&2; fail "training the Transformer"; }
M=$T/tf/last.h5
[ -f "$M" ] || fail "no checkpoint $M"

trl() { # OUT ARGS...
  local out=$1
  shift
  "$ATTEND" translate -q -m "$M" -i "$T/in.es" -o "$out" "$@" 2>"$out.err" || { cat "$out.err" >&2; fail "translate $*"; }
  [ "$(lines "$out")" -eq $NLINES ] || fail "translate $* wrote $(lines "$out") lines"
}
MAPS="--attention-maps cross,enc-self,dec-self"
trl "$T/plain.out" --beam 3
trl "$T/heads.out" --beam 3 --attention "$T/heads.tsv" --attention-heads
# shellcheck disable=SC2086
trl "$T/maps.out" --beam 3 --attention "$T/maps.tsv" $MAPS
# shellcheck disable=SC2086
trl "$T/maps1.out" --beam 3 --attention "$T/maps1.tsv" $MAPS --threads 1 --batch-size 3
# shellcheck disable=SC2086
trl "$T/maps.json.out" --beam 3 --attention "$T/maps.json" $MAPS
trl "$T/enc.out" --beam 3 --attention "$T/enc.tsv" --attention-maps enc-self
for f in heads maps maps1 maps.json enc; do
  cmp -s "$T/plain.out" "$T/$f.out" || fail "translations change with the attention options ($f)"
done
# the self-attention maps come from one sentence's forward: bitwise the same for any
# threads and batch size (search's cross-attention may differ in the last digit)
selfmaps() { awk '/^# line / { keep = / (enc|dec)-self / } keep' "$1"; }
[ -n "$(selfmaps "$T/maps.tsv")" ] || fail "no self-attention blocks in $T/maps.tsv"
[ "$(selfmaps "$T/maps.tsv")" = "$(selfmaps "$T/maps1.tsv")" ] || fail "the self-attention maps depend on threads or batch size"
echo "  translations unchanged by --attention-maps; self-attention maps thread- and batch-invariant"

$PY - "$T/maps.tsv" "$T/heads.tsv" "$T/maps.json" "$T/enc.tsv" "$T/in.es" <<'EOF'
import json, sys
L, H = 2, 4
def blocks(path):
    out, cur = [], None
    for text in open(path, encoding="utf-8"):
        text = text.rstrip("\n")
        if text.startswith("# line "):
            cur = {"header": text, "cols": None, "rows": [], "labels": []}
            out.append(cur)
        elif not text:
            cur = None
        elif cur["cols"] is None:
            cur["cols"] = text.split("\t")[1:]
        else:
            cells = text.split("\t")
            assert len(cells) == len(cur["cols"]) + 1, (path, cur["header"], text)
            cur["labels"].append(cells[0])
            cur["rows"].append([float(x) for x in cells[1:]])
    return out
def fail(msg):
    print("FAIL:", msg, file=sys.stderr); sys.exit(1)
maps, heads, enc_only = blocks(sys.argv[1]), blocks(sys.argv[2]), blocks(sys.argv[4])
n = sum(1 for _ in open(sys.argv[5]))
by_line = {}
for b in maps:
    w = b["header"].split()
    by_line.setdefault(int(w[2]), []).append(b)
if sorted(by_line) != list(range(n)):
    fail("lines %s in the TSV, expected 0..%d" % (sorted(by_line), n - 1))
checked = 0
for line, bl in by_line.items():
    want = ["# line %d" % line]
    want += ["# line %d layer %d head %d" % (line, l, h) for l in range(1, L + 1) for h in range(1, H + 1)]
    want += ["# line %d enc-self layer %d head %d" % (line, l, h) for l in range(1, L + 1) for h in range(1, H + 1)]
    want += ["# line %d dec-self layer %d head %d" % (line, l, h) for l in range(1, L + 1) for h in range(1, H + 1)]
    got = [b["header"] for b in bl]
    if got != want:
        fail("line %d: blocks %s, expected %s" % (line, got[:4], want[:4]))
    main = bl[0]
    src, tgt = main["cols"], main["labels"]
    for b in bl:
        for i, r in enumerate(b["rows"]):
            if abs(sum(r) - 1) > 2e-3 or min(r) < 0:
                fail("%s: row %d sums to %.5f" % (b["header"], i, sum(r)))
            checked += 1
        if " enc-self " in b["header"]:
            if b["cols"] != src or b["labels"] != src:
                fail("%s: labels %s / %s, expected the source pieces %s" % (b["header"], b["labels"], b["cols"], src))
        if " dec-self " in b["header"]:
            if b["labels"] != tgt or b["cols"] != ["<s>"] + tgt[:-1]:
                fail("%s: rows %s, columns %s for target %s" % (b["header"], b["labels"], b["cols"], tgt))
            for i, r in enumerate(b["rows"]):
                if any(x != 0 for x in r[i + 1:]):
                    fail("%s: row %d attends beyond column %d: %s" % (b["header"], i, i, r))
# cross blocks == --attention-heads
cross = [b for b in maps if " enc-self " not in b["header"] and " dec-self " not in b["header"]]
if [(b["header"], b["cols"], b["labels"], b["rows"]) for b in cross] != \
   [(b["header"], b["cols"], b["labels"], b["rows"]) for b in heads]:
    fail("the cross blocks differ from what --attention-heads writes")
# enc-self alone: the main block and the enc-self blocks, the same numbers
want = [b for b in maps if " dec-self " not in b["header"] and (" enc-self " in b["header"] or "layer" not in b["header"])]
if [(b["header"], b["rows"]) for b in enc_only] != [(b["header"], b["rows"]) for b in want]:
    fail("--attention-maps enc-self: blocks differ from the full selection's")
# JSON: same matrices
js = [json.loads(t) for t in open(sys.argv[3], encoding="utf-8") if t.strip()]
if len(js) != n:
    fail("%d JSON objects for %d lines" % (len(js), n))
for o in js:
    bl = by_line[o["line"]]
    if o.get("heads_per_layer") != H or len(o["heads"]) != L * H:
        fail("JSON line %d: heads_per_layer %s, %d heads" % (o["line"], o.get("heads_per_layer"), len(o["heads"])))
    for key, kind in (("enc_self", " enc-self "), ("dec_self", " dec-self ")):
        m = o[key]
        tb = [b for b in bl if kind in b["header"]]
        if len(m) != L or any(len(x) != H for x in m):
            fail("JSON line %d: %s is not [%d][%d]" % (o["line"], key, L, H))
        for k, b in enumerate(tb):
            jm = m[k // H][k % H]
            if len(jm) != len(b["rows"]) or any(abs(a - c) > 1e-5 for r, s in zip(jm, b["rows"]) for a, c in zip(r, s)):
                fail("JSON line %d: %s[%d][%d] differs from the TSV" % (o["line"], key, k // H, k % H))
    if o["dec_in"] != ["<s>"] + o["tgt"][:-1]:
        fail("JSON line %d: dec_in %s" % (o["line"], o["dec_in"]))
    if len(o["enc_self"][0][0]) != len(o["src"]):
        fail("JSON line %d: enc_self rows %d for %d source pieces" % (o["line"], len(o["enc_self"][0][0]), len(o["src"])))
print("  %d lines: %d blocks each, %d rows checked (distributions, causal, labels); cross == --attention-heads; JSON == TSV"
      % (n, 1 + 3 * L * H, checked))
EOF

# ---- 4. heatmaps ------------------------------------------------------------------------
if $PY -c "import matplotlib" 2>/dev/null; then
  for kind in cross enc-self dec-self; do
    for fmt in tsv json; do
      out=$T/png-$kind-$fmt
      $PY "$ATTEND_SRC/scripts/plot-attention.py" "$T/maps.$fmt" --kind "$kind" --layer 2 --head 3 --line 1 \
        --outdir "$out" 2>"$out.err" || { cat "$out.err" >&2; fail "plot-attention.py --kind $kind ($fmt)"; }
      png=$(ls "$out"/*.png 2>/dev/null | head -1)
      [ "$(ls "$out" | wc -l)" -eq 1 ] || fail "plot --kind $kind ($fmt): $(ls "$out" | wc -l) files, expected 1"
      [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' ')" = "89504e470d0a1a0a" ] || fail "$png is not a PNG"
    done
  done
  echo "  plot-attention.py drew cross, enc-self and dec-self maps (TSV and JSON)"
else
  echo "  SKIPPED the heatmap check: matplotlib is not installed"
fi

# ---- 5. errors --------------------------------------------------------------------------
[ -n "${ATTEND_MKCKPT:-}" ] || fail "ATTEND_MKCKPT is not set"
"$ATTEND_MKCKPT" "$ATTEND_SRC" "$T/rnn.h5" 5 >/dev/null 2>&1 || fail "making the rnn checkpoint"
for kind in enc-self dec-self; do
  set +e
  "$ATTEND" translate -q -m "$T/rnn.h5" -i "$T/in.es" -o "$T/rnn.out" --attention "$T/rnn.tsv" \
    --attention-maps "$kind" 2>"$T/rnn.err"
  rc=$?
  set -e
  [ $rc -eq 2 ] || fail "rnn model with --attention-maps $kind: status $rc, expected 2"
  grep -q -- "--attention-maps" "$T/rnn.err" || fail "the error does not name --attention-maps: $(cat "$T/rnn.err")"
  grep -q "rnn.h5" "$T/rnn.err" || fail "the error does not name the model: $(cat "$T/rnn.err")"
  grep -q "rnn \(en\|de\)coder has no self-attention" "$T/rnn.err" || fail "the error does not name the block: $(cat "$T/rnn.err")"
  [ ! -e "$T/rnn.out" ] || fail "a failed translate wrote $T/rnn.out"
done
"$ATTEND" translate -q -m "$T/rnn.h5" -i "$T/in.es" -o "$T/rnn.out" --attention "$T/rnn.tsv" --attention-maps cross \
  || fail "an rnn model with --attention-maps cross"
badarg() { # WHAT ARGS...
  local what=$1
  shift
  set +e
  "$ATTEND" translate -q -m "$M" -i "$T/in.es" -o "$T/bad.out" "$@" 2>"$T/bad.err"
  local rc=$?
  set -e
  [ $rc -eq 2 ] || fail "$what: status $rc, expected 2"
  grep -q -- "--attention-maps" "$T/bad.err" || fail "$what: the error does not name --attention-maps: $(cat "$T/bad.err")"
}
badarg "a bad LIST" --attention "$T/bad.tsv" --attention-maps cross,self
badarg "no --attention" --attention-maps enc-self
echo "  an rnn model with enc-self/dec-self maps fails with status 2 naming the option; bad lists too"
echo "OK"
