#!/usr/bin/env bash
# cost: expensive
# The rule-removal experiment: each validation rule of qcom,devmem is
# removed from qcom_common.c in turn, and the series' own parse suite
# (qcom_rproc_devmem_parse, without the harness patches) must fail for
# every one of them. Prints one line per rule with the failing cases.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
f=drivers/remoteproc/qcom_common.c
FAILS=0

# rule name, then the exact text of the source and what it becomes
rules=(
	"cells not whole entries|if (!len \|\| len % entry_bytes)|if (!len)"
	"empty property|if (!len \|\| len % entry_bytes)|if (len % entry_bytes)"
	"entry limit|if (num > QCOM_DEVMEM_MAX_ENTRIES)|if (0)"
	"zero size|if (!size)|if (0)"
	"device address alignment|IS_ALIGNED(da \| pa \| size,|IS_ALIGNED(pa \| size,"
	"physical address alignment|IS_ALIGNED(da \| pa \| size,|IS_ALIGNED(da \| size,"
	"size alignment|IS_ALIGNED(da \| pa \| size,|IS_ALIGNED(da \| pa,"
	"device range wrap|if (da_last > U32_MAX \|\| pa_last > U32_MAX)|if (pa_last > U32_MAX)"
	"physical range wrap|if (da_last > U32_MAX \|\| pa_last > U32_MAX)|if (da_last > U32_MAX)"
	"unknown flags|if (flags & ~QCOM_DEVMEM_KNOWN_FLAGS)|if (0)"
	"read or write access|if (!(flags & QCOM_DEVMEM_ACCESS))|if (0)"
	"overlap between entries|for (j = 0; j < i; j++) {|for (j = 0; j < 0; j++) {"
	"device range overlaps the carveout|if (carveout->size &&\n\t    qcom_ranges_overlap(da,|if (0 &&\n\t    qcom_ranges_overlap(da,"
	"physical range overlaps the carveout|if (carveout->size &&\n\t    qcom_ranges_overlap(pa,|if (0 &&\n\t    qcom_ranges_overlap(pa,"
	"System RAM|IORES_DESC_NONE) != REGION_DISJOINT)|IORES_DESC_NONE) != REGION_DISJOINT && 0)"
)

for r in "${rules[@]}"; do
	IFS='|' read -r rule from to <<<"$(sed 's/\\|/\x01/g' <<<"$r")"
	from=${from//$'\x01'/|} to=${to//$'\x01'/|}
	src=$(worktree rules HEAD)
	python3 - "$src/$f" "$from" "$to" <<-'EOF'
		import sys
		p, old, new = (a.replace('\\n', '\n').replace('\\t', '\t')
			       for a in sys.argv[1:])
		s = open(p).read()
		if s.count(old) != 1:
		    sys.exit("rule text found %d times: %s" % (s.count(old), old))
		open(p, 'w').write(s.replace(old, new))
	EOF
	log=$LOGS/rules-$(tr ' ' - <<<"$rule").log
	mkdir -p "$BUILD/wt/rules/out/kunit"
	(cd "$src" && flock "$KLOCK" python3 tools/testing/kunit/kunit.py run \
		--arch=arm64 --cross_compile=aarch64-linux-gnu- \
		--qemu_config="$src/tools/testing/kunit/qemu_configs/arm64_el2.py" \
		--kunitconfig="$src/drivers/remoteproc/.kunitconfig" \
		--build_dir="$BUILD/wt/rules/out/kunit" --jobs="$JOBS" \
		--make_options "CC=ccache aarch64-linux-gnu-gcc" \
		--kconfig_add CONFIG_KASAN=y qcom_rproc_devmem_parse >"$log" 2>&1) || true
	failed=$(sed -nE 's/.*\[FAILED\] (.*)$/\1/p' "$log" | grep -v '^qcom_rproc_devmem_parse$' | sort -u | tr '\n' ' ' || true)
	grep -q 'Testing complete' "$log" || { echo "not ok $rule removed: no test result (see $log)"; FAILS=$((FAILS + 1)); continue; }
	if [ -n "$failed" ]; then
		echo "ok $rule removed: fails $failed"
	else
		echo "not ok $rule removed: no case fails (see $log)"
		FAILS=$((FAILS + 1))
	fi
done
exit "$FAILS"
