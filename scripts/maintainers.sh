#!/usr/bin/env bash
# shellcheck disable=SC2016 # backquotes are Markdown here
# Regenerate the per-patch get_maintainer.pl section of MAINTAINERS-notes.md
# (between the BEGIN/END markers); the rest of the file is written by hand.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

notes=$TOP/MAINTAINERS-notes.md
begin=$MAINT_BEGIN
end=$MAINT_END
grep -qxF "$begin" "$notes" || die "$notes has no '$begin' marker"
gen=$(mktemp)
trap 'rm -f "$gen"' EXIT
while read -r p; do
	subj=$(awk '/^Subject: / {s = substr($0, 10); while ((getline l) > 0 && l ~ /^[ \t]/) s = s l; print s; exit}' "$TOP/patches/$p")
	printf '### %s\n\n`%s`\n\n```\n' "$subj" "$p"
	(cd "$TREE" && ./scripts/get_maintainer.pl --no-git --no-git-fallback --rolestats "$TOP/patches/$p")
	printf '```\n\n'
done < <(series_patches) >"$gen"
awk -v b="$begin" -v e="$end" -v g="$gen" '
	$0 == b { print; print ""; while ((getline l < g) > 0) print l; skip = 1; next }
	$0 == e { skip = 0 }
	!skip' "$notes" >"$notes.tmp"
mv "$notes.tmp" "$notes"
say "maintainers: $(series_patches | wc -l) patches in $notes"
