#!/usr/bin/env bash
# Turn the guest's output into result lines for write_tap on stdout.
# Usage: parse-guest.sh RESULTS_LOG CONSOLE_LOG QEMU_RC TIME_LIMIT
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

results=$1 console=$2 qemu_rc=$3 limit=$4

awk -v qemu_rc="$qemu_rc" -v limit="$limit" '
function emit(ok, name) { printf "%sok\t%s\n", ok ? "" : "not ", name }
/^### DEVICE / {
	emit($6 == "driver=vfio-pci", "guest: " $5 " " $3 " bound to vfio-pci (" $6 ")")
	next
}
/^### BEGIN / { cur = $3; tlimit = $4; plan = -1; got = 0; bad = 0; next }
/^### END / {
	split($4, r, "=")
	rc = r[2]
	if (rc == 137)
		emit(0, cur ": killed after its " tlimit "s time limit")
	else if (plan < 0 && got == 0)
		emit(0, cur ": no TAP output (exit status " rc ")")
	else if (got < plan)
		emit(0, cur ": " got " of " plan " planned results (exit status " rc ")")
	else if (rc != 0 && bad == 0)
		emit(0, cur ": exit status " rc " without a failed test")
	cur = ""
	next
}
/^### KMEMLEAK$/ { inleak = 1; leaks = 0; next }
/^### KMEMLEAK END$/ {
	inleak = 0
	emit(leaks == 0, "kmemleak: " leaks " unreferenced objects")
	next
}
inleak && /unreferenced object/ { leaks++; next }
/^### DONE$/ { done = 1; next }
cur != "" && /^1\.\.[0-9]+$/ { plan = substr($0, 4) + 0; next }
cur != "" && /^(not )?ok [0-9]+ / {
	ok = ($1 == "ok")
	line = $0
	sub(/^(not )?ok [0-9]+ /, "", line)
	got++
	if (!ok)
		bad++
	emit(ok, cur ": " line)
	next
}
END {
	if (cur != "")
		emit(0, cur ": guest stopped while it ran")
	if (qemu_rc == 124 || qemu_rc == 137)
		emit(0, "guest: did not finish in " limit "s, QEMU killed")
	else if (!done)
		emit(0, "guest: did not reach the end of its tests (QEMU exit status " qemu_rc ")")
}' "$results"

# Kernel log scan: any of these fails the run.  A DMAR fault from a DMA the
# IOMMU blocked is expected by some tests and is not among them.
splat='BUG:|WARNING:|UBSAN:|Oops|general protection fault|Kernel panic|possible circular locking|possible recursive locking|inconsistent lock state|INFO: rcu_[a-z]+ (self-)?detected stall|rcu: INFO:|soft lockup|hard LOCKUP|blocked for more than [0-9]+ seconds|unreferenced object|Call Trace:'
if [ ! -s "$console" ]; then
	printf 'not ok\tkernel_log: no console log\n'
elif hits=$(tr -d '\r' <"$console" | grep -E "$splat"); then
	printf 'not ok\tkernel_log\n'
	printf '%s\n' "$hits" | head -20 | sed 's/^/# /'
else
	printf 'ok\tkernel_log\n'
fi
