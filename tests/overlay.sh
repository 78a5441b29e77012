#!/usr/bin/env bash
# cost: cheap
# checks/overlay fails when a remote processor loses its stream ID in the
# EL2 overlay, or when one device memory entry of the overlay no longer
# matches the data file, and passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
dtso=arch/arm64/boot/dts/qcom/sa8775p-el2.dtso
# the tables, which the overlay and the KUnit test data both include
dtsi=arch/arm64/boot/dts/qcom/sa8775p-el2-devmem.dtsi

if [ ! -f "$LINUX/$dtso" ]; then
	expect PASS "empty series" overlay
	exit "$FAILS"
fi
scratch_init overlay
sed -i '/iommus = <&apps_smmu 0x29c0/d' "$WT/$dtso"
scratch_commit "arm64: dts: qcom: selftest: drop the CDSP1 stream"
expect FAIL "remoteproc@2a300000 iommus=none" overlay TREE="$WT"

# The ADSP's SMEM entry (its last, 2 MiB) shrunk to 1 MiB.
scratch_init overlay
sed -i '0,/<0x90900000 0x90900000 0x200000 /s//<0x90900000 0x90900000 0x100000 /' "$WT/$dtsi"
git -C "$WT" diff --quiet && { echo "  NOT OK: could not change the ADSP SMEM entry"; exit 1; }
scratch_commit "arm64: dts: qcom: selftest: shrink the ADSP SMEM entry"
expect FAIL "sa8775p-ride-el2.dtb: adsp qcom,devmem entry" overlay TREE="$WT"
expect PASS "" overlay
exit "$FAILS"
