// session_test.cpp: whole programs through Session, on both executors.
//
// These are the lesson's promises as assertions: sequential takes the sum of
// the delays, go-no-wait loses every goroutine, waitgroup takes the longest
// delay and counts 0 -> 5 -> 0; panics and deadlocks end with Go's text and
// exit code 2. Virtual-time runs are exact; the one real-clock run checks the
// tolerance the lesson promises.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "lesson_runs.h"
#include "lessons/lessons.h"
#include "runtime/session.h"

namespace golab {
namespace {

// The lesson's delays, in ms: Go's rand.Float32() * 2000, truncated, are
// 1209, 1881, 1329, 875 and 849.
constexpr int64_t kSumMs = 1209 + 1881 + 1329 + 875 + 849;
constexpr int64_t kMaxMs = 1881;
constexpr int64_t kMs = 1000000;

struct Result {
    std::shared_ptr<const Snapshot> snapshot;
    int exit_code = 0;
};

Result run_source(std::string_view source, SessionOptions options) {
    Session session(std::move(options));
    EXPECT_TRUE(session.load(source));
    session.run();
    Result r;
    r.exit_code = session.wait();
    r.snapshot = test_support::final_snapshot(session);
    return r;
}

SessionOptions virtual_options(int procs = 4) {
    SessionOptions o;
    o.procs = procs;
    o.virtual_time = true;
    return o;
}

std::string_view lesson(const char* id) {
    const Lesson* l = find_lesson(id);
    EXPECT_NE(l, nullptr) << id;
    return l ? l->source : std::string_view{};
}

int count_state(const Snapshot& s, GoroutineState state, std::string_view fn) {
    int n = 0;
    for (const GoroutineView& g : s.goroutines) {
        n += g.state == state && g.fn == fn;
    }
    return n;
}

TEST(Session, SequentialTakesTheSumOfTheDelays) {
    Result r = run_source(lesson("sequential"), virtual_options());
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished);
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_GE(r.snapshot->clock_ns, kSumMs * kMs);
    EXPECT_LT(r.snapshot->clock_ns, (kSumMs + 1) * kMs);
    EXPECT_EQ(r.snapshot->output.rfind("The result from the database is: id1\n"
                                       "The result from the database is: id2\n"
                                       "The result from the database is: id3\n"
                                       "The result from the database is: id4\n"
                                       "The result from the database is: id5\n"
                                       "\nTotal execution time: 6.143",
                                       0),
              0u)
        << r.snapshot->output;
    ASSERT_EQ(r.snapshot->goroutines.size(), 1u);
}

TEST(Session, GoWithoutWaitingLosesEveryGoroutine) {
    Result r = run_source(lesson("go-no-wait"), virtual_options());
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished);
    EXPECT_EQ(count_state(*r.snapshot, GoroutineState::Lost, "main.dbCall"), 5);
    EXPECT_EQ(r.snapshot->output.rfind("\nTotal execution time: ", 0), 0u) << r.snapshot->output;
    EXPECT_EQ(r.snapshot->output.find("database"), std::string::npos);
    EXPECT_LT(r.snapshot->clock_ns, 50 * kMs);
}

TEST(Session, WaitGroupTakesTheLongestDelayInGosOrder) {
    Result r = run_source(lesson("waitgroup"), virtual_options(1));
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished) << r.snapshot->output;
    // Go 1.19 with GOMAXPROCS=1 prints this order: the last goroutine started
    // runs first (runnext), then the others in order.
    EXPECT_EQ(r.snapshot->output.rfind("The result from the database is: id4\n"
                                       "The result from the database is: id3\n"
                                       "The result from the database is: id5\n"
                                       "The result from the database is: id2\n"
                                       "The result from the database is: id1\n"
                                       "\nTotal execution time: 1.881",
                                       0),
              0u)
        << r.snapshot->output;
    EXPECT_GE(r.snapshot->clock_ns, kMaxMs * kMs);
    EXPECT_LT(r.snapshot->clock_ns, (kMaxMs + 1) * kMs);
    EXPECT_EQ(count_state(*r.snapshot, GoroutineState::Done, "main.dbCall"), 5);
    ASSERT_EQ(r.snapshot->waitgroups.size(), 1u);
    EXPECT_EQ(r.snapshot->waitgroups[0].name, "wg");
    EXPECT_EQ(r.snapshot->waitgroups[0].count, 0);
}

