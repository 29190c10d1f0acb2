// app_narration_test.cpp: the live region's sentences for real runs of the
// lessons (virtual time, so every run gives the same words).

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "app/narration.h"
#include "lessons/lessons.h"
#include "runtime/session.h"

#include "lesson_runs.h"

namespace golab {
namespace {

std::shared_ptr<const Snapshot> run_source(std::string_view source) {
    auto snap = test_support::finished_source(source, 1);
    EXPECT_TRUE(snap != nullptr) << "does not compile";
    return snap;
}

std::shared_ptr<const Snapshot> run_lesson(std::string_view id) {
    return run_source(find_lesson(id)->source);
}

bool has(const std::vector<std::string>& said, std::string_view words) {
    return std::any_of(said.begin(), said.end(),
                       [&](const std::string& s) { return s.find(words) != std::string::npos; });
}

TEST(SpokenDuration, SecondsMillisecondsAndLess) {
    EXPECT_EQ(spoken_duration(1'420'000'000), "1.42 s");
    EXPECT_EQ(spoken_duration(300'400'000), "300 ms");
    EXPECT_EQ(spoken_duration(999), "less than a millisecond");
}

TEST(Narrator, TellsTheWaitGroupLesson) {
    const auto snap = run_lesson("waitgroup");
    Narrator n;
    const auto said = n.extend(*snap->trace, snap->trace_size, snap->output, snap->status);
    EXPECT_EQ(said.at(0), "main started");
    EXPECT_EQ(said.at(1), "5 goroutines started");
    EXPECT_TRUE(has(said, "main is waiting for 5 goroutines"));
    // The first sentences are told one by one, the rest counted.
    EXPECT_EQ(said.back().rfind("the program finished after 1.", 0), 0u) << said.back();
    EXPECT_LE(said.size(), Narrator::kMaxSentences + 8);
}

// A GOMAXPROCS change is told: who made it, and the new count.
TEST(Narrator, TellsAGomaxprocsChange) {
    const auto snap = run_source("package main\n\nimport \"runtime\"\n\nfunc main() {\n"
                                 "\truntime.GOMAXPROCS(3)\n}\n");
    Narrator n;
    const auto said = n.extend(*snap->trace, snap->trace_size, snap->output, snap->status);
    EXPECT_TRUE(has(said, "main set GOMAXPROCS to 3"));
}

TEST(Narrator, StepsOneEventAtATime) {
    const auto snap = run_lesson("waitgroup");
    Narrator n;
    std::vector<std::string> said;
    for (size_t i = 0; i < snap->trace_size; ++i) {
        said.push_back(n.describe(*snap->trace, i, snap->output));
    }
    EXPECT_TRUE(has(said, "main is waiting for 5 goroutines"));
    EXPECT_TRUE(has(said, "goroutine 2 finished after 1.88 s")) << "id1's call is the longest";
    EXPECT_TRUE(has(said, "printed: The result from the database is: id4"));
    EXPECT_TRUE(has(said, "WaitGroup counter is 0"));

    // The bug: a step onto an event live narration leaves out said nothing but "step N".
    EXPECT_TRUE(has(said, "goroutine 2 runs on worker M")) << "a start";
    EXPECT_TRUE(has(said, "is ready to run")) << "a wake-up";
    for (size_t i = 0; i < said.size(); ++i) {
        EXPECT_FALSE(said[i].empty())
            << "step " << i + 1 << " is " << to_string(snap->trace->at(i).kind);
    }
}

TEST(Narrator, LostGoroutinesAndDeadlocks) {
    auto snap = run_lesson("go-no-wait");
    Narrator lost;
    auto said = lost.extend(*snap->trace, snap->trace_size, snap->output, snap->status);
    EXPECT_TRUE(has(said, "lost: main returned")) << said.back();

    snap = run_lesson("forgotten-done");
    Narrator stuck;
    said = stuck.extend(*snap->trace, snap->trace_size, snap->output, snap->status);
    EXPECT_TRUE(has(said, "deadlock")) << said.back();
    // main never returned in a deadlock: nothing is said to be lost.
    EXPECT_FALSE(has(said, "lost")) << said.back();

    // A panic, not main, ends a program whose sleeper is still alive.
    snap = run_source("package main\n\nimport \"time\"\n\nfunc main() {\n"
                      "\tgo time.Sleep(time.Hour)\n\ttime.Sleep(time.Millisecond)\n"
                      "\tpanic(\"no\")\n}\n");
    Narrator panicked;
    said = panicked.extend(*snap->trace, snap->trace_size, snap->output, snap->status);
    EXPECT_TRUE(has(said, "goroutine 2 was lost: a panic ended the program")) << said.back();
    EXPECT_FALSE(has(said, "main returned")) << said.back();
}

TEST(StatusWords, AnExitStatusOnlyWhereTheProgramExited) {
    EXPECT_EQ(status_words(RunStatus::Finished, 0), "finished");
    EXPECT_EQ(status_words(RunStatus::Finished, 3), "finished  (exit status 3)");
    EXPECT_EQ(status_words(RunStatus::Deadlocked, 2), "deadlocked  (exit status 2)");
    // Stop ends a run without an exit status (the scheduler keeps -1 for it).
    EXPECT_EQ(status_words(RunStatus::Stopped, -1), "stopped");
}

// Creation times are kept in a table by id, and in a map for ids far past it: both give the
// time a goroutine lived.
TEST(Narrator, LifetimesOfNearAndFarIds) {
    Trace t;
    auto event = [](int64_t ms, TraceKind kind, int64_t g) {
        TraceEvent e;
        e.clock_ns = ms * 1'000'000;
        e.kind = kind;
        e.g = g;
        return e;
    };
    for (const int64_t g : {int64_t{2}, int64_t{3}, int64_t{1'000'000}}) {
        t.add(event(10, TraceKind::GoCreate, g));
    }
    t.add(event(250, TraceKind::GoEnd, 3));
    t.add(event(1'510, TraceKind::GoEnd, 1'000'000));
    t.add(event(2'010, TraceKind::GoEnd, 2));
    Narrator narrator;
    const std::vector<std::string> said = narrator.extend(t, t.size(), "", RunStatus::Running);
    EXPECT_TRUE(has(said, "goroutine 3 finished after 240 ms")) << said.back();
    EXPECT_TRUE(has(said, "goroutine 1000000 finished after 1.50 s")) << said.back();
    EXPECT_TRUE(has(said, "goroutine 2 finished after 2.00 s")) << said.back();
}

TEST(StatusWords, ShortFormForACrampedHeader) {
    EXPECT_EQ(short_status_words(RunStatus::Finished, 0), "finished");
    EXPECT_EQ(short_status_words(RunStatus::Panicked, 2), "panicked (exit 2)");
    EXPECT_EQ(short_status_words(RunStatus::Deadlocked, 2), "deadlocked (exit 2)");
    EXPECT_EQ(short_status_words(RunStatus::Stopped, -1), "stopped");
}

TEST(Narrator, ABurstIsSummarised) {
    const auto snap = run_lesson("many");
    Narrator n;
    const auto said = n.extend(*snap->trace, snap->trace_size, snap->output, snap->status);
    EXPECT_LE(said.size(), Narrator::kMaxSentences + 8);
    EXPECT_TRUE(has(said, "more goroutines finished"));
}

} // namespace
} // namespace golab
