#!/usr/bin/env bash
# Hostile input for every reader of attend (issue 13; the table in
# docs/reliability.md names this script for its rows): training text, the
# text a tokenizer is trained on, tokenizer models, checkpoints, config YAML,
# translate input, score files and the vocabulary options, each given a
# directory, an unreadable file, a FIFO, /dev/zero, an empty or binary file,
# NUL bytes, mismatched line counts, a 10 MB line. Every case must end with
# exit 1 or 2 and a message naming the file (or line, or key), or succeed
# where the input is fine (a FIFO read once); never a signal or a hang (each
# run is killed after 60 s: exit 137 fails the row).
#
# "Unreadable": chmod 000 does not stop root, so as root the unreadable file
# is /proc/self/mem (opens, every read at offset 0 fails with EIO); as another
# user a chmod 000 copy is used as well.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}" "${ATTEND_MKCKPT:?}"
export OMP_WAIT_POLICY=passive
T=$ATTEND_TMP
rm -rf "$T" && mkdir -p "$T" && cd "$T" || exit 1
D=$ATTEND_SRC/data
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# expect RC PATTERN CMD...: runs CMD (60 s at most), wants exit status RC and
# PATTERN (grep -E) in its standard error; the output is in out.txt/err.txt
expect() {
  local want=$1 pat=$2
  shift 2
  timeout -s KILL 60 bash -c '"$@"' _ "$@" >out.txt 2>err.txt
  local rc=$?
  if [ $rc -ne "$want" ]; then
    fail "$* exited $rc (want $want): $(tail -3 err.txt)"
  elif [ -n "$pat" ] && ! grep -qE -- "$pat" err.txt; then
    fail "$*: no /$pat/ in: $(tail -3 err.txt)"
  fi
}
# a FIFO fed with file $1 in the background (the feeder is ended after the run)
fifo_feed() { rm -f fifo && mkfifo fifo && { cat "$1" >fifo 2>/dev/null & feeder=$!; }; }
fifo_end() { kill "$feeder" 2>/dev/null; wait "$feeder" 2>/dev/null; rm -f fifo; }

head -n 200 "$D/bible/train.es" >s.txt
head -n 200 "$D/bible/train.en" >t.txt
head -n 199 "$D/bible/train.en" >t199.txt
head -n 3 "$D/bible/dev.es" >in.txt
: >empty.txt
printf '\n  \n\t\n' >blank.txt
# fixed pseudo-random bytes (the same every run): a binary file, one without
# NUL bytes, and lines of Latin-1-like bytes (invalid UTF-8, no NUL)
/usr/bin/python3 - <<'PY' || { echo "FAIL: python3 for the binary fixtures" >&2; exit 1; }
import random
r = random.Random(7)
open("binary.bin", "wb").write(bytes(r.randrange(256) for _ in range(100000)))
open("bin_nonul.txt", "wb").write(bytes(r.randrange(1, 256) for _ in range(3000)))
lines = [bytes(r.randrange(128, 256) if k % 3 == 0 else r.randrange(97, 123) for k in range(60)) for _ in range(60)]
open("latin1.txt", "wb").write(b"\n".join(lines) + b"\n")
PY
{ head -n 2 s.txt; printf 'Y dijo\000 Dios\n'; sed -n '4,200p' s.txt; } >nul.txt
mkdir adir
UNREADABLE=/proc/self/mem
if [ "$(id -u)" -ne 0 ]; then cp s.txt noperm.txt && chmod 000 noperm.txt; fi
SPM="--src-spm $D/spm/tiny.es.model --tgt-spm $D/spm/tiny.en.model"
TINY="--emb-dim 8 --hidden-dim 8 --batch-size 32 --threads 1 --valid-every 0 --max-steps 1"
# the commands under test (run by expect under timeout, through bash -c)
trn() { "$ATTEND" train $TINY "$@"; }   # a one-step training run
st() { "$ATTEND" spm-train --model-prefix m --vocab-size 100 --input "$@"; }
enc() { "$ATTEND" spm-encode --model "$1" <in.txt; }
trc() { trn --src s.txt --tgt t.txt $SPM --save-dir r --config "$@"; }
xl() { "$ATTEND" translate -q -m model.h5 -t 1 "$@"; }
sc() { "$ATTEND" score "$@"; }
export ATTEND D TINY SPM
export -f trn st enc trc xl sc
"$ATTEND_MKCKPT" "$ATTEND_SRC" model.h5 20 2>mk.err || { cat mk.err >&2; echo "FAIL: cannot make the test checkpoint" >&2; exit 1; }

