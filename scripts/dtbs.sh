#!/usr/bin/env bash
# dtbs.sh SRC: the SA8775p DTB targets that exist in kernel tree SRC.
set -euo pipefail
src=$1
echo qcom/sa8775p-ride.dtb
if grep -q 'sa8775p-ride-el2.dtb' "$src/arch/arm64/boot/dts/qcom/Makefile"; then
	echo qcom/sa8775p-ride-el2.dtb
fi
