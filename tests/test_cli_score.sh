#!/usr/bin/env bash
# attend score through the binary: help, usage errors (exit 2), line-count
# mismatches and invalid UTF-8 (exit 1, naming the files), sacreBLEU's README
# numbers from stdin, --lowercase against python3's str.lower(), and a TSV by-length table whose rows and counts add up.
# Exits 1 on any failed check.
set -u
A=${ATTEND:?ATTEND must name the attend binary}
T=${ATTEND_TMP:-/tmp/attend_test_cli_score}
mkdir -p "$T"
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

# ---- fixtures: sacreBLEU's README example (two references) --------------------
printf '%s\n' "The dog bit the man." "It wasn't surprising." "The man had just bitten him." >"$T/hyp"
printf '%s\n' "The dog bit the man." "It was not unexpected." "The man bit him first." >"$T/ref1"
printf '%s\n' "The dog had bit the man." "No one was surprised." "The man had bitten the dog." >"$T/ref2"

# ---- help and usage errors ------------------------------------------------------
expect 0 "$A" score --help
contains "$T/out" "Usage: attend score" "score --help"
contains "$T/out" "--by-length" "score --help lists --by-length"
expect 0 "$A" --help
contains "$T/out" "score" "attend --help lists score"
expect 2 "$A" score --ref "$T/ref1" --no-such-option
contains "$T/err" "unknown option" "unknown option message"
expect 2 "$A" score --hyp "$T/hyp"
contains "$T/err" "--ref" "missing --ref"
expect 2 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --metrics bleu,ter
expect 2 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --format xml
expect 2 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --by-length
expect 2 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --by-length --src "$T/hyp" --buckets 20,10

# ---- sacreBLEU's README numbers, hypotheses on stdin ------------------------------
expect 0 "$A" score --ref "$T/ref1" --ref "$T/ref2" <"$T/hyp"
contains "$T/out" "BLEU = 48.53 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len = 17 ref_len = 18)" "README BLEU"
contains "$T/out" "nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:" "BLEU signature"
contains "$T/out" "chrF2 = 59.73" "README chrF"
expect 0 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --metrics bleu
grep -q chrF "$T/out" && fail "--metrics bleu printed chrF"
expect 0 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --lowercase
contains "$T/out" "case:lc" "--lowercase signature"

# ---- --lowercase is Python's str.lower() (sacreBLEU -lc): capitals score 100 ------------
# against the reference lowered by /usr/bin/python3 (issue 13, item 4). The letters
# beyond the built-in table are checked only when attend links utf8proc.
lower_case() { # NAME CODEPOINTS...: hypothesis = the capitals, reference = python3's lower()
  local name=$1; shift
  /usr/bin/python3 -c 'import sys
up = " ".join(chr(int(c, 16)) for c in sys.argv[2:]) + " w x y z"
open(sys.argv[1] + ".hyp", "w", encoding="utf-8").write(up + "\n")
open(sys.argv[1] + ".ref", "w", encoding="utf-8").write(up.lower() + "\n")' "$T/lc" "$@" ||
    { fail "python3 could not write the $name case"; return; }
  expect 0 "$A" score --ref "$T/lc.ref" --hyp "$T/lc.hyp" --metrics bleu
  grep -q "^BLEU = 0*100\.00 " "$T/out" && fail "$name: mixed case gave BLEU 100"
  expect 0 "$A" score --ref "$T/lc.ref" --hyp "$T/lc.hyp" --metrics bleu,chrf --lowercase
  contains "$T/out" "BLEU = 100.00 " "$name: --lowercase BLEU 100 for $(cat "$T/lc.hyp")"
  contains "$T/out" "chrF2 = 100.00" "$name: --lowercase chrF 100"
}
if [ -x /usr/bin/python3 ]; then
  lower_case "ASCII" 41 4D 5A
  lower_case "Latin-1" C0 C9 D1 D6 D8 DE
  lower_case "U+0130" 130 49
  lower_case "Greek and Cyrillic basic" 391 3A9 386 401 40F 410 42F
  if ldd "$A" 2>/dev/null | grep -q libutf8proc; then
    lower_case "U+0490, U+0462" 490 462
    lower_case "Greek U+03D8..U+03EF" 3D8 3DA 3DC 3DE 3E0 3E2 3E4 3E6 3E8 3EA 3EC 3EE
    lower_case "Armenian, Georgian, fullwidth, Kelvin" 531 10A0 FF21 212A
  else
    echo "SKIP: --lowercase of U+0490/U+0462, Greek U+03D8..U+03EF and beyond (built without utf8proc)"
  fi
