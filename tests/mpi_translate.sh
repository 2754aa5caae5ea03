#!/usr/bin/env bash
# Sharded translation with MPI (docs/distributed.md), registered as a test
# only when attend is built with MPI: mpirun -np 2 attend translate gives the
# bytes of one process (--scores, so the last digits too):
#  1. a file whose line count does not divide into the chunks evenly (an odd
#     number of chunks, a short last one, empty lines, no final newline):
#     greedy, beam, n-best, --alignments and --attention (JSON and TSV);
#  2. standard input to standard output, over shared memory and over TCP;
#  3. an input shorter than one chunk (rank 1 idle) and an empty input;
#  4. a line rank 1 cannot translate (--strict, invalid UTF-8): exit status 1
#     naming the line, FILE not created, FILE.partial holding the chunks
#     before it; --resume (with -np 2, and with one process) then continues to
#     the bytes of an uninterrupted run;
#  5. a checkpoint missing: a clear message and exit status 1, no hang;
#  6. SIGINT to mpirun at some moment, then --resume until done: the bytes of
#     an uninterrupted run.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}" "${ATTEND_MKCKPT:?}"
export OMP_WAIT_POLICY=passive
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
lines() { awk 'END { print NR }' "$1"; }
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP" || exit 1
rm -rf ./* ./.[!.]*
MPIRUN=${ATTEND_MPIRUN:-mpirun}
MPI=(timeout 120 "$MPIRUN" --oversubscribe --allow-run-as-root -np 2)

"$ATTEND_MKCKPT" "$ATTEND_SRC" model.h5 2>mk.err || { cat mk.err >&2; echo "FAIL: cannot make the test checkpoint" >&2; exit 1; }

# 103 lines: 14 chunks of 7 and one of 5; two empty lines; no final newline
D=$ATTEND_SRC/data/bible
{ head -40 "$D/dev.es"; echo; head -30 "$D/test.es"; echo; head -30 "$D/train.es"; tail -1 "$D/dev.es" | tr -d '\n'; } >in.txt
[ "$(lines in.txt)" = 103 ] || fail "the input has $(lines in.txt) lines, expected 103"
XL=(translate -q -m model.h5 -t 1 --chunk-lines 7 --scores)

# ---- 1. -np 2 == one process -------------------------------------------------------------
same() { # NAME OPTIONS...: one process and -np 2 on in.txt, outputs compared
  local name=$1; shift
  "$ATTEND" "${XL[@]}" -i in.txt -o "one.$name" "$@" 2>one.err || { cat one.err >&2; fail "$name: one process"; return; }
  "${MPI[@]}" "$ATTEND" "${XL[@]}" -i in.txt -o "two.$name" "$@" 2>two.err || { cat two.err >&2; fail "$name: -np 2"; return; }
  cmp -s "one.$name" "two.$name" || fail "$name: -np 2 differs from one process"
  [ "$(lines "two.$name")" -ge 103 ] || fail "$name: $(lines "two.$name") lines"
  echo "$name: -np 2 == one process ($(wc -c <"two.$name") bytes)"
}
same greedy -b 1
same beam -b 3
same nbest -b 3 --nbest 2
# a vocabulary shortlist is loaded by every rank (docs/translation.md)
"$ATTEND" shortlist -m model.h5 --src "$D/train.es" --tgt "$D/train.en" -o model.sl -k 5 -f 20 2>sl.err ||
  { cat sl.err >&2; fail "attend shortlist"; }
same shortlist -b 3 --shortlist model.sl
same align -b 2 --alignments --attention attn.json
[ -s attn.json ] || fail "no attention file"
mv attn.json one.attn.json
"${MPI[@]}" "$ATTEND" "${XL[@]}" -b 2 --alignments --attention attn.json -i in.txt -o two.align 2>two.err || fail "align again"
cmp -s one.attn.json attn.json || fail "--attention JSON: -np 2 differs from one process"
"$ATTEND" "${XL[@]}" -b 2 --attention-heads --attention one.tsv -i in.txt -o one.tsvrun 2>/dev/null || fail "tsv: one"
"${MPI[@]}" "$ATTEND" "${XL[@]}" -b 2 --attention-heads --attention two.tsv -i in.txt -o two.tsvrun 2>/dev/null || fail "tsv: -np 2"
cmp -s one.tsv two.tsv && cmp -s one.tsvrun two.tsvrun || fail "--attention TSV: -np 2 differs from one process"
[ "$(grep -c '^# line ' two.tsv)" -ge 100 ] || fail "the TSV attention file has $(grep -c '^# line ' two.tsv) blocks"
# the progress summary comes once, from rank 0
"${MPI[@]}" "$ATTEND" translate -m model.h5 -t 1 --chunk-lines 7 -i in.txt -o two.sum 2>sum.err || fail "summary run"
[ "$(grep -c 'sentences/s' sum.err)" = 1 ] || fail "the summary was printed $(grep -c 'sentences/s' sum.err) times"
grep -q "sentences/s.*(2 processes)" sum.err || fail "the summary does not say 2 processes: $(cat sum.err)"

# mpirun -np 1: one process in MPI, the plain path
"$MPIRUN" --allow-run-as-root -np 1 "$ATTEND" "${XL[@]}" -b 3 -i in.txt -o np1.beam 2>np1.err || { cat np1.err >&2; fail "-np 1"; }
cmp -s one.beam np1.beam || fail "-np 1 differs from one process"

# ---- 2. standard input and output; TCP -----------------------------------------------------
"${MPI[@]}" "$ATTEND" "${XL[@]}" -b 3 <in.txt >two.stdout 2>stdout.err || { cat stdout.err >&2; fail "stdin/stdout: -np 2"; }
cmp -s one.beam two.stdout || fail "stdin/stdout: -np 2 differs from one process"
OMPI_MCA_btl=self,tcp "${MPI[@]}" "$ATTEND" "${XL[@]}" -b 3 -i in.txt -o two.tcp 2>tcp.err || { cat tcp.err >&2; fail "TCP: -np 2"; }
cmp -s one.beam two.tcp || fail "TCP: -np 2 differs from one process"
OMPI_MCA_btl=self,vader "${MPI[@]}" "$ATTEND" "${XL[@]}" -b 3 -i in.txt -o two.shm 2>shm.err || { cat shm.err >&2; fail "shared memory: -np 2"; }
cmp -s one.beam two.shm || fail "shared memory: -np 2 differs from one process"

# ---- 3. less than a chunk; nothing ----------------------------------------------------------
head -5 in.txt >short.txt
"$ATTEND" "${XL[@]}" -i short.txt -o one.short 2>/dev/null || fail "short: one process"
"${MPI[@]}" "$ATTEND" "${XL[@]}" -i short.txt -o two.short 2>/dev/null || fail "short: -np 2"
cmp -s one.short two.short && [ "$(lines two.short)" = 5 ] || fail "an input shorter than a chunk: -np 2 differs"
: >empty.txt
"${MPI[@]}" "$ATTEND" "${XL[@]}" -i empty.txt -o two.empty 2>empty.err || { cat empty.err >&2; fail "empty input: -np 2"; }
[ -f two.empty ] && [ ! -s two.empty ] || fail "empty input: the output is not an empty file"

# ---- 4. a failing line on rank 1, then --resume ---------------------------------------------
# line 60 is in chunk 9 (lines 57..63), the second of round 5: rank 1's
{ head -59 in.txt; printf 'mal \377 formado\n'; tail -n +61 in.txt; } >bad.txt
"${MPI[@]}" "$ATTEND" "${XL[@]}" -b 3 --strict -i bad.txt -o res.txt 2>bad.err; rc=$?
[ $rc = 1 ] || { cat bad.err >&2; fail "--strict on rank 1's line: exit status $rc, expected 1"; }
grep -q "bad.txt:60: invalid UTF-8" bad.err || fail "no message naming bad.txt:60: $(cat bad.err)"
[ -e res.txt ] && fail "a failed run created res.txt"
[ "$(lines res.txt.partial 2>/dev/null || echo 0)" = 56 ] || fail "res.txt.partial holds $(lines res.txt.partial 2>/dev/null) lines, expected the 56 of the chunks before"
head -56 one.beam | cmp -s - res.txt.partial || fail "res.txt.partial is not the first 56 lines of the reference"
cp res.txt.partial res1.partial && cp res.txt.partial.meta res1.meta
# line 60 mended (the lines recorded as done are unchanged): --resume continues
cp in.txt bad.txt
"${MPI[@]}" "$ATTEND" "${XL[@]}" -b 3 --strict --resume -i bad.txt -o res.txt 2>res.err || { cat res.err >&2; fail "--resume with -np 2"; }
cmp -s one.beam res.txt || fail "-np 2 --resume: differs from an uninterrupted run"
[ -e res.txt.partial ] || [ -e res.txt.partial.meta ] && fail "--resume left res.txt.partial or its record"
# the same partial run resumed by one process
rm -f res.txt && cp res1.partial res.txt.partial && cp res1.meta res.txt.partial.meta
"$ATTEND" "${XL[@]}" -b 3 --strict --resume -i bad.txt -o res.txt 2>res1.err || { cat res1.err >&2; fail "one process --resume of a -np 2 run"; }
cmp -s one.beam res.txt || fail "one process --resume of a -np 2 run: differs from an uninterrupted run"

# a line rank 0 cannot read (longer than --max-line-bytes) in the second chunk of a round
# (line 66, chunk 10 = lines 64..70): the first chunk of that round (lines 57..63) is still
# written, as one process writes it, and kept for --resume
{ head -65 in.txt; head -c 3000 /dev/zero | tr '\0' 'a'; echo; tail -n +67 in.txt; } >long.txt
rm -f long1.txt* long2.txt*
"$ATTEND" "${XL[@]}" --max-line-bytes 2000 -i long.txt -o long1.txt 2>long1.err; rc1=$?
"${MPI[@]}" "$ATTEND" "${XL[@]}" --max-line-bytes 2000 -i long.txt -o long2.txt 2>long2.err; rc2=$?
[ $rc1 = 1 ] && [ $rc2 = 1 ] || fail "a line too long: exit status $rc1 (one process), $rc2 (-np 2), expected 1"
grep -q "long.txt:66: line longer than 2000 bytes" long2.err || fail "-np 2: no message naming long.txt:66: $(cat long2.err)"
[ "$(lines long2.txt.partial 2>/dev/null || echo 0)" = 63 ] || fail "-np 2: long2.txt.partial holds $(lines long2.txt.partial 2>/dev/null) lines, expected 63"
cmp -s long1.txt.partial long2.txt.partial || fail "a line too long: the lines kept differ between one process and -np 2"

# ---- 5. a missing checkpoint: a clear error, no hang ----------------------------------------
start=$(date +%s)
"${MPI[@]}" "$ATTEND" translate -q -m missing.h5 -i in.txt -o miss.txt >/dev/null 2>miss.err; rc=$?
echo "a missing checkpoint: exit status $rc after $(( $(date +%s) - start )) s"
[ $rc -ne 0 ] && [ $rc -ne 124 ] || fail "a missing checkpoint: exit status $rc (124 = hang)"
grep -q "missing.h5" miss.err || fail "a missing checkpoint: no message naming it: $(cat miss.err)"
[ -e miss.txt ] && fail "a failed run created miss.txt"

# ---- 6. SIGINT to mpirun, then --resume until done -------------------------------------------
big=big.txt; for i in 1 2 3 4; do cat in.txt; echo; done >$big
"$ATTEND" "${XL[@]}" -b 3 --chunk-lines 3 -i $big -o big.ref 2>/dev/null || fail "big: one process"
"$MPIRUN" --oversubscribe --allow-run-as-root -np 2 "$ATTEND" "${XL[@]}" -b 3 --chunk-lines 3 -i $big -o big.txt.out 2>int.err &
pid=$!
sleep 0.6
kill -INT $pid 2>/dev/null
wait $pid; rc=$?
echo "SIGINT to mpirun: exit status $rc, $(awk '$1 == "done" { n = $2 } END { print n + 0 }' big.txt.out.partial.meta 2>/dev/null) lines recorded"
for attempt in 1 2 3; do
  [ -e big.txt.out ] && break
  "${MPI[@]}" "$ATTEND" "${XL[@]}" -b 3 --chunk-lines 3 --resume -i $big -o big.txt.out 2>int2.err || cat int2.err >&2
done
cmp -s big.ref big.txt.out || fail "interrupted with SIGINT and resumed: differs from an uninterrupted run"

[ $failures -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo ok
