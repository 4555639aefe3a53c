"""The tables of the bench scripts (bench/run.sh, bench/cases.sh): one line per measured kind of request.

usage: report.py SCENARIO OUT_DIR CLK_TCK

OUT_DIR holds phases.csv (what the simulation measured: load-tests' MeasuredPhases, with the time windows of each
phase), cpu.txt (once a second: the time in ms, the CPU ticks of each started process, then the machine's busy and
idle ticks, from /proc) and cpu-names.txt (the processes, one a line, in cpu.txt's column order). The CPU columns are
the cores each process used within the phase's windows: they show what limited the throughput. SCENARIO adds its
summary: the gateway's ratio (gateway-overhead, also from wrk's output when there is one), the highest rate that kept
its limits (surge).
"""
import csv
import os
import re
import sys

SHORT = {"devdb": "devdb", "registry": "registry", "auth-server": "auth", "case-service": "case",
         "petition-service": "petition", "outreach-service": "outreach", "gateway": "gateway"}
# Off the measured path: left out of the table unless they were busy.
QUIET = {"registry", "auth-server"}


def load_samples(out):
    with open(os.path.join(out, "cpu-names.txt"), encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    samples = []
    with open(os.path.join(out, "cpu.txt"), encoding="utf-8") as f:
        for line in f:
            values = line.split()
            if len(values) == len(names) + 3:
                samples.append([int(v) for v in values])
    return names, samples


def cpu_seconds(samples, windows, clk_tck, n):
    """CPU seconds of each process and of the machine, and wall seconds, over the samples inside the windows."""
    used, machine, wall, idle_total = [0.0] * n, 0.0, 0.0, 0.0
    for first, last in windows:
        inside = [s for s in samples if first <= s[0] <= last]
        if len(inside) < 2:
            continue
        a, b = inside[0], inside[-1]
        for i in range(n):
            used[i] += (b[1 + i] - a[1 + i]) / clk_tck
        busy, idle = b[n + 1] - a[n + 1], b[n + 2] - a[n + 2]
        seconds = (b[0] - a[0]) / 1000
        wall += seconds
        machine += busy / (busy + idle) * os.cpu_count() * seconds if busy + idle else 0.0
    return used, machine, wall


def windows_of(row):
    if row.get("windows"):
        return [tuple(int(x) for x in w.split("-")) for w in row["windows"].split(";")]
    return [(int(row["firstMillis"]), int(row["lastMillis"]))]


def table(rows, names, samples, clk_tck):
    shown = [i for i, name in enumerate(names) if name not in QUIET]
    head = (f"{'request kind':<30}{'requests':>9}{'req/s':>9}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>7}"
            "  | cores: " + " ".join(f"{SHORT.get(names[i], names[i]):>8}" for i in shown) + f" {'machine':>8}")
    print(head)
    print("-" * len(head))
    figures = {}
    # A kind that never ran in a phase (e.g. no petition left to route at that level) has no line.
    rows = [row for row in rows if int(row["requests"]) > 0]
    for row in rows:
        used, machine, wall = cpu_seconds(samples, windows_of(row), clk_tck, len(names))
        cores = ([u / wall for u in used], machine / wall) if wall else None
        figures[row["name"]] = (row, used, wall)
        cpu = "" if cores is None else (" " * 8 + " ".join(f"{cores[0][i]:>8.2f}" for i in shown)
                                         + f" {cores[1]:>8.2f}")
        rate = float(row["requestsPerSecond"]) if float(row["seconds"]) > 0 else float("nan")
        print(f"{row['name']:<30}{row['requests']:>9}{rate:>9.1f}{row['p50Millis']:>8}"
              f"{row.get('p95Millis', ''):>8}{row['p99Millis']:>8}{row['errors']:>7}  |{cpu}")
    return figures


def overhead(figures, names):
    gateway, direct = figures.get("via gateway"), figures.get("direct to case-service")
    if not gateway or not direct:
        return
    g_rps, d_rps = float(gateway[0]["requestsPerSecond"]), float(direct[0]["requestsPerSecond"])
    print(f"\nGatling: gateway {g_rps:.0f} req/s, direct {d_rps:.0f} req/s: ratio {g_rps / d_rps:.2f}")
    per_request = []
    for label, (row, used, wall) in (("via gateway", gateway), ("direct", direct)):
        requests = int(row["requests"])
        parts = [f"{SHORT.get(n, n)} {used[i] / requests * 1e6:.0f}" for i, n in enumerate(names)
                 if n not in QUIET and used[i] / requests * 1e6 >= 1]
        per_request.append(f"{label}: " + ", ".join(parts))
    print("CPU µs per request, " + "; ".join(per_request))


def wrk(out, names, samples, clk_tck):
    phases = os.path.join(out, "wrk-phases.txt")
    if not os.path.exists(phases):
        return
    totals = {}
    with open(phases, encoding="utf-8") as f:
        runs = [line.split() for line in f if line.strip()]
    print(f"\nwrk -t1 -c32, same GET, alternating phases:")
    print(f"{'phase':<14}{'req/s':>9}{'p50 ms':>8}{'p99 ms':>8}{'non-2xx':>8}  | cores: "
          + " ".join(f"{SHORT.get(n, n):>8}" for n in names if n not in QUIET))
    for kind, first, last, path in runs:
        text = open(path, encoding="utf-8").read()
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
        p50 = latency(text, "50%")
        p99 = latency(text, "99%")
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
        errors = int(bad.group(1)) if bad else 0
        errors += sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", text))
        used, _, wall = cpu_seconds(samples, [(int(first), int(last))], clk_tck, len(names))
        cores = " ".join(f"{used[i] / wall:>8.2f}" for i, n in enumerate(names) if n not in QUIET) if wall else ""
        round_no = re.search(r"-(\d+)\.txt$", path).group(1)
        print(f"{kind + ' #' + round_no:<14}{rps:>9.0f}{p50:>8.2f}{p99:>8.2f}{errors:>8}  |        {cores}")
        totals.setdefault(kind, []).append(rps)
    if "gateway" in totals and "direct" in totals:
        ratios = [g / d for g, d in zip(totals["gateway"], totals["direct"])]
        print("wrk ratio gateway/direct per round: " + ", ".join(f"{r:.2f}" for r in ratios)
              + f"; mean gateway {sum(totals['gateway']) / len(totals['gateway']):.0f} req/s,"
              f" direct {sum(totals['direct']) / len(totals['direct']):.0f} req/s")


def latency(text, percentile):
    match = re.search(re.escape(percentile) + r"\s+([\d.]+)(us|ms|s)\b", text)
    if not match:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def surge(figures, names):
    """The highest level whose every kind kept p99 <= 200 ms without errors, and what was busiest at the first
    level that did not."""
    levels = {}
    for name, (row, used, wall) in figures.items():
        match = re.match(r"(\d+(?:\.\d+)?)/s ", name)
        if match:
            levels.setdefault(float(match.group(1)), []).append((row, used, wall))
    passed, failed = None, None
    for rate in sorted(levels):
        ok = all(int(r["errors"]) == 0 and 0 <= int(r["p99Millis"]) <= 200 for r, _, _ in levels[rate])
        if ok and failed is None:
            passed = rate
        elif not ok and failed is None:
            failed = rate
    print(f"\nHighest submission rate with p99 <= 200 ms and no errors (every kind): "
          + (f"{passed:g}/s" if passed is not None else "none"))
    kept = [rate for rate in sorted(levels) for r, _, _ in levels[rate]
            if r["name"].endswith(" submit") and int(r["errors"]) == 0 and 0 <= int(r["p99Millis"]) <= 200]
    print("Levels where the submissions alone kept p99 <= 200 ms without errors: "
          + (", ".join(f"{rate:g}/s" for rate in kept) if kept else "none"))
    if failed is not None:
        row, used, wall = levels[failed][0]
        busiest = sorted(((used[i] / wall, n) for i, n in enumerate(names) if wall), reverse=True)[:3]
        print(f"First level over the limits: {failed:g}/s; busiest processes there (cores): "
              + ", ".join(f"{n} {c:.2f}" for c, n in busiest))


def main(scenario, out, clk_tck):
    names, samples = load_samples(out)
    with open(os.path.join(out, "phases.csv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    figures = table(rows, names, samples, clk_tck)
    if scenario == "gateway-overhead":
        overhead(figures, names)
        wrk(out, names, samples, clk_tck)
    elif scenario == "surge":
        surge(figures, names)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
