#!/usr/bin/env bash
# deb.sh: Debian packages of the product kernel, made by the kernel's own
# bindeb-pkg in the product's output directory (so it packages what make
# built, incrementally): linux-image-<release> (Image.gz as
# /boot/vmlinuz-<release>, the modules, every Qualcomm DTB the .config
# builds under /usr/lib/linux-image-<release>/qcom/, the SA8775p ride EL2
# DTBs among them) and linux-libc-dev. No headers package
# (pkg.linux-upstream.nokernelheaders: it would need the target's libssl).
# The packages end up in build/deb/; log in build/logs/deb.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
out=$OUT/arm64 log=$LOGS/deb.log dest=$BUILD/deb
# The package revision; the upstream part is the kernel release.
REVISION=1

"$TOP/scripts/config.sh" "$LINUX" "$out" "$PRODUCT_CONFIG" "${ARM64[@]:0:2}"
release=$(kmake "$LINUX" "$out" "${ARM64[@]}" -s kernelrelease)
rm -rf "$dest" && mkdir -p "$dest"
rm -f "$OUT"/*.deb "$OUT"/*.buildinfo "$OUT"/*.changes
if ! DEB_BUILD_PROFILES=pkg.linux-upstream.nokernelheaders \
	kmake "$LINUX" "$out" "${ARM64[@]}" W=1 KDEB_PKGVERSION="$release-$REVISION" \
		bindeb-pkg >"$log" 2>&1; then
	tail -20 "$log" >&2
	die "bindeb-pkg failed (full log: $log)"
fi
mv "$OUT"/*.deb "$dest"/
rm -f "$OUT"/*.buildinfo "$OUT"/*.changes
image=$(ls "$dest"/linux-image-"$release"_*.deb)
dpkg-deb --contents "$image" >"$dest/contents"
for dtb in $("$TOP/scripts/dtbs.sh" "$LINUX"); do
	grep -q "usr/lib/linux-image-$release/$dtb\$" "$dest/contents" ||
		die "$(basename "$image") lacks $dtb"
done
ls "$dest"/*.deb
