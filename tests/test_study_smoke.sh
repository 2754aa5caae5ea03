#!/usr/bin/env bash
# scripts/compare-attention.sh --smoke end to end on the data/bible sample:
# every output file exists and is well formed (results.tsv rows, columns and
# bucket counts summing to the test size; PNG magic and size; report.md
# naming every model and image), and --resume-at redoes the later stages.
set -euo pipefail
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
mkdir -p "$ATTEND_TMP"
out=$ATTEND_TMP/study
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

t0=$(date +%s)
if ! ATTEND=$ATTEND "$ATTEND_SRC/scripts/compare-attention.sh" --smoke --threads 2 --outdir "$out" \
  > "$ATTEND_TMP/study.log" 2>&1; then
  tail -30 "$ATTEND_TMP/study.log" >&2
  echo "FAIL: compare-attention.sh --smoke failed" >&2
  exit 1
fi
echo "compare-attention.sh --smoke took $(($(date +%s) - t0)) s"

models="rnnenc bahdanau luong-general luong-dot"
attn_models="bahdanau luong-general luong-dot"
ntest=$(wc -l < "$ATTEND_SRC/data/bible/test.es")

# ---- results.tsv ----------------------------------------------------------------------
r=$out/results.tsv
[ -s "$r" ] || { echo "FAIL: no results.tsv" >&2; exit 1; }
[ "$(head -1 "$r")" = "$(printf 'model\tsearch\tbucket\tmin_len\tmax_len\tsentences\tbleu\tchrf')" ] \
  || fail "results.tsv header: $(head -1 "$r")"
awk -F'\t' 'NR > 1 && NF != 8 { bad = 1 } END { exit bad }' "$r" || fail "results.tsv: a row without 8 columns"
awk -F'\t' 'NR > 1 && !(($7 ~ /^[0-9]+\.[0-9]+$/ && $7 <= 100 && $8 ~ /^[0-9]+\.[0-9]+$/ && $8 <= 100) ||
            ($6 == 0 && $7 == "nan")) { print "bad scores: " $0; bad = 1 } END { exit bad }' "$r" \
  || fail "results.tsv: scores not numbers in [0, 100]"
for m in $models; do
  for s in greedy beam5; do
    rows=$(awk -F'\t' -v m="$m" -v s="$s" '$1 == m && $2 == s' "$r" | wc -l)
    [ "$rows" -eq 7 ] || fail "$m $s: $rows rows, expected 6 buckets + all"
    sum=$(awk -F'\t' -v m="$m" -v s="$s" '$1 == m && $2 == s && $3 != "all" { n += $6 } END { print n + 0 }' "$r")
    [ "$sum" -eq "$ntest" ] || fail "$m $s: bucket counts sum to $sum, test has $ntest"
    all=$(awk -F'\t' -v m="$m" -v s="$s" '$1 == m && $2 == s && $3 == "all" { print $6 }' "$r")
    [ "$all" = "$ntest" ] || fail "$m $s: 'all' row counts '$all' sentences"
  done
done
[ "$(wc -l < "$r")" -eq $((1 + 4 * 2 * 7)) ] || fail "results.tsv has $(wc -l < "$r") lines"

# ---- the other tables ----------------------------------------------------------------------
[ "$(tail -n +2 "$out/models.tsv" | cut -f1 | tr '\n' ' ')" = "$models " ] || fail "models.tsv lists: $(cut -f1 "$out/models.tsv" | tr '\n' ' ')"
for m in $models; do
  for phase in train translate-greedy translate-beam5; do
    awk -F'\t' -v m="$m" -v p="$phase" '$1 == m && $2 == p && $3 ~ /^[0-9]+\.[0-9]$/ { ok = 1 } END { exit !ok }' \
      "$out/times.tsv" || fail "times.tsv: no $phase time for $m"
  done
  [ -s "$out/work/runs/$m/metrics.tsv" ] || fail "$m: no metrics.tsv"
done
for key in command nproc cpu_model memory total_wall_s; do
  grep -q "^$key	." "$out/meta.tsv" || fail "meta.tsv: no $key"
done

