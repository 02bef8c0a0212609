#!/usr/bin/env bash
# Apply the series with git am onto the baseline, as branch vfio-series.
# Does nothing when the tree already holds exactly this series (a tree left
# by `make patches` counts).  Refuses to touch a tree with uncommitted work.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mkdir -p "$BUILD"
stampf=$BUILD/applied.stamp
want=$(series_stamp)
head=$(git -C "$TREE" rev-parse HEAD)
if [ -f "$stampf" ] && [ "$(cat "$stampf")" = "$want $head" ]; then
	say "apply: $(series_patches | wc -l) patches already applied at $(git -C "$TREE" rev-parse --short HEAD)"
	exit 0
fi

# Never throw away series work that was committed but not exported yet
if [ -f "$stampf" ]; then
	read -r _ old <"$stampf"
	if [ "$head" != "$old" ] && [ "$head" != "$(git -C "$TREE" rev-parse "$BASE_TAG")" ]; then
		die "apply: $TREE is at $(git -C "$TREE" rev-parse --short HEAD), not at the series applied last ($(git -C "$TREE" rev-parse --short "$old")); export new commits with 'make patches', or drop them with 'git -C $TREE reset --hard $old'"
	fi
fi
if [ -n "$(git -C "$TREE" status --porcelain --untracked-files=no)" ]; then
	die "apply: $TREE has uncommitted changes; commit or stash them (make patches exports committed work)"
fi
if [ -d "$(git -C "$TREE" rev-parse --git-path rebase-apply)" ]; then
	git -C "$TREE" am --abort
fi

git -C "$TREE" checkout -q -B "$BRANCH" "$BASE_TAG"
n=0
while read -r p; do
	f=$TOP/patches/$p
	[ -f "$f" ] || die "apply: series names $p, but patches/$p does not exist"
	if ! git -C "$TREE" am -q --no-3way "$f" >"$BUILD/am.log" 2>&1; then
		sed 's/^/    /' "$BUILD/am.log" >&2
		git -C "$TREE" am --abort
		die "apply: patch $p does not apply"
	fi
	n=$((n + 1))
done < <(series_patches)
echo "$want $(git -C "$TREE" rev-parse HEAD)" >"$stampf"
say "apply: $n patches applied on $BASE_TAG ($(git -C "$TREE" rev-parse --short "$BASE_TAG")), HEAD $(git -C "$TREE" rev-parse --short HEAD)"
