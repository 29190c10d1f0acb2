// lane_instances.h: timeline segments as GPU instances for the instanced
// WebGL2 overview (gl_timeline.h, shaders/timeline_*.glsl). All lanes go in
// one buffer and one draw call; when there are more lanes than rows, lanes
// share rows and the shader's additive blending shows how many were there.
// No GL and no ImGui here: tests link it directly.
#pragma once

#include <cstdint>
#include <vector>

#include "app/timeline.h"

namespace golab {

struct LaneInstance {
    float start_s = 0; // seconds from the run's start
    float end_s = 0;
    float row = 0;   // row of the panel, 0 at the top
    float state = 0; // GoroutineState as a number, for the shader's colour table
};

// Returns how many panel rows n lanes get: one each while they fit, else max_rows.
int overview_rows(size_t lanes, int max_rows);

// Returns the instances of every lane's segments (done and lost ones are
// instants and leave no bar). Lane i goes to row i * rows / lanes, so folded
// rows keep creation order. An open last segment ends at open_until_ns.
std::vector<LaneInstance> build_lane_instances(const std::vector<TimelineLane>& lanes, int rows,
                                               int64_t open_until_ns);

// Returns the alpha each instance is drawn with: 1 while lanes fit, else
// rows / lanes, so a row where every folded lane sleeps looks solid.
// NOTE: never under 1/255, which an 8-bit framebuffer would round to nothing.
float fold_alpha(size_t lanes, int rows);

} // namespace golab
