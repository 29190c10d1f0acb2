// app_sync_test.cpp: what the sync panel and the code markers read from a run's trace: the
// line a goroutine parks on for every kind of park, and the Mutexes, RWMutexes and channels
// (with who is blocked where, select included) at every instant of a real run.

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>

#include "app/replay.h"
#include "runtime/session.h"
#include "vm/vm.h"

namespace golab {
namespace {

// Every kind of park once; each line that may park ends in "// park: <kind>". Main's receive
// and send park only when the goroutine on the other end has not yet run, which the threaded
// executor does not rule out on a slow machine (TSan, a loaded CI box).
constexpr const char* kParks = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var wg sync.WaitGroup
	var rw sync.RWMutex
	c := &Counter{}
	ch := make(chan int)
	data := make(chan int)
	quit := make(chan bool)
	never := make(chan bool)
	c.mu.Lock()
	rw.Lock()
	wg.Add(6)
	go func() {
		defer wg.Done()
		c.mu.Lock() // park: Lock
		c.n++
		c.mu.Unlock()
	}()
	go func() {
		defer wg.Done()
		rw.RLock() // park: RLock
		rw.RUnlock()
	}()
	go func() {
		defer wg.Done()
		rw.Lock() // park: RWLock
		rw.Unlock()
	}()
	go func() {
		defer wg.Done()
		ch <- 1 // park: send
	}()
	go func() {
		defer wg.Done()
		v := <-data // park: recv
		fmt.Println(v)
	}()
	go func() {
		defer wg.Done()
		select { // park: select
		case <-quit:
		case <-never:
		}
	}()
	time.Sleep(time.Millisecond) // park: sleep
	c.mu.Unlock()
	rw.Unlock()
	fmt.Println(<-ch) // park: recv
	data <- 2         // park: send
	close(quit)
	wg.Wait() // park: Wait
	fmt.Println(c.n)
}
)";

// Returns the lines of each "// park: <kind>" marker in source.
std::map<std::string, std::set<int32_t>> park_lines(const std::string& source) {
    std::map<std::string, std::set<int32_t>> lines;
    std::istringstream in(source);
    std::string text;
    for (int32_t n = 1; std::getline(in, text); ++n) {
        const size_t at = text.find("// park: ");
        if (at != std::string::npos) {
            lines[text.substr(at + 9)].insert(n);
        }
    }
    return lines;
}

// Returns the marker kind a park event stands for.
std::string park_kind(const TraceEvent& e) {
    if (e.kind == TraceKind::GoSleep) {
        return "sleep";
    }
    switch (static_cast<WaitReason>(e.arg)) {
    case WaitReason::Mutex:
        return "Lock";
    case WaitReason::RWMutexRead:
        return "RLock";
    case WaitReason::RWMutexWrite:
        return "RWLock";
    case WaitReason::ChanSend:
        return "send";
    case WaitReason::ChanRecv:
        return "recv";
    case WaitReason::Select:
        return "select";
    case WaitReason::WaitGroup:
        return "Wait";
    default:
        return "other";
    }
}

std::shared_ptr<const Snapshot> run_to_end(const char* source, bool virtual_time) {
    SessionOptions o;
    o.procs = 2;
    o.virtual_time = virtual_time;
    Session session(o);
    EXPECT_TRUE(session.load(source));
    session.run();
    session.wait();
    return session.snapshot();
}

class ParkLine : public ::testing::TestWithParam<bool> {};

