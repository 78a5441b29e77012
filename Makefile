# SA8775p remoteproc (PAS) on a KVM host: the patch series and its harness.
# See README.md. Every target delegates to a script in scripts/.

.PHONY: all setup base tree export build check selftest kunit bench boot deb clean

all: build

setup:
	@scripts/setup.sh

base: setup
	@scripts/base.sh

tree: base
	@scripts/tree.sh

export:
	@scripts/export.sh

build: tree
	@scripts/build.sh
	@scripts/outputs.sh

check: build
	@scripts/check.sh $(CHECKS)

selftest: build
	@tests/run.sh

kunit: tree
	@scripts/kunit.sh && grep -E 'Testing complete' build/logs/kunit.log

bench: build
	@scripts/bench.sh

deb: build
	@scripts/deb.sh

boot: deb
	@scripts/boot.sh

clean:
	rm -rf build/out build/logs build/wt
