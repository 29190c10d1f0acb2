// app_lane_instances_test.cpp: timeline segments as GPU instances: one row per
// lane while they fit, folded rows (in creation order) and their alpha after;
// and the buffer kept up to date lane by lane as a run's trace grows.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
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

// Returns the red, green and blue bytes of texel (x, y) of a fold_image() picture.
std::array<int, 3> texel(const std::vector<uint8_t>& rgba, const FoldView& v, int x, int y) {
    const size_t at = (static_cast<size_t>(y) * static_cast<size_t>(v.width) + size_t(x)) * 4;
    return {rgba[at], rgba[at + 1], rgba[at + 2]};
}

// Two lanes folded into one row, ten texels across one second, sleeping drawn red.
FoldView two_lanes_in_one_row() {
    FoldView v;
    v.width = 10;
    v.height = 2;
    v.lanes = 2;
    v.rows = 1;
    v.t0_s = 0;
    v.span_s = 1;
    v.min_width = 1;
    v.alpha = 0.5f;
    v.colors[static_cast<size_t>(GoroutineState::Sleeping)] = {1, 0, 0};
    v.colors[static_cast<size_t>(GoroutineState::Waiting)] = {0, 1, 0};
    return v;
}

TEST(FoldImage, AddsUpTheLanesOfARowPerTexel) {
    const float sleeping = static_cast<float>(GoroutineState::Sleeping);
    const std::vector<LaneInstance> slots = {
        {0.0f, 0.5f, 0, sleeping},
        {0.0f, 1.0f, 1, sleeping},
        {0.2f, 0.9f, 1, LaneInstance::kHidden}, // a hidden slot adds nothing
    };
    const FoldView v = two_lanes_in_one_row();
    std::vector<uint8_t> rgba;
    fold_image(slots, v, rgba);
    ASSERT_EQ(rgba.size(), 10u * 2 * 4);
    // Both lanes sleep over the first half: twice half the colour; one over the second.
    for (int y = 0; y < 2; ++y) {
        EXPECT_EQ(texel(rgba, v, 0, y), (std::array<int, 3>{255, 0, 0})) << y;
        EXPECT_EQ(texel(rgba, v, 4, y), (std::array<int, 3>{255, 0, 0})) << y;
        EXPECT_EQ(texel(rgba, v, 5, y), (std::array<int, 3>{128, 0, 0})) << y;
        EXPECT_EQ(texel(rgba, v, 9, y), (std::array<int, 3>{128, 0, 0})) << y;
    }
    EXPECT_EQ(rgba[3], 255) << "opaque";
}

TEST(FoldImage, OpenSegmentsReachTheClockAndTheLightThemeSubtracts) {
    const float open_sleep = static_cast<float>(GoroutineState::Sleeping) + LaneInstance::kOpenEnd;
    const std::vector<LaneInstance> slots = {{0.0f, 0.1f, 0, open_sleep}};
    FoldView v = two_lanes_in_one_row();
    v.open_until_s = 0.6f;
    v.darken = true;
    v.background = {1, 1, 1};
    std::vector<uint8_t> rgba;
    fold_image(slots, v, rgba);
    // Red's complement (cyan) at half strength comes off white, up to the clock.
    EXPECT_EQ(texel(rgba, v, 5, 0), (std::array<int, 3>{255, 128, 128}));
    EXPECT_EQ(texel(rgba, v, 6, 0), (std::array<int, 3>{255, 255, 255}));
}

TEST(FoldImage, RowsKeepTheirGapAndWaitingIsHatched) {
    const float waiting = static_cast<float>(GoroutineState::Waiting);
    const std::vector<LaneInstance> slots = {{0.0f, 1.0f, 0, waiting}, {0.0f, 1.0f, 1, waiting}};
    FoldView v = two_lanes_in_one_row();
    v.height = 4; // one row of 4 texels: its bar is 3.4 tall, so the last texel is the gap
    v.alpha = 1;
    v.lanes = 3;
    std::vector<uint8_t> rgba;
    fold_image(slots, v, rgba);
    EXPECT_EQ(texel(rgba, v, 1, 0), (std::array<int, 3>{0, 255, 0}));
    EXPECT_EQ(texel(rgba, v, 1, 3), (std::array<int, 3>{0, 0, 0})) << "the gap below the bar";
    // Two waiting lanes at full strength saturate, except where the hatch darkens: every
    // third diagonal texel at 0.55 of two, still past one.
    v.alpha = 0.25f;
    fold_image(slots, v, rgba);
    EXPECT_EQ(texel(rgba, v, 1, 0), (std::array<int, 3>{0, 128, 0}));
    EXPECT_EQ(texel(rgba, v, 0, 0), (std::array<int, 3>{0, 70, 0})) << "hatched: 0.55 of 0.5";
}

} // namespace
} // namespace golab
