#!/usr/bin/env bash
# The cost of mapping RAM, series against baseline: build 6.12.117 (the
# baseline tag, with the test kernel's config) in $BUILD/obj-base, then boot
# the cost probe (qemu-images/ram_map_cost.c) on it and on the series kernel,
# COST_BOOTS times each (default 3), alternating, and print per path and size
# the best time of each kernel and their ratio.  A measurement, not a test:
# `make test` does not run it.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

base_obj=$BUILD/obj-base
wt=$(base_worktree)
frags=(base.config vfio.config debug.config)
KSRC=$wt "$TOP/scripts/config.sh" "$base_obj" "${frags[@]/#/$TOP/kernel-config/}"
log=$BUILD/logs/build-base.log
mkdir -p "$BUILD/logs"
say "cost: building 6.12.117 in $base_obj"
make -C "$wt" O="$base_obj" -j"$JOBS" bzImage >"$log" 2>&1 ||
	die "baseline kernel build failed, full log: $log"

out=$BUILD/cost
rm -rf "$out"
mkdir -p "$out"
for i in $(seq "${COST_BOOTS:-3}"); do
	for k in base series; do
		obj=$OBJ
		[ "$k" = base ] && obj=$base_obj
		OBJ=$obj FORCE=1 "$TOP/scripts/boot.sh" cost >/dev/null ||
			die "cost boot $i of $k failed, see $BUILD/boot-cost"
		grep '^# cost ' "$BUILD/boot-cost/results.log.txt" |
			sed "s/^# cost /$k /" >>"$out/times.txt" ||
			die "no cost lines from boot $i of $k, see $BUILD/boot-cost"
	done
done
# Per path and size: each kernel's best and worst boot (a boot's number is
# already its best of 7 rounds), and the ratio of the bests.
awk '{ k = $2 " " $3; t = $4
	if (!(k in order)) { order[k] = ++n; keys[n] = k }
	if (!((k, $1) in lo) || t < lo[k, $1]) lo[k, $1] = t
	if (!((k, $1) in hi) || t > hi[k, $1]) hi[k, $1] = t }
END { printf "%-8s %10s %21s %21s %7s\n", "path", "bytes", "6.12.117 us (worst)", "series us (worst)", "ratio"
	for (i = 1; i <= n; i++) { k = keys[i]; split(k, p, " ")
		printf "%-8s %10s %12.1f (%6.1f) %12.1f (%6.1f) %7.3f\n", p[1], p[2],
			lo[k, "base"], hi[k, "base"], lo[k, "series"], hi[k, "series"],
			lo[k, "series"] / lo[k, "base"] } }' \
	"$out/times.txt" | tee "$out/summary.txt"
