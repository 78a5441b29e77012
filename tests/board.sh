#!/usr/bin/env bash
# cost: cheap
# checks/board fails when one driver of the remote processors' supplier
# chain is not built (SMP2P: the five smp2p nodes have none) and passes on
# the product kernel. With BOARD_OLD=1 (tests/board-old.sh) it also builds
# the previous round's fragment, tests/board-old.config, and shows the
# check failing on it: 25 of the 34 suppliers without a driver.
set -euo pipefail
. "$(dirname "$0")/scratch.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$TOP/scripts/objects.sh" "$OUT/arm64" >"$tmp/all"
grep -v '^drivers/soc/qcom/smp2p\.o	' "$tmp/all" >"$tmp/no-smp2p"
cmp -s "$tmp/all" "$tmp/no-smp2p" && { echo "  NOT OK: smp2p.o is not built"; exit 1; }
expect FAIL "5 of 34 suppliers and 0 of 5 remote processors without a driver: qcom,smp2p" \
	board BOARD_OBJECTS="$tmp/no-smp2p"

if [ "${BOARD_OLD:-0}" = 1 ]; then
	old=$BUILD/wt/board-old/out/arm64
	"$TOP/scripts/config.sh" "$LINUX" "$old" "$TOP/tests/board-old.config" "${ARM64[@]:0:2}"
	kmake "$LINUX" "$old" "${ARM64[@]}" Image modules >"$LOGS/test-board-old-build.log" 2>&1
	"$TOP/scripts/objects.sh" "$old" >"$tmp/old"
	expect FAIL "25 of 34 suppliers" board BOARD_OBJECTS="$tmp/old"
fi
expect PASS "5 remote processors + 34 suppliers of each of 2 EL2 DTBs" board
exit "$FAILS"
