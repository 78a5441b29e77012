#!/usr/bin/env bash
# cost: cheap
# checks/apply fails on a patch that does not apply at base and on a patch
# adding trailing whitespace, naming the patch; passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
. "$(dirname "$0")/mkseries.sh"
f=drivers/remoteproc/qcom_common.c
tmp=$(mktemp -d)

scratch_init apply
trap 'rm -rf "$tmp"' EXIT
echo '/* selftest: first */' >>"$WT/$f"
scratch_commit "remoteproc: qcom: selftest: first"
sed -i 's#/\* selftest: first \*/#/* selftest: second */#' "$WT/$f"
scratch_commit "remoteproc: qcom: selftest: second"
printf '/* selftest: trailing whitespace */ \n' >>"$WT/drivers/remoteproc/qcom_q6v5_pas.c"
scratch_commit "remoteproc: qcom: pas: selftest: trailing whitespace"
mkseries "$tmp/p"
first=$(tail -3 "$tmp/p/series" | head -1) second=$(tail -2 "$tmp/p/series" | head -1)
# Without the first two selftest patches, the whitespace one applies but
# for its whitespace.
cp -r "$tmp/p" "$tmp/ws"
sed -i -e "/^$first\$/d" -e "/^$second\$/d" "$tmp/ws/series"
expect FAIL "$(tail -1 "$tmp/p/series") does not apply: patch line " apply PATCHES="$tmp/ws"

# Without the first, the second no longer applies.
sed -i "/^$first\$/d" "$tmp/p/series"
expect FAIL "$second does not apply: error: patch failed: $f" apply PATCHES="$tmp/p"

expect PASS "" apply
exit "$FAILS"
