#!/usr/bin/env bash
# attend spm-train / spm-encode / spm-decode through the binary: help, usage
# errors, missing models, one output line per input line (empty lines, CRLF,
# a 10,000-character line, a last line without newline, invalid UTF-8),
# round trips and deterministic training. Exits 1 on any failed check.
set -u
A=${ATTEND:?ATTEND must name the attend binary}
SRC=${ATTEND_SRC:?ATTEND_SRC must name the source tree}
T=${ATTEND_TMP:-/tmp/attend_test_cli_spm}
mkdir -p "$T"
ES=$SRC/data/spm/tiny.es.model
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
# expect STATUS CMD... : runs CMD, stdout > $T/out, stderr > $T/err
expect() {
  local want=$1; shift
  "$@" >"$T/out" 2>"$T/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want (stderr: $(head -c 300 "$T/err"))"
}
contains() { grep -qF -- "$2" "$1" || fail "$1 does not mention '$2' ($3)"; }

# ---- help, usage errors, missing models -------------------------------------------
for c in spm-train spm-encode spm-decode; do
  expect 0 "$A" "$c" --help
  contains "$T/out" "--help" "$c --help"
  contains "$T/out" "Usage: attend $c" "$c --help"
  expect 2 "$A" "$c" --no-such-option
  contains "$T/err" "attend $c:" "$c unknown option message"
done
for o in --input --model-prefix --vocab-size --type --character-coverage --input-sentence-size \
         --seed --threads --soft-vocab-limit --verbose "default: unigram" "default: 1.0"; do
  expect 0 "$A" spm-train --help
  contains "$T/out" "$o" "spm-train --help"
done
"$A" spm-encode --help | grep -qF -- "--pieces" || fail "spm-encode --help does not mention --pieces"
"$A" spm-encode --help | grep -qF -- "--model" || fail "spm-encode --help does not mention --model"
"$A" spm-decode --help | grep -qF -- "--model" || fail "spm-decode --help does not mention --model"

expect 2 "$A" spm-encode </dev/null
contains "$T/err" "--model" "spm-encode without --model"
expect 2 "$A" spm-decode </dev/null
expect 2 "$A" spm-train --input "$SRC/data/bible/train.es" --model-prefix "$T/x"
contains "$T/err" "--vocab-size" "spm-train without --vocab-size"
expect 2 "$A" spm-train --input a --model-prefix "$T/x" --vocab-size lots
expect 2 "$A" spm-train --input a --model-prefix "$T/x" --vocab-size 100 --type word
expect 2 "$A" spm-encode --model "$ES" extra-argument

expect 1 "$A" spm-encode --model "$T/missing.model" </dev/null
contains "$T/err" "$T/missing.model" "missing model file"
contains "$T/err" "attend spm-encode: " "missing model file"
expect 1 "$A" spm-decode --model "$T/missing.model" </dev/null
contains "$T/err" "$T/missing.model" "missing model file (decode)"
head -c 3000 "$ES" >"$T/cut.model"
expect 1 "$A" spm-encode --model "$T/cut.model" </dev/null
contains "$T/err" "$T/cut.model" "truncated model file"

# ---- one output line per input line ------------------------------------------------
long=$(/usr/bin/python3 -c "import sys; w=('palabra ' * 1250)[:9999] + 'a'; assert len(w) == 10000; print(w)")
{
  printf 'Y dijo Dios: Sea la luz.\n'
  printf '\n'
  printf 'En el principio.\r\n'
  printf '%s\n' "$long"
  printf '\n'
  printf '\n'
  printf 'la tierra'
} >"$T/lines.txt"
want_text=$(printf 'Y dijo Dios: Sea la luz.\n\nEn el principio.\n%s\n\n\nla tierra' "$long")
expect 0 "$A" spm-encode --model "$ES" <"$T/lines.txt"
cp "$T/out" "$T/ids.txt"
n=$(wc -l <"$T/ids.txt")
[ "$n" -eq 7 ] || fail "spm-encode wrote $n lines for 7 input lines"
for i in 2 5 6; do
  [ -z "$(sed -n "${i}p" "$T/ids.txt")" ] || fail "empty input line $i gave a non-empty output line"
done
for i in 1 3 4 7; do
  sed -n "${i}p" "$T/ids.txt" | grep -qE '^[0-9]+( [0-9]+)*$' || fail "line $i of the ids is not a list of ids"
done
tr -d '\r' <"$T/lines.txt" | "$A" spm-encode --model "$ES" >"$T/ids_nocr.txt" || fail "spm-encode without CR"
cmp -s "$T/ids.txt" "$T/ids_nocr.txt" || fail "a CRLF line encodes differently from the line without CR"
expect 0 "$A" spm-encode --model "$ES" --pieces <"$T/lines.txt"
n=$(wc -l <"$T/out")
[ "$n" -eq 7 ] || fail "spm-encode --pieces wrote $n lines for 7 input lines"
sed -n 1p "$T/out" | grep -qF "▁Dios" || fail "pieces of line 1 lack ▁Dios: $(sed -n 1p "$T/out")"

