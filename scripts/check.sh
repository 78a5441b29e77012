#!/usr/bin/env bash
# check.sh [CHECK...]: run the checks (all, in order, by default), print each
# verdict with its time, then "N passed, N failed"; exit 1 on any failure.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

ALL=(format apply checkpatch build kerneldoc dt-binding dtbs overlay board maintainers kunit testbuild boot clang arm32 selftest)
[ $# -gt 0 ] && ALL=("$@")
pass=0 fail=0 t0=$SECONDS
for c in "${ALL[@]}"; do
	start=$SECONDS
	if [ ! -x "$TOP/checks/$c" ]; then
		line="FAIL $c: no such check"
	else
		line=$("$TOP/checks/$c" 2>>"$LOGS/$c.stderr" | tail -1)
		rc=${PIPESTATUS[0]}
		[ -n "$line" ] || line="FAIL $c: no verdict (exit $rc, see $LOGS/$c.stderr)"
		[ "$rc" -eq 0 ] || [ "${line%% *}" = FAIL ] || line="FAIL $c: exit $rc after: $line"
	fi
	case "$line" in PASS*) pass=$((pass + 1)) ;; *) fail=$((fail + 1)) ;; esac
	printf '%s  [%ds]\n' "$line" $((SECONDS - start))
done
echo "total time: $((SECONDS - t0))s"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
