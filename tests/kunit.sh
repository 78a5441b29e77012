#!/usr/bin/env bash
# cost: expensive
# checks/kunit fails when a test case fails, and passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"

scratch_init kunit
kc=$WT/drivers/remoteproc/.kunitconfig
[ -f "$kc" ] || kc=$WT/lib/kunit/.kunitconfig
printf 'CONFIG_KUNIT_EXAMPLE_TEST=y\n' >>"$kc"
sed -i 's/KUNIT_EXPECT_EQ(test, 1 + 1, 2);/KUNIT_EXPECT_EQ(test, 1 + 1, 3);/' \
	"$WT/lib/kunit/kunit-example-test.c"
git -C "$WT" diff --quiet && { echo "  NOT OK: could not break the example test"; exit 1; }
scratch_commit "kunit: selftest: a failing case"
expect FAIL "" kunit TREE="$WT"
expect PASS "tests" kunit
exit "$FAILS"
