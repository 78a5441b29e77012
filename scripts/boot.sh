#!/usr/bin/env bash
# boot.sh: boot the product Image in QEMU at EL2 (KVM host, GICv3, SMMUv3)
# with the tiny static init of scripts/init.c as initramfs; console log in
# build/logs/boot.log. Exit 0 only if init printed "BOOT-RESULT: PASS",
# 124 on timeout, 1 otherwise.
# Environment: BOOT_IMAGE (kernel), BOOT_APPEND (appended to the command
# line; a later rdinit= etc. overrides the default), BOOT_TIMEOUT (seconds).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
image=${BOOT_IMAGE:-$OUT/arm64/arch/arm64/boot/Image}
cmdline="console=ttyAMA0 rdinit=/init panic=-1${BOOT_APPEND:+ $BOOT_APPEND}"
dir=$OUT/boot log=$LOGS/boot.log

[ -f "$image" ] || die "no kernel image $image (run scripts/build.sh)"
mkdir -p "$dir/root/dev" "$dir/root/proc" "$dir/root/sys"
if [ ! "$dir/init" -nt "$TOP/scripts/init.c" ]; then
	aarch64-linux-gnu-gcc -static -Os -s -Wall -Werror -o "$dir/init" \
		"$TOP/scripts/init.c"
fi
# Deterministic archive: sorted names, owner 0:0, every mtime 0.
cp "$dir/init" "$dir/root/init"
find "$dir/root" -exec touch -h -d @0 {} +
(cd "$dir/root" && find . -mindepth 1 | LC_ALL=C sort |
	cpio --quiet -o -H newc -R 0:0 --reproducible) >"$dir/initramfs.cpio"

start=$EPOCHREALTIME rc=0
timeout "${BOOT_TIMEOUT:-120}" qemu-system-aarch64 \
	-machine virt,virtualization=on,gic-version=3,iommu=smmuv3 \
	-cpu max -m 1G -smp 2 -nographic -no-reboot \
	-kernel "$image" -initrd "$dir/initramfs.cpio" -append "$cmdline" \
	</dev/null >"$log" 2>&1 || rc=$?
note "qemu exit $rc after $(awk "BEGIN { printf \"%.1f\", $EPOCHREALTIME - $start }")s (log: $log)"
[ "$rc" -eq 124 ] && exit 124
grep -q '^BOOT-RESULT: PASS' "$log"
