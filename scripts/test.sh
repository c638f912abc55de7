#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's test command, and what .ci/run calls: installs what is missing,
# then builds and runs the whole suite twice -- GCC RelWithDebInfo with -Werror,
# and clang 14 with AddressSanitizer + UndefinedBehaviorSanitizer -- plus the
# format check. Any failure, warning or sanitizer report fails the run.
#
#   scripts/test.sh            everything (as CI does)
#   scripts/test.sh --quick    the GCC build and its tests only
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

quick=0
for arg in "$@"; do
    case "$arg" in
    --quick) quick=1 ;;
    *) echo "usage: scripts/test.sh [--quick]" >&2; exit 2 ;;
    esac
done

scripts/install-deps.sh
# Compiler cache shared by every build tree and clone on this machine (paths made relative).
export CCACHE_BASEDIR="$root"

jobs=$(nproc)
# Each phase's heading says when it started, so a slow CI run shows where its time went.
phase() { printf '== %s (at %dm%02ds)\n' "$1" $((SECONDS / 60)) $((SECONDS % 60)); }
export CTEST_OUTPUT_ON_FAILURE=1
export QT_QPA_PLATFORM=offscreen

phase "GCC RelWithDebInfo, -Werror"
cmake -S . -B build/gcc -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=g++ -DTICKETDESK_WERROR=ON -DTICKETDESK_BUILD_BENCHMARKS=ON
cmake --build build/gcc -j "$jobs"
cmake --build build/gcc --target format-check
ctest --test-dir build/gcc -j "$jobs" --timeout 300 --output-on-failure | tee build/gcc-ctest.log

[ "$quick" -eq 1 ] && exit 0

phase "Debian package: build, validate, install, smoke-test"
TICKETDESK_PKG_BUILD=build/gcc scripts/package.sh
TICKETDESK_PKG_BUILD=build/gcc scripts/package-smoke.sh

phase "clang 14, AddressSanitizer + UndefinedBehaviorSanitizer"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_COMPILER=clang++-14 -DTICKETDESK_SANITIZE=ON -DTICKETDESK_WERROR=ON
cmake --build build/asan -j "$jobs"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build/asan -j "$jobs" --timeout 600 --output-on-failure | tee build/asan-ctest.log

# Fuzzing (issue: libFuzzer targets): every fuzz/fuzz_*.cpp for 60 s under ASan+UBSan; any
# finding fails the run. The GCC build above already replayed each seed corpus as a ctest.
phase "clang 14 libFuzzer, 60 s per target"
cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DTICKETDESK_FUZZ=ON -DTICKETDESK_SANITIZE=ON -DTICKETDESK_BUILD_TESTS=OFF -DTICKETDESK_WERROR=ON
cmake --build build/fuzz -j "$jobs" --target fuzz-targets
BUILD_DIR=build/fuzz scripts/fuzz.sh 60

echo "== summary"
gcc_line=$(grep 'tests passed' build/gcc-ctest.log)
asan_line=$(grep 'tests passed' build/asan-ctest.log)
echo "GCC -Werror:     $gcc_line"
echo "clang ASan+UBSan: $asan_line"
total=$(( $(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$gcc_line") + $(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$asan_line") ))
echo "$total passed, 0 failed"
printf 'took %dm%02ds\n' $((SECONDS / 60)) $((SECONDS % 60))
