#!/usr/bin/env bash
# tree.sh: make build/linux the base plus one commit per patch in patches/.
# Refuses to throw away uncommitted or unexported work there.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

"$TOP/scripts/base.sh"
cd "$LINUX"
[ -z "$(git status --porcelain --untracked-files=no)" ] ||
	die "$LINUX has uncommitted changes: commit them and run 'make export' first"

mapfile -t patches < <(series_patches)
# patch_id: of the patch on stdin, whether its blank context lines are
# empty (as scripts/export.sh writes them) or a lone space
patch_id() { sed 's/^ $//' | git patch-id --stable | cut -d' ' -f1; }
tree_ids=$(git log --format=%H base..HEAD | while read -r c; do git show "$c" | patch_id; done | sort)
file_ids=$(for p in "${patches[@]}"; do patch_id < "$p"; done | sort)
if [ "$tree_ids" = "$file_ids" ]; then
	note "$LINUX already matches patches/ (${#patches[@]} patches)"
	exit 0
fi
if [ -n "$tree_ids" ] && [ "${FORCE:-0}" != 1 ]; then
	die "$LINUX has commits that are not in patches/: run 'make export', or 'make tree FORCE=1' to discard them"
fi

git checkout -q -B master base
git am --abort >/dev/null 2>&1 || true
for p in "${patches[@]}"; do
	if ! git am -q --whitespace=error-all --committer-date-is-author-date "$p" >"$LOGS/tree-am.log" 2>&1; then
		cat "$LOGS/tree-am.log" >&2
		git am --abort >/dev/null 2>&1 || true
		die "patch $(basename "$p") does not apply (see above); $LINUX left at the patches before it"
	fi
done
if [ -f "$PATCHES/0000-cover-letter.patch" ]; then
	git config branch.master.description "$(python3 "$TOP/scripts/cover.py" "$PATCHES/0000-cover-letter.patch")"
fi
note "$LINUX: base + ${#patches[@]} patches"
