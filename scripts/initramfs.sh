#!/usr/bin/env bash
# Assemble the guest initramfs: busybox-static, the init, the device and
# test lists and the static test programs.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

busybox=/bin/busybox
file -L "$busybox" 2>/dev/null | grep -q 'statically linked' ||
	die "$busybox is not the static busybox (install busybox-static)"
progs=()
while read -r _ _ dir prog _; do
	[ -n "$prog" ] && progs+=("$BUILD/selftests/$dir/$prog")
done < <(grep -v '^#' "$TOP/qemu-images/tests.list")
# Rebuild only when an input changed, so an unchanged image keeps its hash.
stamp=$(cat "$busybox" "$TOP"/qemu-images/{init,tests.list,devices.list} "${progs[@]}" |
	sha256sum | cut -d' ' -f1)
img=$BUILD/initramfs.cpio.gz
if [ -f "$img" ] && [ "$(cat "$img.stamp" 2>/dev/null)" = "$stamp" ]; then
	say "initramfs: $img (unchanged)"
	exit 0
fi
root=$BUILD/initramfs
rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,tests}
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
	[ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
install -m 0755 "$TOP/qemu-images/init" "$root/init"
cp "$TOP/qemu-images/tests.list" "$TOP/qemu-images/devices.list" "$root/"
for p in "${progs[@]}"; do
	d=$root/tests/$(basename "$(dirname "$p")")
	mkdir -p "$d"
	cp "$p" "$d/" || die "test program $p was not built"
done
(cd "$root" && find . | LC_ALL=C sort | cpio --quiet -o -H newc --owner=0:0 | gzip -1) >"$img"
echo "$stamp" >"$img.stamp"
say "initramfs: $img ($(du -h "$img" | cut -f1))"
