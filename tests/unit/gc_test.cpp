// gc_test.cpp: the run's garbage collector (runtime/collector.cpp, vm/gc.cpp), through Session.
//
// Each program is one promise: what a goroutine still needs survives however often the
// collector runs (stress mode collects at nearly every safepoint), garbage is freed even
// when it is a cycle, a loop that makes only garbage runs in a small heap, and collecting
// changes nothing the program or its trace can show.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "lesson_runs.h"
#include "runtime/session.h"

namespace golab {
namespace {

struct RunResult {
    std::shared_ptr<const Snapshot> snapshot;
    int exit_code = 0;
    std::string trace_json;
};

RunResult run_program(const std::string& source, bool virtual_time, bool stress, int procs = 2,
                      int64_t memory_limit = 0, bool collect = true) {
    SessionOptions options;
    options.procs = procs;
    options.virtual_time = virtual_time;
    options.collect_garbage = collect;
    options.gc_stress = stress;
    options.memory_limit = memory_limit;
    options.seed = 7;
    Session session(options);
    EXPECT_TRUE(session.load(source));
    session.run();
    RunResult r;
    r.exit_code = session.wait();
    r.snapshot = test_support::final_snapshot(session);
    r.trace_json = session.chrome_trace();
    return r;
}

constexpr int64_t kMiB = int64_t{1} << 20;

// A list built by a goroutine lives only in that goroutine's locals while it is parked on a
// channel; main meanwhile makes enough garbage to collect many times. The list must come
// back whole: 20,000 nodes summing to 199,990,000.
TEST(Collector, WhatOnlyAParkedGoroutineHoldsSurvives) {
    const std::string source = R"(package main

import "fmt"

type node struct {
	next *node
	val  int
	name string
}

func keeper(start, done chan int) {
	var head *node
	for i := 0; i < 20000; i++ {
		head = &node{head, i, fmt.Sprint("n", i)}
	}
	start <- 1
	<-start
	sum, names := 0, 0
	for n := head; n != nil; n = n.next {
		sum += n.val
		names += len(n.name)
	}
	done <- sum
	done <- names
}

func main() {
	start, done := make(chan int), make(chan int)
	go keeper(start, done)
	<-start
	s := ""
	for i := 0; i < 300000; i++ {
		s = fmt.Sprint("garbage", i)
	}
	start <- 1
	fmt.Println(<-done, <-done, len(s))
}
)";
    for (bool virtual_time : {true, false}) {
        RunResult r = run_program(source, virtual_time, true);
        EXPECT_EQ(r.exit_code, 0) << r.snapshot->output;
        EXPECT_EQ(r.snapshot->output, "199990000 108890 13\n") << "virtual " << virtual_time;
        EXPECT_GT(r.snapshot->collections, 10) << "virtual " << virtual_time;
    }
}

// Two nodes that point at each other, made and dropped a million times: reference counting
// would keep every pair; a tracing collector frees them. Without collecting, the pairs alone
// are over 200 MB.
TEST(Collector, CyclesAreFreed) {
    const std::string source = R"(package main

import "fmt"

type pair struct {
	other *pair
	data  []int
}

func main() {
	total := 0
	for i := 0; i < 1000000; i++ {
		a := &pair{data: make([]int, 4)}
		b := &pair{other: a, data: make([]int, 4)}
		a.other = b
		total += len(a.other.other.data)
	}
	fmt.Println(total)
}
)";
    RunResult r = run_program(source, true, false, 1);
    EXPECT_EQ(r.snapshot->output, "4000000\n");
    EXPECT_GT(r.snapshot->collections, 5);
    EXPECT_LT(r.snapshot->heap_peak_bytes, 16 * kMiB);
}

// The loop of issue 3: Go runs it forever in a few megabytes. Ten million strings (well over
// 600 MB in all) must fit in a heap that never counts more than 16 MiB.
TEST(Collector, AStringLoopStaysSmall) {
    const std::string source = R"(package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := ""
	for i := 0; i < 10000000; i++ {
		s = strconv.Itoa(i)
	}
	fmt.Println(s)
}
)";
    RunResult r = run_program(source, true, false, 1);
    EXPECT_EQ(r.snapshot->output, "9999999\n");
    EXPECT_LT(r.snapshot->heap_peak_bytes, 16 * kMiB);
    EXPECT_LT(r.snapshot->heap_bytes, 16 * kMiB);
    EXPECT_GT(r.snapshot->collections, 10);
}

