#!/usr/bin/env bash
# Unpack Debian's linux-source-6.12 into build/linux as a git repository
# whose first commit, tagged "base", is the pristine source. The commit is
# deterministic (fixed identity and dates), so the same package version
# always gives the same base-commit id. An existing matching base is reused.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

installed=$(dpkg-query -W -f='${Version}' "$BASE_PKG" 2>/dev/null || true)
if [ "$installed" != "$BASE_PIN" ]; then
	if apt-cache madison "$BASE_PKG" | grep -qF "| $BASE_PIN |" && [ "$(id -u)" -eq 0 ]; then
		note "installing pinned $BASE_PKG=$BASE_PIN"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q --allow-downgrades \
			"$BASE_PKG=$BASE_PIN" >>"$LOGS/apt.log" 2>&1
		installed=$BASE_PIN
	else
		note "WARNING: pinned $BASE_PKG $BASE_PIN is not available; using ${installed:-none}"
	fi
fi
[ -n "$installed" ] || die "$BASE_PKG is not installed (run scripts/setup.sh)"
echo "$installed" > "$BUILD/base-version"

if git -C "$LINUX" rev-parse -q --verify base >/dev/null 2>&1 &&
   [ "$(git -C "$LINUX" config pas.baseversion || true)" = "$installed" ]; then
	note "reusing base $installed in $LINUX"
	exit 0
fi
[ ! -e "$LINUX" ] || die "$LINUX exists but is not base $installed: remove it first"

tarball=/usr/src/$BASE_PKG.tar.xz
[ -f "$tarball" ] || die "$tarball not found"
tmp=$BUILD/linux.unpack
rm -rf "$tmp"; mkdir -p "$tmp"
note "unpacking $tarball ($installed)"
tar -xJf "$tarball" -C "$tmp"
mv "$tmp/$BASE_PKG" "$LINUX"; rmdir "$tmp"

# Debian's tarball ignores its whole top level ("/*" then "!/debian/").
sed -i '\#^/\*$#d; \#^!/debian/$#d' "$LINUX/.gitignore"

cd "$LINUX"
git init -q -b master
git config pas.baseversion "$installed"
git add -A
export GIT_AUTHOR_NAME="Debian kernel team" GIT_AUTHOR_EMAIL="debian-kernel@lists.debian.org"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"
git commit -q -m "Linux $installed (Debian $BASE_PKG)" -m \
"Pristine source of Debian's $BASE_PKG package, version $installed.
The last two lines of the top-level .gitignore (\"/*\" and \"!/debian/\"),
which Debian adds and which would ignore the whole tree, are dropped."
git tag base
note "base $(git rev-parse --short base) = $BASE_PKG $installed"