# ---- training text (attend train --src/--tgt: train/corpus.c) ----------------------------
expect 1 "adir: Is a directory" trn --src adir --tgt t.txt $SPM --save-dir r
expect 1 "$UNREADABLE: read error: Input/output error" trn --src $UNREADABLE --tgt t.txt $SPM --save-dir r
[ -e noperm.txt ] && expect 1 "noperm.txt: Permission denied" trn --src noperm.txt --tgt t.txt $SPM --save-dir r
expect 1 "missing.txt: No such file or directory" trn --src missing.txt --tgt t.txt $SPM --save-dir r
fifo_feed s.txt
expect 1 "fifo: not a regular file \(a FIFO or pipe\)" trn --src fifo --tgt t.txt $SPM --save-dir r
fifo_end
expect 1 "/dev/zero: not a regular file \(a device\)" trn --src /dev/zero --tgt t.txt $SPM --save-dir r
expect 1 "/dev/stdin: not a regular file \(a FIFO or pipe\)" bash -c 'cat s.txt | trn --src /dev/stdin --tgt t.txt $SPM --save-dir r'
expect 1 "line counts differ: s.txt has 200 lines, t199.txt has 199 lines" trn --src s.txt --tgt t199.txt $SPM --save-dir r
expect 1 "empty.txt / empty.txt: no usable sentence pairs" trn --src empty.txt --tgt empty.txt $SPM --save-dir r
cp binary.bin binary2.bin
# a binary file: its lines that are not text are skipped and counted (of
# these fixed 100 KB, one happens to be text: 374 of 378 are skipped)
rm -rf r
expect 0 "skipped 374 line pair\(s\) with invalid UTF-8 or a NUL byte \(lines 1, 2, 3, 4, 5, ...\)" \
  trn --src binary.bin --tgt binary2.bin $SPM --save-dir r
# a NUL byte inside a line: the pair is skipped (before: trained on, NUL and all)
rm -rf r
expect 0 "skipped 1 line pair\(s\) with invalid UTF-8 or a NUL byte \(lines 3\)" trn --src nul.txt --tgt t.txt $SPM --save-dir r
grep -q "train: .* 1 invalid UTF-8 or NUL" out.txt err.txt || fail "a NUL byte: not counted in the train: line"

# a 10 MB line: skipped before tokenizing (before: 934 MB of memory for a 9 MB line)
awk 'BEGIN { srand(1); for (i = 0; i < 1700000; i++) printf "%s ", (i % 7 ? "tierra" : "cielos"); print "" }' >long.txt
{ cat s.txt; cat long.txt; } >s_long.txt
{ cat t.txt; head -n 1 t.txt; } >t_long.txt
if [ -x /usr/bin/time ]; then
  rm -rf r
  expect 0 "" /usr/bin/time -f "maxrss %M" "$ATTEND" train $TINY --src s_long.txt --tgt t_long.txt $SPM --save-dir r --max-len 100
  rss=$(sed -n 's/^maxrss //p' err.txt)
  [ -n "$rss" ] && [ "$rss" -lt 400000 ] || fail "train with a 10 MB line: max RSS ${rss:-?} KB (want < 400 MB)"
  grep -q "longer than 100 pieces" out.txt err.txt || fail "train with a 10 MB line: no 'longer than' count"
  expect 0 "long.txt:1: longer than 249 pieces" /usr/bin/time -f "maxrss %M" "$ATTEND" translate -m model.h5 -t 1 -i long.txt -o long.out
  rss=$(sed -n 's/^maxrss //p' err.txt)
  [ -n "$rss" ] && [ "$rss" -lt 400000 ] || fail "translate a 10 MB line: max RSS ${rss:-?} KB (want < 400 MB)"
  [ "$(wc -l <long.out)" -eq 1 ] || fail "translate a 10 MB line: $(wc -l <long.out) output lines"
  # the cut is at a space far beyond the 249th piece: the translation is that of the line's start
  head -c 70000 long.txt >long_start.txt && echo >>long_start.txt
  "$ATTEND" translate -m model.h5 -t 1 -i long_start.txt -o long_start.out 2>/dev/null
  cmp -s long.out long_start.out || fail "translate a 10 MB line: not the translation of its first 70 KB"
else
  echo "SKIP: no /usr/bin/time: the memory of a 10 MB line is not measured" >&2
fi

