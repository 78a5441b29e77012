#!/usr/bin/env bash
# cost: expensive
# Mutation test of the series' own KUnit suites (without the harness
# patches): each validation rule of qcom,devmem and of TrustZone's resource
# table, each size check of the SCM resource table call, the metadata's
# return to the tzmem pool, the choice of the device memory source and each
# EL2 fix of the PAS driver and its helpers is removed in turn, or a helper
# is made to map one page short, and at least one series case must fail for
# every such mutant.
# Prints one line per mutant with the cases that fail; the log of each run
# is $LOGS/mutant-<name>.log.
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
c=drivers/remoteproc/qcom_common.c
p=drivers/remoteproc/qcom_q6v5_pas.c
s=drivers/firmware/qcom/qcom_scm.c
r=include/linux/rsc_table.h
FAILS=0

# name|file|exact source text|what it becomes ("\|" is a literal "|",
# "\n" and "\t" a newline and a tab)
# The walker's own check that each entry lies in the table is the core's
# (rsc_table_for_each_entry()), hardened by the series to check that the
# offsets do too: that check is a mutant here ("core: ...").
mutants=(
	"rule: cells not whole entries|$c|if (!len \|\| len % entry_bytes)|if (!len)"
	"rule: empty property|$c|if (!len \|\| len % entry_bytes)|if (len % entry_bytes)"
	"rule: entry limit|$c|if (num > QCOM_DEVMEM_MAX_ENTRIES)|if (0)"
	"rule: zero size|$c|if (!e->size) {|if (0) {"
	"rule: device address alignment|$c|IS_ALIGNED(e->da \| e->pa \| e->size,|IS_ALIGNED(e->pa \| e->size,"
	"rule: physical address alignment|$c|IS_ALIGNED(e->da \| e->pa \| e->size,|IS_ALIGNED(e->da \| e->size,"
	"rule: size alignment|$c|IS_ALIGNED(e->da \| e->pa \| e->size,|IS_ALIGNED(e->da \| e->pa,"
	"rule: device range wrap|$c|if (da_last > U32_MAX \|\| pa_last > U32_MAX)|if (pa_last > U32_MAX)"
	"rule: physical range wrap|$c|if (da_last > U32_MAX \|\| pa_last > U32_MAX)|if (da_last > U32_MAX)"
	"rule: unknown flags|$c|if (flags & ~QCOM_DEVMEM_KNOWN_FLAGS) {|if (0) {"
	"rule: read or write access|$c|if (!(e->prot & (IOMMU_READ \| IOMMU_WRITE))) {|if (0) {"
	"rule: overlap between entries|$c|for (j = 0; j < i; j++) {|for (j = 0; j < 0; j++) {"
	"rule: device range overlaps the carveout|$c|if (carveout->size &&\n\t    qcom_ranges_overlap(e->da,|if (0 &&\n\t    qcom_ranges_overlap(e->da,"
	"rule: physical range overlaps the carveout|$c|if (carveout->size &&\n\t    qcom_ranges_overlap(e->pa,|if (0 &&\n\t    qcom_ranges_overlap(e->pa,"
	"rule: System RAM|$c|IORES_DESC_NONE) != REGION_DISJOINT) {|IORES_DESC_NONE) != REGION_DISJOINT && 0) {"
	"table rule: version|$c|if (rsc->ver != QCOM_RSC_TABLE_VERSION) {|if (0) {"
	"table rule: entry count|$c|if (rsc->num > QCOM_DEVMEM_MAX_ENTRIES) {|if (0) {"
	"table rule: offset past the offsets|$c|if (entry < struct_size(walk->rsc, offset, walk->rsc->num) \|\||if (0 \|\|"
	"table rule: offset aligned|$c|    !IS_ALIGNED(entry, sizeof(u32))) {|    0) {"
	"table rule: devmem entry inside the table|$c|if (avail < sizeof(*devmem)) {|if (0) {"
	"table rule: reserved field zero|$c|if (devmem->reserved) {|if (0) {"
	"table rule: unknown flags|$c|if (devmem->flags & ~QCOM_RSC_KNOWN_PROT) {|if (0) {"
	"core: offsets fit in the table|$r|    struct_size(table, offset, table->num) > table_sz) {|    0) {"
	"scm: too small read from the first word|$s|if (ret && res->result[1] == QCOM_SCM_PAS_RSC_TABLE_TOO_SMALL)|if (ret && res->result[0] == QCOM_SCM_PAS_RSC_TABLE_TOO_SMALL)"
	"scm: too small whatever the call returned|$s|if (ret && res->result[1] == QCOM_SCM_PAS_RSC_TABLE_TOO_SMALL)|if (res->result[1] == QCOM_SCM_PAS_RSC_TABLE_TOO_SMALL)"
	"scm: reported size kept as a u64|$s|	*size = res->result[2];|	*size = (u32)res->result[2];"
	"scm: size bounded before the retry|$s|needed <= QCOM_SCM_PAS_RSC_TABLE_MAX_SIZE) {|1) {"
	"scm: reported size fits the buffer|$s|} else if (!needed \|\| needed > output_size) {|} else if (!needed) {"
	"scm: metadata freed when init fails|$s|		qcom_scm_pas_free_metadata(use_tzmem, mdata_buf, size, mdata_phys);\n|"
	"scm: metadata freed by its own allocator|$s|	if (use_tzmem)\n\t\tqcom_tzmem_free(buf);|	if (0)\n\t\tqcom_tzmem_free(buf);"
	"source: qcom,devmem before TrustZone|$p|	if (pas->devmem.num) {|	if (0) {"
	"source: no device memory refused|$p|	if (!qcom_scm_pas_rsc_table_available())\n\t\treturn dev_err_probe|	if (0)\n\t\treturn dev_err_probe"
	"source: the image's table given to TrustZone|$p|qcom_scm_pas_get_rsc_table(pas->pas_ctx, input, input_size,|qcom_scm_pas_get_rsc_table(pas->pas_ctx, NULL, 0,"
	"source: the core's table fields left alone|$p|	rproc->cached_table = cached;\n|"
	"source: TrustZone table released on stop|$p|	qcom_unmap_carveout(rproc, &pas->carveout);\n\tqcom_pas_put_tz_devmem(pas);\n}|	qcom_unmap_carveout(rproc, &pas->carveout);\n}"
	"fix: devmem page size checked first|$c|if (!IS_ALIGNED(entry->da \| entry->pa \| entry->size, pgsize)) {|if (0) {"
	"fix: stale carveout in a new domain|$c|if (qcom_iommu_range_mapped(rproc->domain, carveout->iova,|if (1 \|\| qcom_iommu_range_mapped(rproc->domain, carveout->iova,"
	"fix: stale devmem in a new domain|$c|if (qcom_iommu_range_mapped(rproc->domain, entry->da,|if (1 \|\| qcom_iommu_range_mapped(rproc->domain, entry->da,"
	"fix: mapped carveout refused before io-pgtable|$c|	if (carveout->mapped) {\n\t\tif (qcom_iommu_range_mapped|	if (0) {\n\t\tif (qcom_iommu_range_mapped"
	"fix: mappings kept when shutdown fails|$p|		if (pas->rproc->has_iommu)\n\t\t\treturn ret;|		if (0)\n\t\t\treturn ret;"
	"fix: mappings kept when shutdown fails after a timeout|$p|	if (!keep_iommu)\n\t\tqcom_pas_unmap_iommu(pas);|	qcom_pas_unmap_iommu(pas);"
	"fix: DTB carveout unmapped on stop and on a failed start|$p|	qcom_unmap_carveout(rproc, &pas->dtb_carveout);\n\tqcom_unmap_carveout(rproc, &pas->carveout);\n\tqcom_pas_put_tz_devmem(pas);|	qcom_unmap_carveout(rproc, &pas->carveout);\n\tqcom_pas_put_tz_devmem(pas);"
	"fix: DTB carveout unmapped when the devmem map fails|$p|unmap_dtb_carveout:\n\tqcom_unmap_carveout(rproc, &pas->dtb_carveout);\n|unmap_dtb_carveout:\n"
	"fix: DTB carveout bridged around its authentication|$p|ret = qcom_scm_pas_prepare_and_auth_reset(pas->dtb_pas_ctx);|ret = qcom_scm_pas_auth_and_reset(pas->dtb_pas_id);"
	"fix: carveout unmapped for the CPU after loading|$p|	qcom_pas_unmap_mem_region(pas);\n\tif (ret)\n\t\tgoto release_pas_metadata;|	if (ret)\n\t\tgoto release_pas_metadata;"
	"off by one page: devmem mapped one page short|$c|entry->size, entry->prot, GFP_KERNEL);|entry->size - SZ_4K, entry->prot, GFP_KERNEL);"
)

