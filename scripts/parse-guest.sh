#!/usr/bin/env bash
# Turn the guest's output into result lines for write_tap on stdout: its
# TAP, that it finished, and the kernel log.
# Usage: parse-guest.sh RESULTS_LOG CONSOLE_LOG QEMU_RC TIME_LIMIT
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

results=$1 console=$2 qemu_rc=$3 limit=$4

# The guest prints TAP (the format is at the top of qemu-images/init): its
# own points (vfio-pci bound, a test program's exit status, kmemleak) each
# become a result, DIR/PROG for a program, and so does every result a
# program printed, as "DIR/PROG: NAME".  A program also fails when it printed
# no TAP or fewer results than its plan; the guest when it printed fewer
# points than its plan.
awk -v qemu_rc="$qemu_rc" -v limit="$limit" '
function emit(ok, name) { printf "%sok\t%s\n", ok ? "" : "not ", name }
/^1\.\.[0-9]+$/ { plan = substr($0, 4) + 0; next }
/^# selftests: [^ ]+: [^ ]+$/ {
	cur = substr($3, 1, length($3) - 1) "/" $4
	subplan = -1; got = 0
	next
}
cur != "" && /^# 1\.\.[0-9]+$/ && subplan < 0 { subplan = substr($0, 6) + 0; next }
cur != "" && /^# (not )?ok [0-9]+ / {
	line = $0
	sub(/^# (not )?ok [0-9]+ /, "", line)
	got++
	emit($2 == "ok", cur ": " line)
	next
}
/^(not )?ok [0-9]+ / {
	points++
	ok = $1 == "ok"
	line = $0
	sub(/^(not )?ok [0-9]+ /, "", line)
	if (line ~ /^selftests: / && cur != "") {
		# "selftests: DIR: PROG" and the directive, if any
		sub(/^selftests: [^ ]+: [^ #]+/, "", line)
		why = ""
		if (subplan < 0 && got == 0)
			why = ": no TAP output"
		else if (got < subplan)
			why = ": " got " of " subplan " planned results"
		emit(ok && why == "", cur why line)
		cur = ""
	} else {
		emit(ok, line)
	}
	next
}
END {
	if (cur != "")
		emit(0, cur ": guest stopped while it ran")
	if (qemu_rc == 124 || qemu_rc == 137)
		emit(0, "guest: did not finish in " limit "s, QEMU killed")
	else if (points < plan || plan == "")
		emit(0, "guest: stopped after " points + 0 " of " (plan == "" ? "?" : plan) " points (QEMU exit status " qemu_rc ")")
	else if (qemu_rc != 0)
		emit(0, "guest: QEMU exit status " qemu_rc)
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
