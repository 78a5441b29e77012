#!/usr/bin/env bash
# Sourced by tests: a scratch worktree of build/linux at HEAD (the series)
# where a test commits a deliberately broken change, and expect() to run a
# check on it.
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

# scratch_init NAME: $WT, a worktree reset to the series' HEAD for test
# NAME. All tests share one, run one after the other: a kernel checkout
# costs half a minute to write, a reset of the last test's changes almost
# nothing, and its build outputs stay incremental.
scratch_init() {
	WT=$BUILD/wt/scratch/linux
	echo "scratch worktree for $1: $WT"
	if [ -e "$WT/.git" ]; then
		git -C "$WT" am --abort >/dev/null 2>&1 || true
		git -C "$WT" checkout -q -f --detach "$(git -C "$LINUX" rev-parse HEAD)"
		git -C "$WT" clean -q -fdx
	else
		git -C "$LINUX" worktree prune
		git -C "$LINUX" worktree add -q --detach "$WT" HEAD
	fi
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
