#!/usr/bin/env bash
# Merge the kernel-config fragments into $OBJ/.config and verify that every
# symbol a fragment asks for is set as asked after olddefconfig.
# Usage: config.sh OBJDIR FRAGMENT...
# shellcheck source=scripts/lib.sh
. "$(dirname "$0")/lib.sh"

obj=$(realpath -m "$1")
shift
mkdir -p "$obj"
stamp=$(cat "$@" | sha256sum | cut -d' ' -f1)
if [ -f "$obj/.config" ] && [ "$(cat "$obj/.fragments" 2>/dev/null)" = "$stamp" ]; then
	exit 0
fi

"$TREE/scripts/kconfig/merge_config.sh" -m -O "$obj" "$@" >"$obj/.merge.log"
make -s -C "$TREE" O="$obj" olddefconfig >>"$obj/.merge.log"

bad=0
while IFS= read -r line; do
	case "$line" in
	CONFIG_*=*)
		grep -qxF -- "$line" "$obj/.config" && continue
		sym=${line%%=*}
		got=$(grep -E "^($sym=|# $sym is not set)" "$obj/.config" || echo "absent")
		;;
	"# CONFIG_"*" is not set")
		sym=${line#\# }
		sym=${sym%% *}
		grep -qE "^$sym=[ym]" "$obj/.config" || continue
		got=$(grep -E "^$sym=" "$obj/.config")
		;;
	*) continue ;;
	esac
	echo "ERROR: Kconfig symbol $sym: asked for '$line', got '$got'" >&2
	bad=1
done < <(cat "$@")
[ "$bad" -eq 0 ] || die "kernel config: requested symbols did not stick (see above; missing dependency?)"
echo "$stamp" >"$obj/.fragments"