// The bug: a goroutine parked in Lock, a channel operation or select was recorded at the line
// it last stopped on (its function's first line), not at the call it waits in.
TEST_P(ParkLine, EveryParkIsRecordedAtTheLineThatParks) {
    const std::map<std::string, std::set<int32_t>> want = park_lines(kParks);
    ASSERT_EQ(want.size(), 8u);
    const bool virtual_time = GetParam();
    const std::shared_ptr<const Snapshot> snap = run_to_end(kParks, virtual_time);
    ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;
    EXPECT_EQ(snap->output, "1\n2\n1\n");

    std::map<std::string, int> seen;
    const Trace& trace = *snap->trace;
    const TracePin pin(trace);
    for (size_t i = 0; i < snap->trace_size; ++i) {
        const TraceEvent& e = trace.at(i);
        if (e.kind != TraceKind::GoSleep && e.kind != TraceKind::GoBlockWait) {
            continue;
        }
        const std::string kind = park_kind(e);
        ASSERT_TRUE(want.count(kind)) << "G" << e.g << " parked for " << kind;
        EXPECT_TRUE(want.at(kind).count(e.line))
            << "G" << e.g << " parked in " << kind << " at line " << e.line;
        ++seen[kind];

        // The replayed instant (stepping, scrubbing) puts its marker on that line too.
        const ReplayState s = replay_events(trace, i + 1);
        EXPECT_EQ(s.goroutines[s.index.at(e.g)].line, e.line) << kind;
    }

    // The virtual executor runs every goroutine into its park before main's sleep ends; real
    // threads promise only main's own sleep.
    EXPECT_GE(seen["sleep"], 1);
    if (!virtual_time) {
        return;
    }
    for (const auto& [kind, lines] : want) {
        EXPECT_GE(seen[kind], 1) << "nobody parked in " << kind;
    }
}

INSTANTIATE_TEST_SUITE_P(Executors, ParkLine, ::testing::Values(true, false));

// Two readers inside, a writer waiting for them to leave, a reader queued behind the writer.
constexpr const char* kReadersAndWriter = R"(package main

import (
	"sync"
	"time"
)

var rw sync.RWMutex
var wg sync.WaitGroup

func reader(d time.Duration) {
	defer wg.Done()
	rw.RLock()
	time.Sleep(d)
	rw.RUnlock()
}

func writer() {
	defer wg.Done()
	rw.Lock()
	time.Sleep(10 * time.Millisecond)
	rw.Unlock()
}

func main() {
	wg.Add(4)
	go reader(100 * time.Millisecond)
	go reader(200 * time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	go writer()
	time.Sleep(10 * time.Millisecond)
	go reader(50 * time.Millisecond)
	wg.Wait()
}
)";

TEST(SyncState, RWMutexShowsItsReadersItsWriterAndWhoWaits) {
    const std::shared_ptr<const Snapshot> snap = run_to_end(kReadersAndWriter, true);
    ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;
    ASSERT_EQ(snap->rwmutex_names, std::vector<std::string>{"rw"});

    bool two_readers_writer_waits = false;
    bool reader_queued_behind_writer = false;
    bool writer_inside_alone = false;
    SyncState s;
    for (size_t n = 1; n <= snap->trace_size; ++n) {
        sync_forward(s, *snap->trace, n);
        if (s.rwmutexes.empty()) {
            continue;
        }
        ASSERT_EQ(s.rwmutexes.size(), 1u);
        const RWMutexState& rw = s.rwmutexes[0];
        EXPECT_TRUE(rw.writer == 0 || rw.readers == 0) << "a writer inside with readers, at " << n;
        two_readers_writer_waits |= rw.readers == 2 && rw.waiting_write == std::vector<int64_t>{4};
        reader_queued_behind_writer |= rw.waiting_read == std::vector<int64_t>{5};
        writer_inside_alone |= rw.writer == 4 && rw.readers == 0 && rw.waiting_write.empty();
    }
    EXPECT_TRUE(two_readers_writer_waits);
    EXPECT_TRUE(reader_queued_behind_writer);
    EXPECT_TRUE(writer_inside_alone);
    const RWMutexState& end = s.rwmutexes[0];
    EXPECT_EQ(end.writer, 0);
    EXPECT_EQ(end.readers, 0);
    EXPECT_TRUE(end.waiting_read.empty() && end.waiting_write.empty());
}

