#!/usr/bin/env bash
# Run one stage of the Makefile: print its name and how long it took.  When
# it fails and left no TAP file of its own, record the failure in
# $RESULTS/NAME.tap so the summary counts it.
# Usage: stage.sh NAME COMMAND [ARGS...]
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

name=$1
shift
start=$(date +%s)
printf '\n[%s] %s\n' "$(date +%T)" "$name"
rc=0
"$@" || rc=$?
secs=$(($(date +%s) - start))
if [ "$rc" -eq 0 ]; then
	printf '[%s] %s: done in %ds\n' "$(date +%T)" "$name" "$secs"
	exit 0
fi
printf '[%s] %s: FAILED (exit status %d) after %ds\n' "$(date +%T)" "$name" "$rc" "$secs"
if [ -n "${RESULTS_DIR_ACTIVE:-}" ] && [ ! -f "$RESULTS/$name.tap" ]; then
	printf 'not ok\t%s (stage failed, exit status %d)\n' "$name" "$rc" | write_tap "$name" >/dev/null || true
fi
exit "$rc"
