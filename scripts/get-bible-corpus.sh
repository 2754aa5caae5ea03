#!/usr/bin/env bash
# Builds the verse-aligned Spanish-English Bible corpus (Reina-Valera 1909 /
# King James) from Debian's SWORD modules. See docs/corpus.md.
#   scripts/get-bible-corpus.sh [--sample TRAIN,DEV,TEST] [--no-align-filter] OUTDIR
#   scripts/get-bible-corpus.sh [options] --from-imp ES.imp EN.imp OUTDIR
# Writes OUTDIR/{train,dev,test}.{es,en,ref}. Without --from-imp it installs
# sword-text-sparv, sword-text-kjv and libsword-utils if missing (apt-get) and
# exports both modules with mod2imp. --from-imp parses given imp files
# (UTF-8) instead and needs nothing but python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
die() { echo "get-bible-corpus: error: $*" >&2; exit 1; }

pyargs=() from_imp=() outdir=
while (($#)); do
  case $1 in
    --sample) (($# >= 2)) || die "--sample needs TRAIN,DEV,TEST"; pyargs+=(--sample "$2"); shift 2 ;;
    --no-align-filter) pyargs+=(--no-align-filter); shift ;;
    --from-imp) (($# >= 3)) || die "--from-imp needs ES.imp EN.imp"; from_imp=("$2" "$3"); shift 3 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) [ -z "$outdir" ] || die "more than one OUTDIR given ($outdir, $1)"; outdir=$1; shift ;;
  esac
done
[ -n "$outdir" ] || die "usage: $0 [--sample TRAIN,DEV,TEST] [--from-imp ES.imp EN.imp] OUTDIR"
[ -x "$py" ] || die "$py not found (run scripts/setup.sh)"

if ((${#from_imp[@]})); then
  for f in "${from_imp[@]}"; do [ -s "$f" ] || die "imp file $f is missing or empty"; done
  exec "$py" "$here/bible_corpus.py" "${pyargs[@]}" "${from_imp[@]}" "$outdir"
fi

# --- SWORD export ------------------------------------------------------------
packages=(sword-text-sparv sword-text-kjv libsword-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "get-bible-corpus: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi
command -v mod2imp >/dev/null || die "mod2imp not found (package libsword-utils)"

# The module's .conf file: the first mods.d/*.conf whose section is [NAME].
conf_of() {
  local d f
  for d in ${SWORD_PATH:+"$SWORD_PATH/mods.d"} "$HOME/.sword/mods.d" /usr/share/sword/mods.d /usr/local/share/sword/mods.d; do
    [ -d "$d" ] || continue
    for f in "$d"/*.conf; do
      [ -f "$f" ] && grep -qxF "[$1]" "$f" && { echo "$f"; return 0; }
    done
  done
  return 1
}
# First installed module among the candidates (names changed between Debian
# releases: older packages ship SpaRV / KJV).
pick_module() {
  local m
  for m in "$@"; do conf_of "$m" >/dev/null && { echo "$m"; return 0; }; done
  return 1
}
es_mod=${ATTEND_ES_MODULE:-$(pick_module spaRV1909eb SpaRV SpaRV1909)} \
  || die "no Spanish Reina-Valera 1909 module installed (looked for spaRV1909eb, SpaRV; see installmgr -l)"
en_mod=${ATTEND_EN_MODULE:-$(pick_module engKJV2006eb KJV)} \
  || die "no King James module installed (looked for engKJV2006eb, KJV; see installmgr -l)"

encoding_of() {  # python codec name from the .conf's Encoding= (default Latin-1)
  local conf enc
  conf=$(conf_of "$1") || die "no .conf file for module $1"
  enc=$(sed -n 's/^Encoding=//p' "$conf" | tr -d '\r' | head -n1)
  case ${enc,,} in utf-8|utf8) echo utf-8 ;; ""|latin-1|latin1|iso-8859-1) echo latin-1 ;;
    *) echo "${enc}" ;; esac
}

es_enc=$(encoding_of "$es_mod")
en_enc=$(encoding_of "$en_mod")
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bible-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for lang in es en; do
  mod=$([ $lang = es ] && echo "$es_mod" || echo "$en_mod")
  echo "get-bible-corpus: exporting $mod ($lang) with mod2imp" >&2
  if ! mod2imp "$mod" >"$tmp/$lang.imp" 2>"$tmp/$lang.err"; then
    cat "$tmp/$lang.err" >&2
    die "mod2imp $mod failed"
  fi
  grep -q '^\$\$\$' "$tmp/$lang.imp" || die "mod2imp $mod wrote no entries"
done
"$py" "$here/bible_corpus.py" "${pyargs[@]}" \
  --es-encoding "$es_enc" --en-encoding "$en_enc" \
  "$tmp/es.imp" "$tmp/en.imp" "$outdir"
