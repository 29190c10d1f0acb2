#!/usr/bin/env python3
"""bench.py: times bench/*.go on native Go, yaegi and our two builds, in one run.

Each program runs REPEAT times on every engine that exists on this machine;
the best wall time counts (the least disturbed by whatever else the machine
does). The table gives seconds and each engine's ratio to native Go, so the
figures compare engines measured minutes apart on the same machine, never
absolute speeds across machines. Output must match Go's for a time to count.

Usage: tools/bench.py [--repeat N] [program.go ...]
"""
import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def engines(go_binary_dir):
    """Returns (name, command prefix or builder) for every engine present."""
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


def best_time(cmd, repeat, expected):
    """Returns the best wall time of cmd in seconds, or None if its output is wrong."""
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, timeout=600)
        elapsed = time.perf_counter() - start
        if expected is not None and run.stdout != expected:
            return None
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("programs", nargs="*")
    args = parser.parse_args()
    programs = args.programs or sorted(
        os.path.join(ROOT, "bench", f) for f in os.listdir(os.path.join(ROOT, "bench"))
        if f.endswith(".go"))

    scratch = tempfile.mkdtemp(prefix="golab-bench-")
    found = engines(scratch)
    names = [n for n, _ in found]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"best of {args.repeat} runs, wall seconds (ratio to native Go)\n")
    print("| program | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))

    for program in programs:
        name = os.path.basename(program)
        expected = None
        cells = []
        for engine, prefix in found:
            if engine == "go":
                binary = os.path.join(scratch, name[:-3])
                subprocess.run(["go", "build", "-o", binary, program], check=True,
                               env=dict(os.environ, GO111MODULE="off"))
                expected = subprocess.run([binary], capture_output=True).stdout
                cmd = [binary]
            else:
                cmd = prefix + [program]
            t = best_time(cmd, args.repeat, expected)
            cells.append(t)
        base = cells[0] if found and found[0][0] == "go" else None
        row = []
        for t in cells:
            if t is None:
                row.append("wrong output")
            elif base:
                row.append(f"{t:.3f} ({t / base:.1f}x)")
            else:
                row.append(f"{t:.3f}")
        print(f"| {name} | " + " | ".join(row) + " |")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
