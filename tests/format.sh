#!/usr/bin/env bash
# cost: cheap
# checks/format passes on a well-formed series (one subject long enough for
# the shortlog to wrap it) and fails on a patch without
# Signed-off-by and on a cover letter whose diffstat does not match; passes
# on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
. "$(dirname "$0")/mkseries.sh"
tmp=$(mktemp -d)

scratch_init format
trap 'rm -rf "$tmp"' EXIT
# Two commits on the base: a series of 15 plus them would be over the limit
git -C "$WT" checkout -q -f --detach base
echo '/* selftest 1 */' >>"$WT/drivers/remoteproc/qcom_common.c"
scratch_commit "remoteproc: qcom: selftest: first change"
echo '/* selftest 2 */' >>"$WT/drivers/remoteproc/qcom_q6v5_pas.c"
scratch_commit "remoteproc: qcom: pas: selftest: a second change whose subject is long enough to be wrapped in the shortlog"
mkseries "$tmp/good"
n=$(wc -l <"$tmp/good/series")
expect PASS "$n patches" format PATCHES="$tmp/good"

cp -r "$tmp/good" "$tmp/nosob"
last=$tmp/nosob/$(tail -1 "$tmp/nosob/series")
sed -i '/^Signed-off-by: /d' "$last"
expect FAIL "$(basename "$last"): no Signed-off-by" format PATCHES="$tmp/nosob"

cp -r "$tmp/good" "$tmp/stat"
sed -i -E 's/^( [0-9]+ files? changed, )([0-9]+)/\19\2/' "$tmp/stat/0000-cover-letter.patch"
expect FAIL "cover letter diffstat does not match" format PATCHES="$tmp/stat"

expect PASS "" format
exit "$FAILS"
