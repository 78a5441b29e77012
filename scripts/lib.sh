#!/usr/bin/env bash
# Common settings for the harness scripts. Sourced, never run.
# shellcheck disable=SC2034

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$TOP/build
LINUX=$BUILD/linux
OUT=$BUILD/out
LOGS=$BUILD/logs
PATCHES=${PATCHES:-$TOP/patches}
# The harness's own test patches, applied on top of the series for KUnit.
HARNESS=${HARNESS:-$TOP/harness}
CONFIGS=$TOP/configs
# The product kernel: allnoconfig + these fragments (scripts/config.sh).
PRODUCT_CONFIG="$CONFIGS/sa8775p-kvm.config $CONFIGS/sa8775p-board.config"

# The base this series was tested with; see scripts/base.sh for the fallback.
BASE_PKG=linux-source-6.12
BASE_PIN=6.12.118-1~deb12u1

# LOCALVERSION set (empty): no "+" for a tree past its tag, so that every
# arm64 build in one output directory agrees on the release (and make deb
# packages what make built).
ARM64=(ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- "CC=ccache aarch64-linux-gnu-gcc" LOCALVERSION=)
ARM32=(ARCH=arm CROSS_COMPILE=arm-linux-gnueabihf- "CC=ccache arm-linux-gnueabihf-gcc")
CLANG64=(ARCH=arm64 LLVM=1 "CC=ccache clang")
JOBS=${JOBS:-$(nproc)}

# ccache lives in the home directory so that a fresh clone (CI) reuses it.
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/pas-kvm-ccache}
export CCACHE_BASEDIR=$TOP
export CCACHE_NOHASHDIR=1
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=pas-kvm KBUILD_BUILD_HOST=harness
export DT_SCHEMA_MIN_VERSION=2022.08

mkdir -p "$LOGS"

die() { echo "error: $*" >&2; exit 1; }
note() { echo ">> $*" >&2; }

# kmake SRC OUT [args...]: make in kernel tree SRC with output in OUT.
# Kernel builds take a machine-wide lock: never two at once on 2 cores.
KLOCK=$HOME/.cache/pas-kvm-build.lock
kmake() {
	local src=$1 out=$2; shift 2
	mkdir -p "$(dirname "$KLOCK")"
	flock "$KLOCK" make -C "$src" O="$out" -j"$JOBS" "$@"
}

# series_files DIR: the files DIR/series names, in order, as paths.
series_files() {
	local f
	[ -f "$1/series" ] || return 0
	while read -r f; do
		case "$f" in ''|'#'*) continue ;; esac
		echo "$1/$f"
	done < "$1/series"
}

# The patches of the series, in order, without the cover letter.
series_patches() { series_files "$PATCHES"; }

# The harness's test patches, in the order of harness/series.
harness_patches() { series_files "$HARNESS"; }

# kunit_out: where scripts/kunit.sh builds and runs the KUnit kernel.
kunit_out() {
	echo "$BUILD/wt/kunit/out/kunit"
}

# Files touched by the series (final state), one per line.
touched_files() {
	git -C "$TREE" diff --name-only --diff-filter=d base HEAD
}

# The tree under test: a git tree whose tag "base" is the base and whose HEAD
# is the tip of the series. Tests of the harness point it elsewhere.
TREE=${TREE:-$LINUX}

# worktree NAME REV: print the path of a detached checkout of REV (of $TREE's
# repository) at $BUILD/wt/NAME/linux, made or moved there; unchanged files
# keep their timestamps, so builds in it stay incremental. Build it in
# $BUILD/wt/NAME/out/*: with the same layout as build/linux and build/out/*,
# the compiler sees the same relative paths and ccache hits across trees.
worktree() {
	local dir=$BUILD/wt/$1/linux rev
	rev=$(git -C "$TREE" rev-parse "$2^{commit}")
	if [ -e "$dir/.git" ]; then
		git -C "$dir" checkout -q -f --detach "$rev"
		git -C "$dir" clean -q -fdx
	else
		mkdir -p "$BUILD/wt/$1"
		git -C "$TREE" worktree prune
		git -C "$TREE" worktree add -q -f --detach "$dir" "$rev"
	fi
	echo "$dir"
}

# tree_out: the output directory root for $TREE ($OUT for build/linux).
tree_out() {
	if [ "$(realpath "$TREE")" = "$(realpath "$LINUX")" ]; then
		echo "$OUT"
	else
		echo "$(dirname "$TREE")/out"
	fi
}

# verdict NAME PASS|FAIL [REASON]: the one line every check prints, then
# exit (0 for PASS). A PASS may carry a short fact, e.g. a test count.
verdict() {
	if [ "$2" = PASS ]; then echo "PASS $1${3:+: $3}"; exit 0; fi
	echo "FAIL $1: ${3:-no reason given}"; exit 1
}

# Directories (with a trailing slash) holding the .c files the series
# touches; drivers/remoteproc/ when it touches none.
touched_dirs() {
	local d
	d=$(touched_files | grep '\.c$' | xargs -r -n1 dirname | sort -u | sed 's#$#/#')
	echo "${d:-drivers/remoteproc/}"
}

# dir_build SRC OUT LOG [make args]: rebuild the touched directories from
# scratch (ccache replays the diagnostics) with W=1; output in LOG.
dir_build() {
	local src=$1 out=$2 log=$3 d; shift 3
	for d in $(touched_dirs); do
		find "$out/$d" -maxdepth 1 -name '*.o' -delete 2>/dev/null || true
	done
	# shellcheck disable=SC2046
	kmake "$src" "$out" "$@" W=1 $(touched_dirs) >"$log" 2>&1
}

# kmake_dtbs SRC OUT [make args]: build the SA8775p DTBs of SRC one make
# call each: single-target builds given together race under -j (both would
# build the overlay's base sa8775p-ride.dtb at once).
kmake_dtbs() {
	local src=$1 out=$2 d; shift 2
	for d in $("$TOP/scripts/dtbs.sh" "$src"); do
		kmake "$src" "$out" "$@" "$d" || return
	done
}
