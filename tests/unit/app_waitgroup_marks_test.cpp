// app_waitgroup_marks_test.cpp: what the timeline derives from a real run of
// a lesson: the WaitGroup marks (five Adds by main, its Wait at 5, five
// Dones) and the lanes seen from the workers (one goroutine at a time each);
// and the WaitGroup gauge's counter folded into pixel columns.

#include <gtest/gtest.h>

#include <algorithm>

#include "app/replay.h"
#include "lesson_runs.h"

namespace golab {
namespace {

TEST(WaitGroupMarks, AddsThenWaitThenDones) {
    const auto snap = test_support::finished_lesson("waitgroup", 1);
    ASSERT_NE(snap, nullptr);
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
    const auto snap = test_support::finished_lesson("cpu-bound", 2);
    ASSERT_NE(snap, nullptr);
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

WaitGroupMark counter_mark(int64_t clock_ns, WaitGroupCall call, int64_t count, size_t event,
                           int32_t object = 0) {
    return WaitGroupMark{clock_ns, 2, call, count, object, event};
}

TEST(CounterColumns, EachColumnHoldsTheCountsItWentThrough) {
    const std::vector<WaitGroupMark> marks = {
        counter_mark(0, WaitGroupCall::Add, 1, 0),
        counter_mark(0, WaitGroupCall::Add, 2, 1),
        counter_mark(10, WaitGroupCall::Wait, 2, 2),
        counter_mark(20, WaitGroupCall::Add, 7, 3, 1), // another WaitGroup
        counter_mark(500, WaitGroupCall::Done, 1, 4),
        counter_mark(1000, WaitGroupCall::Done, 0, 5),
    };
    const auto cols = counter_columns(marks, SIZE_MAX, 0, 1000, 10);
    ASSERT_EQ(cols.size(), 3u);
    EXPECT_EQ(cols[0].column, 0);
    EXPECT_EQ(cols[0].enter, 0);
    EXPECT_EQ(cols[0].low, 0);
    EXPECT_EQ(cols[0].high, 2);
    EXPECT_EQ(cols[0].last, 2);
    EXPECT_EQ(cols[1].column, 5);
    EXPECT_EQ(cols[1].enter, 2);
    EXPECT_EQ(cols[1].low, 1);
    EXPECT_EQ(cols[1].high, 2);
    EXPECT_EQ(cols[1].last, 1);
    EXPECT_EQ(cols[2].column, 9) << "the run's last instant is in the last column";
    EXPECT_EQ(cols[2].last, 0);

    // Looking back at the instant after event 4: the last Done is not there yet.
    const auto before = counter_columns(marks, 5, 0, 1000, 10);
    ASSERT_EQ(before.size(), 2u);
    EXPECT_EQ(before.back().last, 1);
    EXPECT_TRUE(counter_columns(marks, SIZE_MAX, 0, 0, 10).empty());
}

TEST(CounterColumns, TenThousandCallsFoldIntoTheGaugesWidth) {
    // Ten thousand Adds in the first millisecond, then their Dones over two seconds.
    std::vector<WaitGroupMark> marks;
    for (int64_t i = 0; i < 10'000; ++i) {
        marks.push_back(counter_mark(i * 100, WaitGroupCall::Add, i + 1, marks.size()));
    }
    for (int64_t i = 0; i < 10'000; ++i) {
        marks.push_back(
            counter_mark(1'000'000 + i * 200'000, WaitGroupCall::Done, 9'999 - i, marks.size()));
    }
    constexpr int kColumns = 120;
    const auto cols = counter_columns(marks, SIZE_MAX, 0, 2'001'000'000, kColumns);
    ASSERT_LE(cols.size(), static_cast<size_t>(kColumns));
    EXPECT_EQ(cols.front().high, 10'000);
    EXPECT_EQ(cols.back().last, 0);
    for (size_t i = 1; i < cols.size(); ++i) {
        EXPECT_LT(cols[i - 1].column, cols[i].column);
        EXPECT_EQ(cols[i].enter, cols[i - 1].last) << "the line is unbroken";
        EXPECT_LE(cols[i].low, cols[i].last);
        EXPECT_GE(cols[i].high, cols[i].enter);
    }
}

} // namespace
} // namespace golab
