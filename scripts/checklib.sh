# Helpers shared by the checks format, apply, checkpatch, kerneldoc,
# dt-binding and dtbs. Sourced after lib.sh, never run.

# base_cache NAME: a file under build/cache/<base commit>/ for base-side
# results, which only depend on the base commit (and on NAME).
base_cache() {
	local dir
	dir=$BUILD/cache/$(git -C "$TREE" rev-parse base)
	mkdir -p "$dir"
	echo "$dir/$1"
}

# dt_warnings: the diagnostics in a dt_binding_check or dtbs_check log on
# stdin, sorted, without kbuild's progress lines, with directory prefixes
# and dtc/yamllint line:column positions dropped so that before and after
# compare. Dropped too: "ignoring, error in schema" from loading all the
# bindings, printed only when processed-schema.json is regenerated (the
# touched schemas' own errors come from dt-doc-validate). Node dumps
# ("{'compatible': ...}") are cut: they hold phandle values, which shift
# when a DTB gains labels or is built with -@ for overlays.
dt_warnings() {
	grep -vE '^(make(\[[0-9]+\])?[: ]|  [A-Z0-9_]+ |\s*$)|: ignoring, error in schema' |
	sed -E -e 's#[^ :]*/(Documentation|arch|include|scripts)/#\1/#g' \
	       -e 's#:[0-9]+\.[0-9]+-[0-9]+(\.[0-9]+)?:#:#g' \
	       -e 's#:[0-9]+(:[0-9]+)?:#:#g' -e "s#\\{'.*\\}#{...}#" |
	sort || true
}

# am_series WT: git am every patch of the series onto WT's HEAD, stopping at
# the first that fails; prints that patch and the reason, returns 1.
am_series() {
	local wt=$1 p out
	git -C "$wt" am --abort >/dev/null 2>&1 || true
	while read -r p; do
		[ -f "$p" ] || { echo "$(basename "$p"): listed in series but missing"; return 1; }
		if ! out=$(git -C "$wt" -c user.name=harness -c user.email=harness@example.invalid \
			am -q --whitespace=error-all "$p" 2>&1); then
			echo "$out" >&2
			git -C "$wt" am --abort >/dev/null 2>&1 || true
			echo "$(basename "$p") does not apply: $(grep -E '^(error|fatal):|: (trailing whitespace|space before tab|indent with spaces|new blank line)' <<<"$out" |
				sed -E 's#^[^ ]*/rebase-apply/patch:([0-9]+):#patch line \1:#' | head -2 | paste -sd';' -)"
			return 1
		fi
	done < <(series_patches)
}

# dt_key CHECK: a key for a series-side devicetree result of CHECK, which
# depends only on the check's code and on what the series changes in the
# DT sources, bindings, binding headers and dtc: a series that changes only
# C code reuses the result of the previous run instead of re-validating.
dt_key() {
	{
		cat "$TOP/checks/$1" "$TOP/scripts/checklib.sh"
		git -C "$TREE" diff base HEAD -- arch/arm64/boot/dts \
			Documentation/devicetree/bindings include/dt-bindings \
			scripts/dtc scripts/Makefile.lib scripts/Makefile.dtbs
	} | md5sum | cut -c1-16
}
