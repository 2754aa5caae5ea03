#!/usr/bin/env bash
# The kill -9 soak, short (issue 13): scripts/kill-soak.sh with 8 SIGKILLs at
# random moments (seed 13) of a tiny training run saving every 2 steps, each
# followed by --resume; the final last.h5 and best.h5 must equal an
# uninterrupted run's bitwise, every checkpoint a kill leaves must load, and
# no temporary file may remain. The 50-kill run is in docs/reliability.md.
set -u
: "${ATTEND:?}" "${ATTEND_SRC:?}" "${ATTEND_TMP:?}"
rm -rf "$ATTEND_TMP" && mkdir -p "$ATTEND_TMP"
out=$(ATTEND="$ATTEND" bash "$ATTEND_SRC/scripts/kill-soak.sh" 8 13 "$ATTEND_TMP" 2>&1); rc=$?
echo "$out"
[ $rc -eq 0 ] || { echo "FAIL: kill-soak.sh exited with $rc" >&2; exit 1; }
echo "$out" | grep -q '^kill-soak: 8 kills (seed 13), final checkpoint bitwise equal' || { echo "FAIL: no verdict line" >&2; exit 1; }
# a usage error is one
ATTEND="$ATTEND" bash "$ATTEND_SRC/scripts/kill-soak.sh" eight 1 "$ATTEND_TMP/x" 2>/dev/null; rc=$?
[ $rc -eq 2 ] || { echo "FAIL: kill-soak.sh eight 1: exit $rc, expected 2" >&2; exit 1; }
echo "test_cli_kill_soak: all passed"