else
  echo "SKIP: --lowercase against python3's str.lower() (no /usr/bin/python3)"
fi

# ---- failures: line counts, UTF-8, missing files ---------------------------------------
head -n 2 "$T/ref1" >"$T/short"
expect 1 "$A" score --ref "$T/short" --hyp "$T/hyp"
contains "$T/err" "$T/short" "mismatch names the reference"
contains "$T/err" "$T/hyp" "mismatch names the hypotheses"
contains "$T/err" "2" "mismatch gives the reference count"
contains "$T/err" "3" "mismatch gives the hypothesis count"
expect 1 "$A" score --ref "$T/ref1" --hyp "$T/hyp" --by-length --src "$T/short"
contains "$T/err" "$T/short" "source mismatch names the source"
printf 'fine\nbad \xff byte\nfine\n' >"$T/bad"
expect 1 "$A" score --ref "$T/ref1" --hyp "$T/bad"
contains "$T/err" "$T/bad:2" "invalid UTF-8 names file and line"
expect 1 "$A" score --ref "$T/no-such-file" --hyp "$T/hyp"

# ---- by-length table: 25 lines over the six default buckets ----------------------------
: >"$T/src25"; : >"$T/hyp25"; : >"$T/ref25"
for i in $(seq 1 25); do
  n=$(( (i * 7) % 60 + 1 ))                   # source lengths 8..60, some 51+
  seq -s ' ' 1 "$n" >>"$T/src25"
  echo "the cat number $i sat on the mat" >>"$T/hyp25"
  echo "the cat number $i sat on a mat" >>"$T/ref25"
done
expect 0 "$A" score --ref "$T/ref25" --hyp "$T/hyp25" --by-length --src "$T/src25" --format tsv
head -n 1 "$T/out" | grep -qx "$(printf 'bucket\tmin_len\tmax_len\tsentences\tbleu\tchrf')" || fail "TSV header: $(head -n 1 "$T/out")"
rows=$(tail -n +2 "$T/out" | wc -l)
[ "$rows" -eq 6 ] || fail "TSV has $rows bucket rows, expected 6"
sum=$(tail -n +2 "$T/out" | awk -F'\t' '{s += $4} END {print s}')
[ "$sum" -eq 25 ] || fail "bucket counts sum to $sum, expected 25"
want=$(awk '{n = NF; b = n <= 10 ? 1 : n <= 20 ? 2 : n <= 30 ? 3 : n <= 40 ? 4 : n <= 50 ? 5 : 6; c[b]++}
            END {for (b = 1; b <= 6; b++) printf "%d ", c[b] + 0}' "$T/src25")
got=$(tail -n +2 "$T/out" | awk -F'\t' '{printf "%d ", $4}')
[ "$got" = "$want" ] || fail "bucket counts '$got', expected '$want'"
tail -n 1 "$T/out" | grep -q "^51+	51	inf	" || fail "last bucket row: $(tail -n 1 "$T/out")"
# custom buckets: three bounds make four rows; the text table ends with 'all'
expect 0 "$A" score --ref "$T/ref25" --hyp "$T/hyp25" --by-length --src "$T/src25" --buckets 20,40,50 --format tsv
rows=$(tail -n +2 "$T/out" | wc -l)
[ "$rows" -eq 4 ] || fail "--buckets 20,40,50 gave $rows rows, expected 4"
expect 0 "$A" score --ref "$T/ref25" --hyp "$T/hyp25" --by-length --src "$T/src25"
contains "$T/out" "BLEU = " "text by-length output has the overall BLEU"
grep -q "^all  *25 " "$T/out" || fail "text table has no 'all 25' row"

# standard output that cannot be written (a full disk) is an error, not exit 0
if [ -w /dev/full ]; then
  st=0
  "$A" score --ref "$T/ref25" --hyp "$T/hyp25" >/dev/full 2>"$T/full.err" || st=$?
  [ "$st" -eq 1 ] || fail "score > /dev/full exited $st, want 1"
  grep -q "writing standard output failed: No space left on device" "$T/full.err" \
    || fail "score > /dev/full: message '$(cat "$T/full.err")'"
  st=0
  "$A" --version >/dev/full 2>/dev/null || st=$?
  [ "$st" -eq 1 ] || fail "--version > /dev/full exited $st, want 1"
fi

if [ "$fails" -ne 0 ]; then echo "$fails check(s) failed" >&2; exit 1; fi
echo "all checks passed"
