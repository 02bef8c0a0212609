# The one entry point.  `make` sets up, applies the series, builds the test
# kernel and boots the demo; `make test` runs the full verification and ends
# with "N passed, N failed".  See README.md.

SHELL := /bin/bash
BUILD ?= $(CURDIR)/build
export BUILD KSRC JOBS

S := scripts
STAGE := $(S)/stage.sh
RESULTS := $(BUILD)/results

.PHONY: all deps tree apply kernel selftests initramfs demo test test-stages \
	boot boot-vfio boot-iommufd boot-fuzz boot-unsafe kernel-unsafe \
	kernel-arm64 selftests-arm64 busybox-arm64 initramfs-arm64 boot-arm64 kunit quilt-check check check-patches check-build check-cocci \
	check-kdoc check-scripts check-b4 patches bisect cost maintainers mbox clean distclean

all: demo

deps:
	@$(STAGE) deps $(S)/deps.sh

tree: deps
	@$(STAGE) tree $(S)/fetch-tree.sh

apply: tree
	@$(STAGE) apply $(S)/apply.sh

kernel: apply
	@$(STAGE) kernel $(S)/build.sh

selftests: kernel
	@$(STAGE) selftests $(S)/selftests.sh

initramfs: selftests
	@$(STAGE) initramfs $(S)/initramfs.sh

demo: kernel initramfs
	@$(STAGE) demo $(S)/boot.sh demo

# Full verification: every stage runs (make -k) even when an earlier one
# failed, then the summary adds up $(RESULTS)/*.tap.
test:
	@rm -rf $(RESULTS) && mkdir -p $(RESULTS)
	@start=$$(date +%s); \
	RESULTS_DIR_ACTIVE=1 $(MAKE) --no-print-directory -k test-stages || true; \
	echo; echo "make test: $$(( $$(date +%s) - start ))s, results in $(RESULTS)"; \
	$(S)/summary.sh

test-stages: boot kunit quilt-check check

boot: boot-vfio boot-iommufd boot-fuzz boot-unsafe boot-arm64

boot-vfio boot-iommufd boot-fuzz: boot-%: kernel initramfs
	@$(STAGE) boot-$* $(S)/boot.sh $*

# The test kernel again with CONFIG_VFIO_IOMMU_TYPE1_UNSAFE_PFNMAP=y, booted
# for the tests of what that option keeps.
kernel-unsafe: kernel
	@$(STAGE) kernel-unsafe $(S)/build-unsafe.sh

boot-unsafe: kernel-unsafe initramfs
	@OBJ=$(BUILD)/obj-unsafe $(STAGE) boot-unsafe $(S)/boot.sh unsafe

# The arm64 leg: the same tree cross-built for the virt machine with an
# SMMUv3 (qemu-images/machine-arm64.sh), its selftests and initramfs.
kernel-arm64: apply
	@LEG=arm64 $(STAGE) kernel-arm64 $(S)/build.sh

selftests-arm64: kernel-arm64
	@LEG=arm64 $(STAGE) selftests-arm64 $(S)/selftests.sh

busybox-arm64: deps
	@$(STAGE) busybox-arm64 $(S)/busybox-arm64.sh

initramfs-arm64: selftests-arm64 busybox-arm64
	@LEG=arm64 $(STAGE) initramfs-arm64 $(S)/initramfs.sh

boot-arm64: kernel-arm64 initramfs-arm64
	@LEG=arm64 $(STAGE) boot-arm64 $(S)/boot.sh arm64

kunit: apply
	@$(STAGE) kunit $(S)/kunit.sh

quilt-check: apply
	@$(STAGE) quilt $(S)/quilt-check.sh

check: check-patches check-build check-cocci check-kdoc check-scripts check-b4

check-patches: apply
	@$(STAGE) check-patches $(S)/check-patches.sh

check-build: kernel kernel-arm64
	@$(STAGE) check-build $(S)/check-build.sh

check-cocci: apply
	@$(STAGE) check-cocci $(S)/check-cocci.sh

check-kdoc: apply
	@$(STAGE) check-kdoc $(S)/check-kdoc.sh

check-scripts: deps
	@$(STAGE) check-scripts $(S)/check-scripts.sh

# b4 am of the mbox `make mbox` writes, as a reviewer applies the posting.
check-b4: apply
	@$(STAGE) b4 $(S)/check-b4.sh

# Developer targets.
patches:
	@$(S)/patches.sh

bisect: tree
	@$(STAGE) bisect $(S)/bisect.sh

cost: kernel initramfs
	@$(STAGE) cost $(S)/cost.sh

maintainers: apply
	@$(S)/maintainers.sh

mbox: apply
	@$(S)/mbox.sh

clean:
	rm -rf $(BUILD)/obj $(BUILD)/obj-unsafe $(BUILD)/obj-arm64 $(BUILD)/obj-cost-* $(BUILD)/cost $(BUILD)/obj-check* $(BUILD)/kunit \
		$(BUILD)/selftests $(BUILD)/selftests-arm64 $(BUILD)/busybox-arm64 $(BUILD)/tree-config* \
		$(BUILD)/initramfs* $(BUILD)/boot-* $(RESULTS) $(BUILD)/logs \
		$(BUILD)/mbox $(BUILD)/b4

distclean:
	rm -rf $(BUILD)
