#!/usr/bin/env bash
# Corpus preparation: (1) the committed sample data/bible obeys the split rule
# and is line-aligned; (2) scripts/get-bible-corpus.sh --from-imp on the
# hand-written fixture tests/data/corpus/{es,en}.imp reproduces the expected
# files (markup stripped, notes and headings dropped, transChange kept, the
# missing/empty verses dropped). Needs only /usr/bin/python3; no SWORD.
set -u
src=${ATTEND_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
tmp=${ATTEND_TMP:-/tmp/attend-test-corpus}
mkdir -p "$tmp"
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
splits=(train dev test)

# --- (1) the committed sample ---------------------------------------------------
sample=$src/data/bible
for s in "${splits[@]}"; do
  for ext in es en ref; do
    [ -s "$sample/$s.$ext" ] || fail "sample file $sample/$s.$ext missing or empty"
  done
  n_ref=$(wc -l <"$sample/$s.ref") n_es=$(wc -l <"$sample/$s.es") n_en=$(wc -l <"$sample/$s.en")
  [ "$n_ref" = "$n_es" ] && [ "$n_ref" = "$n_en" ] \
    || fail "$s: line counts differ (ref $n_ref, es $n_es, en $n_en)"
  for ext in es en ref; do
    empty=$(grep -c -x '[[:space:]]*' "$sample/$s.$ext")
    [ "$empty" = 0 ] || fail "$s.$ext has $empty empty lines"
    grep -q '[<>]' "$sample/$s.$ext" && fail "$s.$ext contains markup (< or >)"
  done
done
[ "$(wc -l <"$sample/train.ref")" = 3000 ] || fail "sample train.ref should have 3000 lines"
[ "$(wc -l <"$sample/dev.ref")" = 300 ] || fail "sample dev.ref should have 300 lines"
[ "$(wc -l <"$sample/test.ref")" = 300 ] || fail "sample test.ref should have 300 lines"

# The split rule, written again here independently of scripts/bible_corpus.py.
/usr/bin/python3 - "$sample" <<'EOF' || fail "split rule check on the sample (see above)"
import hashlib, sys
def split_of(ref):
    n = int(hashlib.md5(ref.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "reserved" if n in (0, 1) else "test" if n <= 5 else "dev" if n <= 7 else "train"
bad, seen = 0, {}
for s in ("train", "dev", "test"):
    with open("%s/%s.ref" % (sys.argv[1], s), encoding="utf-8") as f:
        for line in f:
            ref = line.rstrip("\n")
            got = split_of(ref)
            if got != s:
                bad += 1
                print("FAIL: %r is in %s but the MD5 rule says %s" % (ref, s, got), file=sys.stderr)
            if ref in seen:
                bad += 1
                print("FAIL: %r appears in %s and %s" % (ref, seen[ref], s), file=sys.stderr)
            seen[ref] = s
sys.exit(1 if bad else 0)
EOF

# --- (2) the fixture --------------------------------------------------------------
fx=$src/tests/data/corpus
for mode in plain filtered; do
  out=$tmp/$mode
  rm -rf "$out"
  opt=()
  [ $mode = plain ] && opt=(--no-align-filter)
  if ! bash "$src/scripts/get-bible-corpus.sh" "${opt[@]}" --from-imp "$fx/es.imp" "$fx/en.imp" "$out" >"$tmp/$mode.log" 2>&1; then
    cat "$tmp/$mode.log" >&2
    fail "get-bible-corpus.sh --from-imp ($mode) exited non-zero"
    continue
  fi
  for s in "${splits[@]}"; do
    for ext in es en ref; do
      diff -u "$fx/expected/$mode/$s.$ext" "$out/$s.$ext" >&2 \
        || fail "$mode: $s.$ext differs from tests/data/corpus/expected/$mode/$s.$ext"
    done
  done
  all=$(cat "$out"/*.es "$out"/*.en)
  grep -q '[<>\\¶]' <<<"$all" && fail "$mode: markup, USFM marker or paragraph mark left in the output"
  grep -q 'NOTETEXT' <<<"$all" && fail "$mode: note text leaked"
  grep -q 'HEADINGTEXT' <<<"$all" && fail "$mode: non-canonical title text leaked"
  grep -q 'darkness was upon' <<<"$all" || fail "$mode: transChange word 'was' lost (Genesis 1:2)"
  grep -q 'A Psalm of David. LORD, how' <<<"$all" || fail "$mode: canonical psalm title or divineName lost"
  grep -q '  ' <<<"$all" && fail "$mode: whitespace not collapsed"
  refs=$(cat "$out"/*.ref)
  for r in 'Exodus 2:2' 'Ruth 1:2' 'Jude 1:1' 'Genesis 2:4' 'Genesis 0:0' 'Genesis 1:0'; do
    grep -qx "$r" <<<"$refs" && fail "$mode: $r should have been dropped (missing, empty, reserved or not a verse)"
  done
  grep -q 'missing in es 1, missing in en 1, empty in es 1' "$tmp/$mode.log" \
    || fail "$mode: summary does not report the missing and empty verses"
done
grep -qx 'Mark 1:1' "$tmp/filtered/train.ref" && fail "filtered: length outlier Mark 1:1 kept"
grep -qx 'Exodus 3:1' "$tmp/filtered/train.ref" && fail "filtered: Exodus 3:1 (chapter after a gap) kept"

# Errors: a missing imp file and a non-imp file must fail with a message.
if bash "$src/scripts/get-bible-corpus.sh" --from-imp "$fx/es.imp" "$tmp/nonexistent.imp" "$tmp/err" 2>"$tmp/err.log"; then
  fail "a missing imp file did not fail"
fi
grep -q 'nonexistent.imp' "$tmp/err.log" || fail "error for a missing imp file does not name it"
echo "not an imp file" >"$tmp/bad.imp"
if bash "$src/scripts/get-bible-corpus.sh" --from-imp "$fx/es.imp" "$tmp/bad.imp" "$tmp/err" 2>"$tmp/err.log"; then
  fail "a file without \$\$\$ entries did not fail"
fi
grep -q 'not an imp file' "$tmp/err.log" || fail "error for a non-imp file is unclear: $(cat "$tmp/err.log")"

if ((fails)); then echo "test_corpus: $fails check(s) failed" >&2; exit 1; fi
echo "test_corpus: all checks passed"
