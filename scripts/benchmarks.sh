#!/usr/bin/env bash
# Runs every benchmark program built from tests/bench/ and writes docs/benchmarks.md from what
# they print. The figures (medians, percentiles, ratios to the calibration workload) are the
# programs' own; this script adds what each measures, its target, and the machine it ran on.
#
# Usage: scripts/benchmarks.sh [BUILD_DIR] [--quick] [--only NAME[,NAME...]] [--out FILE]
#
#   BUILD_DIR   the CMake build folder with the benchmarks in BUILD_DIR/bench (default: build)
#   --quick     smaller run counts for the slow benchmarks (a few minutes instead of about 15 on
#               2 quiet cores, longer under load); the page says so, per benchmark
#   --only      run only these benchmarks (e.g. --only bench_simulate,bench_dispatcher); the page
#               then has only their sections
#   --out FILE  where to write the page (default: docs/benchmarks.md in the source tree)
#
# Build the programs first, for example:
#   cmake --preset ci && cmake --build build-ci -j2 --target parkwatt-sim \
#       $(grep -o 'qt_add_executable(bench_[a-z_]*' tests/bench/CMakeLists.txt | cut -d'(' -f2)
#
# Exit status: 0 when every benchmark ran and exited 0; 1 when one failed or was missing (the page
# is written anyway and says which); 2 on bad arguments.

set -u -o pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=build
quick=0
only=""
out="$here/docs/benchmarks.md"

