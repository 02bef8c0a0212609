#!/usr/bin/env bash
# The cost of mapping RAM, series against baseline: build 6.12.117 (the
# baseline tag) and the series with the test kernel's config but without
# debug.config (KASAN, lockdep and kmemleak would dominate what is timed), in
# $BUILD/obj-cost-base and $BUILD/obj-cost-series; then boot the cost probe
# (qemu-images/ram_map_cost.c) on each, COST_BOOTS times (default 5),
# alternating, and print per path and size each kernel's best and worst boot
# and the ratio of the bests and of the medians.  A measurement, not a test:
# `make test` does not run it.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

for k in base series; do
	tree=$TREE
	[ "$k" = base ] && tree=$(base_worktree)
	say "cost: building the $k kernel in $BUILD/obj-cost-$k"
	build_kernel "$tree" "$BUILD/obj-cost-$k" "$BUILD/logs/build-cost-$k.log" \
		base.config vfio.config
done

out=$BUILD/cost
rm -rf "$out"
mkdir -p "$out"
for i in $(seq "${COST_BOOTS:-5}"); do
	for k in base series; do
		OBJ=$BUILD/obj-cost-$k FORCE=1 "$TOP/scripts/boot.sh" cost >/dev/null ||
			die "cost boot $i of $k failed, see $BUILD/boot-cost"
		# The probe's "# cost ..." lines, "# "-prefixed once more by init
		grep '^# # cost ' "$BUILD/boot-cost/results.log.txt" |
			sed "s/^# # cost /$k /" >>"$out/times.txt" ||
			die "no cost lines from boot $i of $k, see $BUILD/boot-cost"
	done
done
# Per path and size: each kernel's best and worst boot (a boot's number is
# already its best of 7 rounds), the ratio of the bests and of the medians.
awk '{ k = $2 " " $3
	if (!(k in seen)) { seen[k] = 1; keys[++n] = k }
	c = ++cnt[k, $1]; v[k, $1, c] = $4 }
function med(k, w,   i, j, t, m, a) {
	m = cnt[k, w]
	for (i = 1; i <= m; i++) a[i] = v[k, w, i]
	for (i = 2; i <= m; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
	lo[w] = a[1]; hi[w] = a[m]
	return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
END { printf "%-8s %10s %25s %25s %7s %7s\n", "path", "bytes", "6.12.117 us best (worst)", "series us best (worst)", "best", "median"
	for (i = 1; i <= n; i++) { k = keys[i]; split(k, p, " ")
		mb = med(k, "base"); ms = med(k, "series")
		printf "%-8s %10s %14.1f (%8.1f) %14.1f (%8.1f) %7.3f %7.3f\n", p[1], p[2],
			lo["base"], hi["base"], lo["series"], hi["series"], lo["series"] / lo["base"], ms / mb } }' \
	"$out/times.txt" | tee "$out/summary.txt"
