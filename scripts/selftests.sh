#!/usr/bin/env bash
# Build the guest's kselftest programs (every dir named in
# qemu-images/tests.list) statically against the patched tree's uAPI.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mkdir -p "$BUILD/logs"
log=$BUILD/logs/selftests.log
make -s -C "$TREE" O="$OBJ" headers >"$log" 2>&1 || die "make headers failed, see $log"
while read -r dir; do
	if [ -n "${SELFTESTS_PRESENT_ONLY:-}" ] && [ ! -d "$TREE/tools/testing/selftests/$dir" ]; then
		continue
	fi
	out=$BUILD/selftests/$dir
	mkdir -p "$out"
	if ! make -C "$TREE/tools/testing/selftests/$dir" OUTPUT="$out" \
		KHDR_INCLUDES="-isystem $OBJ/usr/include" LDFLAGS=-static >>"$log" 2>&1; then
		grep -E 'error|warning' "$log" | head -20 >&2
		die "selftests/$dir does not build, see $log"
	fi
	if grep -E 'warning:' "$log"; then
		die "selftests/$dir builds with warnings, see $log"
	fi
done < <(grep -v '^#' "$TOP/qemu-images/tests.list" | awk 'NF {print $3}' | sort -u | grep -vx cost)
# The RAM map cost probe of `make cost` (scripts/cost.sh), a program of ours.
mkdir -p "$BUILD/selftests/cost"
gcc -O2 -Wall -Werror -static -isystem "$OBJ/usr/include" \
	-o "$BUILD/selftests/cost/ram_map_cost" "$TOP/qemu-images/ram_map_cost.c" ||
	die "qemu-images/ram_map_cost.c does not build"
say "selftests: $(grep -vc '^#' "$TOP/qemu-images/tests.list") programs in $BUILD/selftests"
