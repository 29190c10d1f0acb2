// stress_test.cpp: thousands of random small concurrent programs in the virtual executor.
//
// Each program is generated from a seed as Go source: a tree of goroutines
// (fan-out and depth from the seed) where every node sleeps, takes a Mutex or
// an RWMutex, reports its id on a channel to a collector goroutine and calls
// wg.Done(); main waits, closes the channel and prints what it counted. Some
// programs carry a deliberate mistake: an extra Done (Go panics with a
// negative counter, or ends early) or a forgotten one (Go reports the
// deadlock). Invariants:
// - the run ends, the way its mistake (or its absence) says;
// - a correct program prints exactly the counts the tree implies (no lost
//   update, no lost message);
// - every goroutine ends done or lost (lost: alive when the program ended),
//   and in a deadlock every goroutine was blocked before that;
// - a WaitGroup counter is never negative unless the run panicked saying so;
// - the same program with the same seed and procs gives byte-identical output
//   and trace.
// GOLAB_STRESS_PROGRAMS overrides how many programs run (the sanitizer builds
// run fewer).
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "runtime/session.h"
#include "trace/trace.h"

namespace golab {
namespace {

enum class Mistake { None, ExtraDone, ForgottenDone };

struct Generated {
    std::string source;
    Mistake mistake = Mistake::None;
    int64_t nodes = 0;  // goroutines in the tree
    int64_t id_sum = 0; // the sum of their ids
};

// splitmix64: a small, well-mixed generator whose sequence is the same everywhere.
struct Rng {
    uint64_t state;
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int range(int lo, int hi) { return lo + static_cast<int>(next() % uint64_t(hi - lo + 1)); }
};

// Returns the node count and id sum of a tree where node id has `fanout`
// children with ids id*fanout+1 ... id*fanout+fanout, down to `depth` levels.
void walk(int64_t id, int depth, int fanout, Generated& g) {
    g.nodes++;
    g.id_sum += id;
    if (depth > 0) {
        for (int i = 0; i < fanout; i++) {
            walk(id * fanout + i + 1, depth - 1, fanout, g);
        }
    }
}

Generated generate(uint64_t seed) {
    Rng rng{seed};
    Generated g;
    int fanout = rng.range(1, 3);
    int depth = rng.range(1, fanout == 1 ? 6 : 4);
    int sleep_mod = rng.range(1, 7);
    int buffer = rng.range(0, 4);
    bool use_rw = rng.range(0, 1) == 1;
    int roll = rng.range(0, 9);
    g.mistake = roll == 0 ? Mistake::ExtraDone : roll == 1 ? Mistake::ForgottenDone : Mistake::None;
    walk(0, depth, fanout, g);

    std::string lock = use_rw ? "rw.Lock()" : "mu.Lock()";
    std::string unlock = use_rw ? "rw.Unlock()" : "mu.Unlock()";
    std::string s = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup
var mu sync.Mutex
var rw sync.RWMutex
var counter int

func node(id int, depth int, results chan int) {
	time.Sleep(time.Duration(id%)" +
                    std::to_string(sleep_mod) + R"() * time.Millisecond)
	)" + lock + R"(
	counter++
	)" + unlock +
                    R"(
	rw.RLock()
	seen := counter
	rw.RUnlock()
	if seen < 1 {
		fmt.Println("impossible: counter", seen)
	}
	if depth > 0 {
		for i := 0; i < )" +
                    std::to_string(fanout) + R"(; i++ {
			wg.Add(1)
			go node(id*)" +
                    std::to_string(fanout) + R"(+i+1, depth-1, results)
		}
	}
	results <- id
)";
    if (g.mistake == Mistake::ExtraDone) {
        s += "\tif id == " + std::to_string(g.nodes - 1) + " {\n\t\twg.Done()\n\t}\n";
    }
    if (g.mistake == Mistake::ForgottenDone) {
        s += "\tif id != " + std::to_string(g.nodes / 2) + " {\n\t\twg.Done()\n\t}\n";
    } else {
        s += "\twg.Done()\n";
    }
    s += R"(}

func collect(results chan int, done chan int) {
	sum := 0
	for v := range results {
		sum += v
	}
	done <- sum
}

func main() {
	results := make(chan int, )" +
         std::to_string(buffer) + R"()
	done := make(chan int)
	go collect(results, done)
	wg.Add(1)
	go node(0, )" +
         std::to_string(depth) + R"(, results)
	wg.Wait()
	close(results)
	fmt.Println("nodes:", counter, "id sum:", <-done)
}
)";
    g.source = std::move(s);
    return g;
}

struct Outcome {
    int exit_code = 0;
    std::shared_ptr<const Snapshot> snapshot;
    std::string trace_json;
};

Outcome run(const std::string& source, int procs, uint64_t seed) {
    SessionOptions options;
    options.procs = procs;
    options.virtual_time = true;
    options.seed = seed;
    options.publish_snapshots = false;
    Session session(options);
    EXPECT_TRUE(session.load(source));
    session.run();
    Outcome o;
    EXPECT_TRUE(session.wait_for(60000, o.exit_code)) << "the run never ended";
    o.snapshot = session.snapshot();
    o.trace_json = session.chrome_trace();
    return o;
}