TEST(Session, VirtualRunsAreDeterministicPerSeed) {
    for (uint64_t seed : {0ull, 7ull}) {
        SessionOptions o = virtual_options();
        o.seed = seed;
        Result a = run_source(lesson("waitgroup"), o);
        Result b = run_source(lesson("waitgroup"), o);
        EXPECT_EQ(a.snapshot->output, b.snapshot->output) << seed;
        EXPECT_EQ(a.snapshot->clock_ns, b.snapshot->clock_ns) << seed;
    }
}

TEST(Session, NegativeWaitGroupCounterPanics) {
    const char* source = "package main\n\nimport \"sync\"\n\nfunc main() {\n"
                         "\tvar wg sync.WaitGroup\n\twg.Done()\n}\n";
    Result r = run_source(source, virtual_options());
    EXPECT_EQ(r.snapshot->status, RunStatus::Panicked);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.snapshot->output.rfind("panic: sync: negative WaitGroup counter\n\n"
                                       "goroutine 1 [running]:\n",
                                       0),
              0u)
        << r.snapshot->output;
}

TEST(Session, WaitingForeverIsADeadlock) {
    const char* source = "package main\n\nimport \"sync\"\n\nfunc main() {\n"
                         "\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()\n}\n";
    for (bool virtual_time : {true, false}) {
        SessionOptions o = virtual_options();
        o.virtual_time = virtual_time;
        Result r = run_source(source, o);
        EXPECT_EQ(r.snapshot->status, RunStatus::Deadlocked) << virtual_time;
        EXPECT_EQ(r.exit_code, 2);
        EXPECT_EQ(r.snapshot->output.rfind("fatal error: all goroutines are asleep - deadlock!\n\n"
                                           "goroutine 1 [semacquire]:\n",
                                           0),
                  0u)
            << r.snapshot->output;
        // main never returned: it is shown asleep on the WaitGroup, not lost.
        ASSERT_FALSE(r.snapshot->goroutines.empty());
        EXPECT_EQ(r.snapshot->goroutines[0].state, GoroutineState::Waiting) << virtual_time;
        EXPECT_NE(r.snapshot->goroutines[0].wait_reason, "") << virtual_time;
    }
}

// A select of one case and no default is compiled as its send or receive, as Go compiles it:
// a deadlock's dump names the operation and its line (not the select's), and the goroutine
// waits on the channel as for a plain receive, with no select cases in the trace.
TEST(Session, SingleCaseSelectWaitsAsItsOperation) {
    constexpr std::string_view kSource = R"(package main

func main() {
	d := make(chan int)
	go func() {
		select {
		case
			d <- 1:
		}
	}()
	select {
	case v, ok :=
		<-d:
		println(v, ok)
	}
	select {
	case
		<-d:
	}
}
)";
    Result r = run_source(kSource, virtual_options());
    EXPECT_EQ(r.exit_code, 2);
    // Go 1.19 names line 18 for the blocked receive, not the select's 16.
    EXPECT_EQ(r.snapshot->output.rfind("1 true\nfatal error: all goroutines are asleep - "
                                       "deadlock!\n\ngoroutine 1 [chan receive]:\n"
                                       "main.main(...)\n\tprog.go:18\n",
                                       0),
              0u)
        << r.snapshot->output;
    const Trace& trace = *r.snapshot->trace;
    const TracePin pin(trace);
    for (size_t i = trace.first(); i < r.snapshot->trace_size; i++) {
        EXPECT_NE(trace.at(i).kind, TraceKind::SelectCase) << "event " << i;
    }
}

// A goroutine in sync.Cond.Wait is parked with Go's wait reason, which the page shows.
TEST(Session, CondWaitParksWithItsOwnWaitReason) {
    const char* source = "package main\n\nimport \"sync\"\n\nfunc main() {\n"
                         "\tvar mu sync.Mutex\n\tc := sync.NewCond(&mu)\n\tmu.Lock()\n"
                         "\tc.Wait()\n}\n";
    for (bool virtual_time : {true, false}) {
        SessionOptions o = virtual_options();
        o.virtual_time = virtual_time;
        Result r = run_source(source, o);
        EXPECT_EQ(r.snapshot->status, RunStatus::Deadlocked) << virtual_time;
        ASSERT_FALSE(r.snapshot->goroutines.empty());
        EXPECT_EQ(r.snapshot->goroutines[0].state, GoroutineState::Waiting) << virtual_time;
        EXPECT_EQ(r.snapshot->goroutines[0].wait_reason, "sync.Cond.Wait") << virtual_time;
        EXPECT_EQ(r.snapshot->goroutines[0].line, 9) << virtual_time;
    }
}

