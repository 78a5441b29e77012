#!/usr/bin/env bash
# objects.sh OUT: the objects a kernel build in OUT links, one per line,
# tab-separated: the object (relative to OUT) and where it goes ("built-in",
# or "module NAME.ko"). Built-in objects are the members of OUT/vmlinux.a,
# a thin archive; a module's objects are listed in its .mod file, the
# modules in OUT/modules.order. Stale objects of an earlier configuration
# are not listed: only what this .config links is.
set -euo pipefail
out=$(realpath "$1")

[ -f "$out/vmlinux.a" ] || { echo "objects.sh: no $out/vmlinux.a (not built?)" >&2; exit 1; }
# a thin archive names its members by the path they were added with
ar t "$out/vmlinux.a" | sed -e "s#^$out/##" -e 's/$/\tbuilt-in/'
[ -f "$out/modules.order" ] || exit 0
while read -r mod; do
	name=$(basename "${mod%.o}").ko
	tr ' ' '\n' <"$out/${mod%.o}.mod" | sed -n "s/^\(.\+\.o\)\$/\1\tmodule $name/p"
done <"$out/modules.order"
