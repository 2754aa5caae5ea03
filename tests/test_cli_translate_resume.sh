# attend translate --resume (issue 13): a run of `translate -o FILE` killed at
# any point (SIGKILL at random moments, SIGINT) continues with --resume from
# the last chunk recorded in FILE.partial.meta, and the finished FILE is byte
# for byte the output of an uninterrupted run (--scores included, so the
# scores' last digits too); a torn line and a torn record after a kill are
# dropped and redone; resuming with another model, beam, length penalty,
# output format or input is refused naming what differs, and touches nothing;
# --resume with nothing to resume translates everything; a run without
# --resume over an interrupted one says so and starts over; --attention files
# are resumed too. Uses the checkpoint of $ATTEND_MKCKPT.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}" "${ATTEND_MKCKPT:?}"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
lines() { awk 'END { print NR }' "$1"; }
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP" || exit 1
rm -rf ./* ./.[!.]*

"$ATTEND_MKCKPT" "$ATTEND_SRC" model.h5 2>mk.err || { cat mk.err >&2; echo "FAIL: cannot make the test checkpoint" >&2; exit 1; }
# another checkpoint file (same parameters, other bytes): refused by content
"$ATTEND" average model.h5 model.h5 -o model2.h5 >/dev/null 2>&1 || fail "attend average (the second checkpoint)"

# ~300 lines: the Bible dev sample with an empty line in it and a last line
# without its newline
{ head -150 "$ATTEND_SRC/data/bible/dev.es"; echo; tail -n +151 "$ATTEND_SRC/data/bible/dev.es" | head -149; \
  tail -n +300 "$ATTEND_SRC/data/bible/dev.es" | head -1 | tr -d '\n'; } >in.txt
N=$(awk 'END { print NR }' in.txt)
[ "$N" -ge 290 ] || fail "the input has $N lines"
CHUNK=7
XL=(translate -m model.h5 -t 1 --chunk-lines $CHUNK --scores -i in.txt)
xl() { "$ATTEND" "${XL[@]}" "$@"; }
# starts xl in the background, $pid its process (not a subshell's)
xl_bg() { "$ATTEND" "${XL[@]}" "$@" & pid=$!; }
clean() { rm -f out.txt out.txt.partial out.txt.partial.meta out.txt.partial.meta.new .out.txt.tmp*; }
# the lines recorded as done in out.txt.partial.meta (0 when none)
recorded() { awk '$1 == "done" { n = $2 } END { print n + 0 }' out.txt.partial.meta 2>/dev/null || echo 0; }

# ---- the reference: an uninterrupted run --------------------------------------------
t0=$(date +%s%N)
xl -q -o ref.txt 2>ref.err || { cat ref.err >&2; fail "the reference run"; }
t1=$(date +%s%N)
dur_ms=$(( (t1 - t0) / 1000000 ))
[ "$(lines ref.txt)" -eq "$N" ] || fail "reference: $(lines ref.txt) lines for $N"
[ "$(grep -c '^[^ |]' ref.txt)" -ge $((N / 2)) ] || fail "reference: most translations are empty"
[ -e ref.txt.partial.meta ] && fail "reference: ref.txt.partial.meta left after success"
xl -q -o ref2.txt 2>/dev/null && cmp -s ref.txt ref2.txt || fail "two uninterrupted runs differ"
echo "reference run: $N lines in $dur_ms ms" >&2

# sleeps a random 5..95 % of the reference run's duration
rsleep() { sleep "$(awk -v d=$dur_ms -v r=$((RANDOM % 91 + 5)) 'BEGIN { printf "%.3f", d * r / 100000 }')"; }

# ---- kill -9 at random moments, then --resume until done -----------------------------
mid=0  # kills after which a part of the file, not all of it, was recorded
for run in 1 2 3 4 5; do
  clean
  resume=""
  for attempt in $(seq 12); do
    xl_bg -q -o out.txt $resume 2>run.err
    if [ "$attempt" -le 4 ]; then
      rsleep
      kill -KILL $pid 2>/dev/null
    fi
    wait $pid 2>/dev/null
    rc=$?
    if [ $rc -eq 0 ]; then break; fi
    [ $rc -eq 137 ] || { fail "run $run attempt $attempt: exit $rc: $(cat run.err)"; break; }
    r=$(recorded)
    [ "$r" -gt 0 ] && [ "$r" -lt "$N" ] && mid=$((mid + 1))
    [ $((r % CHUNK)) -eq 0 ] || fail "run $run: $r lines recorded, not whole chunks of $CHUNK"
    resume=--resume
  done
  [ $rc -eq 0 ] || fail "run $run: not finished after $attempt attempts"
  cmp -s out.txt ref.txt || fail "run $run: the resumed output differs from the uninterrupted run ($(lines out.txt) lines)"
  ls -A | grep -q '^out\.txt\.partial\|^\.out\.txt\.tmp' && fail "run $run: files left: $(ls -A | grep 'out\.txt\.' | tr '\n' ' ')"
done
echo "SIGKILLs that left a part of the file to resume: $mid" >&2

# ---- SIGINT: exit 130, the chunks done in out.txt.partial, then --resume --------------
# (a deterministic mid-file state: wait until two chunks are recorded)
clean
set -m
xl_bg -q -o out.txt 2>run.err
set +m
for _ in $(seq 600); do [ "$(recorded)" -ge $((2 * CHUNK)) ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.02; done
kill -INT $pid
wait $pid
rc=$?
[ $rc -eq 130 ] || fail "SIGINT: exit $rc, expected 130"
if [ $rc -eq 130 ]; then
  k=$(lines out.txt.partial 2>/dev/null || echo 0)
  [ "$k" -ge $((2 * CHUNK)) ] && [ "$k" -lt "$N" ] || fail "SIGINT: out.txt.partial holds $k lines"
  head -n "$k" ref.txt | cmp -s - out.txt.partial || fail "SIGINT: out.txt.partial is not the first $k reference lines"
  grep -q -- "--resume continues from line $((k + 1))" run.err || fail "SIGINT: no hint to --resume: $(cat run.err)"
  mid=$((mid + 1))

  # refusals: another checkpoint, beam, length penalty, --scores, input; nothing is touched
  cp out.txt.partial keep.partial && cp out.txt.partial.meta keep.meta
  refused() {  # what, expected message, then the command's arguments
    local what=$1 want=$2; shift 2
    "$ATTEND" translate -q -t 1 --chunk-lines $CHUNK -o out.txt --resume "$@" 2>ref.err
    local rc=$?
    [ $rc -eq 2 ] || fail "$what: exit $rc, expected 2 (refused)"
    grep -q -- "$want" ref.err || fail "$what: message does not say '$want': $(cat ref.err)"
    cmp -s out.txt.partial keep.partial && cmp -s out.txt.partial.meta keep.meta || fail "$what: the partial output was changed"
    [ -e out.txt ] && fail "$what: out.txt was written"
  }
  refused "another model" "--model 1 differs" -m model2.h5 --scores -i in.txt
  refused "another beam" "--beam differs: 5 in the interrupted run, 3 now" -m model.h5 --scores -i in.txt -b 3
  refused "another length penalty" "--length-penalty differs" -m model.h5 --scores -i in.txt --length-penalty 1
  refused "without --scores" "--scores differs: on in the interrupted run, off now" -m model.h5 -i in.txt
  refused "an ensemble" "model(s)" -m model.h5 -m model.h5 --scores -i in.txt
  refused "another thread count with --scores" "--threads differs: 1 in the interrupted run, 2 now" \
    -m model.h5 --scores -i in.txt -t 2
  refused "another chunking with --scores" "--chunk-lines differs: $CHUNK in the interrupted run, 50 now" \
    -m model.h5 --scores -i in.txt --chunk-lines 50
  sed '3s/^./X/' in.txt >in-changed.txt
  refused "another input" "the input differs" -m model.h5 --scores -i in-changed.txt
  head -5 in.txt >in-short.txt
  refused "a shorter input" "has 5 lines" -m model.h5 --scores -i in-short.txt
  refused "--resume from standard input" "needs -i FILE and -o FILE" -m model.h5 --scores <in.txt
  xl -o out.txt --resume 2>run.err || fail "SIGINT: --resume failed: $(cat run.err)"
  grep -q "keeping the $k lines" run.err || fail "SIGINT: --resume does not say it keeps $k lines: $(cat run.err)"
  cmp -s out.txt ref.txt || fail "SIGINT then --resume: differs from the uninterrupted run"
fi

# ---- a torn line and a torn record after a kill are dropped and redone ----------------
clean
xl_bg -q -o out.txt
for _ in $(seq 600); do [ "$(recorded)" -ge $((3 * CHUNK)) ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.02; done
kill -KILL $pid
wait $pid 2>/dev/null
data=$(ls -A | grep '^\.out\.txt\.tmp' | head -1)
if [ -n "$data" ]; then
  printf 'a torn transl' >>"$data"          # a line cut by the kill
  printf 'done 9999 12' >>out.txt.partial.meta  # a record cut by the kill
  xl -q -o out.txt --resume 2>run.err || fail "torn line: --resume failed: $(cat run.err)"
  cmp -s out.txt ref.txt || fail "torn line and record: differs from the uninterrupted run"
else
  fail "torn line: no data file after the kill"
fi

# ---- plain text: another chunking and thread count on resume give the same text ----
# (the search is batch-invariant; only numbers such as scores may change in their
# last digits, so those runs are refused above)
sed 's/ ||| [-0-9.]*$//' ref.txt >ref-text.txt
clean
"$ATTEND" translate -q -m model.h5 -t 1 --chunk-lines $CHUNK -i in.txt -o out.txt &
pid=$!
for _ in $(seq 600); do [ "$(recorded)" -ge $((2 * CHUNK)) ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.02; done
kill -KILL $pid
wait $pid 2>/dev/null
"$ATTEND" translate -q -m model.h5 -t 2 --chunk-lines 50 --batch-size 3 -i in.txt -o out.txt --resume 2>run.err \
  || fail "plain text, another chunking: --resume failed: $(cat run.err)"
cmp -s out.txt ref-text.txt || fail "plain text resumed with another chunking and thread count: differs"

# ---- --attention is resumed too ----------------------------------------------------
xl -q -o aref.txt --attention aref.json 2>/dev/null || fail "attention reference"
clean
rm -f a.json a.json.partial .a.json.tmp*
xl_bg -q -o out.txt --attention a.json
for _ in $(seq 600); do [ "$(recorded)" -ge $((2 * CHUNK)) ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.02; done
kill -KILL $pid
wait $pid 2>/dev/null
xl -q -o out.txt --resume 2>run.err
[ $? -eq 2 ] && grep -q -- "--attention differs: json in the interrupted run, none now" run.err \
  || fail "--resume without the --attention of the interrupted run: $(cat run.err)"
xl -q -o out.txt --attention a.json --resume 2>run.err || fail "--attention --resume: $(cat run.err)"
cmp -s out.txt aref.txt && cmp -s a.json aref.json || fail "--attention --resume: outputs differ from an uninterrupted run"
ls -A | grep -q '^a\.json\.\|^\.a\.json\.tmp' && fail "--attention --resume: files left: $(ls -A | tr '\n' ' ')"

# ---- nothing to resume; a new run over an interrupted one --------------------------
clean
xl -o out.txt --resume 2>run.err || fail "--resume with no partial output: $(cat run.err)"
cmp -s out.txt ref.txt || fail "--resume with no partial output: differs"
grep -q "no interrupted run" run.err || fail "--resume with no partial output: message $(cat run.err)"
clean
xl_bg -q -o out.txt
for _ in $(seq 600); do [ "$(recorded)" -ge "$CHUNK" ] && break; kill -0 $pid 2>/dev/null || break; sleep 0.02; done
kill -KILL $pid
wait $pid 2>/dev/null
"$ATTEND" translate -q -m model.h5 -t 1 --chunk-lines $CHUNK -b 2 -i in.txt -o out.txt 2>run.err \
  || fail "a new run over an interrupted one: $(cat run.err)"
grep -q "starting over (--resume would continue it)" run.err || fail "a new run over an interrupted one: no warning: $(cat run.err)"
ls -A | grep -q '^out\.txt\.partial\|^\.out\.txt\.tmp' && fail "a new run over an interrupted one: files left: $(ls -A | tr '\n' ' ')"
xl -q -o out.txt --resume 2>/dev/null && cmp -s out.txt ref.txt || fail "--resume after a completed run translates everything"

# ---- -i == -o is still refused with --resume ----------------------------------------
cp in.txt same.txt
"$ATTEND" translate -q -m model.h5 -i same.txt -o same.txt --resume 2>run.err
[ $? -eq 2 ] && cmp -s same.txt in.txt || fail "-i f -o f --resume: not refused or the input changed"

[ $mid -ge 1 ] || fail "no interruption left a part of the file to resume"
[ $failures -eq 0 ] && echo "all resume checks passed" >&2
exit $((failures > 0))