for m in "${mutants[@]}"; do
	IFS='|' read -r name file from to <<<"$(sed 's/\\|/\x01/g' <<<"$m")"
	from=${from//$'\x01'/|} to=${to//$'\x01'/|}
	src=$(worktree mutants HEAD)
	python3 - "$src/$file" "$from" "$to" <<-'EOF'
		import sys
		p, old, new = (a.replace('\\n', '\n').replace('\\t', '\t')
			       for a in sys.argv[1:])
		s = open(p).read()
		if s.count(old) != 1:
		    sys.exit("mutant text found %d times: %s" % (s.count(old), old))
		open(p, 'w').write(s.replace(old, new))
	EOF
	log=$LOGS/mutant-$(tr -c 'a-z0-9\n' - <<<"$name").log
	mkdir -p "$BUILD/wt/mutants/out/kunit"
	(cd "$src" && flock "$KLOCK" python3 tools/testing/kunit/kunit.py run \
		--arch=arm64 --cross_compile=aarch64-linux-gnu- \
		--qemu_config="$src/tools/testing/kunit/qemu_configs/arm64_el2.py" \
		--kunitconfig="$src/drivers/remoteproc/.kunitconfig" \
		--build_dir="$BUILD/wt/mutants/out/kunit" --jobs="$JOBS" \
		--make_options "CC=ccache aarch64-linux-gnu-gcc" \
		--kconfig_add CONFIG_KASAN=y >"$log" 2>&1) || true
	if ! grep -q 'Testing complete' "$log"; then
		echo "not ok $name: no test result (see $log)"
		FAILS=$((FAILS + 1))
		continue
	fi
	# the failing cases and parameters, without the suites and banners
	failed=$(sed -nE 's/^\[[0-9:]+\] \[FAILED\] (.*)$/\1/p' "$log" | sort -u |
		 tr '\n' ',' | sed 's/,$//; s/,/, /g' || true)
	if [ -n "$failed" ]; then
		echo "ok $name: fails $failed"
	else
		echo "not ok $name: no case fails (see $log)"
		FAILS=$((FAILS + 1))
	fi
done
exit "$FAILS"
