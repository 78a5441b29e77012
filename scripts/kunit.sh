#!/usr/bin/env bash
# kunit.sh [config | kunit.py run args]: the KUnit suites under QEMU, arm64
# booted at EL2 with KVM and an SMMUv3, with KASAN.
#
# The run is of the series plus the harness's own test patches (harness/,
# see README: stronger assertions that upstream would not merge), applied
# with git am on the committed tip of $TREE in the worktree build/wt/kunit;
# a harness patch that no longer applies is an error. Without a remoteproc
# .kunitconfig in the tree (empty series) it runs KUnit's own suites, which
# still proves the QEMU/EL2 path, and applies no harness patch.
#
# "config" only configures the series' KUnit kernel in $(tree_out)/kunit,
# for checks/testbuild. Log: $LOGS/kunit.log; the raw kernel log is
# $(kunit_out)/test.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

common_args() {
	local kc=$1/drivers/remoteproc/.kunitconfig
	local qemu=$1/tools/testing/kunit/qemu_configs/arm64_el2.py
	[ -f "$kc" ] || kc=$src/lib/kunit/.kunitconfig
	[ -f "$qemu" ] || qemu=$CONFIGS/qemu_arm64_el2.py
	echo "kunitconfig: $kc, qemu config: $qemu"
	args=(--arch=arm64 --cross_compile=aarch64-linux-gnu-
	      --qemu_config="$qemu" --kunitconfig="$kc"
	      --make_options "CC=ccache aarch64-linux-gnu-gcc"
	      --kconfig_add CONFIG_KASAN=y)
}

mkdir -p "$(dirname "$KLOCK")"
if [ "${1:-}" = config ]; then
	log=$LOGS/kunit-config.log kout=$(tree_out)/kunit
	mkdir -p "$kout"
	common_args "$TREE" >"$log"
	cd "$TREE"
	exec flock "$KLOCK" python3 tools/testing/kunit/kunit.py config \
		"${args[@]}" --build_dir="$kout" >>"$log" 2>&1
fi

log=$LOGS/kunit.log
src=$(worktree kunit HEAD)
kout=$(kunit_out)
mkdir -p "$kout"
common_args "$src" >"$log"
if [ -f "$src/drivers/remoteproc/.kunitconfig" ]; then
	for p in $(harness_patches); do
		echo "harness patch: $(basename "$p")" >>"$log"
		git -C "$src" -c user.name=harness -c user.email=harness@example.invalid \
			am -q --3way --whitespace=nowarn "$p" >>"$log" 2>&1 || {
			git -C "$src" am --abort >/dev/null 2>&1 || true
			die "harness patch $(basename "$p") does not apply on the series (see $log)"
		}
	done
fi
cd "$src"
flock "$KLOCK" python3 tools/testing/kunit/kunit.py run "${args[@]}" \
	--build_dir="$kout" --jobs="$JOBS" --timeout=900 "$@" >>"$log" 2>&1