// The page and the command line leave SessionOptions::collect_garbage as it is: a run
// collects unless it is told not to, as Go does, so a learner's garbage loop stays small.
TEST(Collector, OnByDefault) {
    const std::string source = R"(package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 1000000; i++ {
		s = fmt.Sprint(i)
	}
	fmt.Println(s)
}
)";
    SessionOptions options;
    options.procs = 1;
    options.virtual_time = true;
    Session session(options);
    ASSERT_TRUE(session.load(source));
    session.run();
    EXPECT_EQ(session.wait(), 0);
    const auto snapshot = test_support::final_snapshot(session);
    EXPECT_EQ(snapshot->output, "999999\n");
    EXPECT_GT(snapshot->collections, 0);
    EXPECT_LT(snapshot->heap_peak_bytes, 16 * kMiB);
}

// A loop of a few instructions a round that makes a 1 MiB slice each round (a Value is 16
// bytes) would make over a GiB within one time slice: the collector must not wait for the
// slice to end, but stop the goroutine as soon as the heap reaches its trigger.
TEST(Collector, AFastAllocatorIsStoppedAtTheTrigger) {
    const std::string source = R"(package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 400; i++ {
		b := make([]int, 65536)
		b[i] = i
		n += b[i]
	}
	fmt.Println(n)
}
)";
    for (bool virtual_time : {true, false}) {
        RunResult r = run_program(source, virtual_time, false, 1);
        EXPECT_EQ(r.snapshot->output, "79800\n");
        EXPECT_LT(r.snapshot->heap_peak_bytes, 16 * kMiB) << "virtual " << virtual_time;
        EXPECT_GE(r.snapshot->collections, 50) << "virtual " << virtual_time;
    }
}

// sort.Sort calls Less and Swap from inside the library while it holds the data in C++;
// a Less that allocates must not let a collection free what the sort is working on.
TEST(Collector, SortWhoseLessAllocatesUnderStress) {
    const std::string source = R"(package main

import (
	"fmt"
	"sort"
	"strings"
)

type byKey []string

func (b byKey) Len() int      { return len(b) }
func (b byKey) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byKey) Less(i, j int) bool {
	return strings.ToUpper(fmt.Sprint(b[i], "!")) < strings.ToUpper(fmt.Sprint(b[j], "!"))
}

func main() {
	var words []string
	for i := 0; i < 3000; i++ {
		words = append(words, fmt.Sprint("w", (i*7919)%3000))
	}
	sort.Sort(byKey(words))
	garbage := ""
	for i := 0; i < 1000; i++ {
		garbage = fmt.Sprint(i)
	}
	fmt.Println(words[0], words[1], words[1500], words[2999], len(words), garbage)
}
)";
    for (bool virtual_time : {true, false}) {
        RunResult r = run_program(source, virtual_time, true);
        EXPECT_EQ(r.exit_code, 0) << r.snapshot->output;
        EXPECT_EQ(r.snapshot->output, "w0 w1 w2348 w999 3000 999\n") << "virtual " << virtual_time;
        EXPECT_GT(r.snapshot->collections, 10);
    }
}

// The memory limit counts live objects: a loop that makes 384 MiB of garbage (a []byte
// holds 16 bytes an element here) runs to its end under a 64 MiB limit (it ended with "out
// of memory" before the collector), while one that keeps what it makes still ends with Go's
// fatal error.
TEST(Collector, TheMemoryLimitCountsLiveObjectsOnly) {
    const std::string garbage = R"(package main

import "fmt"

func main() {
	n := 0
	for i := 0; i < 3000; i++ {
		b := make([]byte, 8192)
		n += len(b)
	}
	fmt.Println(n)
}
)";
    for (bool virtual_time : {true, false}) {
        RunResult r = run_program(garbage, virtual_time, false, 2, 64 * kMiB);
        EXPECT_EQ(r.exit_code, 0) << r.snapshot->output;
        EXPECT_EQ(r.snapshot->output, "24576000\n");
        EXPECT_GE(r.snapshot->collections, 5); // 384 MiB in 64 MiB, or more often
    }
    const std::string keeper = R"(package main

import "strings"

func main() {
	var kept []string
	for {
		kept = append(kept, strings.Repeat("ab", 1000))
	}
}
)";
    RunResult r = run_program(keeper, true, false, 2, 64 * kMiB);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(r.snapshot->output.starts_with("fatal error: runtime: out of memory\n\n"))
        << r.snapshot->output;
}

