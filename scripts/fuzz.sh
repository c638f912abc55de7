#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 TicketDesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every built libFuzzer target (fuzz/fuzz_*.cpp) for SECONDS each, starting from a copy of
# its seed corpus so that new corpus entries never land in the repository. Fails on any crash,
# leak, sanitizer report or broken invariant; the reproducer is left in the printed directory.
#
#   scripts/fuzz.sh [SECONDS]          (default 60; BUILD_DIR defaults to build/fuzz;
#                                       FUZZ_JOBS targets at once, default one per core)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
build=$(cd "${BUILD_DIR:-$root/build/fuzz}" && pwd)

case "$seconds" in
'' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

work=$(mktemp -d "${TMPDIR:-/tmp}/ticketdesk-fuzz.XXXXXX")

# One target in its own folder; its exit status goes to $work/<target>/status.
fuzz_one() {
    local name=$1 target=$2 binary=$3 status=0
    (cd "$work/$target" && "$binary" corpus \
        -max_total_time="$seconds" -error_exitcode=1 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$work/$target/artifacts/" -print_final_stats=1) >"$work/$target/log" 2>&1 || status=$?
    echo "$status" >"$work/$target/status"
}

# libFuzzer runs one process per target: FUZZ_JOBS of them at once (default: one per core), so
# each target still gets its SECONDS of a core and the whole run takes about
# SECONDS x targets / cores.
jobs=${FUZZ_JOBS:-$(nproc)}
case "$jobs" in
'' | *[!0-9]* | 0) echo "FUZZ_JOBS must be a positive number" >&2; exit 2 ;;
esac
targets=()
for source in "$root"/fuzz/fuzz_*.cpp; do
    name=$(basename "$source" .cpp)
    target=${name#fuzz_}
    binary="$build/fuzz/$name"
    if [ ! -x "$binary" ]; then
        echo "== $name: not built, skipped"
        continue
    fi
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    cp "$root/fuzz/corpus/$target/"* "$work/$target/corpus/"
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    echo "== $name: ${seconds}s"
    fuzz_one "$name" "$target" "$binary" &
    targets+=("$name")
done
wait

failed=0
summary=""
for name in "${targets[@]}"; do
    target=${name#fuzz_}
    status=$(cat "$work/$target/status" 2>/dev/null || echo "?")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target/log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target/log" | tail -n 1)
    summary+=$(printf '%-24s %10s execs %8s exec/s' "$name" "${execs:-?}" "${rate:-?}")$'\n'
    if [ "$status" != 0 ] || ls "$work/$target/artifacts/"* >/dev/null 2>&1; then
        echo "!! $name failed (exit $status); log and reproducer in $work/$target"
        tail -n 60 "$work/$target/log"
        failed=1
    fi
done

echo "== fuzz summary (${seconds}s per target)"
printf '%s' "$summary"
if [ "${#targets[@]}" -eq 0 ]; then
    echo "no fuzz targets found in $build/fuzz" >&2
    exit 1
fi
if [ "$failed" -ne 0 ]; then
    exit 1
fi
rm -rf "$work"