# ---- text a tokenizer is trained on (attend spm-train, attend train without --src-spm) -------
expect 1 "empty.txt: no text to train a tokenizer on \(an empty file\)" st empty.txt
expect 1 "blank.txt: no text to train a tokenizer on \(only blank lines\)" st blank.txt
expect 1 "binary.bin:[0-9]+: a NUL byte \(a binary file\?\)" st binary.bin
expect 1 "latin1.txt: not UTF-8 text" st latin1.txt
expect 1 "adir: Is a directory" st adir
expect 1 "$UNREADABLE: read error: Input/output error" st $UNREADABLE
fifo_feed s.txt
expect 1 "fifo: not a regular file" st fifo
fifo_end
expect 1 "s.txt: the text has [0-9]+ characters to cover .*more than a vocabulary of 20 pieces" \
  "$ATTEND" spm-train --model-prefix m --vocab-size 20 --input s.txt
expect 2 "--vocab-size: expected an integer from 5 to 10000000" st s.txt --vocab-size 2147483647
grep -q "Internal\|trainer_interface" err.txt && fail "spm-train shows SentencePiece internals"
rm -rf r
expect 1 "training the src tokenizer: empty.txt: no text to train a tokenizer on" trn --src empty.txt --tgt empty.txt --save-dir r
rm -rf r
expect 1 "training the src tokenizer: s.txt: too little text for a vocabulary of 8000 pieces" trn --src s.txt --tgt t.txt --save-dir r
rm -rf r
expect 1 "training the src tokenizer: binary.bin:[0-9]+: a NUL byte" trn --src binary.bin --tgt binary2.bin --save-dir r
expect 2 "src_vocab_size: 2147483647, must be 5 to 10000000" trn --src s.txt --tgt t.txt --save-dir r --src-vocab-size 2147483647

# ---- tokenizer models (--src-spm, spm-encode --model: tokenizer/tokenizer.c) ---------------------
expect 1 "adir: Is a directory" enc adir
expect 1 "/dev/zero: a device, not a SentencePiece model" enc /dev/zero
expect 1 "empty.txt: empty file, not a SentencePiece model" enc empty.txt
expect 1 "binary.bin: not a valid SentencePiece model" enc binary.bin
expect 1 "$UNREADABLE: read error: Input/output error" enc $UNREADABLE
fifo_feed "$D/spm/tiny.es.model"
expect 0 "" enc fifo   # read once: a FIFO is fine
fifo_end
[ "$(wc -l <out.txt)" -eq 3 ] || fail "spm-encode --model FIFO: $(wc -l <out.txt) lines"
expect 1 "adir: Is a directory" trn --src s.txt --tgt t.txt --src-spm adir --tgt-spm "$D/spm/tiny.en.model" --save-dir r

# ---- checkpoints (-m, info, average: model/checkpoint.c) -------------------------------------
fifo_feed model.h5
expect 1 "fifo: not a regular file \(a FIFO or pipe\): a checkpoint must be a file" "$ATTEND" info fifo
fifo_end
expect 1 "/dev/zero: not a regular file \(a device or socket\)" "$ATTEND" translate -m /dev/zero -i in.txt
expect 1 "adir: is a directory" "$ATTEND" translate -m adir -i in.txt
expect 1 "binary.bin: not an HDF5 file or truncated" "$ATTEND" info binary.bin
expect 1 "empty.txt: not an HDF5 file or truncated" "$ATTEND" info empty.txt

# ---- config YAML (attend train --config: cli/cmd_train.c, train/config.c) ----------------------
cfg() { printf "$1" >c.yaml; }
expect 2 "config file adir: Is a directory" trc adir   # before: an empty config, exit 0
expect 2 "config file /dev/zero: larger than 1 MiB" trc /dev/zero   # before: read until out of memory
expect 2 "$UNREADABLE: Input/output error" trc $UNREADABLE
expect 2 "cannot open the config file missing.yaml: No such file or directory" trc missing.yaml
expect 2 "binary.bin:[0-9]+: YAML error" trc binary.bin
cfg 'a: &x 3\nlayers: *x\n'; expect 2 "c.yaml:2: aliases are not supported" trc c.yaml
cfg 'no_such_key: 1\n'; expect 2 "c.yaml:1: unknown config key 'no_such_key'" trc c.yaml
cfg 'model:\n  cell: gru\n  nested:\n    deeper: 1\n'; expect 2 "c.yaml:4: unknown config key 'deeper'" trc c.yaml
cfg 'lr: 0.1\nlr: 0.2\n'; expect 2 "c.yaml:2: key 'lr' is given twice \(first at line 1\)" trc c.yaml
cfg 'cell: 5\n'; expect 2 "c.yaml:1: model config cell: bad value '5'" trc c.yaml
cfg 'batch_size: [1, 2]\n'; expect 2 "c.yaml:1: lists are not supported" trc c.yaml
cfg 'hidden_dim: 99999999999999999999\n'; expect 2 "c.yaml:1: model config hidden_dim: bad value '99999999999999999999'" trc c.yaml
cfg 'max_steps: 9223372036854775808\n'; expect 2 "c.yaml:1: config max_steps: bad value" trc c.yaml
cfg 'lr: 1e999\n'; expect 2 "c.yaml:1: config lr: bad value '1e999'" trc c.yaml
cfg 'emb_dim: 65536\nhidden_dim: 65536\n'
expect 1 "would bring the layout .* floats \(the limit\)" "$ATTEND" train --src s.txt --tgt t.txt $SPM --save-dir r --config c.yaml
cfg 'batch_size: 8\n'
fifo_feed c.yaml
rm -rf r; expect 0 "" trc fifo   # read once: a FIFO is fine
fifo_end
rm -rf r; expect 0 "" trc empty.txt

