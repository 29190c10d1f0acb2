// app_lane_instances_test.cpp: timeline segments as GPU instances: one row per
// lane while they fit, folded rows (in creation order) and their alpha after.

#include <gtest/gtest.h>

#include "app/lane_instances.h"

namespace golab {
namespace {

TimelineLane lane(int64_t id, std::vector<TimelineSegment> segs) {
    return TimelineLane{id, std::move(segs)};
}

TEST(LaneInstances, OneRowPerLaneWhileTheyFit) {
    const std::vector<TimelineLane> lanes = {
        lane(1, {{0, 500'000'000, GoroutineState::Running, 0},
                 {500'000'000, 500'000'000, GoroutineState::Done, -1}}),
        lane(2, {{100'000'000, 300'000'000, GoroutineState::Sleeping, -1}}),
    };
    EXPECT_EQ(overview_rows(lanes.size(), 40), 2);
    const auto inst = build_lane_instances(lanes, 2, 900'000'000);
    ASSERT_EQ(inst.size(), 2u) << "done is an instant: no bar";
    EXPECT_FLOAT_EQ(inst[0].end_s, 0.5f);
    EXPECT_FLOAT_EQ(inst[0].row, 0.0f);
    EXPECT_FLOAT_EQ(inst[0].state, static_cast<float>(GoroutineState::Running));
    EXPECT_FLOAT_EQ(inst[1].row, 1.0f);
    EXPECT_FLOAT_EQ(inst[1].end_s, 0.9f) << "an open last segment reaches the live clock";
    EXPECT_FLOAT_EQ(fold_alpha(2, 2), 1.0f);
}

TEST(LaneInstances, ManyLanesFoldIntoRowsInOrder) {
    std::vector<TimelineLane> lanes;
    for (int64_t i = 0; i < 10'000; ++i) {
        lanes.push_back(lane(i + 1, {{0, 1'000'000, GoroutineState::Sleeping, -1}}));
    }
    const int rows = overview_rows(lanes.size(), 25);
    EXPECT_EQ(rows, 25);
    const auto inst = build_lane_instances(lanes, rows, 0);
    ASSERT_EQ(inst.size(), lanes.size());
    EXPECT_FLOAT_EQ(inst.front().row, 0.0f);
    EXPECT_FLOAT_EQ(inst[399].row, 0.0f);
    EXPECT_FLOAT_EQ(inst[400].row, 1.0f);
    EXPECT_FLOAT_EQ(inst.back().row, 24.0f);
    // 400 lanes a row would each add 1/400, but an 8-bit framebuffer drops
    // anything under 1/255: a row saturates once 255 of its lanes agree.
    EXPECT_FLOAT_EQ(fold_alpha(lanes.size(), rows), 1.0f / 255.0f);
    EXPECT_FLOAT_EQ(fold_alpha(1'000, 100), 0.1f);
}

TEST(LaneInstances, NothingToDrawGivesNoInstances) {
    EXPECT_TRUE(build_lane_instances({}, 10, 0).empty());
    EXPECT_EQ(overview_rows(0, 10), 0);
}

} // namespace
} // namespace golab
