#!/usr/bin/env bash
# Unpack the pinned Debian linux-source-6.12 and make the deterministic
# baseline commit, tagged vfio-series-base.  With KSRC set, tag the HEAD of
# that tree instead (once).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

if [ -n "${KSRC:-}" ]; then
	git -C "$TREE" rev-parse --git-dir >/dev/null 2>&1 ||
		die "KSRC=$KSRC is not a git tree"
	if ! git -C "$TREE" rev-parse -q --verify "refs/tags/$BASE_TAG" >/dev/null; then
		git -C "$TREE" tag "$BASE_TAG" HEAD
		say "KSRC: tagged HEAD $(git -C "$TREE" rev-parse --short HEAD) as $BASE_TAG"
	fi
	exit 0
fi

if git -C "$TREE" rev-parse -q --verify "refs/tags/$BASE_TAG" >/dev/null 2>&1; then
	say "tree: $TREE at $(git -C "$TREE" rev-parse --short "$BASE_TAG") (reused)"
	exit 0
fi

[ -f "$SRC_TAR" ] || die "$SRC_TAR missing: install $SRC_PKG=$SRC_VER (make deps)"
echo "$SRC_SHA256  $SRC_TAR" | sha256sum -c --quiet - ||
	die "$SRC_TAR: sha256 mismatch, expected $SRC_SHA256"

rm -rf "$TREE" "$TREE.tmp"
mkdir -p "$TREE.tmp"
say "unpacking $SRC_TAR"
tar -xJf "$SRC_TAR" -C "$TREE.tmp" --strip-components=1
# Debian's top-level .gitignore ends by ignoring everything at top level;
# drop that stanza so the baseline is an ordinary kernel tree.
sed -i -e '/^# Debian packaging/,$d' "$TREE.tmp/.gitignore"
sed -i -e '${/^#$/d}' "$TREE.tmp/.gitignore"

say "making the baseline commit"
export GIT_AUTHOR_NAME="linux-source-6.12" GIT_AUTHOR_EMAIL="debian-kernel@lists.debian.org"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
export GIT_AUTHOR_DATE="2025-01-01T00:00:00Z" GIT_COMMITTER_DATE="2025-01-01T00:00:00Z"
git -C "$TREE.tmp" init -q -b master
git -C "$TREE.tmp" config core.autocrlf false
git -C "$TREE.tmp" config gc.auto 0
git -C "$TREE.tmp" add -f -A .
git -C "$TREE.tmp" commit -q --no-verify --no-gpg-sign \
	-m "Linux $SRC_VER (Debian $SRC_PKG)" \
	-m "Unpacked from $(basename "$SRC_TAR") sha256 $SRC_SHA256, with Debian's
top-level ignore-everything .gitignore stanza removed."
git -C "$TREE.tmp" tag "$BASE_TAG"
mv "$TREE.tmp" "$TREE"
say "tree: $TREE baseline $(git -C "$TREE" rev-parse "$BASE_TAG")"
