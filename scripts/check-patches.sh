#!/usr/bin/env bash
# checkpatch.pl --strict on every patch (0 errors, warnings and checks, but
# for the reasons in scripts/checkpatch-allow.txt) and a Signed-off-by:
# matching each patch's From:.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

allow=$TOP/scripts/checkpatch-allow.txt
while read -r p; do
	f=$TOP/patches/$p
	out=$(cd "$TREE" && { ./scripts/checkpatch.pl --strict --terse --show-types "$f" 2>&1 || true; })
	bad=$(printf '%s\n' "$out" | { grep -E ':[0-9]+: (ERROR|WARNING|CHECK):' || true; } | while IFS= read -r l; do
		type=$(printf '%s\n' "$l" | sed -E 's/.*: (ERROR|WARNING|CHECK):([A-Z_]+):.*/\2/')
		if ! grep -v '^#' "$allow" | awk -v p="$p" -v t="$type" '$1 == p && $2 == t {f = 1} END {exit !f}'; then
			printf '%s\n' "$l"
		fi
	done)
	if [ -z "$bad" ]; then
		printf 'ok\tcheckpatch --strict %s\n' "$p"
	else
		printf 'not ok\tcheckpatch --strict %s\n' "$p"
		printf '%s\n' "$bad" | sed 's/^/# /' >&2
	fi
	from=$(awk '/^From: / {s = substr($0, 7); while ((getline l) > 0 && l ~ /^[ \t]/) s = s l; print s; exit}' "$f")
	if grep -qxF "Signed-off-by: $from" "$f"; then
		printf 'ok\tSigned-off-by matches From (%s) %s\n' "$from" "$p"
	else
		printf 'not ok\tno Signed-off-by: %s in %s\n' "$from" "$p"
	fi
done < <(series_patches) | write_tap check-patches
