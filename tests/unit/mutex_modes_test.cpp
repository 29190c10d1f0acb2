// mutex_modes_test.cpp: sync.Mutex's two modes as Go 1.19 runs them, and what the trace
// shows of them. Normal mode: Unlock wakes a waiter, and a goroutine calling Lock before it
// runs takes the lock first (the waiter parks again, at the front). Starvation mode, after a
// waiter lost the lock having waited over 1 ms: Unlock hands the lock to it. All runs are on
// the virtual executor, so the clock (and with it the mode) is the same on every machine.
#include <gtest/gtest.h>

#include "app/replay.h"
#include "runtime/session.h"
#include "vm/vm.h"

namespace golab {
namespace {

// main holds mu while the waiter (G2) queues for `queued`, then unlocks and locks again at
// once, holds it for 100 us (it sleeps, so the woken waiter runs and finds it locked) and
// lets go.
std::string barging_program(const char* queued) {
    return std::string(R"(package main

import (
	"sync"
	"time"
)

var mu sync.Mutex

func waiter() {
	mu.Lock()
	mu.Unlock()
}

func main() {
	mu.Lock()
	go waiter()
	time.Sleep()") +
           queued + R"()
	mu.Unlock()
	mu.Lock()
	time.Sleep(100 * time.Microsecond)
	mu.Unlock()
	time.Sleep(time.Millisecond)
}
)";
}

std::shared_ptr<const Snapshot> run_virtual(const std::string& source, int procs) {
    SessionOptions o;
    o.procs = procs;
    o.virtual_time = true;
    Session session(o);
    EXPECT_TRUE(session.load(source));
    session.run();
    session.wait();
    return session.snapshot();
}

// One change of the Mutex's holder: who made it (the caller of Lock or Unlock) and to whom.
struct HolderChange {
    int64_t by;
    int64_t holder;
    bool operator==(const HolderChange&) const = default;
};

std::vector<HolderChange> holder_changes(const Snapshot& snap) {
    std::vector<HolderChange> changes;
    const TracePin pin(*snap.trace);
    for (size_t i = 0; i < snap.trace_size; ++i) {
        const TraceEvent& e = snap.trace->at(i);
        if (e.kind == TraceKind::MutexSet) {
            changes.push_back({e.g, e.arg});
        }
    }
    return changes;
}

TEST(MutexModes, NormalModeLetsARunningGoroutineBargeInBeforeTheWokenWaiter) {
    const auto snap = run_virtual(barging_program("100 * time.Microsecond"), 1);
    ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;

    // main unlocks (the waiter is woken), locks again first, and the waiter takes the lock
    // itself once main lets go a second time.
    const std::vector<HolderChange> want = {{1, 1}, {1, 0}, {1, 1}, {1, 0}, {2, 2}, {2, 0}};
    EXPECT_EQ(holder_changes(*snap), want);

    // The page sees the woken waiter leave the queue, then park in it again while main holds
    // the lock, and never as holder and waiter at once.
    const Trace& trace = *snap->trace;
    const TracePin pin(trace);
    SyncState s;
    int parks = 0;
    bool woken_left_queue = false;
    for (size_t n = 1; n <= snap->trace_size; ++n) {
        sync_forward(s, trace, n);
        const TraceEvent& e = trace.at(n - 1);
        if (s.mutexes.empty()) {
            continue;
        }
        const MutexState& mu = s.mutexes[0];
        EXPECT_TRUE(mu.holder == 0 ||
                    std::find(mu.waiting.begin(), mu.waiting.end(), mu.holder) == mu.waiting.end());
        if (e.kind == TraceKind::GoReady && e.g == 2 && parks == 1) {
            woken_left_queue = mu.waiting.empty();
        }
        if (e.kind == TraceKind::GoBlockWait && e.g == 2) {
            ++parks;
            EXPECT_EQ(static_cast<WaitReason>(e.arg), WaitReason::Mutex);
            EXPECT_EQ(e.len, parks == 2 ? 1 : 0) << "the loser goes back to the front";
            EXPECT_EQ(mu.waiting, std::vector<int64_t>{2});
            EXPECT_EQ(mu.holder, 1);
        }
    }
    EXPECT_TRUE(woken_left_queue);
    EXPECT_EQ(parks, 2) << "the woken waiter did not lose the lock to main";
}

TEST(MutexModes, AWaiterThatLostAfterOneMillisecondIsHandedTheLock) {
    const auto snap = run_virtual(barging_program("2 * time.Millisecond"), 1);
    ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;

    // main's second Unlock hands the lock to the waiter (main sets it as holder), and the
    // mode ends with it, the last waiter.
    const std::vector<HolderChange> want = {{1, 1}, {1, 0}, {1, 1}, {1, 2}, {2, 0}};
    EXPECT_EQ(holder_changes(*snap), want);
}

TEST(MutexModes, NoWaiterStarvesBehindGoroutinesThatHoldTheLockAlmostAlways) {
    // Two goroutines hold mu for all but a few instructions of each round: a waiter woken
    // in normal mode nearly always finds it held again. Starvation mode lets main in about
    // 1 ms after it first loses; without it, main waited for both loops to end (156 ms).
    const char* source = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

var mu sync.Mutex
var rounds int

func greedy(n int, done chan bool) {
	busy := 0
	for i := 0; i < n; i++ {
		mu.Lock()
		for j := 0; j < 2000; j++ {
			busy++
		}
		rounds++
		mu.Unlock()
	}
	done <- busy > 0
}

func main() {
	done := make(chan bool)
	go greedy(3000, done)
	go greedy(3000, done)
	time.Sleep(time.Microsecond)
	start := time.Now()
	mu.Lock()
	waited := time.Since(start)
	at := rounds
	mu.Unlock()
	<-done
	<-done
	fmt.Println(at < 100, waited < 2*time.Millisecond, rounds)
}
)";
    for (int procs : {1, 2, 4}) {
        const auto snap = run_virtual(source, procs);
        ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;
        EXPECT_EQ(snap->output, "true true 6000\n") << procs << " Ps";
        bool handed_to_main = false;
        for (const HolderChange& c : holder_changes(*snap)) {
            handed_to_main |= c.holder == 1 && c.by != 1;
        }
        EXPECT_TRUE(handed_to_main) << procs << " Ps: main took the lock without a hand-off";
    }
}

} // namespace
} // namespace golab