usage() { sed -n '5,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

positional=0
while [ $# -gt 0 ]; do
    case "$1" in
    --quick) quick=1 ;;
    --only)
        [ $# -ge 2 ] || { echo "benchmarks.sh: --only needs a list of names" >&2; exit 2; }
        only=$2
        shift
        ;;
    --out)
        [ $# -ge 2 ] || { echo "benchmarks.sh: --out needs a file" >&2; exit 2; }
        out=$2
        shift
        ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "benchmarks.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    *)
        [ $positional -eq 0 ] || { echo "benchmarks.sh: one build folder only, got '$1' too" >&2; exit 2; }
        build=$1
        positional=1
        ;;
    esac
    shift
done

# The build folder as given (for the page), and absolute (to run from).
build_shown=${build%/}
case "$build" in /*) build_abs=$build ;; *) build_abs=$PWD/$build ;; esac
if [ ! -f "$build_abs/CMakeCache.txt" ]; then
    echo "benchmarks.sh: $build is not a CMake build folder (no CMakeCache.txt); configure and build first" >&2
    exit 2
fi
bench_dir=$build_abs/bench

cache() { sed -n "s/^$1:[A-Z]*=//p" "$build_abs/CMakeCache.txt" | head -n 1; }
shared_dir=$(cache PARKWATT_SHARED_DIR)
[ -n "$shared_dir" ] || shared_dir=$here/../shared
scenarios=$shared_dir/scenarios

# The benchmark programs, in the order tests/bench/CMakeLists.txt defines them.
mapfile -t all_names < <(grep -o 'qt_add_executable(bench_[A-Za-z0-9_]*' "$here/tests/bench/CMakeLists.txt" | cut -d'(' -f2)
if [ ${#all_names[@]} -eq 0 ]; then
    echo "benchmarks.sh: no qt_add_executable(bench_...) in tests/bench/CMakeLists.txt" >&2
    exit 2
fi
names=()
if [ -n "$only" ]; then
    IFS=, read -r -a wanted <<<"$only"
    for w in "${wanted[@]}"; do
        found=0
        for n in "${all_names[@]}"; do [ "$n" = "$w" ] && found=1; done
        [ $found -eq 1 ] || { echo "benchmarks.sh: --only: no benchmark '$w' (known: ${all_names[*]})" >&2; exit 2; }
    done
    for n in "${all_names[@]}"; do
        for w in "${wanted[@]}"; do [ "$n" = "$w" ] && names+=("$n"); done
    done
else
    names=("${all_names[@]}")
fi

# ---------------------------------------------------------------------------------------------
# Per benchmark: its title, its arguments (full and --quick), and what it measures.

title_of() {
    case "$1" in
    bench_simulate) echo "Simulation speed" ;;
    bench_planner) echo "Planner" ;;
    bench_policy_quality) echo "Policy quality" ;;
    bench_dispatcher) echo "Dispatcher" ;;
    bench_cycle) echo "Live cycle against the simulator" ;;
    bench_storage) echo "Storage" ;;
    bench_controlroom) echo "Control room" ;;
    bench_passwordhash) echo "Password and PIN checks" ;;
    *) echo "$1" ;;
    esac
}

# The arguments each program gets. Empty means the program's own defaults.
args_of() {
    local name=$1
    if [ $quick -eq 1 ]; then
        case "$name" in
        bench_simulate) echo "$scenarios/garage-spring-500.json 3" ;;
        bench_planner) echo "5 3 --no-garage" ;;
        bench_policy_quality)
            local files=""
            for f in "$scenarios"/*.json; do
                case "$(basename "$f")" in garage-spring-500.json) ;; *) files="$files $f" ;; esac
            done
            echo "--skip-optimum-above-steps 500000$files"
            ;;
        bench_dispatcher) echo "100" ;;
        bench_cycle) echo "50,200,500 10" ;;
        bench_storage) echo "--seconds 60 --skip-history" ;;
        *) echo "" ;;
        esac
    else
        case "$name" in
        # Without the limit the optimum of garage-spring-500 (947,520 steps x sessions) does not
        # finish its first solve in 4 minutes (docs/control-quality.md).
        bench_policy_quality) echo "--skip-optimum-above-steps 500000" ;;
        *) echo "" ;;
        esac
    fi
}

# What the quick run leaves out, for the page.
quick_note_of() {
    case "$1" in
    bench_simulate) echo "3 runs instead of 7." ;;
    bench_planner) echo "5 solves at 50 EVs and 3 at 500 instead of 21 and 7; the 24 h policy run of garage-spring-500 is left out (--no-garage)." ;;
    bench_policy_quality) echo "garage-spring-500.json is left out (its two policy runs take over 3 minutes)." ;;
    bench_dispatcher) echo "100 cycles per row instead of 600." ;;
    bench_cycle) echo "10 measured cycles per size instead of 40." ;;
    bench_storage) echo "60 s of ingest instead of 300 s; the year of history and its chart queries are left out (--skip-history)." ;;
    *) echo "" ;;
    esac
}

about_of() {
    case "$1" in
    bench_simulate)
        cat <<'EOF'
The uncontrolled baseline what-if run on `garage-spring-500.json` (500 chargers, 658 sessions,
1,440 one-minute steps): loading and validating the scenario, then the median wall time over
several runs, simulated steps per second, the share of the 2 s budget, peak memory of the whole
process, and the ratio to the calibration workload.

**Target**: 24 h of that site in 2 s or less (700+ steps/s), under 200 MB.
EOF
        ;;
    bench_planner)
        cat <<'EOF'
The planner's LP (COIN-OR Clp) solve over 96 quarter hours on synthetic but realistic garage days
(commuters and residents, half of them on bidirectional chargers, a battery, PV and an office
load), at 50 and 500 EVs, with self-sufficiency only and with peak shaving: median and p99 of
several solves. Then the policy controller's `dispatch()` at 500 EVs while its re-plan is solved
in the background (`planInBackground`, as `parkwattd run` uses it): the per-call time and how long
until the new plan is in force. Last, 24 h of `garage-spring-500` under the policy controller
(planner and dispatcher), wall time, with perfect and with realistic forecasts.

**Targets**: a solve in 0.5 s at 50 EVs and 5 s at 500 EVs; 24 h of garage-spring-500 with the
policy in 60 s. The 1 s live cycle never waits for a plan.
EOF
        ;;
    bench_policy_quality)
        cat <<'EOF'
Uncontrolled charging (the baseline) against the policy controller, with perfect and with
realistic forecasts, on every shared scenario (`../shared/scenarios/`), with the ratio to an
independent optimum (`tests/support/OptimumLp`). Its output is markdown; the same program writes
[control-quality.md](control-quality.md), which explains the figures; its output follows as it
prints it, headings moved under this section.

**Bounds**: with perfect forecasts, peak ratio at most 1.03 and import ratio at most 1.02; with
realistic forecasts the aim is a peak ratio of 1.15 or better.
EOF
        ;;
    bench_dispatcher)
        cat <<'EOF'
One dispatch cycle in a simulated garage at 50, 500 and 2,000 chargers: a few hours of one-minute
cycles with cars arriving and leaving, a varying office load and PV, a battery, peak shaving,
backup and V2B on; each size once with a plan covering every EV and once without. Median, p99 and
max per cycle, and the median's ratio to the calibration workload.

**Target**: p99 at most 5 ms at 500 chargers.
EOF
        ;;
    bench_cycle)
        cat <<'EOF'
One full cycle of `LiveEngine` (read every device, dispatch, write the changed setpoints and wait
for their acknowledgement) against `parkwatt-sim` serving N Alfen chargers and an Eastron meter on
loopback, every bay with a car, the connection limited so that the dispatcher shares power and
setpoints move; 1 s cycle, 3 cycles of warm-up, then the measured cycles. In the same run the same
devices are polled the naive way (one request at a time, device after device) for the ratio. The
simulator is its own process; its CPU is shown apart. On a busy 2-core machine the cycle waits for
the simulator, which serves every device from one process on the same cores; real chargers answer
in parallel.

**Targets** at 500 chargers: p99 at most 250 ms, under 30 % of a core.
EOF
        ;;
    bench_storage)
        cat <<'EOF'
1. **Ingest**: 500 chargers x 6 values (3,000 series) at 1 Hz through the real `StorageWriter`,
   one commit per second of data as in a live run: per-commit wall time (median, p99, max) and the
   writer thread's CPU per second of data. Baseline in the same run: the same batches inserted
   straight into a (series, time) table, the obvious design the writer avoids.
2. **History**: a year generated by the benchmark (8 site series at 1 minute, 500 chargers x 6
   values at 15 minutes, hours rolled up): size on disk, and a year-long chart query of 1,000
   points from 1-minute, 15-minute and hourly data, next to a plain scan of the same rows.
   Generating the year takes 4 to 8 minutes and about 6.4 GiB in a temporary folder.

**Targets**: commit p99 at most 10 ms; a year-long query 300 ms from 1-minute data and 50 ms from
hourly data. More on the design: [storage.md](storage.md#figures-buildbenchbench_storage).
EOF
        ;;
    bench_controlroom)
        cat <<'EOF'
The control room's pages offscreen (`QT_QPA_PLATFORM=offscreen` unless set), 1450x960:

1. **1,000 bays at 1 Hz**: a new published cycle per tick (bays free, charging, discharging,
   waiting, some going offline and back; powers and energies moving every tick) into the Garage
   page, its model updated and the bay view repainted, 200 ticks; then the same with the whole
   page repainted and a bay in detail. **Target**: at most 10 ms per tick.
2. **Overview repaint**: the whole Overview page (power-flow diagram, today's tiles, alarms, the
   day's curves) after 30 cycles, 201 repaints. **Target**: at most 5 ms.
3. **A year of history**: a year of one-minute site series written through `StorageWriter`; the
   History page asked for the Year preset (from the Week preset each time) until the chart is
   painted, 15 runs. Same-run baselines: the page's read alone and the read's result pushed into
   the charts and painted. **Target**: at most 300 ms.

Each figure is the median, p90 and p99 of its runs and a ratio to the calibration workload of the
same run.
EOF
        ;;
    bench_passwordhash)
        cat <<'EOF'
What checking a secret costs on this machine: a user's password (PBKDF2-HMAC-SHA256, 600,000
rounds, the control room's sign-in and `parkwattd users`/`registers write`) and a kiosk PIN
(100,000 rounds), medians of 7 checks each, beside the calibration workload. No target: the
figures show what a sign-in costs and what an attacker with the hashes pays per guess.
EOF
        ;;
    *)
        echo "A benchmark program from tests/bench/ that this script has no description for yet."
        ;;
    esac
}

# ---------------------------------------------------------------------------------------------
# Output to markdown: lines starting with '|' are markdown tables and go as they are; every other
# run of lines goes into a fenced code block (column-aligned text stays aligned).

to_markdown() {
    awk '
        function flush_text() {
            if (ntext > 0) {
                # trim blank lines at both ends
                first = 1; last = ntext
                while (first <= last && text[first] ~ /^[ \t]*$/) first++
                while (last >= first && text[last] ~ /^[ \t]*$/) last--
                if (first <= last) {
                    print "```text"
                    for (i = first; i <= last; i++) print text[i]
                    print "```"
                    print ""
                }
            }
            ntext = 0
        }
        /^\|/ { flush_text(); intable = 1; print; next }
        {
            if (intable) { print ""; intable = 0 }
            text[++ntext] = $0
        }
        END { flush_text(); if (intable) print "" }
    '
}

# bench_policy_quality prints a markdown page of its own: its title becomes a level-3 heading and
# its per-scenario headings level 4, and its "generated by" lines are left out (this page says how
# it was made).
policy_quality_markdown() {
    awk '
        /^Generated by one command/ { skip = 1; next }
        skip && /^[ \t]*$/ { next }
        skip && /^    / { next }
        { skip = 0 }
        /^# / { print "##" $0; next }
        /^#/ { print "#" $0; next }
        { print }
    '
}

# ---------------------------------------------------------------------------------------------

compiler=$(cache CMAKE_CXX_COMPILER)
compiler_version=$("${compiler:-c++}" --version 2>/dev/null | head -n 1)
build_type=$(cache CMAKE_BUILD_TYPE)
cpu_model=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -n 1)
[ -n "$cpu_model" ] || cpu_model=unknown
cores=$(nproc)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
os=$( (. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-}") )
kernel=$(uname -r)
commit=$(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo unknown)
# Changes to the page itself (an earlier run's) do not change what was measured.
out_rel=$(realpath --relative-to="$here" "$out" 2>/dev/null || echo "$out")
if [ -n "$(git -C "$here" status --porcelain --untracked-files=no 2>/dev/null | grep -v " $out_rel\$")" ]; then
    commit="$commit (with uncommitted changes)"
fi
qt_version=$(sed -n 's/.*set(PACKAGE_VERSION "\([0-9.]*\)").*/\1/p' "$(cache Qt6_DIR)"/Qt6ConfigVersion*.cmake 2>/dev/null | head -n 1)
started_at=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
command_shown="scripts/benchmarks.sh $build_shown"
[ $quick -eq 1 ] && command_shown="$command_shown --quick"
[ -n "$only" ] && command_shown="$command_shown --only $only"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
script_start=$(date +%s)
for name in "${names[@]}"; do
    program=$bench_dir/$name
    read -r -a args <<<"$(args_of "$name")"
    section=$work/$name.md
    {
        echo "## $(title_of "$name"): \`$name\`"
        echo
        about_of "$name"
        echo
    } >"$section"
    if [ ! -x "$program" ]; then
        echo "benchmarks.sh: $program is missing: build it first (cmake --build $build_shown --target $name)" >&2
        {
            echo "**Not run**: \`$build_shown/bench/$name\` was not built."
            echo
        } >>"$section"
        failures=$((failures + 1))
        continue
    fi
    shown="$build_shown/bench/$name${args[*]:+ ${args[*]}}"
    shown=${shown//$scenarios/..\/shared\/scenarios}
    echo "benchmarks.sh: running $shown" >&2
    t0=$(date +%s.%N)
    (cd "$work" && "$program" "${args[@]}") >"$work/$name.out" 2>"$work/$name.err"
    status=$?
    t1=$(date +%s.%N)
    seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
    load_now=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "benchmarks.sh: $name exited $status after $seconds s" >&2
    {
        echo "Run: \`$shown\`, $seconds s, load average $load_now afterwards."
        if [ $quick -eq 1 ] && [ -n "$(quick_note_of "$name")" ]; then
            echo "Quick run (\`--quick\`): $(quick_note_of "$name")"
        fi
        echo
        if [ "$name" = bench_policy_quality ]; then
            policy_quality_markdown <"$work/$name.out"
            echo
        else
            to_markdown <"$work/$name.out"
        fi
        if [ $status -ne 0 ]; then
            echo "**Failed**: exit status $status. The end of its error output:"
            echo
            echo '```text'
            tail -n 20 "$work/$name.err"
            echo '```'
            echo
        fi
    } >>"$section"
    [ $status -eq 0 ] || failures=$((failures + 1))
done
total_s=$(($(date +%s) - script_start))
total_shown="$((total_s / 60)) min $((total_s % 60)) s"

page=$work/page.md
{
    echo "# Benchmarks"
    echo
    echo "<!-- Generated by scripts/benchmarks.sh: edit the script, not this page. -->"
    echo
    echo "**Generated** by \`$command_shown\` (from the repository root) on $started_at."
    echo "Do not edit by hand: run the command again. Benchmarks are programs under \`tests/bench/\` that"
    echo "print figures; they are not pass/fail tests. The machines here have 2 shared cores and"
    echo "are noisy, so every figure is a median (with percentiles where it matters) and most are"
    echo "also quoted as a ratio to a fixed calibration workload (20 M square roots, \`BenchStats.h\`)"
    echo "measured in the same run: compare ratios between runs, not milliseconds."
    echo
    if [ $quick -eq 1 ]; then
        echo "**Quick run** (\`--quick\`): the slow benchmarks ran with smaller run counts, said in each"
        echo "section. Run without \`--quick\` for the full figures (about 15 minutes on 2 quiet cores)."
        echo
    fi
    echo "| | |"
    echo "|---|---|"
    echo "| machine | $cores cores (\`nproc\`), $cpu_model, $memory |"
    echo "| system | ${os:-unknown}, Linux $kernel |"
    echo "| compiler | ${compiler_version:-unknown} |"
    echo "| build | \`$build_shown\`, ${build_type:-unknown}${qt_version:+, Qt $qt_version} |"
    echo "| source | commit $commit |"
    echo "| load average at start | $load_start |"
    echo "| whole run | $total_shown |"
    echo
    echo "To build and run them:"
    echo
    echo '```sh'
    echo "cmake --preset ci"
    echo "cmake --build build-ci -j2 --target parkwatt-sim ${all_names[*]}"
    echo "scripts/benchmarks.sh build-ci            # all, full run counts"
    echo "scripts/benchmarks.sh build-ci --quick    # smaller run counts for the slow ones"
    echo "scripts/benchmarks.sh build-ci --only bench_dispatcher,bench_simulate"
    echo '```'
    echo
    echo "Each program also runs on its own from the build folder; its arguments are in the first"
    echo "lines of its source (\`tests/bench/*.cpp\`)."
    echo
    for name in "${names[@]}"; do
        echo "- [$(title_of "$name")](#$(title_of "$name" | tr 'A-Z' 'a-z' | sed 's/ /-/g')-$name)"
    done
    echo
    echo "## Also measured elsewhere"
    echo
    echo "- The device simulator at 501 devices: [simulator.md](simulator.md#scale)."
    echo "- Storage over four hours and the design behind the figures:"
    echo "  [storage.md](storage.md#figures-buildbenchbench_storage)."
    echo "- Control quality per scenario, explained: [control-quality.md](control-quality.md)."
    echo
    for name in "${names[@]}"; do cat "$work/$name.md"; done
} >"$page"

mkdir -p "$(dirname "$out")"
cp "$page" "$out"
echo "benchmarks.sh: wrote $out in $total_shown ($failures problem(s))" >&2
[ $failures -eq 0 ]