# ---- PNGs -------------------------------------------------------------------------------------
is_png() { # is_png FILE MIN_BYTES
  [ -f "$1" ] || { fail "$1 missing"; return; }
  [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$1 is not a PNG"
  [ "$(stat -c %s "$1")" -ge "$2" ] || fail "$1 is only $(stat -c %s "$1") bytes"
}
is_png "$out/bleu_by_length.png" 10000
is_png "$out/curves.png" 10000
lines=$(awk -F'\t' '$1 == "heatmap_lines" { print $2 }' "$out/meta.tsv")
[ "$(echo "$lines" | wc -w)" -eq 3 ] || fail "meta.tsv heatmap_lines: '$lines'"
for m in $attn_models; do
  for n in $lines; do is_png "$out/attention/$m-test$n.png" 5000; done
done
[ "$(ls "$out/attention" | wc -l)" -eq 9 ] || fail "attention/ holds $(ls "$out/attention" | wc -l) files, expected 9"
[ ! -e "$out/attention/rnnenc-test${lines%% *}.png" ] || fail "a heatmap for the model without attention"

# ---- report.md ----------------------------------------------------------------------------------
rep=$out/report.md
[ -s "$rep" ] || fail "no report.md"
for m in $models; do grep -q "\`$m\`" "$rep" || fail "report.md does not mention $m"; done
for f in bleu_by_length.png curves.png; do grep -q "]($f)" "$rep" || fail "report.md does not show $f"; done
for m in $attn_models; do
  for n in $lines; do grep -q "](attention/$m-test$n.png)" "$rep" || fail "report.md does not show $m-test$n.png"; done
done
grep -q "compare-attention.sh --smoke --threads 2 --outdir" "$rep" || fail "report.md does not give the command"
grep -q "$(grep -m1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//')" "$rep" || fail "report.md does not name the CPU"
# numbers as produced: the overall beam BLEU of every model appears in the report
for m in $models; do
  b=$(awk -F'\t' -v m="$m" '$1 == m && $2 == "beam5" && $3 == "all" { print $7 }' "$r")
  grep -q "^| \`$m\` |.* $b |" "$rep" || fail "report.md lacks $m's beam BLEU $b"
done

# ---- --resume-at: later stages redone from the kept files, no duplicated times ----------------
cp "$r" "$ATTEND_TMP/results.before"
if ! ATTEND=$ATTEND "$ATTEND_SRC/scripts/compare-attention.sh" --smoke --threads 2 --outdir "$out" --resume-at score \
  > "$ATTEND_TMP/resume.log" 2>&1; then
  tail -20 "$ATTEND_TMP/resume.log" >&2; fail "--resume-at score failed"
fi
cmp -s "$r" "$ATTEND_TMP/results.before" || fail "results.tsv changed when rescoring the same translations"
[ "$(awk -F'\t' '$2 == "train"' "$out/times.tsv" | wc -l)" -eq 4 ] || fail "times.tsv: train times duplicated or lost"
grep -q "^resumed	at stage score" "$out/meta.tsv" || fail "meta.tsv does not record the resume"
grep -q "Resumed (\`--resume-at\`) at stage score" "$out/report.md" || fail "report.md does not mention the resume"
is_png "$out/curves.png" 10000

# ---- usage errors ----------------------------------------------------------------------------------
st=0; "$ATTEND_SRC/scripts/compare-attention.sh" --bogus > /dev/null 2>&1 || st=$?
[ "$st" -eq 2 ] || fail "an unknown option exits $st, expected 2"
st=0; "$ATTEND_SRC/scripts/compare-attention.sh" --jobs 0 > /dev/null 2>&1 || st=$?
[ "$st" -eq 2 ] || fail "--jobs 0 exits $st, expected 2"
st=0; "$ATTEND_SRC/scripts/compare-attention.sh" --resume-at nowhere > /dev/null 2>&1 || st=$?
[ "$st" -eq 2 ] || fail "--resume-at nowhere exits $st, expected 2"

[ "$fails" -eq 0 ] || { echo "$fails failure(s)" >&2; exit 1; }
echo "ok"
