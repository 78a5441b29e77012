#!/usr/bin/env bash
# run.sh [--cheap]: run the harness tests (tests/*.sh with a "# cost:" line
# in their header; only "# cost: cheap" ones with --cheap), print "ok NAME"
# or "not ok NAME" for each, then "N passed, N failed"; exit 1 on failure.
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
. "$dir/../scripts/lib.sh"
cheap=0
[ "${1:-}" = --cheap ] && cheap=1
pass=0 fail=0
for t in "$dir"/*.sh; do
	cost=$(head -3 "$t" | sed -n 's/^# cost: *//p')
	[ -n "$cost" ] || continue # a helper, not a test
	[ $cheap -eq 1 ] && [ "$cost" != cheap ] && continue
	name=$(basename "$t" .sh)
	if bash "$t" >"$LOGS/test-$name.log" 2>&1; then
		echo "ok $name"; pass=$((pass + 1))
	else
		echo "not ok $name"; echo "  (see $LOGS/test-$name.log)"; fail=$((fail + 1))
		sed 's/^/  /' "$LOGS/test-$name.log" | grep -i 'not ok' || true
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
