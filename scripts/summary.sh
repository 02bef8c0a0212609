#!/usr/bin/env bash
# Add up every TAP file in $RESULTS and print the closing line
# "N passed, N failed[, N skipped]"; exit non-zero on any failure or when
# nothing ran.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

shopt -s nullglob
taps=("$RESULTS"/*.tap)
pass=0 fail=0 skip=0
for t in "${taps[@]}"; do
	p=$(grep -E '^ok ' "$t" | grep -vc '# SKIP' || true)
	s=$(grep -E '^ok ' "$t" | grep -c '# SKIP' || true)
	f=$(grep -cE '^not ok ' "$t" || true)
	printf '  %-28s %4d passed %4d failed %4d skipped\n' "$(basename "$t" .tap)" "$p" "$f" "$s"
	grep -E '^not ok ' "$t" | sed 's/^/      /' || true
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
done
[ ${#taps[@]} -gt 0 ] || fail=$((fail + 1))
if [ "$skip" -gt 0 ]; then
	echo "$pass passed, $fail failed, $skip skipped"
else
	echo "$pass passed, $fail failed"
fi
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
