#!/usr/bin/env bash
# attend train end to end on the committed Bible sample: learning (dev
# perplexity at least halves), greedy dev BLEU/chrF at validation (equal to
# attend translate --beam 1 + attend score on the kept dev pairs),
# bitwise-identical resume (also into another --save-dir, with --best-metric
# bleu), config file and flag precedence, --init-from, usage errors (2),
# mismatched corpora (1), and a clean stop on SIGINT.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
# Spinning OpenMP threads crawl when the machine is oversubscribed (CI, shared cores).
export OMP_WAIT_POLICY=passive
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T"
D=$ATTEND_SRC/data/bible
fail() { echo "FAIL: $*" >&2; exit 1; }
head -n 100 "$D/dev.es" >"$T/dev.es"   # a smaller dev set keeps validations cheap
head -n 100 "$D/dev.en" >"$T/dev.en"
DATA="--src $D/train.es --tgt $D/train.en --dev-src $T/dev.es --dev-tgt $T/dev.en --threads 2"
TINY="--emb-dim 32 --hidden-dim 64 --batch-size 32 --max-len 40"

# ---- 1. learning: tokenizers trained into the run dir, dev perplexity halves ----
"$ATTEND" train $DATA $TINY --save-dir "$T/e2e" --src-vocab-size 500 --tgt-vocab-size 500 --lr 0.02 \
  --max-steps 160 --valid-every 40 --log-every 40 >"$T/e2e.out" 2>"$T/e2e.err" || { cat "$T/e2e.err"; fail "training run"; }
for f in src.model tgt.model best.h5 last.h5 metrics.tsv config.yaml; do
  [ -s "$T/e2e/$f" ] || fail "run dir lacks $f"
done
M=$T/e2e/metrics.tsv
head -1 "$M" | grep -q $'^step\tepoch\twall_s\ttrain_loss\ttrain_ppl\tlr\tgrad_norm\tsrc_tok_s\ttgt_tok_s\tdev_loss\tdev_ppl\tdev_acc\tdev_bleu\tdev_chrf$' \
  || fail "metrics.tsv header: $(head -1 "$M")"
first=$(awk -F'\t' 'NR > 1 && $11 != "" { print $11; exit }' "$M")
last=$(awk -F'\t' 'NR > 1 && $11 != "" { v = $11 } END { print v }' "$M")
echo "dev perplexity: first validation $first, last $last"
[ -n "$first" ] && [ -n "$last" ] || fail "no validation rows in metrics.tsv"
awk -v a="$first" -v b="$last" 'BEGIN { exit !(b < 0.5 * a) }' || fail "dev perplexity $first -> $last did not halve"
grep -q '^src_vocab: 500$' "$T/e2e.out" || fail "printed config lacks the tokenizer's vocabulary size"
grep -q '^src_eos: true$' "$T/e2e.out" || fail "printed config lacks src_eos"
cmp -s "$T/e2e.out" "$T/e2e/config.yaml" || fail "config.yaml differs from the printed config"
"$ATTEND" info "$T/e2e/best.h5" >/dev/null || fail "best.h5 does not load"
"$ATTEND" info "$T/e2e/last.h5" | grep -q '^  step: 160$' || fail "last.h5 is not at step 160"
# greedy BLEU and chrF on every validation row, within [0, 100], and on the validation line
awk -F'\t' 'NR > 1 && $11 != "" { n++; if ($13 == "" || $13 < 0 || $13 > 100 || $14 == "" || $14 < 0 || $14 > 100) bad++ }
  END { exit !(n == 4 && !bad) }' "$M" || fail "metrics.tsv dev_bleu/dev_chrf: $(cut -f1,11-14 "$M")"
grep -Eq '^validation at step 160: dev loss [0-9.]+ \| ppl [0-9.]+ \| acc [0-9.]+ \| bleu [0-9]+\.[0-9]{2} \| chrf [0-9]+\.[0-9] \| best ppl' \
  "$T/e2e.err" || fail "validation line without bleu/chrf: $(grep validation "$T/e2e.err" | tail -1)"
"$ATTEND" info "$T/e2e/last.h5" | grep -q 'best_dev_bleu: ' || fail "checkpoint state lacks best_dev_bleu"

