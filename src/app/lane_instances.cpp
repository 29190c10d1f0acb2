// lane_instances.cpp: segments to instances for the GPU overview (see lane_instances.h).

#include "app/lane_instances.h"

#include <algorithm>

namespace golab {

int overview_rows(size_t lanes, int max_rows) {
    return static_cast<int>(std::min<size_t>(lanes, static_cast<size_t>(std::max(max_rows, 1))));
}

std::vector<LaneInstance> build_lane_instances(const std::vector<TimelineLane>& lanes, int rows,
                                               int64_t open_until_ns) {
    std::vector<LaneInstance> out;
    if (lanes.empty() || rows <= 0) {
        return out;
    }
    for (size_t i = 0; i < lanes.size(); ++i) {
        const float row =
            static_cast<float>(i * static_cast<size_t>(rows) / lanes.size()); // folds in order
        const std::vector<TimelineSegment>& segs = lanes[i].segments;
        for (size_t k = 0; k < segs.size(); ++k) {
            const TimelineSegment& s = segs[k];
            if (s.state == GoroutineState::Done || s.state == GoroutineState::Lost) {
                continue;
            }
            int64_t end = s.end_ns;
            if (k + 1 == segs.size()) {
                end = std::max(end, open_until_ns);
            }
            out.push_back(LaneInstance{static_cast<float>(static_cast<double>(s.start_ns) / 1e9),
                                       static_cast<float>(static_cast<double>(end) / 1e9), row,
                                       static_cast<float>(static_cast<int>(s.state))});
        }
    }
    return out;
}

float fold_alpha(size_t lanes, int rows) {
    if (rows <= 0 || lanes <= static_cast<size_t>(rows)) {
        return 1.0f;
    }
    return std::max(static_cast<float>(rows) / static_cast<float>(lanes), 1.0f / 255.0f);
}

} // namespace golab
