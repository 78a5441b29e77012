#!/usr/bin/env bash
# cost: cheap
# checks/boot fails on a panic (no init), a timeout, a missing /dev/kvm and
# a PAS module that cannot be loaded, and passes on the packaged product
# kernel.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"

expect FAIL "kernel panic" boot BOOT_APPEND=rdinit=/nonexistent
# 0.2 s, not 1 s: the whole boot takes only ~1.3 s here.
expect FAIL "timeout" boot BOOT_TIMEOUT=0.2
expect FAIL "kvm=no" boot BOOT_APPEND=kvm-arm.mode=none
expect FAIL "pas=no" boot BOOT_APPEND="module_blacklist=qcom_q6v5_pas"
expect PASS "kvm=yes pas=yes" boot
exit "$FAILS"
