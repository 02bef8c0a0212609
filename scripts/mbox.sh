#!/usr/bin/env bash
# Write the series as git send-email would post it: the cover letter 0/N
# first, each message with a Message-Id, the patches In-Reply-To and
# References the cover letter, headers unfolded (b4 0.12 refuses folded
# ones), the cover letter carrying base-commit.  One message per file in
# build/mbox/vfio-series/ (what git send-email takes) and all of them in
# build/mbox/vfio-series.mbox (what b4 am -m takes; body lines starting
# "From " get a ">", which b4's mboxo reader keeps: harmless in the cover
# letter, and check-b4.sh compares the commit messages).  Prints the git
# send-email command,
# with the recipients of MAINTAINERS-notes.md's get_maintainer.pl section;
# sends nothing.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

out=$BUILD/mbox
mbox=$out/vfio-series.mbox
msgs=$out/vfio-series
notes=$TOP/MAINTAINERS-notes.md
cover=0000-cover-letter.patch
[ -f "$TOP/patches/$cover" ] || die "mbox: patches/$cover does not exist"
base=$(git -C "$TREE" rev-parse "$BASE_TAG^{commit}")
mapfile -t files < <(echo "$cover"; series_patches)

# The headers of patch file $1, continuation lines joined.
headers() {
	awk 'NR > 1 && /^$/ { exit }
		NR > 1 && /^[ \t]/ { h = h $0; next }
		{ if (NR > 1) print h; h = $0 }
		END { print h }' "$1"
}

# Message-Ids from the contents of the series, so a changed series gets new ones.
hash=$(for p in "${files[@]}"; do cat "$TOP/patches/$p"; done | sha256sum | cut -c1-12)
addr=$(headers "$TOP/patches/$cover" | sed -n 's/^From: .*<\(.*\)>.*/\1/p')
[ -n "$addr" ] || die "mbox: no 'From: Name <address>' in patches/$cover"
msgid() { echo "<vfio-series-$hash-$1@${addr#*@}>"; }

rm -rf "$out"
mkdir -p "$msgs"
i=0
for p in "${files[@]}"; do
	f=$TOP/patches/$p
	[ -f "$f" ] || die "mbox: series names $p, but patches/$p does not exist"
	{
		headers "$f"
		echo "Message-Id: $(msgid "$i")"
		[ "$i" -eq 0 ] || printf 'In-Reply-To: %s\nReferences: %s\n' "$(msgid 0)" "$(msgid 0)"
		echo
		if [ "$i" -gt 0 ]; then
			sed '1,/^$/d' "$f"
		elif grep -q '^base-commit: ' "$f"; then
			grep -qx "base-commit: $base" "$f" ||
				echo "mbox: the cover letter's base-commit is not $BASE_TAG, using $base" >&2
			sed -e '1,/^$/d' -e "s/^base-commit: .*/base-commit: $base/" "$f"
		else
			sed '1,/^$/d' "$f"
			printf '\nbase-commit: %s\n' "$base"
		fi
	} >"$msgs/$p"
	sed '1!s/^\(>*From \)/>\1/' "$msgs/$p"
	echo
	i=$((i + 1))
done >"$mbox"

# The recipients: maintainers To, everyone else (reviewers, lists) Cc.
recips=$(awk -v b="$MAINT_BEGIN" -v e="$MAINT_END" '$0 == b { on = 1; next } $0 == e { on = 0 }
	on && /^```/ { inb = !inb; next } on && inb' "$notes")
mapfile -t to < <(grep -E '\((maintainer|supporter):' <<<"$recips" | sed 's/ (.*//' | awk '!seen[$0]++')
mapfile -t cc < <(printf '%s\n' "$recips" | sed 's/ (.*//' | awk '!seen[$0]++' | grep -vxF -f <(printf '%s\n' "${to[@]}"))
[ ${#to[@]} -gt 0 ] || die "mbox: no maintainer in the get_maintainer.pl part of $notes (make maintainers)"
q() { printf "'%s'" "${1//\'/\'\\\'\'}"; }

say "mbox: $mbox (cover letter + $((${#files[@]} - 1)) patches, base-commit $base)"
echo "To post it, one message per file of $msgs/ (git send-email is in Debian's git-email; add --dry-run to see what it would send):"
echo "  git send-email --no-thread \\"
for a in "${to[@]}"; do echo "    --to=$(q "$a") \\"; done
for a in "${cc[@]}"; do echo "    --cc=$(q "$a") \\"; done
echo "    $msgs/"
