// app_waitgroup_marks_test.cpp: what the timeline derives from a real run of
// a lesson: the WaitGroup marks (five Adds by main, its Wait at 5, five
// Dones) and the lanes seen from the workers (one goroutine at a time each).

#include <gtest/gtest.h>

#include <algorithm>

#include "app/replay.h"
#include "lessons/lessons.h"
#include "runtime/session.h"

namespace golab {
namespace {

TEST(WaitGroupMarks, AddsThenWaitThenDones) {
    SessionOptions o;
    o.procs = 1;
    o.virtual_time = true;
    Session session(o);
    ASSERT_TRUE(session.load(find_lesson("waitgroup")->source));
    session.run();
    session.wait();
    const auto snap = session.snapshot();
    TraceTimeline t;
    t.extend(snap->trace.get(), snap->trace_size);
    const std::vector<WaitGroupMark>& marks = t.waitgroup_marks();
    ASSERT_EQ(marks.size(), 11u);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(marks[i].call, WaitGroupCall::Add);
        EXPECT_EQ(marks[i].g, 1);
        EXPECT_EQ(marks[i].count, i + 1);
    }
    EXPECT_EQ(marks[5].call, WaitGroupCall::Wait);
    EXPECT_EQ(marks[5].g, 1);
    EXPECT_EQ(marks[5].count, 5);
    for (size_t i = 6; i < marks.size(); ++i) {
        EXPECT_EQ(marks[i].call, WaitGroupCall::Done);
        EXPECT_NE(marks[i].g, 1);
        EXPECT_EQ(marks[i].count, static_cast<int64_t>(10 - i));
    }
    EXPECT_TRUE(std::is_sorted(marks.begin(), marks.end(), [](const auto& a, const auto& b) {
        return a.clock_ns < b.clock_ns;
    }));
}

TEST(WorkerSlices, EachWorkerRunsOneGoroutineAtATime) {
    SessionOptions o;
    o.procs = 2;
    o.virtual_time = true;
    Session session(o);
    ASSERT_TRUE(session.load(find_lesson("cpu-bound")->source));
    session.run();
    session.wait();
    const auto snap = session.snapshot();
    TraceTimeline t;
    t.extend(snap->trace.get(), snap->trace_size);

    const auto workers = worker_slices(t.lanes(), 2, snap->clock_ns);
    ASSERT_EQ(workers.size(), 2u);
    size_t running_segments = 0;
    for (const TimelineLane& lane : t.lanes()) {
        for (const TimelineSegment& seg : lane.segments) {
            running_segments += seg.state == GoroutineState::Running ? 1 : 0;
        }
    }
    size_t slices = 0;
    for (const auto& on_worker : workers) {
        EXPECT_FALSE(on_worker.empty()) << "both workers run the counters";
        for (size_t i = 0; i + 1 < on_worker.size(); ++i) {
            EXPECT_LE(on_worker[i].end_ns, on_worker[i + 1].start_ns)
                << "G" << on_worker[i].g << " and G" << on_worker[i + 1].g << " overlap";
        }
        slices += on_worker.size();
    }
    EXPECT_EQ(slices, running_segments);
}

} // namespace
} // namespace golab
