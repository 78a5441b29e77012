#!/usr/bin/env bash
# bench.sh: the cost figures of the series, from the KUnit run of
# scripts/kunit.sh (series + the harness's test patches) and the product
# build of scripts/build.sh:
#  1. for each SA8775p carveout and devmem table, the map_pages calls and
#     pages of each size the helpers made through a fake IOMMU domain that
#     has the page sizes of a real SMMUv3 paging domain, next to the
#     fewest the alignment allows; FAIL if any region costs more (the
#     harness's KUnit cases also fail then);
#  2. the time of parsing each table at probe, and of one start/stop cycle
#     with fake backends (KASAN kernel under QEMU, so upper bounds, not
#     hardware figures);
#  3. bloat-o-meter of each object the series touches, base vs. series, in
#     the product configuration ($PRODUCT_CONFIG, scripts/lib.sh).
# Output on stdout and in $LOGS/bench.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
log=$LOGS/bench.log
raw=$(kunit_out)/test.log
: >"$log"

"$TOP/scripts/kunit.sh" || die "KUnit failed (see $LOGS/kunit.log)"
# kunit_info() lines of the cases: "    # <case>: bench: <figure>"
figures=$(sed -nE 's/^ *# [A-Za-z0-9_]+: bench: //p' "$raw")
[ -n "$figures" ] || die "no bench figures in $raw"

# "<region>: map_pages N (min M), pages 4K/2M/1G a/b/c (min x/y/z)"
parsed=$(sed -nE 's/^(.*): map_pages ([0-9]+) \(min ([0-9]+)\), pages [0-9KMG\/]+ ([0-9\/]+) \(min ([0-9\/]+)\)$/\1|\2|\3|\4|\5/p' <<<"$figures")
over=$(awk -F'|' '$2 != $3 || $4 != $5 { print $1 }' <<<"$parsed")
regions=$(grep -c 'map_pages' <<<"$figures" || true)
# A figure this script cannot read is not one it may call minimal.
[ "$(grep -c . <<<"$parsed" || true)" -eq "$regions" ] ||
	die "unreadable mapping figures in $raw: $(grep 'map_pages' <<<"$figures" | head -1)"

{
	echo "== IOMMU mapping cost per region (page sizes of a real SMMUv3 domain)"
	grep 'map_pages' <<<"$figures" || true
	echo "== qcom,devmem parsing at probe, start/stop cycle"
	grep -v 'map_pages' <<<"$figures" || true
} | tee -a "$log"

# The series' objects in the product build, and the same objects of the base.
objs=()
for f in $(touched_files | grep '\.c$'); do
	[ -f "$OUT/arm64/${f%.c}.o" ] && objs+=("${f%.c}.o")
done
if [ "${#objs[@]}" -gt 0 ]; then
	src=$(worktree bench-base base)
	bout=$(dirname "$src")/out/arm64
	"$TOP/scripts/config.sh" "$src" "$bout" "$PRODUCT_CONFIG" "${ARM64[@]:0:2}"
	kmake "$src" "$bout" "${ARM64[@]}" "${objs[@]}" >>"$log" 2>&1 ||
		die "base build of ${objs[*]} failed (see $log)"
	echo "== bloat-o-meter, base -> series (product config)" | tee -a "$log"
	for o in "${objs[@]}"; do
		if [ -f "$bout/$o" ]; then
			echo "-- $o"
			NM=aarch64-linux-gnu-nm python3 "$LINUX/scripts/bloat-o-meter" "$bout/$o" "$OUT/arm64/$o" |
				grep -v "^__UNIQUE_ID_"
		else
			echo "-- $o: new in the series, $(aarch64-linux-gnu-size -A "$OUT/arm64/$o" | awk '$1 == "Total" { print $2 }') bytes"
		fi
	done | tee -a "$log"
fi

[ "$regions" -gt 0 ] || die "no mapping figures in $raw"
[ -z "$over" ] || die "more than the minimum: $(tr '\n' ';' <<<"$over")"
note "every region ($regions) mapped with the fewest calls and pages"