// Collecting takes no virtual time and no random numbers: a concurrent program that
// allocates gives the same output and the same trace, event for event, with a collection at
// nearly every safepoint and with none.
TEST(Collector, CollectingLeavesTheVirtualTraceAsItWas) {
    const std::string source = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]string{}
	ch := make(chan []string, 2)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []string
			for i := 0; i < 2000; i++ {
				mine = append(mine, fmt.Sprint(w, ":", i))
				if i%500 == 0 {
					time.Sleep(time.Millisecond)
				}
			}
			mu.Lock()
			results[w] = mine[len(mine)-1]
			mu.Unlock()
			ch <- mine[:2]
		}(w)
	}
	go func() { wg.Wait(); close(ch) }()
	n := 0
	for firsts := range ch {
		n += len(firsts)
	}
	select {
	case <-time.After(5 * time.Millisecond):
	}
	fmt.Println(n, results)
}
)";
    RunResult plain = run_program(source, true, false, 3);
    RunResult stressed = run_program(source, true, true, 3);
    EXPECT_EQ(plain.snapshot->output, "8 map[0:0:1999 1:1:1999 2:2:1999 3:3:1999]\n");
    EXPECT_EQ(stressed.snapshot->output, plain.snapshot->output);
    EXPECT_EQ(stressed.snapshot->clock_ns, plain.snapshot->clock_ns);
    EXPECT_EQ(stressed.trace_json, plain.trace_json);
    EXPECT_EQ(plain.snapshot->collections, 0);
    EXPECT_GT(stressed.snapshot->collections, 50);
}

// The virtual executor's promise holds with the collector on, as it now is by default: a
// seed gives the same output and the same trace, byte for byte, whether the run collects
// (dozens of times, wherever the heap's growth puts the trigger) or not at all, and from one
// run to the next.
TEST(Collector, ASeedGivesTheSameTraceWhetherItCollectsOrNot) {
    const std::string source = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	sums := make(chan int, 3)
	order := ""
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sum := 0
			for i := 0; i < 40; i++ {
				b := make([]int, 16384)
				b[i] = w * i
				sum += b[i]
				if i%10 == 0 {
					time.Sleep(time.Duration(w) * time.Millisecond)
				}
				mu.Lock()
				order += fmt.Sprint(w)
				mu.Unlock()
			}
			sums <- sum
		}(w)
	}
	wg.Wait()
	close(sums)
	total := 0
	for s := range sums {
		total += s
	}
	select {
	case <-time.After(time.Millisecond):
	}
	fmt.Println(total, len(order))
	fmt.Println(order)
}
)";
    RunResult off = run_program(source, true, false, 2, 0, false);
    RunResult on = run_program(source, true, false, 2, 0, true);
    RunResult again = run_program(source, true, false, 2, 0, true);
    EXPECT_TRUE(off.snapshot->output.starts_with("4680 120\n")) << off.snapshot->output;
    EXPECT_EQ(off.snapshot->collections, 0);
    EXPECT_GE(on.snapshot->collections, 5); // 30 MiB of slices, a trigger at 4 MiB or more
    EXPECT_EQ(on.snapshot->output, off.snapshot->output);
    EXPECT_EQ(on.snapshot->clock_ns, off.snapshot->clock_ns);
    EXPECT_EQ(on.trace_json, off.trace_json);
    EXPECT_EQ(again.snapshot->collections, on.snapshot->collections);
    EXPECT_EQ(again.trace_json, on.trace_json);
}

// The page runs 10,000 goroutines on worker threads; a collection holds all of them still,
// so it must stay short: marking 10,000 parked goroutines' stacks and sweeping while main
// makes 256 MiB of garbage. The longest pause is printed, since the figure itself (not only
// the bound) is what the README quotes.
TEST(Collector, TenThousandParkedGoroutinesPauseBriefly) {
    const std::string source = R"(package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	start := make(chan bool)
	results := make([]int, 10000)
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = i * 2
		}(i)
	}
	sum := 0
	for i := 0; i < 256; i++ {
		buf := make([]int, 65536)
		buf[i] = i
		sum += buf[i]
	}
	close(start)
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(sum, total)
}
)";
    RunResult r = run_program(source, false, false, 2);
    EXPECT_EQ(r.snapshot->output, "32640 99990000\n");
    EXPECT_GE(r.snapshot->collections, 20);
    EXPECT_GT(r.snapshot->longest_collection_pause_ns, 0);
    // NOTE: generous, for a shared machine; the figure measured is in README.
    EXPECT_LT(r.snapshot->longest_collection_pause_ns, 500'000'000);
    std::printf("collector: %lld collections with 10,000 goroutines, longest pause %.3f ms\n",
                static_cast<long long>(r.snapshot->collections),
                static_cast<double>(r.snapshot->longest_collection_pause_ns) / 1e6);
}

} // namespace
} // namespace golab
