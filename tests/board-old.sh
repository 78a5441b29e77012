#!/usr/bin/env bash
# cost: expensive
# checks/board fails on the kernel of the previous round's fragment
# (tests/board-old.config, the PAS driver without its suppliers: 25 of the
# 34 have no driver there); builds that kernel in build/wt/board-old.
set -euo pipefail
BOARD_OLD=1 exec bash "$(dirname "$0")/board.sh"