# ---- 1b. the validation's greedy BLEU/chrF equal attend translate --beam 1 + attend score on
# the same dev pairs: a dev set with an empty and an invalid-UTF-8 pair (skipped) scored on
# its first 50 kept pairs (--valid-bleu-max), each against its own reference ---------------
/usr/bin/python3 - "$D" "$T" <<'EOF'
import sys
d, t = sys.argv[1], sys.argv[2]
src = open(f"{d}/dev.es", encoding="utf-8").read().split("\n")[:60]
tgt = open(f"{d}/dev.en", encoding="utf-8").read().split("\n")[:60]
src[2] = ""                               # line 3: empty source
with open(f"{t}/bdev.es", "wb") as fs, open(f"{t}/bdev.en", "wb") as ft:
    for i, (a, b) in enumerate(zip(src, tgt)):
        fs.write(a.encode() + b"\n")
        ft.write((b"\xff" + b.encode()) if i == 6 else b.encode())   # line 7: invalid UTF-8
        ft.write(b"\n")
kept = [(a, b) for i, (a, b) in enumerate(zip(src, tgt)) if a and b and i != 6][:50]
open(f"{t}/bkept.es", "w", encoding="utf-8").write("".join(a + "\n" for a, _ in kept))
open(f"{t}/bkept.en", "w", encoding="utf-8").write("".join(b + "\n" for _, b in kept))
EOF
"$ATTEND" train --src "$D/train.es" --tgt "$D/train.en" --dev-src "$T/bdev.es" --dev-tgt "$T/bdev.en" --threads 2 \
  --init-from "$T/e2e/last.h5" --optimizer sgd --lr 1e-9 --batch-size 8 --max-steps 1 --valid-every 1 \
  --valid-bleu-max 50 --save-dir "$T/bleu" >/dev/null 2>"$T/bleu.err" || { cat "$T/bleu.err"; fail "bleu run"; }
grep -q 'greedy BLEU and chrF on 50 of 58 pairs' "$T/bleu.err" || fail "bleu run: $(grep dev: "$T/bleu.err")"
"$ATTEND" translate -m "$T/bleu/last.h5" --beam 1 -i "$T/bkept.es" -o "$T/bkept.hyp" --threads 2 2>/dev/null \
  || fail "translate for the BLEU check"
"$ATTEND" score --ref "$T/bkept.en" --hyp "$T/bkept.hyp" --format tsv >"$T/bkept.score" || fail "score"
want_bleu=$(awk -F'\t' '$1 == "BLEU" { print $2 }' "$T/bkept.score")
want_chrf=$(awk -F'\t' '$1 == "chrF2" { print $2 }' "$T/bkept.score")
got=$(awk -F'\t' 'NR > 1 && $13 != "" { print $13, $14 }' "$T/bleu/metrics.tsv")
echo "greedy dev scores: validation $got, translate+score BLEU $want_bleu chrF $want_chrf"
awk -v g="$got" -v b="$want_bleu" -v c="$want_chrf" 'BEGIN { split(g, x, " ");
  d1 = x[1] - b; d2 = x[2] - c; exit !(g != "" && d1 * d1 <= 0.0051 ^ 2 && d2 * d2 <= 0.0051 ^ 2 && c > 1) }' \
  || fail "validation BLEU/chrF ($got) differ from translate+score ($want_bleu, $want_chrf)"

# ---- 2. --help names every config key, with its default -------------------------------
"$ATTEND" train --help >"$T/help.txt" || fail "--help exit status"
while IFS=: read -r key _; do
  case $key in src_vocab|tgt_vocab|src_eos) continue ;; esac
  grep -q -- "--\(\[no-\]\)\?${key//_/-} " "$T/help.txt" || fail "--help does not list --${key//_/-}"
done <"$T/e2e/config.yaml"
grep -q -- '--max-epochs N .*\[10\]' "$T/help.txt" || fail "--help lacks the max-epochs default"

# ---- 3. resume: 2N steps straight == N steps, then --resume to 2N ---------------------
SPM="--src-spm $T/e2e/src.model --tgt-spm $T/e2e/tgt.model"
# (validation with greedy BLEU, which decides best.h5 and patience; the second half is
# written into another directory)
R="$DATA $SPM --emb-dim 16 --hidden-dim 32 --batch-size 16 --max-len 40 --lr 0.01 --dropout 0.2
   --lr-schedule plateau --lr-patience 1 --valid-every 7 --save-every 5 --log-every 5 --best-metric bleu --valid-bleu-max 30"
"$ATTEND" train $R --save-dir "$T/straight" --max-steps 40 >/dev/null 2>"$T/straight.err" || fail "straight run"
grep -Eq 'OpenMP waiting (passive|none \(a build without OpenMP\))' "$T/straight.err" ||
  fail "the log does not say OMP_WAIT_POLICY=passive was used: $(grep -m1 'model:' "$T/straight.err")"
# without a policy given, attend chooses (spin when the CPUs are idle, else passive) and says so
env -u OMP_WAIT_POLICY "$ATTEND" train $R --save-dir "$T/choose" --max-steps 2 --valid-every 0 >/dev/null 2>"$T/choose.err" ||
  fail "run without OMP_WAIT_POLICY"
