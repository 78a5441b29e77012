#!/usr/bin/env bash
# cost: cheap
# checkpatch fails on a patch with a C99 comment, trailing whitespace and
# an overlong line in a .c file, naming the patch; passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
. "$(dirname "$0")/mkseries.sh"
tmp=$(mktemp -d)

scratch_init checkpatch
trap 'rm -rf "$tmp"' EXIT
printf '// selftest: C99 comment \nstatic int qcom_selftest_a_very_long_name_for_a_variable_that_goes_past_100_columns_in_the_source_file = 1;\n' \
	>>"$WT/drivers/remoteproc/qcom_common.c"
scratch_commit "remoteproc: qcom: selftest: checkpatch errors"
mkseries "$tmp/p"
expect FAIL "$(tail -1 "$tmp/p/series"): 1 errors" checkpatch PATCHES="$tmp/p"
expect PASS "" checkpatch
exit "$FAILS"
