#!/usr/bin/env python3
"""Times commands turn about (A, B, A, B, ...) so that a machine whose speed drifts over minutes
treats them alike; prints the median and best wall time and the median CPU time of each.

    src/bench/interleaved.py RUNS CLEAN_DIR COMMAND...

CLEAN_DIR is removed before every run (the export's --out). Used for the before/after rows of
docs/BENCHMARKS.md, e.g. two builds of the tool side by side:

    src/bench/interleaved.py 10 /dev/shm/b/out \\
        "old/target/smartnotes/bin/smartnotes export --notes /dev/shm/b/n10000 --out /dev/shm/b/out -q" \\
        "target/smartnotes/bin/smartnotes export --notes /dev/shm/b/n10000 --out /dev/shm/b/out -q"
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

runs, clean, commands = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
wall = {c: [] for c in commands}
cpu = {c: [] for c in commands}
for _ in range(runs):
    for command in commands:
        shutil.rmtree(clean, ignore_errors=True)
        before, start = os.times(), time.perf_counter()
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
        elapsed, after = time.perf_counter() - start, os.times()
        wall[command].append(elapsed)
        cpu[command].append(after.children_user - before.children_user + after.children_system - before.children_system)
for command in commands:
    print(f"median {statistics.median(wall[command]):.3f} s  best {min(wall[command]):.3f} s  "
          f"cpu {statistics.median(cpu[command]):.3f} s  {command}")
