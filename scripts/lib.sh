# shellcheck shell=bash
# Common settings for the scripts; sourced, never run.
# shellcheck disable=SC2034
set -euo pipefail

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
KSRC_DEFAULT=$BUILD/linux
TREE=${KSRC:-$KSRC_DEFAULT}
OBJ=${OBJ:-$BUILD/obj}
RESULTS=$BUILD/results
BASE_TAG=vfio-series-base
BRANCH=vfio-series
JOBS=${JOBS:-$(nproc)}

SRC_PKG=linux-source-6.12
SRC_VER=6.12.117-1~deb12u1
SRC_TAR=/usr/src/linux-source-6.12.tar.xz
SRC_SHA256=585a4a074597aefa2b1a68ada83a3184ba351c127544dea80618bbcceaa3961f

# The kernel-config fragments of the test kernel.
TEST_FRAGS=(base.config vfio.config debug.config)

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# The patches named by the series file, in order.
series_patches() {
	grep -vE '^[[:space:]]*(#|$)' "$TOP/series" | awk '{print $1}'
}

# A hash of everything that decides the applied tree.
series_stamp() {
	{
		cat "$TOP/series"
		series_patches | while read -r p; do cat "$TOP/patches/$p"; done
	} | sha256sum | cut -d' ' -f1
}

# Write TAP from "ok|not ok<TAB>description" lines on stdin to $RESULTS/NAME.tap
# (numbered, with the plan; "# ..." lines are kept as diagnostics of the
# result before them), echo the failures and return non-zero if any.
write_tap() {
	local name=$1 f
	f=$RESULTS/$name.tap
	mkdir -p "$RESULTS"
	awk -F'\t' 'BEGIN { print "TAP version 13" }
		/^#/ { l[n] = l[n] "\n" $0; next }
		{ l[++n] = $1 " " n " - " $2 }
		END { print "1.." n; for (i = 1; i <= n; i++) print l[i] }' >"$f"
	grep -E '^not ok' "$f" && return 1
	say "$name: $(grep -cE '^ok' "$f") ok"
}

# Files the series changes (at HEAD of the tree), optionally filtered by a
# git pathspec, e.g. touched_files '*.c'.
touched_files() {
	git -C "$TREE" diff --name-only --diff-filter=d "$BASE_TAG" HEAD -- "$@"
}

# A checkout of the baseline next to the tree, for comparing warnings.
base_worktree() {
	local wt=$BUILD/base-tree
	if [ ! -d "$wt/.git" ] && [ ! -f "$wt/.git" ]; then
		git -C "$TREE" worktree prune
		git -C "$TREE" worktree add -q -f --detach "$wt" "$BASE_TAG" >/dev/null
	fi
	echo "$wt"
}

# A write_tap line for LABEL: ok when NEW (the findings the series added
# over the baseline) is empty, else not ok with the findings on stderr.
tap_new() {
	local label=$1 new=$2
	if [ -z "$new" ]; then
		printf 'ok\t%s\n' "$label"
	else
		printf 'not ok\t%s\n' "$label"
		printf '%s\n' "$new" | sed 's/^/# /' >&2
	fi
}

# Merge the fragments FRAG... (names in kernel-config/) into OBJ/.config and
# build bzImage of TREE in OBJ, the output in LOG; die naming LOG on failure.
build_bzimage() {
	local tree=$1 obj=$2 log=$3
	shift 3
	KSRC=$tree "$TOP/scripts/config.sh" "$obj" "${@/#/$TOP/kernel-config/}"
	mkdir -p "$(dirname "$log")"
	if ! make -C "$tree" O="$obj" -j"$JOBS" bzImage >"$log" 2>&1; then
		grep -E 'error|Error' "$log" | head -20 >&2
		die "kernel build in $obj failed, full log: $log"
	fi
}