# ---- round trip through the binary ---------------------------------------------------
expect 0 "$A" spm-decode --model "$ES" <"$T/ids.txt"
n=$(wc -l <"$T/out")
[ "$n" -eq 7 ] || fail "spm-decode wrote $n lines for 7 input lines"
[ "$(cat "$T/out")" = "$want_text" ] || fail "encode -> decode changed the text"
head -n 100 "$SRC/data/bible/dev.es" >"$T/dev.es"
"$A" spm-encode --model "$ES" <"$T/dev.es" | "$A" spm-decode --model "$ES" >"$T/dev.back" ||
  fail "dev round trip exited non-zero"
cmp -s "$T/dev.es" "$T/dev.back" || fail "dev.es round trip differs: $(diff "$T/dev.es" "$T/dev.back" | head -5)"
printf '2 %s 3 0 0\n' "$(sed -n 1p "$T/ids.txt")" | "$A" spm-decode --model "$ES" >"$T/out" || fail "decode with specials"
[ "$(cat "$T/out")" = "Y dijo Dios: Sea la luz." ] || fail "decode does not skip <s> </s> <pad>: $(cat "$T/out")"

# ---- bad lines: reported with their number, an empty line in their place, exit 1 -------
printf 'la luz\nla \xff luz\n\nY dijo\n' >"$T/bad.txt"
expect 1 "$A" spm-encode --model "$ES" <"$T/bad.txt"
n=$(wc -l <"$T/out")
[ "$n" -eq 4 ] || fail "spm-encode with a bad line wrote $n lines for 4"
[ -z "$(sed -n 2p "$T/out")" ] || fail "the invalid UTF-8 line did not give an empty line"
[ -n "$(sed -n 1p "$T/out")" ] && [ -n "$(sed -n 4p "$T/out")" ] || fail "lines around the bad one are missing"
contains "$T/err" "line 2" "invalid UTF-8 line number"
contains "$T/err" "UTF-8" "invalid UTF-8 message"
printf '5 6\n7 x 8\n99999\n\n' >"$T/badids.txt"
expect 1 "$A" spm-decode --model "$ES" <"$T/badids.txt"
n=$(wc -l <"$T/out")
[ "$n" -eq 4 ] || fail "spm-decode with bad lines wrote $n lines for 4"
[ -z "$(sed -n 2p "$T/out")" ] && [ -z "$(sed -n 3p "$T/out")" ] || fail "bad id lines did not give empty lines"
[ -n "$(sed -n 1p "$T/out")" ] || fail "good id line 1 gave an empty line"
contains "$T/err" "line 2" "bad id line number"
contains "$T/err" "line 3" "out-of-range id line number"

# ---- training through the binary: deterministic, clear failures --------------------------
head -n 800 "$SRC/data/bible/train.en" >"$T/train.en"
expect 0 "$A" spm-train --input "$T/train.en" --model-prefix "$T/m" --vocab-size 300 --seed 7
[ -s "$T/m.model" ] && [ -s "$T/m.vocab" ] || fail "spm-train did not write m.model and m.vocab"
[ "$(wc -l <"$T/m.vocab")" -eq 300 ] || fail "m.vocab does not have 300 lines"
head -n 4 "$T/m.vocab" | cut -f1 | tr '\n' ' ' | grep -qx '<pad> <unk> <s> </s> ' || fail "special pieces are not 0..3"
cp "$T/m.model" "$T/m1.model"
expect 0 "$A" spm-train --input "$T/train.en" --model-prefix "$T/m" --vocab-size 300 --seed 7
cmp -s "$T/m.model" "$T/m1.model" || fail "training twice with the same seed gave different models"
expect 0 "$A" spm-train --input "$T/train.en,$T/dev.es" --model-prefix "$T/b" --vocab-size 300 --type bpe
echo "And God said" | "$A" spm-encode --model "$T/b.model" | "$A" spm-decode --model "$T/b.model" >"$T/out"
[ "$(cat "$T/out")" = "And God said" ] || fail "bpe round trip: $(cat "$T/out")"
expect 1 "$A" spm-train --input "$T/train.en" --model-prefix "$T/big" --vocab-size 100000
contains "$T/err" "attend spm-train: training failed: " "vocab too large"
contains "$T/err" "ocabulary size" "vocab too large (SentencePiece's message)"
expect 1 "$A" spm-train --input "$T/train.en,$T/nope.txt" --model-prefix "$T/y" --vocab-size 100
contains "$T/err" "$T/nope.txt" "missing training input"

if [ "$fails" -ne 0 ]; then
  echo "$fails check(s) failed" >&2
  exit 1
fi
echo "all checks passed"