# ---- translate input (-i, standard input: cli/cmd_translate.c) ---------------------------------
expect 1 "adir: Is a directory" xl -i adir
expect 1 "$UNREADABLE.*Input/output error" xl -i $UNREADABLE
expect 0 "" xl -i empty.txt
[ -s out.txt ] && fail "translate an empty file: output $(head -c 100 out.txt)"
fifo_feed in.txt
expect 0 "" xl -i fifo
fifo_end
[ "$(wc -l <out.txt)" -eq 3 ] || fail "translate -i FIFO: $(wc -l <out.txt) lines"
n=$(awk 'END { print NR }' bin_nonul.txt)
expect 0 "bin_nonul.txt:[0-9]+: invalid UTF-8" xl -i bin_nonul.txt
[ "$(awk 'END { print NR }' out.txt)" -eq "$n" ] || fail "translate a binary file: not one output line per input line"
expect 1 "bin_nonul.txt:[0-9]+: invalid UTF-8" xl -i bin_nonul.txt --strict

# ---- score files (--hyp, --ref, --src: cli/cmd_score.c) ----------------------------------------
expect 1 "adir: read error: Is a directory" sc --ref adir --hyp t.txt
expect 1 "adir: read error: Is a directory" sc --ref t.txt --hyp adir
expect 1 "$UNREADABLE: read error: Input/output error" sc --ref $UNREADABLE --hyp t.txt
expect 1 "empty.txt and empty.txt are empty: nothing to score" sc --ref empty.txt --hyp empty.txt
expect 1 "binary.bin:[0-9]+: (invalid UTF-8|line contains a NUL byte)" sc --ref t.txt --hyp binary.bin
expect 1 "nul.txt:3: line contains a NUL byte" sc --ref s.txt --hyp nul.txt
expect 1 "t199.txt" sc --ref t.txt --hyp t199.txt
fifo_feed t.txt
expect 0 "" sc --ref fifo <t.txt   # the reference from a FIFO, the hypotheses on stdin
fifo_end
grep -q "BLEU = 100" out.txt || fail "score --ref FIFO < hyp: $(head -2 out.txt)"

# ---- vocabulary options and tokenizers with --resume / --init-from (item 12) ----------------------
rm -rf run
"$ATTEND" train $TINY --src s.txt --tgt t.txt $SPM --save-dir run >/dev/null 2>&1 || fail "the run to resume"
# before: silently ignored (the checkpoint's 500-piece tokenizers were used)
expect 2 "--vocab-size 8000 conflicts with --resume run/last.h5: its source tokenizer has 500 pieces" \
  "$ATTEND" train --resume run/last.h5 --max-steps 2 --vocab-size 8000
expect 2 "--tgt-vocab-size 600 conflicts with --init-from run/last.h5: its target tokenizer has 500 pieces" \
  trn --src s.txt --tgt t.txt --init-from run/last.h5 --save-dir r2 --tgt-vocab-size 600
expect 0 "note: --src-vocab-size 500 has no effect with --resume" \
  "$ATTEND" train --resume run/last.h5 --max-steps 2 --src-vocab-size 500
# another tokenizer of the same size (500 pieces): before, the parameters were copied and trained on
rm -rf r2
expect 1 "--tgt-spm $D/spm/tiny.es.model \(500 pieces\) is not the target tokenizer of --init-from run/last.h5" \
  trn --src s.txt --tgt t.txt --init-from run/last.h5 --save-dir r2 --tgt-spm "$D/spm/tiny.es.model"
rm -rf r2
expect 0 "" trn --src s.txt --tgt t.txt --init-from run/last.h5 --save-dir r2 --src-spm "$D/spm/tiny.es.model"

[ $failures -eq 0 ] && echo "test_cli_hostile: all checks passed"
exit $((failures > 0))
