#!/usr/bin/env bash
# Configure and build the leg's test kernel (LEG=x86_64: bzImage, LEG=arm64:
# Image, cross-built) out of tree in $OBJ.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

log=$BUILD/logs/build$LEG_SUFFIX.log
warnings=$BUILD/logs/build$LEG_SUFFIX-warnings.txt
build_kernel "$TREE" "$OBJ" "$log" "${TEST_FRAGS[@]}"
grep -E '^[^ ]+:[0-9]+:[0-9]+: warning:' "$log" | sort -u >"$warnings" || true
say "kernel: $OBJ/$KIMAGE ($(wc -l <"$warnings") compiler warnings)"
