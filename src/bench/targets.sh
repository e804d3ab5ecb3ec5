#!/usr/bin/env bash
# Measures the speed and memory targets of docs/BENCHMARKS.md as whole-process wall time
# (hyperfine, median of several runs), with notes and output on tmpfs (/dev/shm) so that
# the disk's mood does not count, except for the --fsync and attachment rows, which need the real
# disk and are only meaningful as ratios taken in the same run.
#
#   ./mvnw -B -q package -DskipTests && src/bench/targets.sh [WORK_DIR_ON_TMPFS]
#
# APP=/path/to/other/build/bin/smartnotes measures another build with the same notes (made by this
# build's `sample`); rows of features that build does not have are left out. BIG=1 adds the
# 1,000,000-note rows (some 4.6 GB of notes on tmpfs; their output, 3 million files, goes to the
# disk, which a tmpfs of half the memory cannot hold beside the notes; several minutes each).
#
# Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/../.."
this=$PWD/target/smartnotes/bin/smartnotes
app=${APP:-$this}
java=$(dirname "$(dirname "$app")")/runtime/bin/java
work=${1:-/dev/shm/smartnotes-bench}
disk=${DISK_DIR:-$PWD/target/bench-disk}
[ -x "$this" ] || { echo "build first: ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
mkdir -p "$work" "$disk"
# Removing a million notes' output from this machine's disk takes minutes: say so, or the script looks hung.
trap 'echo "removing the outputs in $work and $disk" >&2; rm -rf "$work/out" "$work/inc" "$disk"' EXIT

echo "## $app on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $("$java" -version 2>&1 | head -1)"
sizes="1 100 1000 10000 100000"
[ -n "${BIG:-}" ] && sizes="$sizes 1000000"
for n in $sizes; do # plain notes, as every build's sample wrote them before vaults
  [ -d "$work/n$n" ] || "$this" sample --plain --count "$n" --out "$work/n$n" --seed 1 >/dev/null
done
[ -d "$work/v10000" ] || "$this" sample --count 10000 --out "$work/v10000" --seed 1 >/dev/null

median() { # name, hyperfine JSON: prints the median and returns it in $last
  last=$(python3 - "$@" <<'PY'
import json, sys, statistics
r = json.load(open(sys.argv[2]))["results"][0]
m = statistics.median(r["times"])
print(f"{sys.argv[1]}: median {m:.3f} s (min {min(r['times']):.3f}, max {max(r['times']):.3f}, {len(r['times'])} runs)", file=sys.stderr)
print(f"{m:.4f}")
PY
)
}
row() { # name, runs, command...
  local name=$1 runs=$2; shift 2
  hyperfine -N --style basic -w 1 -r "$runs" --prepare "rm -rf $work/out" --export-json "$work/h.json" "$@" >/dev/null
  median "$name" "$work/h.json"
}
ratio() { python3 -c "print(f'$1: {$2 / $3:.2f}x')"; }
peak() { # name, command...: wall time and peak memory of one run
  local name=$1; shift
  rm -rf "$work/out"
  /usr/bin/time -f "$name: %e s wall, peak memory %M KB" "$@" 2>&1 | tail -1
  rm -rf "$work/out"
}

row "java -version (same JDK)" 20 "$java -version"
row "smartnotes --version" 20 "$app --version"
row "1 note, all formats" 20 "$app export --notes $work/n1 --out $work/out -q"
row "100 notes, all formats" 10 "$app export --notes $work/n100 --out $work/out -q"
row "10,000 notes, all formats" 5 "$app export --notes $work/n10000 --out $work/out -q"
full=$last
row "10,000 notes, all formats, --latency 100ms" 5 "$app export --notes $work/n10000 --out $work/out -q --latency 100ms"
peak "100,000 notes, all formats" "$app" export --notes "$work/n100000" --out "$work/out" -q
if [ -n "${BIG:-}" ]; then # to disk, both sizes, for their ratio; then an incremental run over the unchanged million
  rm -rf "$disk/big"
  /usr/bin/time -f "100,000 notes, all formats, to disk: %e s wall, peak memory %M KB" "$app" export --notes "$work/n100000" --out "$disk/big" -q
  rm -rf "$disk/big"
  /usr/bin/time -f "1,000,000 notes, all formats, to disk: %e s wall, peak memory %M KB" "$app" export --notes "$work/n1000000" --out "$disk/big" -q
  /usr/bin/time -f "1,000,000 notes, second --incremental run (unchanged): %e s wall, peak memory %M KB" \
    "$app" export --notes "$work/n1000000" --out "$disk/big" -q --incremental
  rm -rf "$disk/big"
fi

# Incremental: a second run over the unchanged 10,000 notes against the first.
rm -rf "$work/inc"
"$app" export --notes "$work/n10000" --out "$work/inc" -q
row "10,000 notes, second --incremental run (unchanged)" 5 "$app export --notes $work/n10000 --out $work/inc -q --incremental"
ratio "incremental / full export, 10,000 notes" "$last" "$full"

# --fsync on the real disk: both modes in one compare run, so the ratio is taken at one moment.
rm -rf "$disk/out"
"$app" export --notes "$work/n1000" --out "$disk/out" --fsync --mode compare | sed 's/^/fsync, 1,000 notes on disk: /'

if "$app" export --help | grep -q -- '--links'; then
  # A vault: links in every form, embeds, attachments, typed properties.
  row "10,000-note vault, all formats" 5 "$app export --notes $work/v10000 --out $work/out -q"
  linked=$last
  row "10,000-note vault, all formats, --links keep" 5 "$app export --notes $work/v10000 --out $work/out -q --links keep"
  ratio "links resolved and rewritten / --links keep" "$linked" "$last"
  # Attachments against cp -r of the same files, on the real disk, turn about.
  rm -rf "$disk/att" && mkdir -p "$disk/att/src" && tar -C "$work/v10000" --exclude='*.md' -cf - . | tar -C "$disk/att/src" -xf -
  hyperfine -N --style basic -w 1 -r 5 --prepare "rm -rf $disk/att/cp $disk/att/out" \
    "cp -r $disk/att/src $disk/att/cp" \
    "$app export --notes $disk/att/src --out $disk/att/out -q --format md --attachments all" 2>&1 | grep -E 'Time|^Benchmark'
  # The same with large files (ATT_FILES of 64 MiB, 16 by default: 1 GiB), where the copying itself takes the time.
  rm -rf "$disk/att" && mkdir -p "$disk/att/big"
  for i in $(seq 1 "${ATT_FILES:-16}"); do head -c 64M /dev/urandom > "$disk/att/big/file $i.bin"; done
  hyperfine -N --style basic -w 1 -r 5 --prepare "rm -rf $disk/att/cp $disk/att/out" \
    "cp -r $disk/att/big $disk/att/cp" \
    "$app export --notes $disk/att/big --out $disk/att/out -q --format md --attachments all" 2>&1 | grep -E 'Time|^Benchmark'
  rm -rf "$disk/att"
fi

if "$app" export --help | grep -q -- 'sqlite'; then
  row "10,000-note vault, --format json" 5 "$app export --notes $work/v10000 --out $work/out -q --format json"
  json=$last
  for f in sqlite table jsonl; do
    row "10,000-note vault, --format $f" 5 "$app export --notes $work/v10000 --out $work/out -q --format $f"
    ratio "$f / json" "$last" "$json"
  done
  row "10,000-note vault, --format sqlite --mode sequential" 3 "$app export --notes $work/v10000 --out $work/out -q --format sqlite --mode sequential"
  peak "100,000 notes, --format sqlite" "$app" export --notes "$work/n100000" --out "$work/out" -q --format sqlite
  if [ -n "${BIG:-}" ]; then
    rm -rf "$disk/big"
    /usr/bin/time -f "1,000,000 notes, --format sqlite, to disk: %e s wall, peak memory %M KB" \
      "$app" export --notes "$work/n1000000" --out "$disk/big" -q --format sqlite
    rm -rf "$disk/big"
  fi
fi
true