// A context's deadline is a timer on the program clock: under virtual time the clock jumps
// to it, and the goroutine the timer starts (as time.AfterFunc's) cancels the context.
TEST(Session, ContextDeadlineFiresOnTheVirtualClock) {
    const char* source =
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\n"
        "func main() {\n\tctx, cancel := context.WithTimeout(context.Background(), "
        "2*time.Second)\n\tdefer cancel()\n\t<-ctx.Done()\n"
        "\tfmt.Println(ctx.Err())\n}\n";
    Result r = run_source(source, virtual_options());
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished) << r.snapshot->output;
    EXPECT_EQ(r.snapshot->output, "context deadline exceeded\n");
    EXPECT_GE(r.snapshot->clock_ns, 2000 * kMs);
    EXPECT_LT(r.snapshot->clock_ns, 2001 * kMs);
    EXPECT_EQ(count_state(*r.snapshot, GoroutineState::Done, "context.WithDeadline.func2"), 1);
}

// Go ends each goroutine's trace with the go statement that started it: the function that
// ran it and its line (a func literal's goroutine names the literal).
TEST(Session, DeadlockTracesSayWhoCreatedEachGoroutine) {
    constexpr std::string_view kSource = R"(package main

func worker(ch chan int) {
	<-ch
}

func main() {
	ch := make(chan int)
	go worker(ch)
	func() {
		go func() { select {} }()
	}()
	<-ch
}
)";
    for (bool virtual_time : {true, false}) {
        SessionOptions o = virtual_options();
        o.virtual_time = virtual_time;
        Result r = run_source(kSource, o);
        EXPECT_EQ(r.exit_code, 2);
        const std::string& out = r.snapshot->output;
        EXPECT_NE(out.find("goroutine 1 [chan receive]:\nmain.main(...)\n\tprog.go:13\n\n"),
                  std::string::npos)
            << out;
        EXPECT_NE(out.find("goroutine 2 [chan receive]:\nmain.worker(...)\n\tprog.go:4\n"
                           "created by main.main\n\tprog.go:9\n"),
                  std::string::npos)
            << out;
        EXPECT_NE(out.find("goroutine 3 [select (no cases)]:\nmain.main.func1.1(...)\n"
                           "\tprog.go:11\ncreated by main.main.func1\n\tprog.go:11\n"),
                  std::string::npos)
            << out;
    }
}

// A panic's dump shows the stack where the panic began, even after the deferred calls ran
// (the unwinding drops the frames above each deferring function first), and a panic raised
// by a deferred call shows that call on top of the function that deferred it.
TEST(Session, PanicTracesShowTheStackWhereThePanicBegan) {
    constexpr std::string_view kNested = R"(package main

func inner(n int) int {
	panic("bad")
}

func outer() {
	inner(3)
}

func main() {
	defer println("deferred")
	outer()
}
)";
    Result r = run_source(kNested, virtual_options());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.snapshot->output.find("goroutine 1 [running]:\nmain.inner(...)\n\tprog.go:4\n"
                                      "main.outer(...)\n\tprog.go:8\nmain.main(...)\n"
                                      "\tprog.go:13\n"),
              std::string::npos)
        << r.snapshot->output;

    constexpr std::string_view kRepanic = R"(package main

func cleanup() {
	if r := recover(); r != nil {
		panic("again")
	}
}

func main() {
	defer cleanup()
	panic("first")
}
)";
    r = run_source(kRepanic, virtual_options());
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.snapshot->output.find("goroutine 1 [running]:\nmain.cleanup(...)\n\tprog.go:5\n"
                                      "main.main(...)\n"),
              std::string::npos)
        << r.snapshot->output;
}

