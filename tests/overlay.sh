#!/usr/bin/env bash
# cost: cheap
# checks/overlay fails when a remote processor loses its stream ID in the
# EL2 overlay, and passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
dtso=arch/arm64/boot/dts/qcom/sa8775p-el2.dtso

if [ ! -f "$LINUX/$dtso" ]; then
	expect PASS "empty series" overlay
	exit "$FAILS"
fi
scratch_init overlay
sed -i '/iommus = <&apps_smmu 0x29c0/d' "$WT/$dtso"
scratch_commit "arm64: dts: qcom: selftest: drop the CDSP1 stream"
expect FAIL "remoteproc@2a300000 iommus=none" overlay TREE="$WT"
expect PASS "" overlay
exit "$FAILS"
