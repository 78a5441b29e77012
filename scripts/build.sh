#!/usr/bin/env bash
# build.sh [SRC [OUT]]: the product build. arm64 Image, modules and the
# SA8775p DTBs from allnoconfig + $PRODUCT_CONFIG (scripts/lib.sh), with W=1.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
src=${1:-$LINUX} out=${2:-$OUT/arm64}
log=${BUILD_LOG:-$LOGS/build.log}

"$TOP/scripts/config.sh" "$src" "$out" "$PRODUCT_CONFIG" "${ARM64[@]:0:2}"
if ! { kmake "$src" "$out" "${ARM64[@]}" W=1 Image modules &&
	kmake_dtbs "$src" "$out" "${ARM64[@]}" W=1; } >"$log" 2>&1; then
	tail -20 "$log" >&2
	die "build failed in $src (full log: $log)"
fi
