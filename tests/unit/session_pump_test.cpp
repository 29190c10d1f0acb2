// session_pump_test.cpp: Session in pump mode, the page's single-thread fallback.
//
// A pumped Session has no worker threads: the caller's pump() runs the virtual
// executor in pieces. Every lesson must end exactly as on worker threads with
// the same seed, and a paced run's clock must follow the wall clock instead of
// jumping to the next timer.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "lessons/lessons.h"
#include "runtime/session.h"

namespace golab {
namespace {

constexpr int64_t kMs = 1000000;

struct Ended {
    std::shared_ptr<const Snapshot> snapshot;
    int pumps = 0;
};

// Pumps until the run ends (or about 20 s of pumps), a few ms at a time as the page does.
Ended pump_to_end(Session& session) {
    Ended e;
    for (; e.pumps < 20000; e.pumps++) {
        bool going = session.pump(4 * kMs);
        auto s = session.snapshot();
        if (!going && s->status != RunStatus::Running && s->status != RunStatus::Idle) {
            e.snapshot = s;
            return e;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    e.snapshot = session.snapshot();
    return e;
}

// The same program on worker threads with the virtual executor.
std::shared_ptr<const Snapshot> on_workers(std::string_view source, uint64_t seed) {
    SessionOptions o;
    o.procs = 4;
    o.virtual_time = true;
    o.seed = seed;
    Session session(o);
    EXPECT_TRUE(session.load(source));
    session.run();
    session.wait();
    for (int i = 0; i < 200; i++) {
        auto s = session.snapshot();
        if (s->status != RunStatus::Running && s->status != RunStatus::Idle) {
            return s;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return session.snapshot();
}

TEST(SessionPump, EveryLessonEndsAsOnWorkerThreads) {
    for (const Lesson& lesson : all_lessons()) {
        for (uint64_t seed : {uint64_t(0), uint64_t(7)}) {
            SCOPED_TRACE(std::string(lesson.id) + " seed " + std::to_string(seed));
            SessionOptions o;
            o.procs = 4;
            o.pump = true;
            o.virtual_time = true; // jumps: the test need not wait for the sleeps
            o.seed = seed;
            Session session(o);
            ASSERT_TRUE(session.load(lesson.source));
            session.run();
            Ended pumped = pump_to_end(session);
            auto threaded = on_workers(lesson.source, seed);
            ASSERT_NE(pumped.snapshot->status, RunStatus::Running);
            EXPECT_EQ(pumped.snapshot->status, threaded->status);
            EXPECT_EQ(pumped.snapshot->output, threaded->output);
            EXPECT_EQ(pumped.snapshot->exit_code, threaded->exit_code);
            EXPECT_EQ(pumped.snapshot->clock_ns, threaded->clock_ns);
            EXPECT_EQ(pumped.snapshot->trace_size, threaded->trace_size);
        }
    }
}

TEST(SessionPump, PacedClockFollowsTheWallClock) {
    const char* source = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	t0 := time.Now()
	time.Sleep(300 * time.Millisecond)
	fmt.Println("slept", time.Since(t0))
}
)";
    SessionOptions o;
    o.procs = 4;
    o.pump = true;
    Session session(o);
    ASSERT_TRUE(session.load(source));
    auto t0 = std::chrono::steady_clock::now();
    session.run();

    // The program clock moves as pumps come, and never runs ahead of the wall
    // clock by more than one pump's budget (a busy machine may pump late, so
    // only that bound is exact; a clock that jumped to the timer would be 300 ms ahead).
    for (;;) {
        EXPECT_TRUE(session.pump(2 * kMs));
        auto snap = session.snapshot();
        const auto wall = std::chrono::steady_clock::now() - t0;
        EXPECT_FALSE(snap->virtual_time);
        EXPECT_LE(snap->clock_ns, std::chrono::nanoseconds(wall).count() + 2 * kMs);
        if (snap->clock_ns > 20 * kMs) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    // It ends after the sleep's wall time, with the exact virtual duration.
    Ended e = pump_to_end(session);
    auto wall = std::chrono::steady_clock::now() - t0;
    EXPECT_GE(wall, std::chrono::milliseconds(290));
    EXPECT_EQ(e.snapshot->status, RunStatus::Finished);
    EXPECT_EQ(e.snapshot->output.rfind("slept 300.", 0), 0u) << e.snapshot->output;
}

TEST(SessionPump, PauseHoldsThePacedClock) {
    SessionOptions o;
    o.pump = true;
    Session session(o);
    ASSERT_TRUE(session.load("package main\n\nimport \"time\"\n\nfunc main() {\n"
                             "\ttime.Sleep(time.Second)\n}\n"));
    session.run();
    for (int i = 0; i < 5; i++) {
        session.pump(2 * kMs);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    session.pause();
    session.pump(2 * kMs);
    int64_t held = session.snapshot()->clock_ns;
    for (int i = 0; i < 5; i++) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        session.pump(2 * kMs);
    }
    EXPECT_EQ(session.snapshot()->clock_ns, held);
    EXPECT_TRUE(session.snapshot()->paused);

    // Going on does not credit the time spent paused.
    session.resume();
    session.pump(2 * kMs);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    session.pump(2 * kMs);
    EXPECT_LT(session.snapshot()->clock_ns, held + 60 * kMs);
}

TEST(SessionPump, StepRunsToTheNextEventWithoutWaitingForTheClock) {
    SessionOptions o;
    o.pump = true;
    Session session(o);
    const Lesson* waitgroup = find_lesson("waitgroup");
    ASSERT_NE(waitgroup, nullptr);
    ASSERT_TRUE(session.load(waitgroup->source));
    session.step();
    session.pump(50 * kMs);
    auto s = session.snapshot();
    EXPECT_EQ(s->status, RunStatus::Running);
    EXPECT_TRUE(s->paused);
    EXPECT_GT(s->trace_size, 0u);
}

} // namespace
} // namespace golab
