#!/usr/bin/env bash
# warnings.sh LOG...: the compiler/sparse/dtc diagnostics in build logs, one
# per line, normalised for comparison across trees: the output and source
# directory prefixes and the line:column numbers are dropped, so that the
# same warning in a shifted line compares equal.
set -euo pipefail
grep -hE '(warning|error|Warning|Error)[: ]' "$@" 2>/dev/null |
	grep -vE '^(make|scripts/Makefile)' |
	sed -E -e 's#^(\.\./)+linux/##' -e 's#^/[^ :]*/build/(wt/[^/]+/)?linux/##' -e 's#^(\.\./)+##' \
	       -e 's#:[0-9]+(:[0-9]+)?:#:#g' -e 's#\(line [0-9]+\)##g' |
	sort || true
