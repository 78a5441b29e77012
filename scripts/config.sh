#!/usr/bin/env bash
# config.sh SRC OUT FRAGMENTS [make args]: allnoconfig + FRAGMENTS (one
# argument, the fragment files separated by spaces) in OUT, then check that
# Kconfig kept every option the fragments ask for. With
# BASECONFIG=<defconfig target>, they are merged over that instead.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
src=$(realpath "$1") out=$(realpath -m "$2") frags=(); shift 2
for f in $1; do frags+=("$(realpath "$f")"); done
shift

mkdir -p "$out"
stamp=$out/.fragment
if [ -f "$out/.config" ] && [ -f "$stamp" ] && cat "${frags[@]}" | cmp -s - "$stamp"; then
	exit 0
fi
if [ -n "${BASECONFIG:-}" ]; then
	make -C "$src" O="$out" "$@" "$BASECONFIG" >"$out/merge_config.log" 2>&1 &&
	(cd "$src" && env "$@" scripts/kconfig/merge_config.sh -O "$out" "$out/.config" "${frags[@]}")
else
	(cd "$src" && env "$@" scripts/kconfig/merge_config.sh -n -O "$out" "${frags[@]}")
fi >>"$out/merge_config.log" 2>&1 || { cat "$out/merge_config.log" >&2; die "merge_config failed"; }
bad=0
while IFS= read -r line; do
	case "$line" in
	'# CONFIG_'*' is not set')
		opt=${line#\# }; opt=${opt%% *}
		grep -q "^$opt=" "$out/.config" && { echo "Kconfig forced: $opt" >&2; bad=1; } ;;
	CONFIG_*) grep -qxF "$line" "$out/.config" || { echo "Kconfig dropped: $line (have: $(grep "^${line%%=*}=" "$out/.config" || echo unset))" >&2; bad=1; } ;;
	esac
done < <(cat "${frags[@]}")
[ "$bad" -eq 0 ] || { rm -f "$stamp"; die "config fragments ${frags[*]} not fully applied in $out"; }
cat "${frags[@]}" >"$stamp"
