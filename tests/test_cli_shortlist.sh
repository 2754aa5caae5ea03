#!/bin/bash
# attend shortlist and attend translate --shortlist (issue 11): a shortlist
# is built from a corpus with a checkpoint's tokenizers; one that keeps every
# piece translates byte for byte as no shortlist (greedy and beam, scores
# included); a restricted one still gives one line per input line, and
# changes the output; options and files that do not fit give clear errors.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
CKPT="$ATTEND_SRC/tests/data/ckpt_v010_gru_luong.h5"   # 200-piece tokenizers
BIBLE="$ATTEND_SRC/data/bible"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP"
rm -rf ./*
head -60 "$BIBLE/test.es" >in.txt

# ---- building -------------------------------------------------------------------
"$ATTEND" shortlist -m "$CKPT" --src "$BIBLE/train.es" --tgt "$BIBLE/train.en" -o all.sl -k 200 -f 200 2>build.log ||
  fail "attend shortlist (everything) failed: $(cat build.log)"
"$ATTEND" shortlist -m "$CKPT" --src "$BIBLE/train.es" --tgt "$BIBLE/train.en" -o some.sl -k 3 -f 10 2>build.log ||
  fail "attend shortlist -k 3 -f 10 failed: $(cat build.log)"
[ "$(head -1 some.sl)" = "attend-shortlist 1" ] || fail "some.sl does not start with the format line"
[ "$(sed -n 6p some.sl)" = "top_k 3" ] && [ "$(sed -n 7p some.sl)" = "frequent 10" ] || fail "some.sl header: $(head -7 some.sl)"
[ "$(wc -l <some.sl)" -eq $((8 + 200)) ] || fail "some.sl has $(wc -l <some.sl) lines, expected 8 + 200 source pieces"
ls ./*.tmp >/dev/null 2>&1 && fail "a temporary file was left behind"

# ---- translating --------------------------------------------------------------------
for beam in 1 4; do
  "$ATTEND" translate -q -m "$CKPT" -i in.txt -o full.$beam --beam $beam --scores ||
    fail "translate --beam $beam failed"
  "$ATTEND" translate -q -m "$CKPT" -i in.txt -o all.$beam --beam $beam --scores --shortlist all.sl ||
    fail "translate --beam $beam --shortlist all.sl failed"
  cmp -s full.$beam all.$beam || { fail "beam $beam: a shortlist of every piece changed the output:"; diff full.$beam all.$beam | head -5 >&2; }
  "$ATTEND" translate -q -m "$CKPT" -i in.txt -o some.$beam --beam $beam --shortlist some.sl ||
    fail "translate --beam $beam --shortlist some.sl failed"
  [ "$(wc -l <some.$beam)" -eq 60 ] || fail "beam $beam with some.sl: $(wc -l <some.$beam) lines for 60"
  # the batch's union of lists depends on the threads (how lines are batched); scores must not
  for th in 1 2; do
    "$ATTEND" translate -q -m "$CKPT" -i in.txt -o th.$beam.$th --beam $beam --scores --shortlist some.sl -t $th ||
      fail "translate --beam $beam --shortlist some.sl -t $th failed"
  done
  cmp -s th.$beam.1 th.$beam.2 || { fail "beam $beam: the shortlist's output depends on the threads:"; diff th.$beam.1 th.$beam.2 | head -4 >&2; }
done
sed 's/ |||.*//' full.1 >full.1.txt
cmp -s full.1.txt some.1 && fail "a 3-per-piece shortlist of a 200-piece vocabulary changed nothing"
# fewer than the file keeps: -k 1 -f 0 is another selection
"$ATTEND" translate -q -m "$CKPT" -i in.txt -o k1.1 --beam 1 --shortlist some.sl --shortlist-k 1 --shortlist-frequent 0 ||
  fail "--shortlist-k 1 --shortlist-frequent 0 failed"
cmp -s k1.1 some.1 && fail "--shortlist-k 1 --shortlist-frequent 0 gave the same output as the whole file"
# one sentence a batch, two threads: the same output (each sentence decodes over its own list)
"$ATTEND" translate -q -m "$CKPT" -i in.txt -o some.b1 --beam 4 --shortlist some.sl --batch-size 1 --threads 2 ||
  fail "--batch-size 1 with the shortlist failed"
cmp -s some.4 some.b1 || fail "the shortlisted output depends on the batch size"

# ---- errors -------------------------------------------------------------------------
expect() { # STATUS PATTERN attend-args...
  local want=$1 pat=$2
  shift 2
  set +e
  "$ATTEND" "$@" >err.out 2>err.txt
  local got=$?
  set -e
  [ $got -eq "$want" ] || fail "attend $*: exit $got, expected $want ($(cat err.txt))"
  grep -q -- "$pat" err.txt || fail "attend $*: no '$pat' in: $(cat err.txt)"
}
expect 2 "need --shortlist FILE" translate -m "$CKPT" -i in.txt -o x --shortlist-k 2
expect 2 "shortlist-k" translate -m "$CKPT" -i in.txt -o x --shortlist some.sl --shortlist-k 0
expect 1 "in.txt: not an attend shortlist" translate -m "$CKPT" -i in.txt -o x --shortlist in.txt
expect 1 "nothere.sl: No such file" translate -m "$CKPT" -i in.txt -o x --shortlist nothere.sl
sed '4s/.*/src_tokenizer 0123456789abcdef/' some.sl >other.sl
expect 1 "built with other tokenizers" translate -m "$CKPT" -i in.txt -o x --shortlist other.sl
sed '10s/.*/4 5 6 7/' some.sl >long.sl
expect 1 "long.sl line 10: more than 3 ids" translate -m "$CKPT" -i in.txt -o x --shortlist long.sl
[ -e x ] && fail "a failed run created its output file"
expect 2 "are required" shortlist -m "$CKPT" --src "$BIBLE/train.es" -o y.sl
expect 2 "top-k" shortlist -m "$CKPT" --src "$BIBLE/train.es" --tgt "$BIBLE/train.en" -o y.sl -k 0
expect 1 "cannot read the checkpoint" shortlist -m in.txt --src "$BIBLE/train.es" --tgt "$BIBLE/train.en" -o y.sl
expect 1 "cannot read the corpus" shortlist -m "$CKPT" --src nothere.es --tgt "$BIBLE/train.en" -o y.sl
[ -e y.sl ] && fail "a failed shortlist run wrote its output"
"$ATTEND" shortlist --help >help1.txt || fail "attend shortlist --help failed"
grep -q "Dice" help1.txt || fail "attend shortlist --help does not describe the method"
"$ATTEND" translate --help >help2.txt || fail "attend translate --help failed"
grep -q -- "--shortlist FILE" help2.txt || fail "attend translate --help does not list --shortlist"

[ $failures -eq 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "test_cli_shortlist: all checks passed"
