// app_lane_instances_test.cpp: timeline segments as GPU instances: one row per
// lane while they fit, folded rows (in creation order) and their alpha after;
// and the buffer kept up to date lane by lane as a run's trace grows.

#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <tuple>

#include "app/lane_instances.h"
#include "app/replay.h"
#include "lesson_runs.h"

namespace golab {
namespace {

TimelineLane lane(int64_t id, std::vector<TimelineSegment> segs) {
    return TimelineLane{id, std::move(segs)};
}

// Returns the instances a fresh buffer holds for lanes: every lane read once.
LaneInstances built(const std::vector<TimelineLane>& lanes) {
    std::vector<uint32_t> all(lanes.size());
    for (size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<uint32_t>(i);
    }
    LaneInstances inst;
    inst.update(lanes, all);
    return inst;
}

// Returns the instances that draw something, in a fixed order (slots may differ).
std::vector<LaneInstance> shown(const LaneInstances& inst) {
    std::vector<LaneInstance> out;
    for (const LaneInstance& i : inst.slots()) {
        if (i.state != LaneInstance::kHidden) {
            out.push_back(i);
        }
    }
    std::sort(out.begin(), out.end(), [](const LaneInstance& a, const LaneInstance& b) {
        return std::tie(a.lane, a.start_s, a.end_s, a.state) <
               std::tie(b.lane, b.start_s, b.end_s, b.state);
    });
    return out;
}

TEST(LaneInstances, OneRowPerLaneWhileTheyFit) {
    const std::vector<TimelineLane> lanes = {
        lane(1, {{0, 500'000'000, GoroutineState::Running, 0},
                 {500'000'000, 500'000'000, GoroutineState::Done, -1}}),
        lane(2, {{100'000'000, 300'000'000, GoroutineState::Sleeping, -1}}),
    };
    EXPECT_EQ(overview_rows(lanes.size(), 40), 2);
    const auto inst = shown(built(lanes));
    ASSERT_EQ(inst.size(), 2u) << "done is an instant: no bar";
    EXPECT_FLOAT_EQ(inst[0].end_s, 0.5f);
    EXPECT_EQ(lane_row(static_cast<size_t>(inst[0].lane), lanes.size(), 2), 0);
    EXPECT_FLOAT_EQ(inst[0].state, static_cast<float>(GoroutineState::Running));
    EXPECT_FLOAT_EQ(instance_end_s(inst[0], 0.9f), 0.5f) << "a closed segment keeps its end";
    EXPECT_EQ(lane_row(static_cast<size_t>(inst[1].lane), lanes.size(), 2), 1);
    EXPECT_FLOAT_EQ(instance_end_s(inst[1], 0.9f), 0.9f)
        << "an open last segment reaches the live clock";
    EXPECT_FLOAT_EQ(instance_end_s(inst[1], 0.0f), 0.3f) << "and its own end once the run ended";
    EXPECT_FLOAT_EQ(fold_alpha(2, 2), 1.0f);
}

TEST(LaneInstances, ManyLanesFoldIntoRowsInOrder) {
    constexpr size_t kLanes = 10'000;
    const int rows = overview_rows(kLanes, 25);
    EXPECT_EQ(rows, 25);
    EXPECT_EQ(lane_row(0, kLanes, rows), 0);
    EXPECT_EQ(lane_row(399, kLanes, rows), 0);
    EXPECT_EQ(lane_row(400, kLanes, rows), 1);
    EXPECT_EQ(lane_row(kLanes - 1, kLanes, rows), 24);
    // 400 lanes a row would each add 1/400, but an 8-bit framebuffer drops
    // anything under 1/255: a row saturates once 255 of its lanes agree.
    EXPECT_FLOAT_EQ(fold_alpha(kLanes, rows), 1.0f / 255.0f);
    EXPECT_FLOAT_EQ(fold_alpha(1'000, 100), 0.1f);
}

TEST(LaneInstances, NothingToDrawGivesNoInstances) {
    EXPECT_TRUE(built({}).slots().empty());
    EXPECT_EQ(overview_rows(0, 10), 0);
}

// The buffer kept up to date through a real run, a few events at a time, holds what a
// buffer built at the end from scratch holds, and each step changes only what it touched.
TEST(LaneInstances, UpdatedLaneByLaneMatchesBuiltFromScratch) {
    const auto snap = test_support::finished_lesson("waitgroup", 2);
    ASSERT_NE(snap, nullptr);
    ASSERT_GT(snap->trace_size, 20u);

    TraceTimeline timeline;
    LaneInstances kept;
    size_t read = 0;
    size_t changed_total = 0;
    for (size_t n = 0; n <= snap->trace_size; n += 3) {
        timeline.extend(snap->trace.get(), n);
        const auto& changes = timeline.lane_changes();
        kept.update(timeline.lanes(), std::span(changes).subspan(read));
        read = changes.size();
        for (const InstanceRange& r : kept.take_changed(0)) {
            EXPECT_LT(r.first, r.last);
            EXPECT_LE(r.last, kept.slots().size());
            changed_total += r.last - r.first;
        }
        EXPECT_EQ(shown(kept), shown(built(timeline.lanes()))) << "after " << n << " events";
    }
    timeline.extend(snap->trace.get(), snap->trace_size);
    kept.update(timeline.lanes(), std::span(timeline.lane_changes()).subspan(read));
    EXPECT_EQ(shown(kept), shown(built(timeline.lanes())));
    EXPECT_FALSE(shown(kept).empty());
    EXPECT_LE(kept.slots().size(), snap->trace_size) << "a slot per segment, not per frame";
    EXPECT_GT(changed_total, 0u);

    // A new run starts the log again.
    const uint64_t generation = timeline.generation();
    timeline.clear();
    EXPECT_NE(timeline.generation(), generation);
    EXPECT_TRUE(timeline.lane_changes().empty());
}

TEST(LaneInstances, ChangedSlotsMergeIntoFewUploads) {
    const std::vector<TimelineLane> lanes = {
        lane(1, {{0, 1, GoroutineState::Running, 0}}),
        lane(2, {{0, 1, GoroutineState::Running, 0}}),
        lane(3, {{0, 1, GoroutineState::Running, 0}}),
    };
    LaneInstances inst = built(lanes);
    const auto all = inst.take_changed(0);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].first, 0u);
    EXPECT_EQ(all[0].last, 3u);
    EXPECT_TRUE(inst.take_changed(0).empty()) << "taken once";

    // Lanes 1 and 3 change: two stretches, or one when the gap between them may be sent too.
    std::vector<TimelineLane> later = lanes;
    later[0].segments[0].end_ns = 2;
    later[2].segments[0].end_ns = 2;
    const std::vector<uint32_t> touched = {0, 2, 2};
    inst.update(later, touched);
    EXPECT_EQ(inst.take_changed(0).size(), 2u);
    inst.update(lanes, touched);
    const auto merged = inst.take_changed(1);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged[0].last, 3u);
    inst.update(lanes, touched);
    EXPECT_TRUE(inst.take_changed(0).empty()) << "rewriting the same values changes nothing";
}

} // namespace
} // namespace golab