grep -Eq 'OpenMP waiting (spin \(the CPUs were idle\)|passive \(the CPUs were busy\)|none \(a build without OpenMP\))' "$T/choose.err" ||
  fail "attend's own wait policy is not in the log: $(grep -m1 'model:' "$T/choose.err")"
"$ATTEND" train $R --save-dir "$T/half" --max-steps 20 >/dev/null 2>"$T/half.err" || fail "first half"
"$ATTEND" train --resume "$T/half/last.h5" --save-dir "$T/resumed" --max-steps 40 >"$T/resume.out" 2>"$T/resume.err" \
  || { cat "$T/resume.err"; fail "resumed run"; }
"$ATTEND" info "$T/half/last.h5" | grep -q '^  step: 20$' || fail "resume into --save-dir changed the checkpoint's run"
grep -q 'best greedy dev BLEU' "$T/straight.err" || fail "final message: $(tail -1 "$T/straight.err")"
# (the first half's final validation at step 20 stays in the resumed metrics.tsv: skip it)
dev_cols() { awk -F'\t' 'NR == 1 || ($11 != "" && $1 != 20) { print $1, $10, $11, $12, $13, $14 }' "$1"; }
[ "$(dev_cols "$T/straight/metrics.tsv")" = "$(dev_cols "$T/resumed/metrics.tsv")" ] || {
  diff <(dev_cols "$T/straight/metrics.tsv") <(dev_cols "$T/resumed/metrics.tsv"); fail "resume: dev metrics differ"; }
grep -q '^max_steps: 40$' "$T/resume.out" || fail "resume: --max-steps did not override the saved config"
grep -q '^dropout: 0.2' "$T/resume.out" || fail "resume: the saved model config was not used"
/usr/bin/python3 "$ATTEND_SRC/tests/tools/same_arrays.py" "$T/straight/last.h5" "$T/resumed/last.h5" 10 \
  || fail "resume is not bitwise identical"
state() { "$ATTEND" info "$1" | sed -n '/^training state:/,/^run config/p' | grep -v elapsed_seconds; }
[ "$(state "$T/straight/last.h5")" = "$(state "$T/resumed/last.h5")" ] || {
  diff <(state "$T/straight/last.h5") <(state "$T/resumed/last.h5"); fail "resume: training state differs"; }
"$ATTEND" train --resume "$T/resumed/last.h5" --hidden-dim 64 >/dev/null 2>"$T/err" ; rc=$?
[ $rc -eq 2 ] && grep -q 'hidden_dim' "$T/err" || fail "resume with another model: status $rc, $(cat "$T/err")"

# ---- 4. config file and flag precedence --------------------------------------------------
cat >"$T/cfg.yaml" <<EOF
# a training config
src: $D/train.es
tgt: $D/train.en
save-dir: $T/cfg
src_spm: $T/e2e/src.model
tgt_spm: $T/e2e/tgt.model
emb_dim: 24
hidden-dim: 48
lr: 0.005
max_steps: 3
batch_size: 8
model:
  cell: lstm
EOF
"$ATTEND" train --config "$T/cfg.yaml" --lr 0.002 --threads 2 >"$T/cfg.out" 2>"$T/cfg.err" || { cat "$T/cfg.err"; fail "config run"; }
for want in 'lr: 0.002' 'hidden_dim: 48' 'emb_dim: 24' 'cell: lstm' 'max_steps: 3' 'batch_size: 8'; do
  grep -qx "$want" "$T/cfg.out" || fail "printed config lacks '$want'"
  grep -qx "$want" "$T/cfg/config.yaml" || fail "config.yaml lacks '$want'"
  "$ATTEND" info --run-config "$T/cfg/last.h5" | grep -qx "$want" || fail "checkpoint run config lacks '$want'"
done
"$ATTEND" info "$T/cfg/last.h5" | grep -q 'hidden_dim: 48' || fail "checkpoint model config"

# ---- 5. --init-from: parameters only, model config from the checkpoint -----------------------
"$ATTEND" train --src "$D/train.es" --tgt "$D/train.en" --save-dir "$T/init" --init-from "$T/cfg/last.h5" \
  --optimizer sgd --lr 0.1 --max-steps 2 --batch-size 8 --threads 2 >"$T/init.out" 2>"$T/init.err" \
  || { cat "$T/init.err"; fail "--init-from run"; }
grep -qx 'cell: lstm' "$T/init.out" || fail "--init-from did not take the checkpoint's model config"
grep -q 'initialised from' "$T/init.err" || fail "--init-from message"

