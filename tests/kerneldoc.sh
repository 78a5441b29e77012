#!/usr/bin/env bash
# cost: cheap
# checks/kerneldoc fails on a commit adding a function whose kernel-doc
# comment names a parameter it does not have; passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
f=drivers/remoteproc/qcom_common.c

scratch_init kerneldoc
cat >>"$WT/$f" <<'C'

/**
 * qcom_selftest_kdoc() - a function with a broken kernel-doc comment
 * @bogus: not a parameter of this function
 */
int qcom_selftest_kdoc(int x)
{
	return x;
}
C
scratch_commit "remoteproc: qcom: selftest: broken kernel-doc"
expect FAIL "new kernel-doc warnings in $f" kerneldoc TREE="$WT"
expect PASS "" kerneldoc
exit "$FAILS"
