#!/usr/bin/env bash
# Configure and build the x86_64 test kernel (bzImage) out of tree in $OBJ.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

frags=(base.config vfio.config debug.config)
"$TOP/scripts/config.sh" "$OBJ" "${frags[@]/#/$TOP/kernel-config/}"
mkdir -p "$BUILD/logs"
log=$BUILD/logs/build.log
if ! make -C "$TREE" O="$OBJ" -j"$JOBS" bzImage >"$log" 2>&1; then
	grep -E 'error|Error' "$log" | head -20 >&2
	die "kernel build failed, full log: $log"
fi
grep -E '^[^ ]+:[0-9]+:[0-9]+: warning:' "$log" | sort -u >"$BUILD/logs/build-warnings.txt" || true
say "kernel: $OBJ/arch/x86/boot/bzImage ($(wc -l <"$BUILD/logs/build-warnings.txt") compiler warnings)"
