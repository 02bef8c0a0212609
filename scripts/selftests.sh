#!/usr/bin/env bash
# Build the guest's kselftest programs (every dir the leg's groups of
# qemu-images/tests.list name) statically against the patched tree's uAPI,
# into $SELFTESTS (cross-built for LEG=arm64: lib.mk takes CROSS_COMPILE).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mkdir -p "$BUILD/logs"
log=$BUILD/logs/selftests$LEG_SUFFIX.log
make -s -C "$TREE" O="$OBJ" headers >"$log" 2>&1 || die "make headers failed, see $log"
while read -r dir; do
	if [ -n "${SELFTESTS_PRESENT_ONLY:-}" ] && [ ! -d "$TREE/tools/testing/selftests/$dir" ]; then
		continue
	fi
	out=$SELFTESTS/$dir
	mkdir -p "$out"
	if ! make -C "$TREE/tools/testing/selftests/$dir" OUTPUT="$out" \
		KHDR_INCLUDES="-isystem $OBJ/usr/include" LDFLAGS=-static >>"$log" 2>&1; then
		grep -E 'error|warning' "$log" | head -20 >&2
		die "selftests/$dir does not build, see $log"
	fi
	if grep -E 'warning:' "$log"; then
		die "selftests/$dir builds with warnings, see $log"
	fi
done < <(leg_tests | awk '{print $3}' | sort -u | grep -vx cost)
# The RAM map cost probe of `make cost` (scripts/cost.sh), a program of ours.
if leg_tests | grep -q '^cost'; then
	mkdir -p "$SELFTESTS/cost"
	gcc -O2 -Wall -Werror -static -isystem "$OBJ/usr/include" \
		-o "$SELFTESTS/cost/ram_map_cost" "$TOP/qemu-images/ram_map_cost.c" ||
		die "qemu-images/ram_map_cost.c does not build"
fi
say "selftests: $(leg_tests | wc -l) programs in $SELFTESTS"
