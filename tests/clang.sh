#!/usr/bin/env bash
# cost: expensive
# checks/clang fails on a patch adding a clang W=1 warning; passes on the
# series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"

scratch_init clang
printf '\nint qcom_selftest_no_prototype(void)\n{\n\treturn 0;\n}\n' >>"$WT/drivers/remoteproc/qcom_common.c"
scratch_commit "remoteproc: selftest: add a W=1 warning"
expect FAIL "new warning" clang TREE="$WT"
expect PASS "" clang
exit "$FAILS"
