#!/usr/bin/env bash
# Measures the speed and memory targets of docs/BENCHMARKS.md as whole-process wall time
# (hyperfine, median of several runs), with notes and output on tmpfs (/dev/shm) so that
# the disk's mood does not count, except for the --fsync row, which needs the real disk and
# is only meaningful as a ratio taken in the same run.
#
#   ./mvnw -B -q package -DskipTests && src/bench/targets.sh [WORK_DIR_ON_TMPFS]
#
# Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/../.."
app=$PWD/target/smartnotes/bin/smartnotes
java=$PWD/target/smartnotes/runtime/bin/java
work=${1:-/dev/shm/smartnotes-bench}
disk=${DISK_DIR:-$PWD/target/bench-disk}
[ -x "$app" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
mkdir -p "$work" "$disk"
trap 'rm -rf "$work" "$disk"' EXIT

echo "## machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$java" -version 2>&1 | head -1)"
for n in 100 1000 10000 100000; do
  [ -d "$work/n$n" ] || "$app" sample --count "$n" --out "$work/n$n" --seed 1 >/dev/null
done

row() { # name, runs, command...
  local name=$1 runs=$2; shift 2
  hyperfine -N --style basic -w 1 -r "$runs" --prepare "rm -rf $work/out" --export-json "$work/h.json" "$@" >/dev/null
  python3 - "$name" "$work/h.json" <<'PY'
import json, sys, statistics
r = json.load(open(sys.argv[2]))["results"][0]
print(f"{sys.argv[1]}: median {statistics.median(r['times']):.3f} s (min {min(r['times']):.3f}, max {max(r['times']):.3f}, {len(r['times'])} runs)")
PY
}

row "java -version (same JDK)" 20 "$java -version"
row "smartnotes --version" 20 "$app --version"
row "100 notes, all formats" 10 "$app export --notes $work/n100 --out $work/out -q"
row "10,000 notes, all formats" 5 "$app export --notes $work/n10000 --out $work/out -q"
row "10,000 notes, all formats, --latency 100ms" 5 "$app export --notes $work/n10000 --out $work/out -q --latency 100ms"

rm -rf "$work/out"
/usr/bin/time -f "100,000 notes, all formats: %e s wall, peak memory %M KB" \
  "$app" export --notes "$work/n100000" --out "$work/out" -q 2>&1 | tail -1
rm -rf "$work/out"

# Incremental: a second run over the unchanged 10,000 notes against the first.
"$app" export --notes "$work/n10000" --out "$work/inc" -q
row "10,000 notes, second --incremental run (unchanged)" 5 "$app export --notes $work/n10000 --out $work/inc -q --incremental"

# --fsync on the real disk: both modes in one compare run, so the ratio is taken at one moment.
rm -rf "$disk/out"
"$app" export --notes "$work/n1000" --out "$disk/out" --fsync --mode compare | sed 's/^/fsync, 1,000 notes on disk: /'
