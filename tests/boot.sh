#!/usr/bin/env bash
# cost: cheap
# checks/boot fails on a panic (no init), a timeout, a missing /dev/kvm and
# an unregistered PAS driver, and passes on the product kernel.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"

# The PAS driver's initcall, as named by module_platform_driver() in the tree.
pas_init=$(sed -n 's/^module_platform_driver(\(.*\));/\1_init/p' \
	"$LINUX/drivers/remoteproc/qcom_q6v5_pas.c")
expect FAIL "kernel panic" boot BOOT_APPEND=rdinit=/nonexistent
# 0.2 s, not 1 s: the whole boot takes only ~1.3 s here.
expect FAIL "timeout" boot BOOT_TIMEOUT=0.2
expect FAIL "kvm=no" boot BOOT_APPEND=kvm-arm.mode=none
expect FAIL "pas=no" boot BOOT_APPEND="initcall_blacklist=$pas_init"
expect PASS "kvm=yes pas=yes" boot
exit "$FAILS"
