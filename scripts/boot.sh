#!/usr/bin/env bash
# Boot the test kernel in QEMU, run one boot's tests from
# qemu-images/tests.list and turn what the guest printed into
# $RESULTS/boot-MODE.tap.  Exits non-zero on any failure.
#   demo     the demo group (what `make` shows)
#   vfio     the demo and vfio groups
#   iommufd  the iommufd group, with intel_iommu=off (see tests.list)
#   unsafe   the unsafe group, on the kernel in $OBJ (make boot-unsafe
#            points it at the CONFIG_VFIO_IOMMU_TYPE1_UNSAFE_PFNMAP=y build)
#   cost     the RAM map cost probe, on the kernel in $OBJ (make cost)
#   arm64    the demo and arm64 groups on the arm64 leg (LEG=arm64): the
#            virt machine with an SMMUv3, whose MSI doorbells go through a
#            software MSI window
#   fuzz     the dma-buf uAPI fuzz, on single-threaded TCG: QEMU 7.2's
#            tcg_commit() installs a new memory map for every vCPU from
#            the thread that changed it (a BAR moved by a decode toggle,
#            a reset or a rebind), while the other vCPU may still hold TLB
#            entries indexing the old map; its next MMIO store goes to the
#            wrong MemoryRegion (SIGSEGV in memory_region_dispatch_write(),
#            or a lost IOMMU queue tail or LAPIC EOI write: a guest CPU
#            spinning in qi_submit_sync() or taking no more interrupts).
#            Fixed in QEMU 8.1 ("softmmu: Use async_run_on_cpu in
#            tcg_commit"); with one TCG thread the other vCPU is never
#            running while the map changes.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

mode=${1:-demo}
must_run=
case "$mode" in
demo) groups=demo extra= ;;
vfio)
	groups=demo,vfio extra=
	# What guards the type1 and dma-buf review fixes, which a missing
	# config option or device would otherwise turn into a silent skip
	must_run="type1.mdev_container_without_domain type1.map_cost
		type1.ram_map_one_mmap_read_lock type1.foreign_pfnmap_refused
		type1.map_inside_mmap type1.low_power_keeps_mapping
		p2p.one_container.dma_lands_in_bar
		p2p.two_containers.close_removes_mapping
		dmabuf.vma_maps_share_export park.edu.parked_before_bind
		park.mtty.parked_before_bind park.edu.pasid_attach_refused
		edu.sva_bind_refused msi.type1_fixed_window_refused
		msi.iommufd_fixed_window_refused"
	;;
iommufd)
	groups=iommufd extra=intel_iommu=off
	# The SVA tests, which a mock without SVA would turn into skips
	must_run="iommufd_sva.rw_and_faults iommufd_sva.child_exits
		basic_fail_nth.sva"
	;;
unsafe)
	groups=unsafe extra=
	must_run=type1.foreign_pfnmap_unsafe_taints_once
	;;
cost) groups=cost extra= ;;
arm64)
	[ "$LEG" = arm64 ] || die "boot: mode arm64 is for LEG=arm64"
	groups=demo,arm64 extra=
	# The MSI window tests and the P2P suites through the SMMUv3
	must_run="msi.type1_window_dma_and_msi msi.type1_two_windows
		msi.type1_unmap_all_keeps_window msi.iommufd_window_dma_and_msi
		msi.iommufd_option_rules msi.iommufd_hwpt_shares_window
		p2p.one_container.dma_lands_in_bar
		dmabuf.vma_maps_share_export"
	;;
fuzz)
	groups=fuzz extra=
	TCG_THREAD=single
	must_run=fuzz.two_threads
	;;
*) die "boot: unknown mode $mode (demo, vfio, iommufd, unsafe, cost, fuzz or arm64)" ;;
esac
if [ "$LEG" = arm64 ] && [ "$mode" != arm64 ]; then
	die "boot: LEG=arm64 boots mode arm64 only"
fi
machine=$TOP/qemu-images/machine-$LEG.sh
out=$BUILD/boot-$mode
mkdir -p "$out" "$RESULTS"
KERNEL=$OBJ/$KIMAGE
CONSOLE_LOG=$out/console.log
RESULTS_LOG=$out/results.log
SHM_FILE=$out/ivshmem.bin
APPEND="console=$CONSOLE_TTY panic=-1 rdinit=/init vfio_tests=$groups vfio_results=$RESULTS_TTY $extra"
# shellcheck source=qemu-images/machine-x86_64.sh
. "$machine"
command -v "$qemu_bin" >/dev/null || die "$qemu_bin not found (make deps)"

# Time limit: boot allowance plus every selected test's own limit
# (BOOT_TIMEOUT=seconds overrides it).
limit=${BOOT_TIMEOUT:-}
[ -n "$limit" ] || limit=$(awk -v g=",$groups," '!/^#/ && NF >= 4 && index(g, "," $1 ",") {s += $2} END {print s + 180}' \
	"$TOP/qemu-images/tests.list")
tap=$RESULTS/boot-$mode.tap
# A passing run is kept under a key over everything that decides it; with
# the same key it is reused instead of booting again (FORCE=1 boots anyway).
# The demo always boots: showing it is its point.
key=$({
	cat "$KERNEL" "$INITRD" "$machine" "$0" \
		"$TOP/scripts/parse-guest.sh"
	echo "$mode $limit $APPEND"
	"$qemu_bin" --version
} | sha256sum | cut -c1-16)
cached=$out/pass-$key.tap
if [ "$mode" != demo ] && [ -z "${FORCE:-}" ] && [ -f "$cached" ]; then
	cp "$cached" "$tap"
	say "boot[$mode]: kernel, initramfs and machine unchanged since the passing run of $(date -r "$cached" '+%F %T'): $(grep -cE '^ok ' "$tap") ok reused (FORCE=1 to boot again)"
	exit 0
fi
rm -f "$out"/pass-*.tap "$CONSOLE_LOG" "$RESULTS_LOG" "$SHM_FILE"
truncate -s "$shm_size" "$SHM_FILE"
say "boot[$mode]: $qemu_bin, time limit ${limit}s, logs in $out"
rc=0
timeout -k 10 "$limit" "$qemu_bin" "${qemu_args[@]}" >"$out/qemu.log" 2>&1 || rc=$?
rm -f "$SHM_FILE"
tr -d '\r' <"$RESULTS_LOG" >"$RESULTS_LOG.txt"

# The demo shows the guest's TAP but for the harness's RUN/OK lines and
# the TAP headers and plans.
if [ "$mode" = demo ]; then
	grep -vE '^(# )?(TAP version|1\.\.[0-9])|^# timeout set to|^# # +(RUN|OK) ' "$RESULTS_LOG.txt" | sed 's/^/    /' || true
fi
{
	"$TOP/scripts/parse-guest.sh" "$RESULTS_LOG.txt" "$CONSOLE_LOG" "$rc" "$limit"
	# The tests this boot is for must have run, not skipped (a program's
	# results are "# "-prefixed in the guest's TAP)
	for t in $must_run; do
		if grep -E "^# ok [0-9]+ $t\$" "$RESULTS_LOG.txt" >/dev/null; then
			printf 'ok\t%s ran (not skipped)\n' "$t"
		else
			printf 'not ok\t%s ran (not skipped)\n' "$t"
		fi
	done
} | write_tap "boot-$mode"
cp "$tap" "$cached"