// main spins forever while another goroutine waits forever on a mutex: Stop
// ends both, on either executor, and the run shows as stopped.
TEST(Session, StopEndsABusyLoopAndAParkedGoroutine) {
    constexpr std::string_view kSpinner = R"(package main

import "sync"

var mu sync.Mutex

func blocked() {
	mu.Lock()
}

func main() {
	mu.Lock()
	go blocked()
	for {
	}
}
)";
    for (bool virtual_time : {false, true}) {
        SessionOptions options;
        options.procs = 2;
        options.virtual_time = virtual_time;
        Session session(options);
        ASSERT_TRUE(session.load(kSpinner));
        session.run();
        int code = 0;
        ASSERT_FALSE(session.wait_for(300, code)) << "a busy loop cannot end by itself";
        session.stop();
        ASSERT_TRUE(session.wait_for(5000, code)) << "stop must end the run";
        EXPECT_EQ(code, -1);
        std::shared_ptr<const Snapshot> s = session.snapshot();
        EXPECT_EQ(s->status, RunStatus::Stopped) << to_string(s->status);
        EXPECT_EQ(s->exit_code, -1);
        ASSERT_EQ(s->goroutines.size(), 2u);
        EXPECT_EQ(count_state(*s, GoroutineState::Lost, "main.main"), 1);
        EXPECT_EQ(count_state(*s, GoroutineState::Lost, "main.blocked"), 1);
        // Each is marked where it stopped: main in its loop (the jump back to the loop's top
        // once named the line before the loop), blocked at its Lock.
        for (const GoroutineView& g : s->goroutines) {
            EXPECT_EQ(g.line, g.fn == "main.main" ? 14 : 8) << g.fn;
        }
        // A later run starts afresh.
        session.run();
        ASSERT_FALSE(session.wait_for(50, code));
        session.stop();
        ASSERT_TRUE(session.wait_for(5000, code));
    }
}

TEST(Session, CompileErrorsKeepThePreviousProgram) {
    Session session(virtual_options());
    ASSERT_TRUE(session.load(lesson("waitgroup")));
    EXPECT_FALSE(session.load("package main\n\nfunc main() {\n\tx = 1\n}\n"));
    for (int i = 0; i < 200 && session.snapshot()->status != RunStatus::CompileError; i++) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    auto s = session.snapshot();
    ASSERT_EQ(s->status, RunStatus::CompileError);
    ASSERT_EQ(s->errors.size(), 1u);
    EXPECT_EQ(s->errors[0], "prog.go:4:2: undefined: x");

    // Run still has the lesson that compiled.
    session.run();
    EXPECT_EQ(session.wait(), 0);
}

// The page calls load() then state() in one breath; the answer must already
// reflect the load (it once depended on a worker winning the race).
TEST(Session, LoadShowsItsOutcomeAtOnce) {
    Session session(virtual_options());
    for (int i = 0; i < 50; i++) {
        EXPECT_FALSE(session.load("package main\n\nfunc main() {\n\tx = 1\n}\n"));
        auto bad = session.snapshot();
        ASSERT_EQ(bad->status, RunStatus::CompileError) << i;
        ASSERT_EQ(bad->errors.size(), 1u);
        EXPECT_EQ(bad->errors[0], "prog.go:4:2: undefined: x");
        EXPECT_EQ(bad->output, "prog.go:4:2: undefined: x\n");

        EXPECT_TRUE(session.load(lesson("sequential")));
        auto good = session.snapshot();
        EXPECT_EQ(good->status, RunStatus::Idle) << i;
        EXPECT_TRUE(good->errors.empty());
    }
}

// A shutdown or command posted just as a worker goes idle once slept through
// forever; many short sessions in a row make that window likely.
TEST(Session, ShortSessionsNeverMissAWakeUp) {
    const char* source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n";
    for (int i = 0; i < 200; i++) {
        Session session(virtual_options(i % 4 + 1));
        ASSERT_TRUE(session.load(source));
        session.run();
        ASSERT_EQ(session.wait(), 0);
    }
}

// A loop that keeps what it allocates once took the whole process down (std::bad_alloc
// natively, an abort of the tab's WebAssembly). It must end the program with Go's fatal
// error instead, whichever instruction allocated: string concatenation, append, a library
// call, or one make too large to attempt.
TEST(Session, OutgrowingTheMemoryLimitIsGosFatalErrorNotACrash) {
    const char* loops[] = {
        "s := \"\"\n\tfor {\n\t\ts += \"0123456789abcdef\"\n\t}",
        "var xs []int\n\tfor {\n\t\txs = append(xs, 1)\n\t}",
        "var kept []string\n\tfor {\n\t\tkept = append(kept, strings.Repeat(\"ab\", 1000))\n\t}",
        "defer func() { recover() }()\n\txs := make([]int, 1<<30)\n\t_ = xs",
    };
    for (const char* loop : loops) {
        bool uses_strings = std::string_view(loop).find("strings.") != std::string_view::npos;
        std::string source = std::string("package main\n\n") +
                             (uses_strings ? "import \"strings\"\n\n" : "") + "func main() {\n\t" +
                             loop + "\n}\n";
        SessionOptions options = virtual_options(2);
        options.memory_limit = 64 << 20;
        // NOTE: the first loop's live data is one string; with the collector on it would
        // reach 64 MiB only after hours of quadratic copying (as in Go), so it runs without
        // one: then every string it made counts.
        options.collect_garbage = loop != loops[0];
        Result r = run_source(source, options);
        EXPECT_EQ(r.exit_code, 2) << loop;
        EXPECT_EQ(r.snapshot->status, RunStatus::Panicked) << loop;
        EXPECT_TRUE(r.snapshot->output.starts_with("fatal error: runtime: out of memory\n\n"
                                                   "goroutine 1 [running]:\n"))
            << loop << "\n"
            << r.snapshot->output;
    }
}

