#!/usr/bin/env bash
# quilt must apply the same series with no fuzz, and give the same files as
# git am: run `quilt push -a --fuzz=0` on a copy of the baseline versions of
# the files the series touches and compare them with the tree's HEAD.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

command -v quilt >/dev/null || die "quilt not found (make deps)"
work=$BUILD/quilt
rm -rf "$work"
mkdir -p "$work" "$BUILD/logs"
mapfile -t all < <(git -C "$TREE" diff --name-only "$BASE_TAG" HEAD)
mapfile -t old < <(git -C "$TREE" ls-tree -r --name-only "$BASE_TAG" -- "${all[@]}")
[ ${#old[@]} -eq 0 ] || git -C "$TREE" archive "$BASE_TAG" -- "${old[@]}" | tar -x -C "$work"
{
	if (cd "$work" && QUILT_PATCHES="$TOP/patches" QUILT_SERIES="$TOP/series" \
		quilt push -a --fuzz=0 -q) >"$BUILD/logs/quilt.log" 2>&1; then
		printf 'ok\tquilt push -a --fuzz=0: %d patches\n' "$(series_patches | wc -l)"
	else
		printf 'not ok\tquilt push -a --fuzz=0 (see %s)\n' "$BUILD/logs/quilt.log"
		tail -5 "$BUILD/logs/quilt.log" | sed 's/^/# /' >&2
	fi
	diffs=0
	for f in "${all[@]}"; do
		if git -C "$TREE" cat-file -e "HEAD:$f" 2>/dev/null; then
			git -C "$TREE" show "HEAD:$f" | cmp -s - "$work/$f" || { echo "# differs: $f" >&2; diffs=$((diffs + 1)); }
		elif [ -e "$work/$f" ]; then
			echo "# left behind by quilt: $f" >&2
			diffs=$((diffs + 1))
		fi
	done
	if [ "$diffs" -eq 0 ]; then
		printf 'ok\tquilt result equals git am result (%d files)\n' "${#all[@]}"
	else
		printf 'not ok\tquilt result differs from git am in %d files\n' "$diffs"
	fi
} | write_tap quilt
