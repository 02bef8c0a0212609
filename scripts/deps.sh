#!/usr/bin/env bash
# Install what the harness needs from Debian's archive (idempotent).
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

pkgs=(
	"$SRC_PKG=$SRC_VER"
	build-essential bc bison flex libelf-dev libssl-dev dwarves kmod cpio
	xz-utils rsync python3 git quilt b4 sparse coccinelle busybox-static
	qemu-system-x86 libcap-dev libcap-ng-dev file shellcheck ocaml-nox ocaml-findlib
	gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-system-arm
)

missing=()
for p in "${pkgs[@]}"; do
	name=${p%%=*}
	want=${p#*=}
	have=$(dpkg-query -W -f='${db:Status-Abbrev} ${Version}' "$name" 2>/dev/null || true)
	# Installed whatever its selection state (ii, or hi when held): the
	# second letter of the status; only a missing package or another
	# version of a pinned one calls apt-get below.
	case "$have" in
	?"i "*)
		[ "$want" = "$p" ] || [ "${have#?i  }" = "$want" ] || missing+=("$p")
		;;
	*) missing+=("$p") ;;
	esac
done

if [ ${#missing[@]} -eq 0 ]; then
	say "deps: all ${#pkgs[@]} packages present"
	exit 0
fi

sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
say "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
