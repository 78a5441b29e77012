#!/usr/bin/env bash
# Sourced by tests: a scratch worktree of build/linux at HEAD (the series)
# where a test commits a deliberately broken change, and expect() to run a
# check on it.
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

scratch_init() { # scratch_init NAME: (re)create $WT at the series' HEAD
	WT=$BUILD/wt/test-$1/linux
	git -C "$LINUX" worktree remove -f "$WT" >/dev/null 2>&1 || rm -rf "$WT"
	git -C "$LINUX" worktree prune
	git -C "$LINUX" worktree add -q --detach "$WT" HEAD
	trap 'git -C "$LINUX" worktree remove -f "$WT" >/dev/null 2>&1 || true' EXIT
}

scratch_commit() { # scratch_commit SUBJECT: commit all changes in $WT
	git -C "$WT" -c user.name=Selftest -c user.email=selftest@example.invalid \
		commit -q -s -a -m "$1"
}

FAILS=0
expect() { # expect WANT PATTERN CHECK [VAR=value...]: run CHECK, match line
	local want=$1 pat=$2 check=$3 line; shift 3
	line=$(env "$@" "$TOP/checks/$check" 2>/dev/null | tail -1 || true)
	if [[ "$line" == "$want $check"* && "$line" == *"$pat"* ]]; then
		echo "  ok: $check gives '$line'"
	else
		echo "  NOT OK: $check gave '$line', wanted $want ... $pat"
		FAILS=$((FAILS + 1))
	fi
}
