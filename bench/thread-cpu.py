#!/usr/bin/env python3
"""CPU time per thread of a running JVM over an interval, summed by thread name (digits folded to '#'), from
/proc/PID/task/*/stat and comm: no agent and no safepoint, so it does not disturb the process it measures.

    bench/thread-cpu.py PID SECONDS [TOP]
"""
import os
import re
import sys
import time
from collections import defaultdict

TICK = os.sysconf("SC_CLK_TCK")


def sample(pid):
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            threads[tid] = (name, int(fields[11]) + int(fields[12]))  # utime + stime, in ticks
        except (FileNotFoundError, ProcessLookupError):
            pass
    return threads


def main():
    pid, seconds = sys.argv[1], float(sys.argv[2])
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    before = sample(pid)
    time.sleep(seconds)
    after = sample(pid)
    by_name = defaultdict(float)
    counts = defaultdict(int)
    for tid, (name, ticks) in after.items():
        used = (ticks - before.get(tid, (name, 0))[1]) / TICK
        key = re.sub(r"\d+", "#", name)
        by_name[key] += used
        counts[key] += 1
    total = sum(by_name.values())
    print(f"CPU over {seconds:.0f} s: {total:.1f} s ({total / seconds:.2f} cores)")
    for name, used in sorted(by_name.items(), key=lambda e: -e[1])[:top]:
        print(f"  {used:7.2f} s  {100 * used / total if total else 0:5.1f} %  {name} ({counts[name]} threads)")


if __name__ == "__main__":
    main()
