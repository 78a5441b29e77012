# Sourced by tests (after scratch.sh): export base..HEAD of the scratch
# worktree $WT as a mail-ready series, the way scripts/export.sh does.

# mkseries DIR: cover letter (with a subject and text), patches, series file
mkseries() {
	local dir=$1
	rm -rf "$dir"; mkdir -p "$dir"
	git -C "$WT" format-patch -q --zero-commit --no-signature --cover-letter \
		--base=base -o "$dir" base..HEAD
	sed -i -e 's/\*\*\* SUBJECT HERE \*\*\*/selftest: a series for the harness tests/' \
	       -e 's/\*\*\* BLURB HERE \*\*\*/A series made by the harness selftests./' \
	       "$dir/0000-cover-letter.patch"
	(cd "$dir" && ls -- *.patch | grep -v '^0000-') >"$dir/series"
}
