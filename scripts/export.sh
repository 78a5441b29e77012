#!/usr/bin/env bash
# export.sh: regenerate patches/ from build/linux (base..HEAD). The output is
# stable: exporting an unchanged tree gives byte-identical files. The cover
# letter's subject and text come from the branch description, which
# scripts/tree.sh loads from patches/0000-cover-letter.patch.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

cd "$LINUX"
[ -z "$(git status --porcelain --untracked-files=no)" ] ||
	die "$LINUX has uncommitted changes: commit them before 'make export'"
branch=$(git symbolic-ref --short HEAD) || die "$LINUX: HEAD is detached"
n=$(git rev-list --count base..HEAD)

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ "$n" -gt 0 ]; then
	desc=$(git config "branch.$branch.description" || true)
	[ -n "$desc" ] || die "no cover letter: set one with 'git -C $LINUX branch --edit-description'"
	# Blank context lines as empty lines, not a lone space: git am and
	# checkpatch take both, and a checkpatch run on patches/ files by
	# path (which checkpatch then reads as source files, since git tracks
	# them) does not see them as trailing whitespace.
	git -c diff.suppressBlankEmpty=true format-patch -q --zero-commit --no-signature --cover-letter \
		--cover-from-description=subject --base=base -o "$tmp" base..HEAD
	# The cover letter carries the date of the newest patch, not of now.
	date=$(git log -1 --format='%aD' HEAD)
	sed -i "s/^Date: .*/Date: $date/" "$tmp/0000-cover-letter.patch"
fi
(cd "$tmp" && ls ./*.patch 2>/dev/null | sed 's#^\./##' | grep -v '^0000-' || true) > "$tmp/series"
rm -f "$PATCHES"/*.patch
mkdir -p "$PATCHES"
cp "$tmp"/* "$PATCHES"/
note "exported $n patches to $PATCHES"
