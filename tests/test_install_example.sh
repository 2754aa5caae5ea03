# Installs the build into a scratch prefix, compiles examples/translate.c
# against the INSTALLED headers and static library with pkg-config (nothing
# from the source or build tree on the compiler's paths), and runs it on a
# small checkpoint made by $ATTEND_MKCKPT.
set -u
: "${ATTEND_SRC:?}" "${ATTEND_TMP:?}" "${ATTEND_MKCKPT:?}" "${ATTEND_BUILD:?}"
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$ATTEND_TMP" && cd "$ATTEND_TMP" || exit 1
rm -rf prefix example example.out
prefix=$ATTEND_TMP/prefix

cmake --install "$ATTEND_BUILD" --prefix "$prefix" >install.log 2>&1 || { cat install.log >&2; fail "cmake --install"; }
for f in bin/attend lib/libattend.a lib/pkgconfig/attend.pc include/attend/core/core.h \
         include/attend/model/model.h include/attend/decoder/decoder.h include/attend/tokenizer/tokenizer.h; do
  [ -e "$prefix/$f" ] || fail "not installed: $f"
done

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
flags=$(pkg-config --cflags --libs --static attend) || fail "pkg-config attend"
echo "flags: $flags"
rest=${flags//$prefix/}  # the scratch prefix itself lies inside the build tree
case "$rest" in *"$ATTEND_SRC"*|*"$ATTEND_BUILD"*) fail "pkg-config points into the source or build tree: $flags" ;; esac
[ "$(pkg-config --modversion attend)" = "$("$prefix/bin/attend" --version | awk '{print $2}')" ] ||
  fail "pkg-config version $(pkg-config --modversion attend) differs from attend --version"

# every header the installed headers include must be installed too
for h in $(find "$prefix/include/attend" -name '*.h'); do
  for inc in $(sed -n 's/^#include "\(.*\)"/\1/p' "$h"); do
    [ -e "$prefix/include/attend/$inc" ] || fail "$h includes \"$inc\", which is not installed"
  done
done

# a sanitizer build's library needs the sanitizer runtimes in the program too
san=
grep -q '^ATTEND_SANITIZE:BOOL=ON' "$ATTEND_BUILD/CMakeCache.txt" && san="-fsanitize=address,undefined"
# shellcheck disable=SC2086
cc -std=c11 -Wall -Wextra -Werror $san "$ATTEND_SRC/examples/translate.c" -o example $flags 2>cc.log ||
  { cat cc.log >&2; fail "compiling examples/translate.c against the installed library"; }

# a briefly trained model is enough here (only the API is checked)
"$ATTEND_MKCKPT" "$ATTEND_SRC" model.h5 30 2>mk.err || { cat mk.err >&2; fail "cannot make the test checkpoint"; }
./example model.h5 "Y dijo Dios: Sea la luz." "" "Y vió Dios que la luz era buena." >example.out 2>example.err ||
  { cat example.err >&2; fail "the example failed"; }
cat example.out
[ "$(grep -c '^source ' example.out)" -eq 3 ] || fail "expected 3 sources in the output"
[ "$(grep -c '^  [123]\. .*\[score -[0-9.]*, log-probability -[0-9.]*\]$' example.out)" -eq 6 ] ||
  fail "expected 3 scored hypotheses for each of the 2 non-empty sentences"
./example missing.h5 >/dev/null 2>err.txt && fail "the example succeeded on a missing checkpoint"
grep -q "missing.h5" err.txt || fail "error message does not name the file: $(cat err.txt)"
echo "all checks passed"
