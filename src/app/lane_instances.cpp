// lane_instances.cpp: segments to instances for the GPU overview (see lane_instances.h).

#include "app/lane_instances.h"

#include <algorithm>

namespace golab {

int overview_rows(size_t lanes, int max_rows) {
    return static_cast<int>(std::min<size_t>(lanes, static_cast<size_t>(std::max(max_rows, 1))));
}

int lane_row(size_t lane, size_t lanes, int rows) {
    if (lanes == 0 || rows <= 0) {
        return 0;
    }
    return static_cast<int>(lane * static_cast<size_t>(rows) / lanes);
}

float instance_end_s(const LaneInstance& inst, float open_until_s) {
    return inst.state >= LaneInstance::kOpenEnd ? std::max(inst.end_s, open_until_s) : inst.end_s;
}

float fold_alpha(size_t lanes, int rows) {
    if (rows <= 0 || lanes <= static_cast<size_t>(rows)) {
        return 1.0f;
    }
    return std::max(static_cast<float>(rows) / static_cast<float>(lanes), 1.0f / 255.0f);
}

void LaneInstances::clear() {
    slots_.clear();
    lane_slots_.clear();
    changed_.clear();
    dirty_.clear();
}

void LaneInstances::mark_changed(size_t slot) {
    if (dirty_.size() <= slot) {
        dirty_.resize(std::max(slot + 1, dirty_.size() * 2), 0);
    }
    if (dirty_[slot] == 0) {
        dirty_[slot] = 1;
        changed_.push_back(slot);
    }
}

void LaneInstances::write(size_t slot, const LaneInstance& inst) {
    if (slots_[slot] != inst) {
        slots_[slot] = inst;
        mark_changed(slot);
    }
}

void LaneInstances::update(const std::vector<TimelineLane>& lanes,
                           std::span<const uint32_t> changed) {
    if (lane_slots_.size() < lanes.size()) {
        lane_slots_.resize(lanes.size());
    }
    for (const uint32_t i : changed) {
        if (i >= lanes.size()) {
            continue;
        }
        const std::vector<TimelineSegment>& segs = lanes[i].segments;
        std::vector<uint32_t>& own = lane_slots_[i];
        for (size_t k = 0; k < segs.size(); ++k) {
            if (own.empty()) {
                own.reserve(segs.size() + 2); // a lane grows a segment or two after this
            }
            if (k == own.size()) {
                own.push_back(static_cast<uint32_t>(slots_.size()));
                slots_.push_back(LaneInstance{0, 0, static_cast<float>(i), LaneInstance::kHidden});
                mark_changed(own.back());
            }
            const TimelineSegment& s = segs[k];
            LaneInstance inst{0, 0, static_cast<float>(i), LaneInstance::kHidden};
            if (s.state != GoroutineState::Done && s.state != GoroutineState::Lost) {
                inst.start_s = static_cast<float>(static_cast<double>(s.start_ns) / 1e9);
                inst.end_s = static_cast<float>(static_cast<double>(s.end_ns) / 1e9);
                inst.state = static_cast<float>(static_cast<int>(s.state)) +
                             (k + 1 == segs.size() ? LaneInstance::kOpenEnd : 0.0f);
            }
            write(own[k], inst);
        }
        // A segment that lasted no time was taken back: its slot waits, hidden, for the next.
        for (size_t k = segs.size(); k < own.size(); ++k) {
            write(own[k], LaneInstance{0, 0, static_cast<float>(i), LaneInstance::kHidden});
        }
    }
}

std::vector<InstanceRange> LaneInstances::take_changed(size_t merge_gap) {
    // Slots in order: a walk over the marks between the lowest and the highest slot written
    // costs less than sorting the thousands of them a frame of a big run writes.
    std::vector<InstanceRange> out;
    if (changed_.empty()) {
        return out;
    }
    const auto [low, high] = std::minmax_element(changed_.begin(), changed_.end());
    for (size_t slot = *low; slot <= *high; ++slot) {
        if (dirty_[slot] == 0) {
            continue;
        }
        dirty_[slot] = 0;
        if (!out.empty() && slot <= out.back().last + merge_gap) {
            out.back().last = std::max(out.back().last, slot + 1);
        } else {
            out.push_back(InstanceRange{slot, slot + 1});
        }
    }
    changed_.clear();
    return out;
}

} // namespace golab
