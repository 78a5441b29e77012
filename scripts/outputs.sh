#!/usr/bin/env bash
# outputs.sh: say where the product build put its outputs.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
o=$OUT/arm64
echo "base:    $BASE_PKG $(cat "$BUILD/base-version") ($(git -C "$LINUX" rev-parse --short base)), $(git -C "$LINUX" rev-list --count base..HEAD) patches"
echo "Image:   $o/arch/arm64/boot/Image"
echo "modules: $(cd "$o" && find . -name '*.ko' | sed 's#^\./##' | xargs -r echo)"
for d in $("$TOP/scripts/dtbs.sh" "$LINUX"); do
	echo "dtb:     $o/arch/arm64/boot/dts/$d"
done
