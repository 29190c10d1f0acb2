// app_waitgroup_marks_test.cpp: the timeline's WaitGroup marks from a real
// run of the waitgroup lesson: five Adds by main, its Wait at 5, five Dones.

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

} // namespace
} // namespace golab
