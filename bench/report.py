"""The benchmark's table (bench/cases.sh): one line per measured kind of request.

usage: report.py PHASES_CSV CPU_SAMPLES CLK_TCK

PHASES_CSV is what the simulation measured (load-tests' MeasuredPhases); CPU_SAMPLES has, once a second, the time
in ms, the CPU ticks of the dev database and of case-service, and the machine's busy and idle ticks (/proc). The
CPU columns are the cores each used within the phase's window: they show what limited the throughput.
"""
import csv
import os
import sys


def cores(samples, first, last, clk_tck):
    """Cores used by devdb, case-service and the whole machine between the samples inside [first, last]."""
    inside = [s for s in samples if first <= s[0] <= last]
    if len(inside) < 2:
        return None
    a, b = inside[0], inside[-1]
    seconds = (b[0] - a[0]) / 1000
    busy, total = b[3] - a[3], (b[3] + b[4]) - (a[3] + a[4])
    return ((b[1] - a[1]) / clk_tck / seconds, (b[2] - a[2]) / clk_tck / seconds,
            busy / total * os.cpu_count() if total else 0.0)


def main(phases_file, cpu_file, clk_tck):
    with open(cpu_file, encoding="utf-8") as f:
        samples = [tuple(int(v) for v in line.split()) for line in f if len(line.split()) == 5]
    header = (f"{'request kind':<26}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'errors':>7}"
              f"  | CPU cores: devdb case-service machine")
    print(header)
    print("-" * len(header))
    with open(phases_file, encoding="utf-8") as f:
        for p in csv.DictReader(f):
            used = cores(samples, int(p["firstMillis"]), int(p["lastMillis"]), clk_tck)
            cpu = "" if used is None else f"{used[0]:>17.2f}{used[1]:>13.2f}{used[2]:>8.2f}"
            print(f"{p['name']:<26}{p['requests']:>9}{p['requestsPerSecond']:>8}{p['p50Millis']:>8}"
                  f"{p['p99Millis']:>8}{p['errors']:>7}  |{cpu}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
