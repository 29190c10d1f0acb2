// gomaxprocs_test.cpp: runtime.GOMAXPROCS(n) while the program runs, on both executors.
//
// What Go promises is checked against the trace: from the call on, only the Ps of the new
// count start goroutines; the goroutines queued on a P that stopped still run; a P added
// steals work; a caller whose own P stopped carries on first. The virtual clock shows the
// parallelism itself: a CPU-bound pair takes as long after GOMAXPROCS(1) as in a run started
// with one P, and about half as long after GOMAXPROCS(2).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "app/replay.h"
#include "lesson_runs.h"
#include "runtime/scheduler.h"
#include "runtime/session.h"

namespace golab {
namespace {

struct Outcome {
    std::shared_ptr<const Snapshot> snapshot;
    int exit_code = 0;
    std::string chrome_json;
};

// Runs source to its end on a pool of `pool` workers with GOMAXPROCS `procs` to start with.
Outcome run(const std::string& source, int pool, int procs, bool virtual_time, uint64_t seed = 0) {
    SessionOptions o;
    o.procs = pool;
    o.virtual_time = virtual_time;
    Session session(o);
    EXPECT_TRUE(session.load(source)) << source;
    RunSettings settings;
    settings.procs = procs;
    settings.virtual_time = virtual_time;
    settings.seed = seed;
    session.configure(settings);
    session.run();
    Outcome r;
    // NOTE: a goroutine left on a P that takes no work would hang the run: fail instead.
    if (!session.wait_for(120'000, r.exit_code)) {
        ADD_FAILURE() << "the run did not end";
        session.stop();
        session.wait_for(10'000, r.exit_code);
    }
    r.snapshot = test_support::final_snapshot(session);
    r.chrome_json = session.chrome_trace();
    return r;
}

// Two goroutines that each count to n, after main sets GOMAXPROCS (when procs > 0).
std::string cpu_pair(int procs, int n = 300000) {
    std::string set = procs > 0 ? "\truntime.GOMAXPROCS(" + std::to_string(procs) + ")\n" : "";
    return "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n)\n\n"
           "func count(n int) int {\n\tx := 0\n\tfor i := 0; i < n; i++ {\n\t\tx += i\n\t}\n"
           "\treturn x\n}\n\nfunc main() {\n" +
           set +
           "\tvar wg sync.WaitGroup\n\tfor i := 0; i < 2; i++ {\n\t\twg.Add(1)\n"
           "\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tcount(" +
           std::to_string(n) +
           ")\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(\"done\", runtime.GOMAXPROCS(0))\n}\n";
}

// Eight busy goroutines spread over the Ps; main lets them start, then sets GOMAXPROCS to
// `after` and waits for them all.
std::string busy_then(int after, int n = 200000) {
    return "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n\t\"time\"\n)\n\n"
           "func count(n int) int {\n\tx := 0\n\tfor i := 0; i < n; i++ {\n\t\tx += i\n\t}\n"
           "\treturn x\n}\n\nfunc main() {\n\tvar wg sync.WaitGroup\n"
           "\tfor i := 0; i < 8; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n"
           "\t\t\tdefer wg.Done()\n\t\t\tcount(" +
           std::to_string(n) +
           ")\n\t\t}()\n\t}\n\ttime.Sleep(time.Millisecond)\n\tprev := runtime.GOMAXPROCS(" +
           std::to_string(after) +
           ")\n\twg.Wait()\n\tfmt.Println(prev, runtime.GOMAXPROCS(0), "
           "runtime.NumGoroutine())\n}\n";
}

// The trace's events, as read under a pin.
std::vector<TraceEvent> events_of(const Snapshot& s) {
    const Trace& trace = *s.trace;
    const TracePin pin(trace);
    std::vector<TraceEvent> out;
    for (size_t i = trace.first(); i < s.trace_size; i++) {
        out.push_back(trace.at(i));
    }
    return out;
}

// Returns the position of the first ProcsSet event, or -1.
long first_procs_set(const std::vector<TraceEvent>& events) {
    for (size_t i = 0; i < events.size(); i++) {
        if (events[i].kind == TraceKind::ProcsSet) {
            return static_cast<long>(i);
        }
    }
    return -1;
}

// Returns the Ps that started goroutines in events [from, to).
std::set<int64_t> ps_started(const std::vector<TraceEvent>& events, size_t from, size_t to) {
    std::set<int64_t> ps;
    for (size_t i = from; i < to && i < events.size(); i++) {
        if (events[i].kind == TraceKind::GoStart) {
            ps.insert(events[i].arg);
        }
    }
    return ps;
}

//-----------------------------------------------------------------------------
// The virtual executor
//-----------------------------------------------------------------------------

// The lessons' case: GOMAXPROCS(1) at the top of main costs the same virtual time as a run
// started with one P, and GOMAXPROCS(2) about half of it.
TEST(Gomaxprocs, VirtualClockChargesCpuWorkPerP) {
    Outcome started_one = run(cpu_pair(0), 4, 1, true);
    Outcome set_one = run(cpu_pair(1), 4, 4, true);
    Outcome set_two = run(cpu_pair(2), 4, 4, true);
    Outcome set_two_from_one = run(cpu_pair(2), 4, 1, true);
    ASSERT_EQ(started_one.exit_code, 0);
    ASSERT_EQ(set_one.exit_code, 0) << set_one.snapshot->output;
    ASSERT_EQ(set_two.exit_code, 0) << set_two.snapshot->output;
    ASSERT_EQ(set_two_from_one.exit_code, 0) << set_two_from_one.snapshot->output;
    EXPECT_EQ(set_one.snapshot->output, "done 1\n");
    EXPECT_EQ(set_two.snapshot->output, "done 2\n");

    // The call itself is a few instructions: the rest of the run is the same, turn for turn.
    const int64_t one = started_one.snapshot->clock_ns;
    const int64_t call_ns = 10 * kVirtualNsPerInstruction;
    EXPECT_NEAR(set_one.snapshot->clock_ns, one, call_ns);
    const double two = static_cast<double>(set_two.snapshot->clock_ns);
    EXPECT_GT(one / two, 1.8) << one << " vs " << two;
    EXPECT_LT(one / two, 2.2) << one << " vs " << two;
    EXPECT_NEAR(static_cast<double>(set_two_from_one.snapshot->clock_ns), two, two * 0.01);
}

// Shrinking: the goroutines queued on the Ps that stop still run (on P 0), and no other P
// starts one after the call; the virtual run is the same on every run with the same seed.
TEST(Gomaxprocs, VirtualShrinkRunsEverythingOnTheRemainingPs) {
    for (uint64_t seed : {0, 1, 7}) {
        Outcome r = run(busy_then(1), 4, 4, true, seed);
        ASSERT_EQ(r.exit_code, 0) << r.snapshot->output;
        EXPECT_EQ(r.snapshot->output, "4 1 1\n") << "seed " << seed;
        const std::vector<TraceEvent> events = events_of(*r.snapshot);
        const long at = first_procs_set(events);
        ASSERT_GE(at, 0);
        EXPECT_EQ(events[static_cast<size_t>(at)].arg, 1);
        EXPECT_EQ(events[static_cast<size_t>(at)].len, 1);
        EXPECT_EQ(events[static_cast<size_t>(at)].g, 1);
        EXPECT_EQ(ps_started(events, 0, static_cast<size_t>(at)).size(), 4u) << "seed " << seed;
        EXPECT_EQ(ps_started(events, static_cast<size_t>(at) + 1, events.size()),
                  std::set<int64_t>{0})
            << "seed " << seed;

        Outcome again = run(busy_then(1), 4, 4, true, seed);
        EXPECT_EQ(again.chrome_json, r.chrome_json) << "seed " << seed;
    }
}

// Shrinking costs time as it should: the eight counts after GOMAXPROCS(1) take about four
// times as long as after GOMAXPROCS(4), which changes nothing.
TEST(Gomaxprocs, VirtualShrinkSlowsTheRestOfTheRun) {
    Outcome four = run(busy_then(4), 4, 4, true);
    Outcome one = run(busy_then(1), 4, 4, true);
    ASSERT_EQ(four.exit_code, 0);
    ASSERT_EQ(one.exit_code, 0);
    EXPECT_EQ(four.snapshot->output, "4 4 1\n");
    const double ratio =
        static_cast<double>(one.snapshot->clock_ns) / static_cast<double>(four.snapshot->clock_ns);
    EXPECT_GT(ratio, 3.0) << one.snapshot->clock_ns << " vs " << four.snapshot->clock_ns;
    EXPECT_LT(ratio, 4.2) << one.snapshot->clock_ns << " vs " << four.snapshot->clock_ns;
}

// Growing: Ps added steal, so the run goes parallel from the call on, past the worker pool
// too (the virtual executor has no threads to run out of).
TEST(Gomaxprocs, VirtualGrowAddsPsThatSteal) {
    Outcome one = run(busy_then(1), 2, 1, true);
    Outcome eight = run(busy_then(8), 2, 1, true);
    ASSERT_EQ(one.exit_code, 0);
    ASSERT_EQ(eight.exit_code, 0) << eight.snapshot->output;
    EXPECT_EQ(eight.snapshot->output, "1 8 1\n");
    const std::vector<TraceEvent> events = events_of(*eight.snapshot);
    const long at = first_procs_set(events);
    ASSERT_GE(at, 0);
    EXPECT_EQ(ps_started(events, 0, static_cast<size_t>(at)), std::set<int64_t>{0});
    EXPECT_EQ(ps_started(events, static_cast<size_t>(at), events.size()).size(), 8u);
    const double ratio =
        static_cast<double>(one.snapshot->clock_ns) / static_cast<double>(eight.snapshot->clock_ns);
    EXPECT_GT(ratio, 4.0) << one.snapshot->clock_ns << " vs " << eight.snapshot->clock_ns;
    EXPECT_EQ(eight.snapshot->lane_procs, 8);
    EXPECT_EQ(eight.snapshot->running_procs, 8);
    EXPECT_EQ(eight.snapshot->gomaxprocs_now, 8);
    EXPECT_EQ(eight.snapshot->gomaxprocs, 1);
}

// A count past kMaxVirtualProcs is reported as asked, as Go does, and runs on that many Ps.
TEST(Gomaxprocs, VirtualHugeCountIsReportedAndCapped) {
    const std::string source =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n"
        "\tfmt.Println(runtime.GOMAXPROCS(100000), runtime.GOMAXPROCS(0))\n}\n";
    Outcome r = run(source, 4, 4, true);
    ASSERT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.snapshot->output, "4 100000\n");
    EXPECT_EQ(r.snapshot->running_procs, kMaxVirtualProcs);
}

// The caller of GOMAXPROCS whose own P stops carries on first, on P 0, as Go's caller does.
TEST(Gomaxprocs, VirtualCallerOnAStoppedPCarriesOnFirst) {
    const std::string source =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n"
        "func count(n int) int {\n\tx := 0\n\tfor i := 0; i < n; i++ {\n\t\tx += i\n\t}\n"
        "\treturn x\n}\n\nfunc main() {\n\tdone := make(chan int)\n"
        "\tfor i := 0; i < 4; i++ {\n\t\tgo func() {\n\t\t\tcount(1000)\n"
        "\t\t\tdone <- runtime.GOMAXPROCS(1)\n\t\t}()\n\t}\n\tsum := 0\n"
        "\tfor i := 0; i < 4; i++ {\n\t\tsum += <-done\n\t}\n\tfmt.Println(sum)\n}\n";
    Outcome r = run(source, 4, 4, true);
    ASSERT_EQ(r.exit_code, 0) << r.snapshot->output;
    EXPECT_EQ(r.snapshot->output, "7\n");
    const std::vector<TraceEvent> events = events_of(*r.snapshot);
    const long at = first_procs_set(events);
    ASSERT_GE(at, 0);
    const int64_t caller = events[static_cast<size_t>(at)].g;
    int64_t caller_p = -1;
    for (long i = at - 1; i >= 0 && caller_p < 0; i--) {
        const TraceEvent& e = events[static_cast<size_t>(i)];
        if (e.kind == TraceKind::GoStart && e.g == caller) {
            caller_p = e.arg;
        }
    }
    ASSERT_GE(caller_p, 1) << "the first caller ran on a P that stops";
    for (size_t i = static_cast<size_t>(at) + 1; i < events.size(); i++) {
        if (events[i].kind == TraceKind::GoStart) {
            EXPECT_EQ(events[i].g, caller) << "the next goroutine to start";
            EXPECT_EQ(events[i].arg, 0);
            break;
        }
    }
}

// The goroutines queued on a P that stops go to the head of the global queue, its runnext
// first and then its queue, as Go's procresize does, and all of them run.
TEST(Gomaxprocs, VirtualQueuesOfStoppedPsMoveToTheGlobalQueue) {
    const std::string source =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"sync\"\n)\n\n"
        "func count(n int) int {\n\tx := 0\n\tfor i := 0; i < n; i++ {\n\t\tx += i\n\t}\n"
        "\treturn x\n}\n\nfunc main() {\n\tvar wg sync.WaitGroup\n"
        "\tfor o := 0; o < 4; o++ {\n\t\twg.Add(1)\n\t\tgo func(o int) {\n"
        "\t\t\tdefer wg.Done()\n\t\t\tcount(1000)\n\t\t\tfor c := 0; c < 3; c++ {\n"
        "\t\t\t\twg.Add(1)\n\t\t\t\tgo func(c int) {\n\t\t\t\t\tdefer wg.Done()\n"
        "\t\t\t\t\tfmt.Println(o, c)\n\t\t\t\t}(c)\n\t\t\t}\n"
        "\t\t\truntime.GOMAXPROCS(1)\n\t\t}(o)\n\t}\n\twg.Wait()\n}\n";
    Outcome r = run(source, 4, 4, true);
    ASSERT_EQ(r.exit_code, 0) << r.snapshot->output;
    std::multiset<std::string> lines;
    for (size_t at = 0, nl; (nl = r.snapshot->output.find('\n', at)) != std::string::npos;
         at = nl + 1) {
        lines.insert(r.snapshot->output.substr(at, nl - at));
    }
    std::multiset<std::string> want;
    for (int o = 0; o < 4; o++) {
        for (int c = 0; c < 3; c++) {
            want.insert(std::to_string(o) + " " + std::to_string(c));
        }
    }
    EXPECT_EQ(lines, want) << r.snapshot->output;

    // The first caller's P stopped with its three children queued on it: the last one made
    // (its runnext) starts first, then the others in the order they were made.
    const std::vector<TraceEvent> events = events_of(*r.snapshot);
    const long at = first_procs_set(events);
    ASSERT_GE(at, 0);
    const int64_t caller = events[static_cast<size_t>(at)].g;
    std::vector<int64_t> children;
    std::vector<int64_t> started;
    int64_t caller_p = -1;
    for (size_t i = 0; i < events.size(); i++) {
        const TraceEvent& e = events[i];
        if (e.kind == TraceKind::GoCreate && e.arg == caller) {
            children.push_back(e.g);
        }
        if (e.kind == TraceKind::GoStart && e.g == caller && i < static_cast<size_t>(at)) {
            caller_p = e.arg;
        }
        if (e.kind == TraceKind::GoStart && i > static_cast<size_t>(at) &&
            std::find(children.begin(), children.end(), e.g) != children.end() &&
            std::find(started.begin(), started.end(), e.g) == started.end()) {
            started.push_back(e.g);
        }
    }
    ASSERT_GE(caller_p, 1) << "the program is meant to stop the caller's own P";
    ASSERT_EQ(children.size(), 3u);
    EXPECT_EQ(started, (std::vector<int64_t>{children[2], children[0], children[1]}));
}

//-----------------------------------------------------------------------------
// The threaded executor
//-----------------------------------------------------------------------------

// Shrinking on threads: from the call on only P 0 starts goroutines, the ones queued on the
// others still run, and those running elsewhere leave at the end of their slice.
TEST(Gomaxprocs, ThreadedShrinkLeavesOnlyTheRemainingPs) {
    Outcome r = run(busy_then(1), 4, 4, false);
    ASSERT_EQ(r.exit_code, 0) << r.snapshot->output;
    EXPECT_EQ(r.snapshot->output, "4 1 1\n");
    const std::vector<TraceEvent> events = events_of(*r.snapshot);
    const long at = first_procs_set(events);
    ASSERT_GE(at, 0);
    EXPECT_EQ(ps_started(events, static_cast<size_t>(at) + 1, events.size()), std::set<int64_t>{0});
    EXPECT_EQ(r.snapshot->running_procs, 1);
    EXPECT_EQ(r.snapshot->lane_procs, 4);
}

// A run whose GOMAXPROCS is below the pool (the page's setting) uses only its Ps, and
// growing wakes the workers of the Ps it adds, up to the pool; past it the setting is
// reported as asked.
TEST(Gomaxprocs, ThreadedGrowWakesTheWorkersOfNewPs) {
    Outcome one = run(busy_then(1, 400000), 4, 1, false);
    ASSERT_EQ(one.exit_code, 0) << one.snapshot->output;
    EXPECT_EQ(one.snapshot->output, "1 1 1\n");
    EXPECT_EQ(ps_started(events_of(*one.snapshot), 0, SIZE_MAX), std::set<int64_t>{0});

    Outcome grown = run(busy_then(6, 400000), 4, 1, false);
    ASSERT_EQ(grown.exit_code, 0) << grown.snapshot->output;
    EXPECT_EQ(grown.snapshot->output, "1 6 1\n");
    const std::vector<TraceEvent> events = events_of(*grown.snapshot);
    const long at = first_procs_set(events);
    ASSERT_GE(at, 0);
    EXPECT_EQ(events[static_cast<size_t>(at)].arg, 6);
    EXPECT_EQ(events[static_cast<size_t>(at)].len, 4);
    EXPECT_EQ(ps_started(events, 0, static_cast<size_t>(at)), std::set<int64_t>{0});
    // Eight goroutines of ~1 ms slices each: the three new Ps take some of them, however
    // busy the machine is.
    EXPECT_GT(ps_started(events, static_cast<size_t>(at), events.size()).size(), 1u);
    EXPECT_EQ(grown.snapshot->running_procs, 4);
    EXPECT_EQ(grown.snapshot->gomaxprocs_now, 6);
}

// The caller whose P stops carries on, on threads too, and every caller gets Go's answer.
TEST(Gomaxprocs, ThreadedCallersOnStoppedPsCarryOn) {
    const std::string source =
        "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\n"
        "func count(n int) int {\n\tx := 0\n\tfor i := 0; i < n; i++ {\n\t\tx += i\n\t}\n"
        "\treturn x\n}\n\nfunc main() {\n\tdone := make(chan int)\n"
        "\tfor i := 0; i < 4; i++ {\n\t\tgo func() {\n\t\t\tcount(100000)\n"
        "\t\t\tdone <- runtime.GOMAXPROCS(1)\n\t\t}()\n\t}\n\tsum := 0\n"
        "\tfor i := 0; i < 4; i++ {\n\t\tsum += <-done\n\t}\n\tfmt.Println(sum)\n}\n";
    for (int i = 0; i < 5; i++) {
        Outcome r = run(source, 4, 4, false);
        ASSERT_EQ(r.exit_code, 0) << r.snapshot->output;
        EXPECT_EQ(r.snapshot->output, "7\n");
    }
}

//-----------------------------------------------------------------------------
// Go's edges, the trace and the views
//-----------------------------------------------------------------------------

// Go keeps the count as an int32: a negative one is its procresize's fatal error.
TEST(Gomaxprocs, NegativeInt32CountIsGosFatalError) {
    const std::string source = "package main\n\nimport \"runtime\"\n\nfunc main() {\n"
                               "\truntime.GOMAXPROCS(1 << 31)\n}\n";
    Outcome r = run(source, 4, 4, true);
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_EQ(r.snapshot->output.rfind("fatal error: procresize: invalid arg\n", 0), 0u)
        << r.snapshot->output;
}

// Scrubbing knows how many Ps there were at each instant, also once the log has let go of
// the events before the change (the base keeps the count).
TEST(Gomaxprocs, ReplayKnowsThePsAtEachInstant) {
    Outcome r = run(busy_then(2), 4, 4, true);
    ASSERT_EQ(r.exit_code, 0);
    const Trace& trace = *r.snapshot->trace;
    const std::vector<TraceEvent> events = events_of(*r.snapshot);
    const auto at = static_cast<size_t>(first_procs_set(events));
    ReplayState before = replay_events(trace, at);
    ReplayState after = replay_events(trace, at + 1);
    EXPECT_EQ(before.gomaxprocs, 4);
    EXPECT_EQ(before.running_procs, 4);
    EXPECT_EQ(after.gomaxprocs, 2);
    EXPECT_EQ(after.running_procs, 2);
    Snapshot shown = replayed_snapshot(before, *r.snapshot);
    EXPECT_EQ(shown.running_procs, 4);
    EXPECT_EQ(proc_lanes(shown), 4) << "every P the run has had keeps its lane";

    Trace small(2, 1);
    small.set_start_procs(4);
    for (const TraceEvent& e : events) {
        small.add(e);
    }
    TraceEvent filler; // output of nothing, until the change leaves the window
    filler.kind = TraceKind::Output;
    for (size_t i = 0; i < 3 * Trace::kChunkEvents; i++) {
        small.add(filler);
    }
    ASSERT_GT(small.first(), at) << "the change is among the events let go of";
    const TracePin pin(small);
    EXPECT_EQ(small.base().gomaxprocs, 2);
    EXPECT_EQ(replay_events(small, small.size()).running_procs, 2);
}

// The Chrome trace keeps a GOMAXPROCS counter from its first change on, and the call on the
// caller's lane; a run without a change has neither.
TEST(Gomaxprocs, ChromeTraceShowsTheChange) {
    Outcome changed = run(busy_then(2), 4, 4, true);
    Outcome same = run(busy_then(4), 4, 4, true);
    const std::string& json = changed.chrome_json;
    EXPECT_NE(json.find("\"name\":\"GOMAXPROCS\",\"pid\":2,\"ts\":0,\"args\":{\"GOMAXPROCS\":4,"
                        "\"running\":4}"),
              std::string::npos)
        << json.substr(0, 400);
    EXPECT_NE(json.find("\"args\":{\"GOMAXPROCS\":2,\"running\":2}"), std::string::npos);
    EXPECT_NE(json.find("\"name\":\"runtime.GOMAXPROCS(2)\",\"pid\":1,\"tid\":1"),
              std::string::npos);
    EXPECT_EQ(same.chrome_json.find("GOMAXPROCS"), std::string::npos);
}

} // namespace
} // namespace golab