// A snapshot lists every goroutine, so building one per idle wake-up made a
// run of many short goroutines quadratic (100,000 of them took over ten
// minutes under ThreadSanitizer). The CLI publishes none while running: only
// the loaded program and the end may cost a snapshot, on both executors.
TEST(Session, QuietSessionsBuildAFewSnapshotsNotOnePerWakeUp) {
    const char* source = "package main\n\nimport \"sync\"\n\nfunc main() {\n"
                         "\tvar wg sync.WaitGroup\n\tfor i := 0; i < 20000; i++ {\n"
                         "\t\twg.Add(1)\n\t\tgo func() { wg.Done() }()\n\t}\n"
                         "\twg.Wait()\n}\n";
    for (bool virtual_time : {true, false}) {
        SessionOptions options;
        options.procs = 4;
        options.virtual_time = virtual_time;
        options.publish_snapshots = false;
        Session session(options);
        ASSERT_TRUE(session.load(source));
        session.run();
        ASSERT_EQ(session.wait(), 0);
        EXPECT_LE(session.snapshot()->version, 4u) << "virtual time: " << virtual_time;
    }
}

// Waits until the snapshot satisfies pred (or about two seconds pass).
template <typename Pred>
std::shared_ptr<const Snapshot> snapshot_when(Session& session, Pred pred) {
    auto s = session.snapshot();
    for (int i = 0; i < 400 && !pred(*s); i++) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        s = session.snapshot();
    }
    return s;
}

TEST(Session, StepStopsAfterEachEventAndEndsWhereRunEnds) {
    // With one P every step stops right after the next event; with four, a step
    // reaches the end of the virtual round that holds it. Either way stepping
    // changes nothing the program does.
    for (int procs : {1, 4}) {
        Session session(virtual_options(procs));
        ASSERT_TRUE(session.load(lesson("waitgroup")));
        size_t events = 0;
        int steps = 0;
        std::shared_ptr<const Snapshot> s;
        for (; steps < 500; steps++) {
            session.step();
            s = snapshot_when(session, [&](const Snapshot& x) {
                return (x.paused && x.trace_size > events) || x.status == RunStatus::Finished;
            });
            if (s->status == RunStatus::Finished) {
                break;
            }
            ASSERT_TRUE(s->paused) << "step " << steps;
            ASSERT_GT(s->trace_size, events) << "a step always reaches a new event";
            if (procs == 1) {
                // One instruction's events at most: `go f()` records GoCreate and GoReady.
                EXPECT_LE(s->trace_size, events + 3) << "step " << steps;
            }
            events = s->trace_size;
        }
        EXPECT_EQ(s->status, RunStatus::Finished);
        EXPECT_GT(steps, procs == 1 ? 20 : 5) << "the lesson has dozens of events";
        Result whole = run_source(lesson("waitgroup"), virtual_options(procs));
        EXPECT_EQ(s->output, whole.snapshot->output) << "procs " << procs;
        EXPECT_EQ(s->clock_ns, whole.snapshot->clock_ns) << "procs " << procs;
    }
}

// Virtual time models parallelism: CPU-bound goroutines finish sooner with
// more Ps, sleepers take the longest sleep whatever GOMAXPROCS is.
TEST(Session, VirtualParallelismFollowsGomaxprocs) {
    const char* cpu = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n"
                      "var wg sync.WaitGroup\n\nfunc spin(n int) {\n\tx := 0\n"
                      "\tfor i := 0; i < n; i++ {\n\t\tx += i\n\t}\n\tfmt.Println(x > 0)\n"
                      "\twg.Done()\n}\n\nfunc main() {\n\tfor i := 0; i < 4; i++ {\n"
                      "\t\twg.Add(1)\n\t\tgo spin(200000)\n\t}\n\twg.Wait()\n}\n";
    Result one = run_source(cpu, virtual_options(1));
    Result four = run_source(cpu, virtual_options(4));
    ASSERT_EQ(one.exit_code, 0);
    ASSERT_EQ(four.exit_code, 0);
    double speedup = static_cast<double>(one.snapshot->clock_ns) / four.snapshot->clock_ns;
    EXPECT_GT(speedup, 3.5) << one.snapshot->clock_ns << " vs " << four.snapshot->clock_ns;
    EXPECT_LT(speedup, 4.2);

    Result sleepers1 = run_source(lesson("waitgroup"), virtual_options(1));
    Result sleepers4 = run_source(lesson("waitgroup"), virtual_options(4));
    EXPECT_NEAR(sleepers1.snapshot->clock_ns / kMs, kMaxMs, 1);
    EXPECT_NEAR(sleepers4.snapshot->clock_ns / kMs, kMaxMs, 1);
}

