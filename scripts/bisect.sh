#!/usr/bin/env bash
# Build after every patch of the series, in order (incremental, in each
# leg's object directory), and name the first patch that does not build.
# The x86_64 kernel is built, and so is every kselftest dir of tests.list
# that exists at that patch, and the arm64 kernel (cross-built).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

"$TOP/scripts/apply.sh"
[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
	die "bisect: $TREE has uncommitted changes"
tip=$(git -C "$TREE" symbolic-ref -q --short HEAD || git -C "$TREE" rev-parse HEAD)
mapfile -t commits < <(git -C "$TREE" rev-list --reverse "$BASE_TAG..HEAD")
restore() { git -C "$TREE" checkout -q "$tip"; }
trap restore EXIT

i=0
rm -f "$BUILD/bisect.lines"
for c in "${commits[@]}"; do
	i=$((i + 1))
	subj=$(git -C "$TREE" log -1 --format=%s "$c")
	git -C "$TREE" checkout -q --detach "$c"
	start=$(date +%s)
	if ! "$TOP/scripts/build.sh" >/dev/null || ! SELFTESTS_PRESENT_ONLY=1 "$TOP/scripts/selftests.sh" >/dev/null ||
		! LEG=arm64 "$TOP/scripts/build.sh" >/dev/null; then
		printf 'not ok\t%d/%d %s\n' "$i" "${#commits[@]}" "$subj" | write_tap bisect || true
		die "bisect: first patch that does not build: $i/${#commits[@]} \"$subj\""
	fi
	say "bisect: $i/${#commits[@]} builds ($(($(date +%s) - start))s): $subj"
	printf 'ok\t%d/%d %s\n' "$i" "${#commits[@]}" "$subj" >>"$BUILD/bisect.lines"
done
write_tap bisect <"$BUILD/bisect.lines"
rm -f "$BUILD/bisect.lines"
