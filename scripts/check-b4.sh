#!/usr/bin/env bash
# Apply the posted series as a reviewer would: `b4 am` (offline, no cache)
# on the mbox of `make mbox` must take every patch and report the base
# commit, and git am of its output on the baseline must give the tree of
# branch vfio-series (git am of patches/).
# Usage: check-b4.sh [MBOX]  (default: the mbox `make mbox` writes, written afresh)
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

command -v b4 >/dev/null || die "b4 not found (make deps)"
mkdir -p "$BUILD/logs"
log=$BUILD/logs/b4.log
: >"$log"
if [ $# -gt 0 ]; then
	mbox=$(realpath "$1")
else
	"$TOP/scripts/mbox.sh" >>"$log"
	mbox=$BUILD/mbox/vfio-series.mbox
fi
out=$BUILD/b4
wt=$BUILD/b4-tree
base=$(git -C "$TREE" rev-parse "$BASE_TAG^{commit}")
n=$(series_patches | wc -l)
rm -rf "$out"
mkdir -p "$out"
if [ -e "$wt/.git" ]; then
	git -C "$wt" am --abort >/dev/null 2>&1 || true
	git -C "$wt" checkout -q -f --detach "$BASE_TAG"
	git -C "$wt" clean -q -fdx
else
	git -C "$TREE" worktree prune
	git -C "$TREE" worktree add -q -f --detach "$wt" "$BASE_TAG" >/dev/null
fi

{
	# In the baseline checkout, so that b4 can find the base commit.
	if (cd "$wt" && XDG_DATA_HOME=$out/data XDG_CACHE_HOME=$out/cache \
		b4 --offline-mode --no-interactive --no-stdin am -C -m "$mbox" \
		-o "$out" --mbox-name vfio-series) >>"$log" 2>&1 &&
		grep -qx "Total patches: $n" "$log"; then
		printf 'ok\tb4 am -m %s: %d patches\n' "${mbox##*/}" "$n"
	else
		printf 'not ok\tb4 am -m %s: not %d patches (see %s)\n' "${mbox##*/}" "$n" "$log"
		tail -5 "$log" | sed 's/^/# /' >&2
	fi
	if grep -qF "Base: using specified base-commit $base" "$log"; then
		printf 'ok\tb4 reports base-commit %s\n' "$base"
	else
		printf 'not ok\tb4 does not report base-commit %s (see %s)\n' "$base" "$log"
		sed -n 's/^\(.*Base:\)/# \1/p' "$log" >&2
	fi
	if [ -f "$out/vfio-series.mbx" ] &&
		git -C "$wt" am -q --no-3way "$out/vfio-series.mbx" >>"$log" 2>&1; then
		printf 'ok\tgit am of b4'\''s mbox applies to %s\n' "$BASE_TAG"
	else
		printf 'not ok\tgit am of b4'\''s mbox does not apply to %s (see %s)\n' "$BASE_TAG" "$log"
		tail -5 "$log" | sed 's/^/# /' >&2
		git -C "$wt" am --abort >/dev/null 2>&1 || true
	fi
	if [ "$(git -C "$wt" rev-parse 'HEAD^{tree}')" = "$(git -C "$TREE" rev-parse "$BRANCH^{tree}")" ]; then
		printf 'ok\tb4 result equals git am of patches/ (tree of %s)\n' "$BRANCH"
	else
		printf 'not ok\tb4 result differs from git am of patches/ (%d files)\n' \
			"$(git -C "$wt" diff --name-only HEAD "$BRANCH" | wc -l)"
	fi
	if [ "$(git -C "$wt" log --format='%an <%ae>%n%B' "$BASE_TAG..HEAD")" = \
		"$(git -C "$TREE" log --format='%an <%ae>%n%B' "$BASE_TAG..$BRANCH")" ]; then
		printf 'ok\tb4 result has the authors and commit messages of patches/\n'
	else
		printf 'not ok\tb4 result differs from patches/ in authors or commit messages\n'
	fi
} | write_tap b4