// The Ps of a virtual round run one after another: a goroutine that takes a value another P
// sent later in its own turn must not print before that P's output. Found with a program whose
// earlier goroutines had left the Ps' clocks apart (at 3 procs, "main received" came first).
TEST(Session, VirtualOutputFollowsHappensBefore) {
    const char* source =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nfunc main() {\n"
        "\tsem := make(chan struct{}, 2)\n\tvar wg sync.WaitGroup\n"
        "\tfor i := 0; i < 6; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n"
        "\t\t\tsem <- struct{}{}\n\t\t\ttime.Sleep(5 * time.Millisecond)\n\t\t\t<-sem\n"
        "\t\t}()\n\t}\n\twg.Wait()\n\tdone := make(chan bool)\n\tdata := make(chan int)\n"
        "\tgo func() {\n\t\tfor {\n\t\t\tselect {\n\t\t\tcase v := <-data:\n"
        "\t\t\t\tfmt.Println(\"got\", v)\n\t\t\tcase <-done:\n\t\t\t\tfmt.Println(\"done\")\n"
        "\t\t\t\tdone <- true\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}()\n\tdata <- 1\n"
        "\tdata <- 2\n\tdone <- true\n\t<-done\n\tfmt.Println(\"main received\")\n}\n";
    for (int procs = 1; procs <= 4; procs++) {
        for (uint64_t seed = 0; seed < 4; seed++) {
            SessionOptions o = virtual_options(procs);
            o.seed = seed;
            Session session(o);
            ASSERT_TRUE(session.load(source));
            session.run();
            ASSERT_EQ(session.wait(), 0);
            EXPECT_EQ(test_support::final_snapshot(session)->output,
                      "got 1\ngot 2\ndone\nmain received\n")
                << procs << " procs, seed " << seed;
        }
    }
}

// package runtime: NumGoroutine counts who is alive, NumCPU is the pool, GOMAXPROCS(0) the
// run's; GOMAXPROCS(n) returns the setting before it (gomaxprocs_test.cpp has the rest).
TEST(Session, RuntimePackageReportsTheRun) {
    const char* source =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n"
        "\tblock := make(chan int)\n\tfor i := 0; i < 3; i++ {\n\t\tgo func() { <-block }()\n"
        "\t}\n\truntime.Gosched()\n"
        "\tfmt.Println(runtime.NumGoroutine(), runtime.NumCPU(), runtime.GOMAXPROCS(0))\n"
        "\tfmt.Println(runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(3))\n"
        "\tfmt.Println(runtime.GOMAXPROCS(1), runtime.GOMAXPROCS(0), runtime.NumCPU())\n}\n";
    Session session(virtual_options(4));
    ASSERT_TRUE(session.load(source));
    RunSettings settings;
    settings.procs = 3;
    settings.virtual_time = true;
    session.configure(settings);
    session.run();
    EXPECT_EQ(session.wait(), 0);
    auto s = test_support::final_snapshot(session);
    EXPECT_EQ(s->output, "4 4 3\n3 3\n3 1 4\n");
    EXPECT_EQ(s->gomaxprocs, 3) << "the setting the run started with";
    EXPECT_EQ(s->gomaxprocs_now, 1);
    EXPECT_EQ(s->running_procs, 1);
    EXPECT_EQ(s->lane_procs, 3);
}

TEST(Session, PauseStopsTheProgramClock) {
    SessionOptions o;
    o.procs = 2;
    Session session(o);
    ASSERT_TRUE(session.load(lesson("waitgroup")));
    session.run();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    session.pause();
    auto paused = snapshot_when(session, [](const Snapshot& x) { return x.paused; });
    ASSERT_TRUE(paused->paused);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    auto later = session.snapshot();
    EXPECT_EQ(later->clock_ns, paused->clock_ns) << "no program time passes while paused";
    session.resume();
    EXPECT_EQ(session.wait(), 0);
    auto end = session.snapshot();
    // The run took ~1.88 s of program time although 0.3 s of wall time was paused.
    EXPECT_NEAR(end->clock_ns / kMs, kMaxMs, 60);
}

TEST(Session, ConfigureAppliesToTheNextRun) {
    Session session(virtual_options(4));
    ASSERT_TRUE(session.load(lesson("waitgroup")));
    RunSettings settings;
    settings.procs = 9; // more than the worker threads: clamped
    settings.virtual_time = true;
    settings.seed = 3;
    session.configure(settings);
    session.run();
    EXPECT_EQ(session.wait(), 0);
    auto s = session.snapshot();
    EXPECT_EQ(s->gomaxprocs, 4);
    EXPECT_EQ(s->procs, 4);
    EXPECT_EQ(s->seed, 3u);
    EXPECT_TRUE(s->virtual_time);
}

// The one real-clock test: the lesson's promise holds on real worker threads.
TEST(Session, ThreadedWaitGroupOverlapsTheSleeps) {
    SessionOptions o;
    o.procs = 4;
    auto start = std::chrono::steady_clock::now();
    Result r = run_source(lesson("waitgroup"), o);
    auto wall = std::chrono::steady_clock::now() - start;
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished);
    EXPECT_EQ(count_state(*r.snapshot, GoroutineState::Done, "main.dbCall"), 5);
    EXPECT_NEAR(r.snapshot->clock_ns / kMs, kMaxMs, 50);
    EXPECT_LT(wall, std::chrono::milliseconds(kMaxMs + 1000));
    // Which goroutine draws which delay depends on the workers, as in Go with
    // GOMAXPROCS > 1; every result still arrives, and the total comes last.
    const std::string& out = r.snapshot->output;
    size_t results = 0;
    for (size_t at = out.find("database is: id"); at != std::string::npos;
         at = out.find("database is: id", at + 1)) {
        results++;
    }
    EXPECT_EQ(results, 5u) << out;
    EXPECT_NE(out.find("\nTotal execution time: 1.8"), std::string::npos) << out;
    EXPECT_GT(out.find("Total"), out.rfind("database"));
}

