#!/usr/bin/env bash
# coccicheck (MODE=report) on every kernel directory holding a C file the
# series touches; a report the baseline does not also have fails.  Reports
# are compared without line numbers, those a report quotes in its text
# included ("preceding lock on line 304" moves when a patch adds lines above
# it).  tools/ is userspace: the semantic patches check kernel APIs, so it is
# left out.  So is mm/: coccicheck covers whole directories, and mm/ twice
# (baseline and series) costs about 25 minutes on two cores for the two small
# functions the series adds there (checkpatch, sparse and W=1 still check
# them).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

command -v spatch >/dev/null || die "spatch not found (install coccinelle: make deps)"
# Directories of touched C files; coccicheck M=dir covers subdirectories.
mapfile -t dirs < <(touched_files '*.c' ':!tools' ':!scripts' ':!mm' | xargs -r -n1 dirname | sort -u |
	awk '{ for (i = 1; i <= n; i++) if (index($0 "/", d[i] "/") == 1) next; d[++n] = $0; print }')
if [ ${#dirs[@]} -eq 0 ]; then
	printf 'ok\tcoccicheck: no kernel C file touched # SKIP\n' | write_tap check-cocci
	exit 0
fi

reports() { # tree dir
	make -C "$1" coccicheck MODE=report M="$2" J="$JOBS" 2>/dev/null |
		{ grep -E '^[^ ]+\.[ch]:[0-9]+' || true; } | sed -E -e 's/:[0-9]+(:[0-9]+)?(-[0-9]+)?:/:/' -e 's/ line [0-9]+/ line N/g' |
		LC_ALL=C sort
}

base=$(base_worktree)
cache=$BUILD/cocci-base
mkdir -p "$cache" "$BUILD/logs"
for d in "${dirs[@]}"; do
	key=$(printf '%s' "$d" | tr / _)
	if [ ! -f "$cache/$key" ]; then
		if [ -d "$base/$d" ]; then
			reports "$base" "$d" >"$cache/$key.tmp"
		else
			: >"$cache/$key.tmp"
		fi
		mv "$cache/$key.tmp" "$cache/$key"
	fi
	# The series' reports, cached by the directory's and the scripts' git trees.
	skey=$(git -C "$TREE" rev-parse "HEAD:$d" "HEAD:scripts/coccinelle" | sha256sum | cut -c1-16)
	if [ ! -f "$cache/$key.$skey" ]; then
		reports "$TREE" "$d" >"$cache/$key.$skey.tmp"
		mv "$cache/$key.$skey.tmp" "$cache/$key.$skey"
	fi
	cp "$cache/$key.$skey" "$BUILD/logs/cocci-$key.txt"
	tap_new "coccicheck: $d" "$(LC_ALL=C comm -23 "$BUILD/logs/cocci-$key.txt" "$cache/$key")"
done | write_tap check-cocci
