#!/usr/bin/env bash
# Fetch Debian's arm64 busybox-static (the same version as the host's) and
# unpack it into $BUILD/busybox-arm64, for the arm64 leg's initramfs.
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

dest=$BUILD/busybox-arm64
ver=$(dpkg-query -W -f='${Version}' busybox-static)
if [ "$(cat "$dest/.version" 2>/dev/null)" = "$ver" ] && [ -x "$dest/bin/busybox" ]; then
	say "busybox-arm64: $dest/bin/busybox $ver (present)"
	exit 0
fi
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
if ! dpkg --print-foreign-architectures | grep -qx arm64; then
	$sudo dpkg --add-architecture arm64
	$sudo apt-get update -q
fi
rm -rf "$dest" "$dest.deb.d"
mkdir -p "$dest.deb.d"
# apt-get download writes into the current directory as the _apt user
# where it can, so into a directory of its own
chmod 0777 "$dest.deb.d"
(cd "$dest.deb.d" && apt-get download -q "busybox-static:arm64=$ver") ||
	die "busybox-arm64: apt-get download busybox-static:arm64=$ver failed"
dpkg -x "$dest.deb.d"/busybox-static_*_arm64.deb "$dest.deb.d/root"
mkdir -p "$dest/bin"
cp "$dest.deb.d/root/bin/busybox" "$dest/bin/busybox"
rm -rf "$dest.deb.d"
file -L "$dest/bin/busybox" | grep -q 'ARM aarch64.*statically linked' ||
	die "busybox-arm64: $dest/bin/busybox is not a static arm64 binary"
echo "$ver" >"$dest/.version"
say "busybox-arm64: $dest/bin/busybox $ver"
