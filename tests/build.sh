#!/usr/bin/env bash
# cost: expensive
# checks/build fails on a patch adding a W=1 warning and on a patch that
# breaks the build in the middle of the series, and passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
f=drivers/remoteproc/qcom_common.c

scratch_init build
printf '\nint qcom_selftest_no_prototype(void)\n{\n\treturn 0;\n}\n' >>"$WT/$f"
scratch_commit "remoteproc: selftest: add a W=1 warning"
n=$(git -C "$WT" rev-list --count base..HEAD)
expect FAIL "new warnings in patch(es) $n" build TREE="$WT"

scratch_init build
echo '#error selftest: broken in the middle' >>"$WT/$f"
scratch_commit "remoteproc: selftest: break the build"
git -C "$WT" revert --no-edit HEAD >/dev/null
n=$(git -C "$WT" rev-list --count base..HEAD)
expect FAIL "patch $((n - 1)) (remoteproc: selftest: break the build) does not build" build TREE="$WT"

expect PASS "" build
exit "$FAILS"
