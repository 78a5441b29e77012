#!/usr/bin/env bash
# cost: expensive
# checks/dtbs fails when sa8775p.dtsi gives the ADSP node a property its
# binding does not allow; passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
f=arch/arm64/boot/dts/qcom/sa8775p.dtsi

scratch_init dtbs
grep -q 'compatible = "qcom,sa8775p-adsp-pas";' "$WT/$f"
sed -i 's/^\(\t*\)compatible = "qcom,sa8775p-adsp-pas";/&\n\1foo-bar = <1>;/' "$WT/$f"
scratch_commit "arm64: dts: qcom: sa8775p: selftest: unknown property"
expect FAIL "'foo-bar' was unexpected" dtbs TREE="$WT"
expect PASS "" dtbs
exit "$FAILS"
