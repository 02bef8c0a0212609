# shellcheck shell=bash
# The arm64 guest: virt with GICv3 and its ITS (the MSI controller) and an
# emulated SMMUv3 in front of the PCIe root complex, a Cortex-A57; QEMU's
# edu DMA engine on the root bus, ivshmem-plain (1 GiB RAM-backed BAR2)
# behind a PCIe root port and the std VGA (a PFNMAP VFIO does not own, as
# on the x86_64 leg) at the same addresses as there.  virt has one PL011
# for the kernel log; the results go to a virtio console (/dev/hvc0),
# which is not behind the SMMU.  TCG.
# Sourced by scripts/boot.sh, which sets KERNEL, INITRD, APPEND,
# CONSOLE_LOG, RESULTS_LOG and SHM_FILE.
# shellcheck disable=SC2034,SC2054 # variables for boot.sh; commas are QEMU option syntax
qemu_bin=qemu-system-aarch64
shm_size=1G
qemu_args=(
	-M virt,gic-version=3,its=on,iommu=smmuv3 -accel "tcg,thread=${TCG_THREAD:-multi}"
	-cpu cortex-a57 -smp 2 -m 2G
	-device VGA,addr=01.0
	-device edu,addr=03.0
	-device pcie-root-port,id=rp1,chassis=1,slot=1,addr=04.0
	-object "memory-backend-file,id=shm,mem-path=$SHM_FILE,size=$shm_size,share=on"
	-device ivshmem-plain,memdev=shm,bus=rp1
	-device virtio-serial-device
	-chardev "file,id=results,path=$RESULTS_LOG"
	-device virtconsole,chardev=results
	-kernel "$KERNEL" -initrd "$INITRD" -append "$APPEND"
	-display none -monitor none -no-reboot -nic none
	-serial "file:$CONSOLE_LOG"
)
