#!/usr/bin/env bash
# dtbs.sh SRC: the SA8775p DTB targets that exist in kernel tree SRC, each
# board's DTB before its EL2 variant (built from it with the overlay).
set -euo pipefail
src=$1
echo qcom/sa8775p-ride.dtb
for dtb in sa8775p-ride-el2.dtb sa8775p-ride-r3.dtb sa8775p-ride-r3-el2.dtb; do
	if grep -qF "$dtb" "$src/arch/arm64/boot/dts/qcom/Makefile"; then
		echo "qcom/$dtb"
	fi
done