TEST(SyncState, ASelectListsItsChannelsUntilItWakes) {
    const std::shared_ptr<const Snapshot> snap = run_to_end(kParks, true);
    ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;
    const Trace& trace = *snap->trace;
    const TracePin pin(trace);
    SyncState s;
    size_t blocked_at = 0;
    for (size_t n = 1; n <= snap->trace_size; ++n) {
        sync_forward(s, trace, n);
        const TraceEvent& e = trace.at(n - 1);
        if (e.kind == TraceKind::GoBlockWait &&
            static_cast<WaitReason>(e.arg) == WaitReason::Select) {
            blocked_at = n;
            ASSERT_EQ(s.selects.size(), 1u);
            EXPECT_EQ(s.selects[0].g, e.g);
            EXPECT_EQ(s.selects[0].recv.size(), 2u); // <-quit and <-never
            EXPECT_TRUE(s.selects[0].send.empty());
            EXPECT_EQ(s.blocked.at(e.g).first, SyncKind::Select);
        }
        if (blocked_at > 0 && e.kind == TraceKind::GoReady && e.g == trace.at(blocked_at - 1).g) {
            EXPECT_TRUE(s.selects.empty()) << "still listed once woken";
        }
    }
    EXPECT_GT(blocked_at, 0u) << "the select never blocked";
    EXPECT_TRUE(s.selects.empty());
    EXPECT_TRUE(s.select_cases.empty());
}

// Sync objects and channels reached through locals, fields, embedded fields, pointers, array
// elements, parameters and select cases.
constexpr const char* kNamedSync = R"(package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

type Guarded struct {
	sync.Mutex
	n int
}

var global sync.Mutex
var shared sync.WaitGroup

func lockIt(m *sync.Mutex) {
	m.Lock()
	m.Unlock()
}

func worker(in chan int, out chan int) {
	v := <-in
	out <- v * 2
}

func main() {
	var wg sync.WaitGroup
	var rw sync.RWMutex
	var forks [3]sync.Mutex
	counter := &Counter{}
	g := Guarded{}
	jobs := make(chan int, 1)
	results := make(chan int, 1)
	pending := make(chan int, 1)
	never := make(chan bool)

	counter.mu.Lock()
	counter.n++
	counter.mu.Unlock()
	g.Lock()
	g.n++
	g.Unlock()
	lockIt(&global)
	for i := 0; i < 2; i++ {
		forks[i].Lock()
		forks[i].Unlock()
	}
	rw.RLock()
	rw.RUnlock()
	jobs <- 21
	wg.Add(1)
	shared.Add(1)
	go func() {
		defer wg.Done()
		defer shared.Done()
		worker(jobs, results)
	}()
	wg.Wait()
	shared.Wait()
	select {
	case <-never:
	case pending <- 5:
	}
	fmt.Println(<-results, <-pending, counter.n, g.n)
}
)";

// The bug: every Mutex, RWMutex, channel and WaitGroup not held in a package-level variable
// was called "Mutex 1", "chan 2", "WaitGroup", whatever the program called it.
TEST(SyncState, ObjectsAreNamedByTheExpressionTheyWereFirstUsedThrough) {
    for (const bool virtual_time : {true, false}) {
        const std::shared_ptr<const Snapshot> snap = run_to_end(kNamedSync, virtual_time);
        ASSERT_EQ(snap->status, RunStatus::Finished) << snap->output;
        EXPECT_EQ(snap->output, "42 5 1 1\n");
        EXPECT_EQ(snap->mutex_names,
                  (std::vector<std::string>{"counter.mu", "g.Mutex", "m", "forks[i]", "forks[i]"}));
        EXPECT_EQ(snap->rwmutex_names, std::vector<std::string>{"rw"});
        // results is first used by worker, as its parameter out; never is only polled.
        EXPECT_EQ(snap->channel_names, (std::vector<std::string>{"jobs", "out", "pending"}));
        std::vector<std::string> waitgroups;
        for (const WaitGroupView& wg : snap->waitgroups) {
            waitgroups.push_back(wg.name);
        }
        EXPECT_EQ(waitgroups, (std::vector<std::string>{"wg", "shared"}));
    }
}

} // namespace
} // namespace golab
