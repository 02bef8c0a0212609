#!/usr/bin/env bash
# sparse (C=2) and W=1 on every kernel C file the series touches that the
# test config builds; a warning the baseline does not also have (compared
# without line numbers) fails, as does any compiler warning of the full
# test kernel build, on either leg.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mapfile -t files < <(touched_files '*.c' ':!tools' ':!Documentation' ':!scripts' ':!samples')
objs=()
for f in "${files[@]}"; do
	[ -f "$OBJ/${f%.c}.o" ] && objs+=("${f%.c}.o")
done
if [ ${#objs[@]} -eq 0 ]; then
	printf 'ok\tsparse/W=1: no kernel C file touched that the test config builds # SKIP\n' |
		write_tap check-build
	exit 0
fi

# Warnings of one compile, without line and column numbers.
warnings() { # srctree objdir obj...
	local tree=$1 obj=$2 o
	shift 2
	# Warnings only show when the file compiles: drop the objects first.
	for o in "$@"; do rm -f "$obj/$o"; done
	make -C "$tree" O="$obj" -j"$JOBS" W=1 C=2 "$@" 2>&1 |
		{ grep -E '^[^ ]+:[0-9]+:([0-9]+:)? (warning|error):' || true; } |
		sed -E -e "s|^$tree/||" -e 's/:[0-9]+:([0-9]+:)? /: /' | LC_ALL=C sort
}

base=$(base_worktree)
bobj=$BUILD/obj-check-base
mkdir -p "$bobj"
cmp -s "$OBJ/.config" "$bobj/.config" || cp "$OBJ/.config" "$bobj/.config"
bobjs=()
for o in "${objs[@]}"; do
	[ -f "$base/${o%.o}.c" ] && bobjs+=("$o")
done
key=$(printf '%s\n' "${bobjs[@]}" | cat - "$bobj/.config" | sha256sum | cut -c1-16)
if [ ! -f "$bobj/warnings-$key" ]; then
	say "check-build: baseline warnings for ${#bobjs[@]} files (kept for later runs)"
	if [ ${#bobjs[@]} -gt 0 ]; then
		make -s -C "$base" O="$bobj" olddefconfig >/dev/null
		warnings "$base" "$bobj" "${bobjs[@]}" >"$bobj/warnings-$key.tmp"
	else
		: >"$bobj/warnings-$key.tmp"
	fi
	mv "$bobj/warnings-$key.tmp" "$bobj/warnings-$key"
fi
warnings "$TREE" "$OBJ" "${objs[@]}" >"$BUILD/logs/check-build.txt"
new=$(LC_ALL=C comm -23 "$BUILD/logs/check-build.txt" "$bobj/warnings-$key")
{
	for o in "${objs[@]}"; do
		c=${o%.o}.c
		tap_new "sparse/W=1: $c" "$(grep -F "$c: " <<<"$new" || true)"
	done
	# A header can warn only in files the series does not touch: the
	# baseline test kernel builds without compiler warnings, so must this.
	tap_new "no compiler warnings in the test kernel build" \
		"$(cat "$BUILD/logs/build-warnings.txt")"
	# And the arm64 leg's, cross-built (make kernel-arm64)
	tap_new "no compiler warnings in the arm64 test kernel build" \
		"$(cat "$BUILD/logs/build-arm64-warnings.txt" 2>&1)"
} | write_tap check-build
