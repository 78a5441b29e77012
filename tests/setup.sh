#!/usr/bin/env bash
# cost: cheap
# scripts/setup.sh, with one package reported missing: as a user other than
# root it prints the exact apt-get line to run and fails; as root it runs
# apt-get update and install for that package only. dpkg-query, id and
# apt-get are replaced by fakes on PATH: nothing is installed.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
fails=0
fake=$(mktemp -d); trap 'rm -rf "$fake"' EXIT

cat >"$fake/dpkg-query" <<'EOS'
#!/bin/sh
# every package installed but xz-utils
for a; do pkg=$a; done
[ "$pkg" = xz-utils ] && exit 1
printf 'install ok installed'
EOS
cat >"$fake/id" <<'EOS'
#!/bin/sh
echo "$FAKE_UID"
EOS
cat >"$fake/apt-get" <<'EOS'
#!/bin/sh
echo "apt-get $*" >>"$FAKE_APT_LOG"
EOS
chmod +x "$fake"/*

if out=$(PATH=$fake:$PATH FAKE_UID=1000 "$TOP/scripts/setup.sh" 2>&1); then
	echo "  NOT OK: setup.sh succeeded as a user with a package missing"; fails=1
elif grep -qxF "run as root: apt-get update && apt-get install -y xz-utils" <<<"$out"; then
	echo "  ok: as a user, setup.sh prints: $(tail -1 <<<"$out")"
else
	echo "  NOT OK: as a user, setup.sh printed: $out"; fails=1
fi

PATH=$fake:$PATH FAKE_UID=0 FAKE_APT_LOG=$fake/apt.log "$TOP/scripts/setup.sh" 2>/dev/null ||
	{ echo "  NOT OK: setup.sh failed as root"; fails=1; }
if grep -q '^apt-get update' "$fake/apt.log" &&
	grep -qE '^apt-get install -y (-q )?xz-utils$' "$fake/apt.log"; then
	echo "  ok: as root, setup.sh runs apt-get update and install -y xz-utils"
else
	echo "  NOT OK: as root, apt-get calls were: $(cat "$fake/apt.log" 2>/dev/null)"; fails=1
fi
exit "$fails"
