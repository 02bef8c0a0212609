#!/usr/bin/env bash
# Configure and build the x86_64 test kernel (bzImage) out of tree in $OBJ.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

log=$BUILD/logs/build.log
build_bzimage "$TREE" "$OBJ" "$log" "${TEST_FRAGS[@]}"
grep -E '^[^ ]+:[0-9]+:[0-9]+: warning:' "$log" | sort -u >"$BUILD/logs/build-warnings.txt" || true
say "kernel: $OBJ/arch/x86/boot/bzImage ($(wc -l <"$BUILD/logs/build-warnings.txt") compiler warnings)"