// On real threads too, the trace's clock never goes back from one event to the next (the page
// finds an instant's state by a binary search on it). Here Mutex waiters that Unlock woke
// compete for the lock while a timer is always set, and a ping-pong hands goroutines from one
// to the next on one worker: a GoStart took the clock read for the timers before its
// goroutine's MutexSet, and a worker reuses the clock of a park for the next GoStart.
TEST(Session, ThreadedTraceClockNeverGoesBack) {
    const char* source = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	done := make(chan bool)
	go func() {
		for {
			select {
			case <-done:
				return
			case <-time.After(time.Millisecond):
			}
		}
	}()
	ping, pong := make(chan int), make(chan int)
	go func() {
		for n := range ping {
			pong <- n
		}
	}()
	counter := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 3000; i++ {
		ping <- i
		<-pong
	}
	close(ping)
	wg.Wait()
	close(done)
	fmt.Println(counter)
}
)";
    SessionOptions o;
    o.procs = 2;
    Result r = run_source(source, o);
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished);
    EXPECT_EQ(r.snapshot->output, "12000\n");
    const Trace& trace = *r.snapshot->trace;
    const TracePin pin(trace);
    size_t back = 0;
    size_t first_back = 0;
    for (size_t i = trace.first() + 1; i < r.snapshot->trace_size; i++) {
        if (trace.at(i).clock_ns < trace.at(i - 1).clock_ns && back++ == 0) {
            first_back = i;
        }
    }
    EXPECT_EQ(back, 0u) << "first at event " << first_back << ": "
                        << to_string(trace.at(first_back - 1).kind) << " then "
                        << to_string(trace.at(first_back).kind);
}

// main exists from the program's first instant, on real threads too: its creation is the
// trace's first event, at clock 0, however long the thread that starts the run takes to get
// there (on a busy machine the page's first step once showed it at 21 ms).
TEST(Session, ThreadedMainIsCreatedAtClockZero) {
    const char* source = R"(package main

import "fmt"

var table = make([]int, 100000)

func main() {
	fmt.Println(len(table))
}
)";
    SessionOptions o;
    o.procs = 2;
    Result r = run_source(source, o);
    ASSERT_EQ(r.snapshot->status, RunStatus::Finished);
    const Trace& trace = *r.snapshot->trace;
    const TracePin pin(trace);
    ASSERT_GT(r.snapshot->trace_size, trace.first());
    EXPECT_EQ(trace.at(trace.first()).kind, TraceKind::GoCreate);
    EXPECT_EQ(trace.at(trace.first()).clock_ns, 0);
}

