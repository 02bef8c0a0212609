# shellcheck shell=bash
# The x86_64 guest: q35 with split irqchip, an emulated Intel IOMMU with
# interrupt remapping and caching mode, QEMU's edu DMA engine on the root
# bus and ivshmem-plain (1 GiB RAM-backed BAR2) behind a PCIe root port.
# TCG only: /dev/kvm is not reliable on the machines this runs on.
# TCG_THREAD=single runs both vCPUs on one host thread (boot.sh sets it
# for the fuzz boot, see there); the default is one thread per vCPU.
# Sourced by scripts/boot.sh, which sets KERNEL, INITRD, APPEND,
# CONSOLE_LOG, RESULTS_LOG and SHM_FILE.
# shellcheck disable=SC2034,SC2054 # variables for boot.sh; commas are QEMU option syntax
qemu_bin=qemu-system-x86_64
shm_size=1G
qemu_args=(
	-M q35,kernel-irqchip=split -accel "tcg,thread=${TCG_THREAD:-multi}" -cpu qemu64 -smp 2 -m 2G
	-device intel-iommu,intremap=on,caching-mode=on
	-device edu,addr=03.0
	-device pcie-root-port,id=rp1,chassis=1,slot=1,addr=04.0
	-object "memory-backend-file,id=shm,mem-path=$SHM_FILE,size=$shm_size,share=on"
	-device ivshmem-plain,memdev=shm,bus=rp1
	-kernel "$KERNEL" -initrd "$INITRD" -append "$APPEND"
	-display none -monitor none -no-reboot
	-serial "file:$CONSOLE_LOG" -serial "file:$RESULTS_LOG"
)
