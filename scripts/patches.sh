#!/usr/bin/env bash
# Regenerate patches/ and series from the tree's commits since the baseline
# (git format-patch --cover-letter --base), keeping the cover letter's
# subject and text.  The tree then counts as applied for this series.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

[ -z "$(git -C "$TREE" status --porcelain --untracked-files=no)" ] ||
	die "patches: $TREE has uncommitted changes"
n=$(git -C "$TREE" rev-list --count "$BASE_TAG..HEAD")
[ "$n" -gt 0 ] || die "patches: no commits on top of $BASE_TAG in $TREE"

cover=$TOP/patches/0000-cover-letter.patch
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git -C "$TREE" format-patch -q --zero-commit --no-signature --cover-letter \
	--base="$BASE_TAG" -o "$tmp" "$BASE_TAG..HEAD"

# Carry the old cover letter's date, subject and blurb into the new one,
# so regenerating an unchanged series changes nothing.
if [ -f "$cover" ]; then
	date=$(grep -m1 '^Date: ' "$cover")
	subject=$(sed -n 's/^Subject: \[PATCH[^]]*\] //p' "$cover" | head -1)
	awk '/^$/ && !body {body = 1; next} body && /^[^ ].* \([0-9]+\):$/ {exit} body' \
		"$cover" >"$tmp/blurb"
	awk -v subj="$subject" -v bf="$tmp/blurb" -v date="$date" '
		/^Date: / && !d { $0 = date; d = 1 }
		/^Subject: / && !s { sub(/\*\*\* SUBJECT HERE \*\*\*/, subj); s = 1 }
		/^\*\*\* BLURB HERE \*\*\*$/ { while ((getline l < bf) > 0) print l; skip = 1; next }
		skip && /^$/ { skip = 0; next }
		{ print }' "$tmp/0000-cover-letter.patch" >"$tmp/cover"
	mv "$tmp/cover" "$tmp/0000-cover-letter.patch"
fi

rm -f "$TOP"/patches/*.patch
mkdir -p "$TOP/patches"
cp "$tmp"/*.patch "$TOP/patches/"
for p in "$TOP"/patches/*.patch; do
	p=${p##*/}
	[ "$p" = 0000-cover-letter.patch ] || echo "$p"
done >"$TOP/series"
echo "$(series_stamp) $(git -C "$TREE" rev-parse HEAD)" >"$BUILD/applied.stamp"
say "patches: $n patches and the cover letter in patches/, series updated"
