#!/usr/bin/env bash
# cost: cheap
# make tree && make export reproduces patches/ byte for byte, and export
# refuses to run over uncommitted work in build/linux.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
fails=0
# Compared with patches/ as it was, committed or not.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -a "$PATCHES" "$tmp/before"
"$TOP/scripts/tree.sh" 2>/dev/null
"$TOP/scripts/export.sh" 2>/dev/null
if ! diff -r "$tmp/before" "$PATCHES"; then
	echo "  NOT OK: export changed patches/"
	fails=1
else
	echo "  ok: tree + export leave patches/ unchanged"
fi
f=$LINUX/README
echo "selftest" >>"$f"
if "$TOP/scripts/export.sh" 2>/dev/null; then
	echo "  NOT OK: export ran over uncommitted work"; fails=1
else
	echo "  ok: export refuses uncommitted work"
fi
git -C "$LINUX" checkout -q -- README
exit "$fails"
