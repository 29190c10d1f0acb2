#!/usr/bin/env python3
"""bench.py: times bench/*.go on native Go, yaegi and our two builds, in one run.

Each program runs REPEAT times on every engine that exists on this machine; the
run with the least CPU time counts (the least disturbed by whatever else the
machine does). For every engine the table gives CPU seconds (user + system, of
the process and its threads) with the ratio to native Go, the wall seconds of
that run, and its peak resident memory. CPU time is the column to compare on a
shared machine: wall time there mostly measures the other tenants.

Output must match Go's for a time to count; lines starting with "metric:" are
measurements, not results: they are left out of the comparison and listed
under the table. A program our interpreter refuses (Go it does not support yet)
shows "unsupported" in its cell.

Usage: tools/bench.py [--repeat N] [--timeout S] [program.go ...]
"""
import argparse
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Programs that measure the runtime rather than the interpreter's CPU speed;
# the geometric means below cover the others.
RUNTIME_PROGRAMS = {"sleepers.go", "sleepers_100k.go", "spawn.go", "spawn_1m.go",
                    "pingpong_1m.go", "mutex_8way.go", "timer_lateness.go"}
# The program whose peak memory, over a trivial program's, gives the cost of a parked goroutine.
PARKED = ("sleepers_100k.go", 100000)
HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n'


def engines():
    """Returns (name, command prefix) for every engine present; Go's prefix is None."""
    found = []
    if shutil.which("go"):
        found.append(("go", None))  # built per program below
    if shutil.which("yaegi"):
        found.append(("yaegi", ["yaegi"]))
    native = os.path.join(ROOT, "build/native/goroutine-lab")
    if os.access(native, os.X_OK):
        found.append(("ours (native)", [native, "run"]))
    node = os.path.join(ROOT, "build/node/goroutine-lab")
    if os.access(node, os.X_OK):
        found.append(("ours (wasm, node)", [node, "run"]))
    return found


class Run:
    """One measured run: wall and CPU seconds, peak RSS in KiB, exit code, output."""

    def __init__(self, cmd, timeout, scratch):
        out_path = os.path.join(scratch, "stdout")
        err_path = os.path.join(scratch, "stderr")
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdout=out, stderr=err)
            deadline = start + timeout
            self.timed_out = False
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    proc.kill()
                    pid, status, usage = os.wait4(proc.pid, 0)
                    self.timed_out = True
                    break
                time.sleep(0.005)
            self.wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        self.code = proc.returncode
        self.cpu = usage.ru_utime + usage.ru_stime
        self.rss_kib = usage.ru_maxrss
        with open(out_path, "rb") as f:
            self.stdout = f.read()
        with open(err_path, "rb") as f:
            self.stderr = f.read()


def split_metrics(stdout):
    """Returns (stdout without metric lines, the metric lines)."""
    kept, metrics = [], []
    for line in stdout.decode(errors="replace").splitlines(keepends=True):
        (metrics if line.startswith("metric:") else kept).append(line)
    return "".join(kept), [m.strip() for m in metrics]


def measure(cmd, repeat, timeout, expected, scratch):
    """Returns (best Run, problem text or None)."""
    best = None
    for _ in range(repeat):
        run = Run(cmd, timeout, scratch)
        if run.timed_out:
            return run, f"timeout ({timeout:.0f} s)"
        if run.code == 2 and b"not supported yet" in run.stderr:
            return run, "unsupported"
        if expected is not None and split_metrics(run.stdout)[0] != expected:
            return run, "wrong output"
        if best is None or run.cpu < best.cpu:
            best = run
    return best, None


def resolve_program(name):
    """Takes a path, or the name of a program in bench/ with or without its .go."""
    if os.sep in name:
        return name
    return os.path.join(ROOT, "bench", name if name.endswith(".go") else name + ".go")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    programs = [resolve_program(p) for p in args.programs] or sorted(
        os.path.join(ROOT, "bench", f) for f in os.listdir(os.path.join(ROOT, "bench"))
        if f.endswith(".go"))
    missing = [p for p in programs if not os.path.isfile(p)]
    if missing:
        print(f"bench.py: no such program: {missing[0]}", file=sys.stderr)
        return 2

    scratch = tempfile.mkdtemp(prefix="golab-bench-")
    found = engines()
    names = [n for n, _ in found]
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    except OSError:
        cpu = "?"
    print(f"machine: {cpu}, {os.cpu_count()} cores, {platform.platform()}, "
          f"load average {os.getloadavg()[0]:.1f} at the start")
    print(f"best of {args.repeat} run(s) by CPU time: CPU s (ratio to Go) / wall s / peak MiB\n")
    print("| program | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))

    def command(engine, prefix, program):
        if engine != "go":
            return prefix + [program]
        binary = os.path.join(scratch, os.path.basename(program)[:-3])
        subprocess.run(["go", "build", "-o", binary, program], check=True,
                       env=dict(os.environ, GO111MODULE="off"))
        return [binary]

    # A trivial program's peak memory: what an engine needs before any goroutine.
    hello = os.path.join(scratch, "hello.go")
    with open(hello, "w") as f:
        f.write(HELLO)
    baseline = {e: Run(command(e, p, hello), args.timeout, scratch).rss_kib for e, p in found}

    ratios = {}  # program -> engine -> CPU-time ratio to Go, CPU programs only
    notes = []
    for program in programs:
        name = os.path.basename(program)
        expected = None
        runs = []
        for engine, prefix in found:
            run, problem = measure(command(engine, prefix, program), args.repeat, args.timeout,
                                   None if engine == "go" else expected, scratch)
            if engine == "go":
                expected = split_metrics(run.stdout)[0]
            runs.append((engine, run, problem))
        base = runs[0][1].cpu if runs and runs[0][0] == "go" and not runs[0][2] else None
        cells = []
        for engine, run, problem in runs:
            # A metric says why a program's verdict line differs (timer_lateness.go prints
            # "false" when too many sleeps were late), so it is kept even then.
            for m in split_metrics(run.stdout)[1]:
                notes.append(f"{name}, {engine}: {m[len('metric:'):].strip()}")
            if problem:
                cells.append(problem)
                continue
            ratio = ""
            if base:
                r = max(run.cpu, 0.001) / max(base, 0.001)
                ratio = f" ({r:.1f}x)"
                if name not in RUNTIME_PROGRAMS:
                    ratios.setdefault(name, {})[engine] = r
            cells.append(f"{run.cpu:.2f}{ratio} / {run.wall:.2f} / {run.rss_kib / 1024:.0f}")
            if name == PARKED[0]:
                per = (run.rss_kib - baseline[engine]) * 1024 / PARKED[1]
                notes.append(f"{name}, {engine}: {per:.0f} bytes of peak memory per parked "
                             f"goroutine (over a trivial program's {baseline[engine] / 1024:.0f} MiB)")
        print(f"| {name} | " + " | ".join(cells) + " |")
        sys.stdout.flush()

    # Only programs every engine ran, so that the means compare like with like.
    common = [p for p, r in ratios.items() if len(r) == len(names)]
    geo = []
    for n in names:
        if common:
            g = math.exp(sum(math.log(ratios[p][n]) for p in common) / len(common))
            geo.append(f"{n} {g:.1f}x")
    print(f"\ngeometric mean of CPU-time ratios to Go over the CPU programs every engine ran "
          f"({', '.join(common) or 'none'}): " + "; ".join(geo))
    for n in notes:
        print(f"- {n}")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