# ---- 5b. early stopping: SGD with a vanishing rate never improves; patience 2 stops at
# the third validation (steps 3, 6, 9) ---------------------------------------------------
"$ATTEND" train $DATA $SPM --emb-dim 16 --hidden-dim 32 --batch-size 16 --max-len 30 --optimizer sgd \
  --lr 1e-30 --valid-every 3 --patience 2 --no-valid-bleu --save-dir "$T/pat" >/dev/null 2>"$T/pat.err" || fail "patience run"
grep -q 'stopped (patience) at step 9,' "$T/pat.err" || fail "patience: $(tail -2 "$T/pat.err")"
awk -F'\t' 'NR > 1 && $11 != "" { n++; if ($13 != "" || $14 != "") bad++ } END { exit !(n == 3 && !bad) }' \
  "$T/pat/metrics.tsv" || fail "--no-valid-bleu still scored: $(cut -f1,11-14 "$T/pat/metrics.tsv")"
grep -q 'bleu' "$T/pat.err" && fail "--no-valid-bleu printed bleu"

# ---- 6. usage errors exit 2 ------------------------------------------------------------------
usage() { "$ATTEND" train "$@" >/dev/null 2>"$T/err"; rc=$?; [ $rc -eq 2 ] || fail "exit $rc (want 2) for: $*"; }
usage --bogus
usage $DATA --save-dir "$T/x" --cell foo
usage $DATA --save-dir "$T/x" --max-steps -1
usage --save-dir "$T/x"
grep -q 'src' "$T/err" || fail "missing --src message: $(cat "$T/err")"
usage $DATA --save-dir "$T/x" extra-argument
usage $DATA --save-dir "$T/x" --tie-embeddings --emb-dim 32 --hidden-dim 64
usage $DATA --save-dir "$T/x" --resume "$T/cfg/last.h5" --init-from "$T/cfg/last.h5"
usage $DATA --save-dir "$T/x" --resume
usage --resume --max-steps 40
grep -q 'checkpoint' "$T/err" || fail "--resume without a path: $(cat "$T/err")"
usage $DATA --save-dir "$T/x" --best-metric bleu --no-valid-bleu
usage $DATA --save-dir "$T/x" --best-metric bogus
usage $DATA --save-dir "$T/x" --valid-bleu-max -1
printf 'hidden_dim: 64\nno_such_key: 1\n' >"$T/bad.yaml"
usage $DATA --save-dir "$T/x" --config "$T/bad.yaml"
grep -q 'bad.yaml:2' "$T/err" && grep -q no_such_key "$T/err" || fail "bad YAML key message: $(cat "$T/err")"
usage $DATA --save-dir "$T/x" --config "$T/missing.yaml"
[ ! -e "$T/x" ] || fail "a usage error created the run directory"

# ---- 7. mismatched line counts exit 1 and name both files -----------------------------------
head -n 10 "$D/train.es" >"$T/a.es"
head -n 9 "$D/train.en" >"$T/a.en"
"$ATTEND" train --src "$T/a.es" --tgt "$T/a.en" --save-dir "$T/mm" >/dev/null 2>"$T/err"; rc=$?
[ $rc -eq 1 ] || fail "mismatched corpus: exit $rc"
grep -q "$T/a.es" "$T/err" && grep -q "$T/a.en" "$T/err" && grep -q 10 "$T/err" && grep -q 9 "$T/err" \
  || fail "mismatch message: $(cat "$T/err")"

# ---- 8. SIGINT: finish the step, write a loadable last.h5, exit 0, resumable -----------------
"$ATTEND" train $DATA $SPM $TINY --save-dir "$T/int" --max-steps 100000 --valid-every 0 >/dev/null 2>"$T/int.err" &
pid=$!
for _ in $(seq 1 300); do
  grep -q '^model:' "$T/int.err" 2>/dev/null && break
  sleep 0.1
done
sleep 1
kill -INT $pid
wait $pid; rc=$?
[ $rc -eq 0 ] || { cat "$T/int.err"; fail "SIGINT: exit $rc"; }
grep -q "interrupted at step .*continue with --resume $T/int/last.h5" "$T/int.err" || fail "SIGINT message: $(tail -3 "$T/int.err")"
step=$("$ATTEND" info "$T/int/last.h5" | awk '$1 == "step:" { print $2 }')
[ -n "$step" ] || fail "last.h5 after SIGINT does not load"
# no --save-dir: the run continues in the checkpoint's directory
"$ATTEND" train --resume "$T/int/last.h5" --max-steps $((step + 2)) >/dev/null 2>"$T/err" || fail "resume after SIGINT"
"$ATTEND" info "$T/int/last.h5" | grep -q "^  step: $((step + 2))$" || fail "resume after SIGINT: wrong step"

echo "test_cli_train: all passed"
