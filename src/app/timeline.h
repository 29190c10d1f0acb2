// timeline.h: what each goroutine did over program time, recorded from the
// Snapshots the page happens to see. Changes are stamped with the snapshot's
// program clock, never with frame counts, so a throttled background tab gives
// coarser segments, not wrong times. No ImGui here: tests link it directly.
// TODO: replay the runtime's trace instead once it reaches the page; sampled
// snapshots can miss a state that lasted less than a frame.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "runtime/session.h"

namespace golab {

struct TimelineSegment {
    int64_t start_ns = 0;
    int64_t end_ns = 0;
    GoroutineState state = GoroutineState::Runnable;
    int32_t worker = -1;
};

struct TimelineLane {
    int64_t id = 0;
    std::vector<TimelineSegment> segments; // in time order, back to back
};

class Timeline {
  public:
    // Forgets everything: a new run starts from an empty timeline.
    void clear();

    // Adds what snap shows at snap.clock_ns. Snapshots already seen (same
    // version) are ignored; a clock that goes backwards means a new run. A
    // state change is placed at the sample that shows it; a new goroutine's
    // lane starts at the previous sample, when it did not exist yet.
    void record(const Snapshot& snap);

    // Returns the lane of goroutine id, or nullptr if it was never seen.
    const TimelineLane* lane(int64_t id) const;

    // Returns the latest program clock recorded.
    int64_t end_ns() const { return end_ns_; }

  private:
    std::vector<TimelineLane> lanes_;
    std::unordered_map<int64_t, size_t> index_; // goroutine id -> lanes_ slot
    int64_t end_ns_ = 0;
    uint64_t last_version_ = 0;
    bool seen_any_ = false;
};

} // namespace golab
