#!/usr/bin/env bash
# Assemble the leg's guest initramfs ($INITRD): busybox-static (Debian's
# arm64 build for LEG=arm64, see scripts/busybox-arm64.sh), the init, the
# device and test lists and the leg's static test programs.  The guest's tests.list is
# qemu-images/tests.list with each program's exclusions from
# qemu-images/deny.list put in front of its arguments.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

busybox=/bin/busybox
[ "$LEG" = x86_64 ] || busybox=$BUILD/busybox-$LEG/bin/busybox
file -L "$busybox" 2>/dev/null | grep -q 'statically linked' ||
	die "$busybox is not a static busybox (install busybox-static, or make busybox-arm64)"
progs=()
while read -r _ _ dir prog _; do
	progs+=("$SELFTESTS/$dir/$prog")
done < <(leg_tests)
# Rebuild only when an input changed, so an unchanged image keeps its hash.
stamp=$(cat "$busybox" "$TOP"/qemu-images/{init,tests.list,deny.list,devices.list} "${progs[@]}" |
	sha256sum | cut -d' ' -f1)
img=$INITRD
if [ -f "$img" ] && [ "$(cat "$img.stamp" 2>/dev/null)" = "$stamp" ]; then
	say "initramfs: $img (unchanged)"
	exit 0
fi
root=$BUILD/initramfs$LEG_SUFFIX
rm -rf "$root"
mkdir -p "$root"/{bin,dev,proc,sys,tmp,tests}
cp "$busybox" "$root/bin/busybox"
# The applets of the host's busybox-static, of the same Debian version: an
# arm64 busybox cannot run here to list its own.
for applet in $(/bin/busybox --list); do
	[ -e "$root/bin/$applet" ] || ln -s busybox "$root/bin/$applet"
done
install -m 0755 "$TOP/qemu-images/init" "$root/init"
cp "$TOP/qemu-images/devices.list" "$root/"
# A deny.list line "dir/prog test|variant|fixture NAME why" is -T, -V or -F
# NAME, first: the harness takes the first filter that matches.
awk -v deny="$TOP/qemu-images/deny.list" '
function fail(msg) { print FILENAME ":" FNR ": " msg >"/dev/stderr"; bad = 1; exit 1 }
/^#/ || !NF { if (FILENAME != deny) print; next }
FILENAME == deny {
	opt = $2 == "test" ? "-T" : $2 == "variant" ? "-V" : $2 == "fixture" ? "-F" : ""
	if (opt == "" || NF < 4)
		fail("want: dir/prog test|variant|fixture NAME why")
	filters[$1] = filters[$1] " " opt " " $3
	next
}
{
	p = $3 "/" $4
	ran[p] = 1
	line = $1 "\t" $2 "\t" $3 "\t" $4 filters[p]
	for (i = 5; i <= NF; i++) {
		if ($i ~ /^-[TVF]/)
			fail("an exclusion: put it in deny.list")
		line = line " " $i
	}
	print line
}
END {
	if (bad)
		exit 1
	for (p in filters)
		if (!(p in ran)) {
			print deny ": " p " is not in tests.list" >"/dev/stderr"
			exit 1
		}
}' "$TOP/qemu-images/deny.list" "$TOP/qemu-images/tests.list" >"$root/tests.list" ||
	die "initramfs: bad qemu-images/deny.list or tests.list"
for p in "${progs[@]}"; do
	d=$root/tests/$(basename "$(dirname "$p")")
	mkdir -p "$d"
	cp "$p" "$d/" || die "test program $p was not built"
done
(cd "$root" && find . | LC_ALL=C sort | cpio --quiet -o -H newc --owner=0:0 | gzip -1) >"$img"
echo "$stamp" >"$img.stamp"
say "initramfs: $img ($(du -h "$img" | cut -f1))"
