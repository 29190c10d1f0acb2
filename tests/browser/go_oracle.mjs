// go_oracle.mjs: what Go 1.19 itself says, for the browser tests to compare the page with.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Returns the first `count` sleep delays, in ms, that `rand.Float32() * 2000` gives in Go.
export function goDelays(count) {
  const dir = mkdtempSync(join(tmpdir(), 'golab-oracle-'));
  try {
    const file = join(dir, 'delays.go');
    writeFileSync(file, `package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	for i := 0; i < ${count}; i++ {
		var delay = rand.Float32() * 2000
		fmt.Println(int64(time.Duration(delay) * time.Millisecond / time.Millisecond))
	}
}
`);
    const out = execFileSync('/usr/bin/go', ['run', file], { encoding: 'utf8', cwd: dir });
    return out.trim().split('\n').map(Number);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Returns what `go run` prints on stdout for a program.
export function goRun(source) {
  const dir = mkdtempSync(join(tmpdir(), 'golab-oracle-'));
  try {
    const file = join(dir, 'prog.go');
    writeFileSync(file, source);
    return execFileSync('/usr/bin/go', ['run', file], { encoding: 'utf8', cwd: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
