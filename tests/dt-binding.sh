#!/usr/bin/env bash
# cost: expensive
# checks/dt-binding fails when a touched schema's example uses a property
# the schema does not allow; passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
f=Documentation/devicetree/bindings/remoteproc/qcom,sa8775p-pas.yaml

scratch_init dt-binding
grep -q 'compatible = "qcom,sa8775p-adsp-pas";' "$WT/$f"
sed -i 's/^\( *\)compatible = "qcom,sa8775p-adsp-pas";/&\n\1foo-bar = <1>;/' "$WT/$f"
scratch_commit "dt-bindings: remoteproc: selftest: unknown property in the example"
expect FAIL "'foo-bar' was unexpected" dt-binding TREE="$WT"
expect PASS "" dt-binding
exit "$FAILS"
