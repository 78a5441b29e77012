#!/usr/bin/env bash
# cost: expensive
# checks/testbuild fails on a W=1 warning in a test file the series adds
# (code the product configuration never compiles) and on a warning only a
# 32-bit build gives, and passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
f=drivers/remoteproc/qcom_q6v5_pas_test.c

scratch_init testbuild
printf '\nint pas_selftest_no_prototype(void)\n{\n\treturn 0;\n}\n' >>"$WT/$f"
scratch_commit "remoteproc: selftest: add a W=1 warning to a test"
expect FAIL "qcom_q6v5_pas_test.c" testbuild TREE="$WT"

# Only a 32-bit build sees this one.
scratch_init testbuild
printf '\nstatic unsigned long __maybe_unused pas_selftest_shift(void)\n{\n\treturn 1UL << 32;\n}\n' >>"$WT/$f"
scratch_commit "remoteproc: selftest: a 64-bit shift of an unsigned long in a test"
expect FAIL "left shift count" testbuild TREE="$WT"

expect PASS "" testbuild
exit "$FAILS"
