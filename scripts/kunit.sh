#!/usr/bin/env bash
# kunit.sh [config | kunit.py run args]: the series' KUnit suites under QEMU,
# arm64 booted at EL2 with KVM and an SMMUv3, with KASAN. Without a
# remoteproc .kunitconfig in the tree (empty series) it runs KUnit's own
# suites, which still proves the QEMU/EL2 path. "config" only configures the
# KUnit kernel. Log: $LOGS/kunit.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kout=$(tree_out)/kunit
log=$LOGS/kunit.log
[ "${1:-}" = config ] && log=$LOGS/kunit-config.log

kunitconfig=$TREE/drivers/remoteproc/.kunitconfig
[ -f "$kunitconfig" ] || kunitconfig=$TREE/lib/kunit/.kunitconfig
qemu=$TREE/tools/testing/kunit/qemu_configs/arm64_el2.py
[ -f "$qemu" ] || qemu=$CONFIGS/qemu_arm64_el2.py

mkdir -p "$(dirname "$KLOCK")" "$kout"
echo "kunitconfig: $kunitconfig, qemu config: $qemu" >"$log"
cd "$TREE"
common=(--arch=arm64 --cross_compile=aarch64-linux-gnu-
	--qemu_config="$qemu" --kunitconfig="$kunitconfig" --build_dir="$kout"
	--make_options "CC=ccache aarch64-linux-gnu-gcc"
	--kconfig_add CONFIG_KASAN=y)
if [ "${1:-}" = config ]; then
	flock "$KLOCK" python3 tools/testing/kunit/kunit.py config "${common[@]}" >>"$log" 2>&1
else
	flock "$KLOCK" python3 tools/testing/kunit/kunit.py run "${common[@]}" \
		--jobs="$JOBS" --timeout=600 "$@" >>"$log" 2>&1
fi
