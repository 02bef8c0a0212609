#!/usr/bin/env bash
# Assemble the guest initramfs: busybox-static, the init, the device and
# test lists and the static test programs.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

busybox=/bin/busybox
file -L "$busybox" 2>/dev/null | grep -q 'statically linked' ||
	die "$busybox is not the static busybox (install busybox-static)"
root=$BUILD/initramfs
rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,tests}
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
	[ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
install -m 0755 "$TOP/qemu-images/init" "$root/init"
cp "$TOP/qemu-images/tests.list" "$TOP/qemu-images/devices.list" "$root/"
grep -v '^#' "$TOP/qemu-images/tests.list" | while read -r _ _ dir prog _; do
	[ -n "$prog" ] || continue
	mkdir -p "$root/tests/$dir"
	cp "$BUILD/selftests/$dir/$prog" "$root/tests/$dir/$prog" ||
		die "test program $dir/$prog was not built"
done
(cd "$root" && find . | LC_ALL=C sort | cpio --quiet -o -H newc --owner=0:0 | gzip -1) >"$BUILD/initramfs.cpio.gz"
say "initramfs: $BUILD/initramfs.cpio.gz ($(du -h "$BUILD/initramfs.cpio.gz" | cut -f1))"
