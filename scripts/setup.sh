#!/usr/bin/env bash
# Install the Debian packages the harness needs (apt-get only).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

PKGS=(linux-source-6.12 gcc-aarch64-linux-gnu gcc-arm-linux-gnueabihf
      libc6-dev-arm64-cross qemu-system-arm sparse device-tree-compiler
      dt-schema yamllint flex bison bc libssl-dev libelf-dev ccache cpio
      kmod clang lld llvm git make python3 python3-ply python3-git rsync
      xz-utils dpkg-dev debhelper)

missing=()
for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
	echo "error: missing packages: ${missing[*]}" >&2
	echo "run as root: $line" >&2
	exit 1
fi
note "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >"$LOGS/apt.log" 2>&1 || die "apt-get update failed (see $LOGS/apt.log)"
apt-get install -y -q "${missing[@]}" >>"$LOGS/apt.log" 2>&1 ||
	die "apt-get install failed (see $LOGS/apt.log)"