// A finished goroutine lets go of its object but stays listed as the page shows it: its
// function, Done, and the line it was last shown at (where it last stopped: its select, or
// its function's first line for one that never did); one that left
// select cases behind in other channels' queues is still there when a later send walks past them
// (AddressSanitizer catches a goroutine freed too early here).
TEST(Session, FinishedGoroutinesStayListedAfterLettingGoOfTheirObjects) {
    const char* source = R"(package main

import "sync"
import "time"

func quick(wg *sync.WaitGroup) {
	wg.Done()
}

func chooser(a, b chan int, wg *sync.WaitGroup) {
	select {
	case <-a:
	case <-b:
	}
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	a := make(chan int)
	b := make(chan int, 1)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go quick(&wg)
	}
	wg.Add(1)
	go chooser(a, b, &wg)
	time.Sleep(time.Millisecond) // chooser parks in its select first
	a <- 1
	wg.Wait()
	b <- 2
	println(<-b)
}
)";
    for (bool virtual_time : {true, false}) {
        SCOPED_TRACE(virtual_time);
        SessionOptions o = virtual_options(2);
        o.virtual_time = virtual_time;
        const Result r = run_source(source, o);
        ASSERT_EQ(r.exit_code, 0) << r.snapshot->output;
        EXPECT_EQ(r.snapshot->output, "2\n");
        ASSERT_EQ(r.snapshot->goroutines.size(), 5u);
        EXPECT_EQ(count_state(*r.snapshot, GoroutineState::Done, "main.quick"), 3);
        EXPECT_EQ(count_state(*r.snapshot, GoroutineState::Done, "main.chooser"), 1);
        for (const GoroutineView& g : r.snapshot->goroutines) {
            if (g.fn == "main.quick") {
                EXPECT_EQ(g.line, 6) << g.id;
            } else if (g.fn == "main.chooser") {
                EXPECT_EQ(g.line, 11) << g.id;
            }
        }
    }
}

// runtime.Goexit in main ends main alone: the trace records it as ended (GoEnd, never lost),
// the other goroutine runs on to its end, and then the run ends with Go's fatal error.
TEST(Session, GoexitInMainEndsMainAloneAndTheTraceSaysSo) {
    const char* source = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"time\"\n)\n\n"
                         "func main() {\n\tgo func() {\n\t\ttime.Sleep(time.Millisecond)\n"
                         "\t\tfmt.Println(\"worker\")\n\t}()\n\tdefer fmt.Println(\"deferred\")\n"
                         "\truntime.Goexit()\n}\n";
    for (bool virtual_time : {true, false}) {
        SessionOptions o = virtual_options(2);
        o.virtual_time = virtual_time;
        Session session(o);
        ASSERT_TRUE(session.load(source));
        session.run();
        EXPECT_EQ(session.wait(), 2) << virtual_time;
        std::shared_ptr<const Snapshot> s = test_support::final_snapshot(session);
        EXPECT_EQ(s->status, RunStatus::Deadlocked) << virtual_time;
        EXPECT_EQ(s->output,
                  "deferred\nworker\n"
                  "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
            << virtual_time;

        ASSERT_TRUE(s->trace) << virtual_time;
        const TracePin pin(*s->trace);
        int ends[3] = {0, 0, 0};
        int lost = 0;
        int64_t main_end_ns = -1, worker_output_ns = -1;
        for (size_t i = s->trace->first(); i < s->trace_size; i++) {
            const TraceEvent& e = s->trace->at(i);
            if (e.kind == TraceKind::GoEnd && e.g >= 1 && e.g <= 2) {
                ends[e.g]++;
                if (e.g == 1) {
                    main_end_ns = e.clock_ns;
                }
            }
            lost += e.kind == TraceKind::GoLost;
            if (e.kind == TraceKind::Output && e.g == 2) {
                worker_output_ns = e.clock_ns;
            }
        }
        EXPECT_EQ(ends[1], 1) << "main ends once, by Goexit; virtual " << virtual_time;
        EXPECT_EQ(ends[2], 1) << "the worker ends too; virtual " << virtual_time;
        EXPECT_EQ(lost, 0) << virtual_time;
        EXPECT_LE(main_end_ns, worker_output_ns) << "main ended before the worker printed";
        for (const GoroutineView& g : s->goroutines) {
            EXPECT_EQ(g.state, GoroutineState::Done) << g.fn << " virtual " << virtual_time;
        }
    }
}

} // namespace
} // namespace golab
