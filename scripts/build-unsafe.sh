#!/usr/bin/env bash
# Build the test kernel once more with CONFIG_VFIO_IOMMU_TYPE1_UNSAFE_PFNMAP=y
# in $BUILD/obj-unsafe.  It starts from a copy of $OBJ, so only what the
# option reaches is compiled again and the kernel is otherwise the same.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

unsafe=$BUILD/obj-unsafe
[ "$(realpath -m "$OBJ")" != "$(realpath -m "$unsafe")" ] || die "OBJ is $unsafe itself"
[ -f "$OBJ/$KIMAGE" ] || die "no test kernel in $OBJ (make kernel)"
# Copied once; later runs build it incrementally, so an unchanged tree
# gives the same bzImage and boot.sh can reuse its passing run.
[ -f "$unsafe/.config" ] || cp -a "$OBJ/." "$unsafe"
log=$BUILD/logs/build-unsafe.log
build_kernel "$TREE" "$unsafe" "$log" "${TEST_FRAGS[@]}" unsafe-pfnmap.config
say "kernel-unsafe: $unsafe/$KIMAGE ($(grep -c '^  CC ' "$log" || true) files compiled again)"
