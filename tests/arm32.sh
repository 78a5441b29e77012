#!/usr/bin/env bash
# cost: expensive
# checks/arm32 catches what an arm64 build cannot: the public v1's shift of
# an unsigned long by 32. Passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"

scratch_init arm32
cat >>"$WT/drivers/remoteproc/qcom_common.c" <<'C'

static unsigned long __maybe_unused qcom_selftest_sid_iova(unsigned long sid)
{
	return sid << 32;
}
C
scratch_commit "remoteproc: selftest: shift an unsigned long by 32"
expect FAIL "new warning" arm32 TREE="$WT"
expect PASS "" arm32
exit "$FAILS"
