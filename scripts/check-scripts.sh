#!/usr/bin/env bash
# Run shellcheck on the harness scripts.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

command -v shellcheck >/dev/null || die "shellcheck not found (make deps)"
cd "$TOP"
for f in scripts/*.sh qemu-images/init qemu-images/*.sh .ci/run; do
	if shellcheck -x "$f" >&2; then
		printf 'ok\tshellcheck %s\n' "$f"
	else
		printf 'not ok\tshellcheck %s\n' "$f"
	fi
done | write_tap check-scripts
