#!/bin/bash
# attend quantize and attend translate --int8 (issue 11, item 6): the int8
# checkpoint is smaller, says what it is, and translates exactly as --int8
# translates its float32 source (greedy and beam, scores included, any thread
# count, with and without a shortlist); close to float32 translation; and
# int8 files that do not hold together are refused with the dataset named.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
CKPT="$ATTEND_SRC/tests/data/ckpt_v010_gru_luong.h5"
BIBLE="$ATTEND_SRC/data/bible"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP"
rm -rf ./*
head -60 "$BIBLE/test.es" >in.txt

# ---- quantize and info ---------------------------------------------------------
"$ATTEND" quantize -m "$CKPT" -o q.h5 2>q.log || fail "attend quantize failed: $(cat q.log)"
grep -q "10 of 20 parameters in int8" q.log || fail "quantize did not report 10 int8 matrices: $(cat q.log)"
[ "$(stat -c %s q.h5)" -lt "$(stat -c %s "$CKPT")" ] || fail "q.h5 is not smaller than its source"
"$ATTEND" info q.h5 >info.txt 2>&1 || fail "attend info q.h5 failed: $(cat info.txt)"
grep -q '^format: attend-checkpoint version 3' info.txt || fail "info: not format_version 3"
grep -q '^int8: 10 of 20 arrays' info.txt || fail "info: no int8 line"
grep -q '^optimizer slots: none' info.txt || fail "info: the int8 checkpoint kept optimizer slots"
if "$ATTEND" quantize -m q.h5 -o qq.h5 2>err.txt; then fail "quantizing an int8 checkpoint succeeded"; fi
grep -q "already an int8 checkpoint" err.txt || fail "re-quantize message: $(cat err.txt)"
if "$ATTEND" quantize -m "$CKPT" 2>err.txt; then fail "quantize without -o succeeded"; fi
"$ATTEND" quantize --help >help.txt || fail "quantize --help exited non-zero"
grep -q 'Usage: attend quantize' help.txt || fail "quantize --help prints no usage"
"$ATTEND" --help >top.txt 2>&1 || true
grep -q 'quantize' top.txt || fail "attend --help does not list quantize"

# ---- translation: --int8 of float32 == the int8 checkpoint ------------------------
"$ATTEND" shortlist -m "$CKPT" --src "$BIBLE/train.es" --tgt "$BIBLE/train.en" -o some.sl -k 5 -f 20 2>sl.log ||
  fail "attend shortlist failed: $(cat sl.log)"
for beam in 1 4; do
  for th in 1 2; do
    "$ATTEND" translate -q -m "$CKPT" --int8 -i in.txt -o a.$beam.$th --beam $beam --scores -t $th ||
      fail "translate --int8 --beam $beam -t $th failed"
    "$ATTEND" translate -q -m q.h5 -i in.txt -o b.$beam.$th --beam $beam --scores -t $th ||
      fail "translate of q.h5 --beam $beam -t $th failed"
    cmp -s a.$beam.$th b.$beam.$th || fail "--int8 and the int8 checkpoint differ (beam $beam, $th threads)"
    "$ATTEND" translate -q -m q.h5 -i in.txt -o s.$beam.$th --beam $beam --scores -t $th --shortlist some.sl ||
      fail "translate of q.h5 with a shortlist failed"
    [ "$(wc -l <s.$beam.$th)" -eq 60 ] || fail "shortlist int8 output has $(wc -l <s.$beam.$th) lines"
  done
  cmp -s b.$beam.1 b.$beam.2 || fail "int8 beam $beam: 1 and 2 threads differ"
  cmp -s s.$beam.1 s.$beam.2 || fail "int8 shortlist beam $beam: 1 and 2 threads differ"
  "$ATTEND" translate -q -m "$CKPT" -i in.txt -o f.$beam --beam $beam --scores -t 2 || fail "float32 translate failed"
  [ "$(wc -l <b.$beam.1)" -eq 60 ] || fail "int8 output has $(wc -l <b.$beam.1) lines"
done
# (how close int8 decodes to float32 is measured on a real model: test_quant.c
# bounds the log-probabilities, docs/performance.md has the BLEU)
cmp -s f.1 b.1.1 && fail "int8 translation is byte-identical to float32 (scores too): int8 kernels unused?"

# ---- a Transformer: every projection of its steps in int8 ------------------------------
TF="$ATTEND_SRC/tests/data/ckpt_transformer_tiny.h5"
"$ATTEND" quantize -m "$TF" -o tq.h5 2>q.log || fail "attend quantize (transformer) failed: $(cat q.log)"
for beam in 1 4; do
  "$ATTEND" translate -q -m "$TF" --int8 -i in.txt -o ta.$beam --beam $beam --scores -t 1 || fail "transformer --int8 failed"
  "$ATTEND" translate -q -m tq.h5 -i in.txt -o tb.$beam --beam $beam --scores -t 2 || fail "transformer int8 checkpoint failed"
  cmp -s ta.$beam tb.$beam || fail "transformer beam $beam: --int8 (1 thread) and the int8 checkpoint (2 threads) differ"
  "$ATTEND" translate -q -m "$TF" -i in.txt -o tf.$beam --beam $beam --scores -t 2 || fail "transformer float32 failed"
  cmp -s tf.$beam tb.$beam && fail "transformer beam $beam: int8 output is byte-identical to float32"
  [ "$(wc -l <tb.$beam)" -eq 60 ] || fail "transformer int8 output has $(wc -l <tb.$beam) lines"
done

# ---- hostile int8 files --------------------------------------------------------------
/usr/bin/python3 - <<'PY' || fail "python3 for the hostile int8 fixtures"
import h5py, numpy as np, shutil
def make(name, edit):
    shutil.copy("q.h5", name)
    with h5py.File(name, "r+") as f:
        edit(f)
def first_int8(f):
    for k in f["params_scale"].keys():
        pass
    names = []
    f["params"].visit(lambda n: names.append(n) if isinstance(f["params"][n], h5py.Dataset) and f["params"][n].dtype == np.int8 else None)
    return names[0]
def v2(f): f.attrs["format_version"] = np.int64(2)
def m128(f):
    n = first_int8(f); d = f["params"][n]; a = d[...]; a[0, 0] = -128; d[...] = a
def noscale(f):
    n = first_int8(f); del f["params_scale"][n]
def nanscale(f):
    n = first_int8(f); d = f["params_scale"][n]; a = d[...]; a[1] = np.nan; d[...] = a
def badscale(f):
    n = first_int8(f); del f["params_scale"][n]; f["params_scale"].create_dataset(n, data=np.ones(3, np.float32))
for name, fn in [("v2.h5", v2), ("m128.h5", m128), ("noscale.h5", noscale), ("nanscale.h5", nanscale),
                 ("badscale.h5", badscale)]:
    make(name, fn)
PY
check_refused() { # FILE PATTERN
  if "$ATTEND" translate -q -m "$1" -i in.txt -o bad.txt 2>err.txt; then fail "$1 was translated"; fi
  grep -Eq "$2" err.txt || fail "$1: message '$(cat err.txt)' does not match '$2'"
  if "$ATTEND" info "$1" >/dev/null 2>err.txt; then fail "attend info read $1"; fi
}
check_refused v2.h5 'is not float32|format_version 3'
check_refused m128.h5 'value -128'
check_refused noscale.h5 'params_scale/.*missing'
check_refused nanscale.h5 'scale .*not finite'
check_refused badscale.h5 'params_scale/.*row scales'

[ $failures -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "ok"
