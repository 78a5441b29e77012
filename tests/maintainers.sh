#!/usr/bin/env bash
# cost: cheap
# checks/maintainers fails on a new file no MAINTAINERS entry covers, and
# passes on the series.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"

scratch_init maintainers
mkdir -p "$WT/include/dt-bindings/selftest"
echo '/* SPDX-License-Identifier: GPL-2.0 */' >"$WT/include/dt-bindings/selftest/orphan.h"
git -C "$WT" add include/dt-bindings/selftest/orphan.h
scratch_commit "dt-bindings: selftest: add an orphan header"
expect FAIL "no maintainer for: include/dt-bindings/selftest/orphan.h" maintainers TREE="$WT"
expect PASS "" maintainers
exit "$FAILS"