int program_count() {
    const char* env = std::getenv("GOLAB_STRESS_PROGRAMS");
    if (env && std::atoi(env) > 0) {
        return std::atoi(env);
    }
#ifdef __EMSCRIPTEN__
    return 300;
#else
    return 2000;
#endif
}

TEST(Stress, RandomConcurrentProgramsKeepTheRuntimesInvariants) {
    int count = program_count();
    int panics = 0, deadlocks = 0, finished = 0; // panics: negative-counter ones
    for (int k = 0; k < count; k++) {
        uint64_t seed = 1000 + static_cast<uint64_t>(k);
        Generated g = generate(seed);
        int procs = 1 + static_cast<int>(seed % 4);
        uint64_t sched_seed = seed % 3 == 0 ? 0 : seed;
        Outcome o = run(g.source, procs, sched_seed);
        const Snapshot& s = *o.snapshot;
        std::string where = "program seed " + std::to_string(seed) + ", procs " +
                            std::to_string(procs) + ":\n" + g.source + "\noutput:\n" + s.output;

        switch (g.mistake) {
        case Mistake::None:
            ASSERT_EQ(s.status, RunStatus::Finished) << where;
            ASSERT_EQ(s.output, "nodes: " + std::to_string(g.nodes) +
                                    " id sum: " + std::to_string(g.id_sum) + "\n")
                << where;
            finished++;
            break;
        case Mistake::ExtraDone:
            // Where the extra Done falls decides the ending, as in Go: the
            // counter goes below zero (panic), or reaches zero early so that
            // main closes the channel under a node still sending (panic), or
            // main ends first (finished, with a node lost).
            ASSERT_NE(s.status, RunStatus::Deadlocked) << where;
            if (s.status == RunStatus::Panicked) {
                ASSERT_EQ(o.exit_code, 2) << where;
                bool negative =
                    s.output.find("panic: sync: negative WaitGroup counter") != std::string::npos;
                ASSERT_TRUE(negative ||
                            s.output.find("panic: send on closed channel") != std::string::npos)
                    << where;
                panics += negative;
            }
            break;
        case Mistake::ForgottenDone:
            ASSERT_EQ(s.status, RunStatus::Deadlocked) << where;
            ASSERT_NE(s.output.find("fatal error: all goroutines are asleep - deadlock!"),
                      std::string::npos)
                << where;
            deadlocks++;
            break;
        }

        // Every goroutine ended done or lost, except in a deadlock, which leaves
        // the blocked ones waiting, as Go's report lists them.
        for (const GoroutineView& v : s.goroutines) {
            const bool ended = v.state == GoroutineState::Done || v.state == GoroutineState::Lost;
            const bool asleep =
                s.status == RunStatus::Deadlocked && v.state == GoroutineState::Waiting;
            ASSERT_TRUE(ended || asleep)
                << "goroutine " << v.id << " is " << to_string(v.state) << "; " << where;
            ASSERT_FALSE(s.status == RunStatus::Deadlocked && v.state == GoroutineState::Lost)
                << "goroutine " << v.id << " is lost in a deadlock; " << where;
        }
        bool negative = false;
        std::vector<TraceKind> last(s.goroutines.size() + 2, TraceKind::GoCreate);
        for (size_t i = 0; i < s.trace_size; i++) {
            const TraceEvent& e = s.trace->at(i);
            if (e.kind == TraceKind::WaitGroupSet && e.arg < 0) {
                negative = true;
            }
            if (e.g > 0 && static_cast<size_t>(e.g) < last.size()) {
                if (e.kind != TraceKind::Output && e.kind != TraceKind::WaitGroupSet) {
                    last[e.g] = e.kind;
                }
            }
        }
        // What a deadlock leaves waiting was blocked by its last event.
        for (const GoroutineView& v : s.goroutines) {
            if (v.state == GoroutineState::Waiting && static_cast<size_t>(v.id) < last.size()) {
                ASSERT_EQ(last[v.id], TraceKind::GoBlockWait)
                    << "goroutine " << v.id << " was not blocked at the deadlock; " << where;
            }
        }
        // A counter below zero always ends the run with Go's panic.
        if (negative) {
            ASSERT_EQ(s.status, RunStatus::Panicked) << where;
            ASSERT_NE(s.output.find("panic: sync: negative WaitGroup counter"), std::string::npos)
                << where;
        }
        ASSERT_TRUE(!negative || g.mistake == Mistake::ExtraDone) << where;
        ASSERT_EQ(s.trace_dropped, 0u);

        // Same program, seed and procs: the same bytes, output and trace.
        if (k % 4 == 0) {
            Outcome again = run(g.source, procs, sched_seed);
            ASSERT_EQ(again.snapshot->output, s.output) << where;
            ASSERT_EQ(again.trace_json, o.trace_json) << where;
        }
    }
    std::printf("stress: %d programs: %d finished, %d negative-counter panics, %d deadlocks\n",
                count, finished, panics, deadlocks);
    // The generator must exercise every ending, or the test proves less than it says.
    EXPECT_GT(finished, 0);
    EXPECT_GT(panics, 0);
    EXPECT_GT(deadlocks, 0);
}

} // namespace
} // namespace golab
