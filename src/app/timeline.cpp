// timeline.cpp: turns a stream of sampled goroutine states into back-to-back
// segments per goroutine.

#include "app/timeline.h"

#include <algorithm>

namespace golab {

void Timeline::clear() {
    lanes_.clear();
    index_.clear();
    end_ns_ = 0;
    last_version_ = 0;
    seen_any_ = false;
}

void Timeline::record(const Snapshot& snap) {
    if (seen_any_ && snap.version == last_version_) {
        return;
    }
    if (seen_any_ && std::max<int64_t>(snap.clock_ns, 0) < end_ns_) {
        clear();
    }
    seen_any_ = true;
    last_version_ = snap.version;

    // A program clock is never negative; a bad sample must not draw before 0.
    const int64_t now = std::max<int64_t>(snap.clock_ns, 0);
    const int64_t previous = end_ns_;
    end_ns_ = now;
    for (const GoroutineView& g : snap.goroutines) {
        // A goroutine first seen now was created after the previous sample:
        // its lane starts there (0 for the run's first sample, which is
        // right for main), not a frame late. An end (done, lost) seen first
        // is an instant, though: it stays where it was seen.
        auto [it, inserted] = index_.try_emplace(g.id, lanes_.size());
        if (inserted) {
            const bool ended = g.state == GoroutineState::Done || g.state == GoroutineState::Lost;
            lanes_.push_back(TimelineLane{g.id, {}});
            lanes_.back().segments.push_back(
                TimelineSegment{ended ? now : previous, now, g.state, g.worker});
            continue;
        }
        std::vector<TimelineSegment>& segs = lanes_[it->second].segments;

        // The old state lasted until this sample; the new one starts here.
        if (!segs.empty() && segs.back().state == g.state && segs.back().worker == g.worker) {
            segs.back().end_ns = now;
            continue;
        }
        if (!segs.empty()) {
            segs.back().end_ns = now;
        }
        segs.push_back(TimelineSegment{now, now, g.state, g.worker});
    }
}

const TimelineLane* Timeline::lane(int64_t id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &lanes_[it->second];
}

} // namespace golab
