#!/usr/bin/env bash
# config.sh SRC OUT FRAGMENT [make args]: allnoconfig + FRAGMENT in OUT,
# then check that Kconfig kept every option the fragment asks for. With
# BASECONFIG=<defconfig target>, the fragment is merged over that instead.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
src=$(realpath "$1") out=$(realpath -m "$2") frag=$(realpath "$3"); shift 3

mkdir -p "$out"
stamp=$out/.fragment
if [ -f "$out/.config" ] && [ -f "$stamp" ] && cmp -s "$frag" "$stamp"; then
	exit 0
fi
if [ -n "${BASECONFIG:-}" ]; then
	make -C "$src" O="$out" "$@" "$BASECONFIG" >"$out/merge_config.log" 2>&1 &&
	(cd "$src" && env "$@" scripts/kconfig/merge_config.sh -O "$out" "$out/.config" "$frag")
else
	(cd "$src" && env "$@" scripts/kconfig/merge_config.sh -n -O "$out" "$frag")
fi >>"$out/merge_config.log" 2>&1 || { cat "$out/merge_config.log" >&2; die "merge_config failed"; }
bad=0
while IFS= read -r line; do
	case "$line" in
	'# CONFIG_'*' is not set')
		opt=${line#\# }; opt=${opt%% *}
		grep -q "^$opt=" "$out/.config" && { echo "Kconfig forced: $opt" >&2; bad=1; } ;;
	CONFIG_*) grep -qxF "$line" "$out/.config" || { echo "Kconfig dropped: $line (have: $(grep "^${line%%=*}=" "$out/.config" || echo unset))" >&2; bad=1; } ;;
	esac
done < "$frag"
[ "$bad" -eq 0 ] || { rm -f "$stamp"; die "config fragment $frag not fully applied in $out"; }
cp "$frag" "$stamp"
