#!/usr/bin/env bash
# scripts/kernel-doc on every kernel header and C file the series touches;
# a warning the baseline version of the file does not also have fails.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mapfile -t files < <(touched_files '*.h' '*.c' ':!tools' ':!scripts' ':!samples')
if [ ${#files[@]} -eq 0 ]; then
	printf 'ok\tkernel-doc: no kernel header or C file touched # SKIP\n' | write_tap check-kdoc
	exit 0
fi
kdoc() { # file label
	{ "$TREE/scripts/kernel-doc" -none -Wall "$1" 2>&1 || true; } | sed -E "s|^[^ ]*:[0-9]+: |$2: |" | LC_ALL=C sort
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
	mkdir -p "$tmp/$(dirname "$f")"
	if git -C "$TREE" cat-file -e "$BASE_TAG:$f" 2>/dev/null; then
		git -C "$TREE" show "$BASE_TAG:$f" >"$tmp/$f"
		kdoc "$tmp/$f" "$f" >"$tmp/base.txt"
	else
		: >"$tmp/base.txt"
	fi
	kdoc "$TREE/$f" "$f" >"$tmp/new.txt"
	tap_new "kernel-doc: $f" "$(LC_ALL=C comm -23 "$tmp/new.txt" "$tmp/base.txt")"
done | write_tap check-kdoc
