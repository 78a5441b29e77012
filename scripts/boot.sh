#!/usr/bin/env bash
# boot.sh: boot the product kernel as packaged by make deb (the image and
# the modules taken out of build/deb/linux-image-*.deb) in QEMU at EL2 (KVM
# host, GICv3, SMMUv3) with the tiny static init of scripts/init.c as
# initramfs, which loads the PAS driver's modules (and their dependencies,
# in modprobe's order) from the package; console log in
# build/logs/boot.log. Exit 0 only if init printed "BOOT-RESULT: PASS",
# 124 on timeout, 1 otherwise.
# Environment: BOOT_APPEND (appended to the command line; a later rdinit=
# etc. overrides the default), BOOT_TIMEOUT (seconds).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# The modules init loads: the PAS driver and what it depends on.
MODULES=(qcom_q6v5_pas)
cmdline="console=ttyAMA0 rdinit=/init panic=-1${BOOT_APPEND:+ $BOOT_APPEND}"
dir=$OUT/boot log=$LOGS/boot.log

deb=$(ls "$BUILD"/deb/linux-image-*.deb 2>/dev/null | grep -v -- -dbg_ | head -1 || true)
[ -n "$deb" ] || die "no linux-image package in $BUILD/deb (run scripts/deb.sh)"
rm -rf "$dir/pkg" "$dir/root" && mkdir -p "$dir/pkg"
dpkg-deb -x "$deb" "$dir/pkg"
image=$(ls "$dir"/pkg/boot/vmlinuz-*)
release=${image##*/vmlinuz-}
mkdir -p "$dir/root/dev" "$dir/root/proc" "$dir/root/sys"
# modprobe orders the modules, dependencies first, from the package's
# modules.dep; the initramfs holds them at the same paths.
modprobe -d "$dir/pkg" -S "$release" --show-depends "${MODULES[@]}" |
	sed -n "s#^insmod $dir/pkg/##p" | tr -d ' ' >"$dir/modules"
[ -s "$dir/modules" ] || die "modprobe found none of ${MODULES[*]} in $deb"
(cd "$dir/pkg" && cpio --quiet -pdm "$dir/root" <"$dir/modules")
sed 's#^#/#' "$dir/modules" >"$dir/root/modules"
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
