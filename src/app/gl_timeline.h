// gl_timeline.h: the overview of every goroutine's lane, drawn by our own
// WebGL2 shaders (shaders/timeline_*.glsl) in one instanced draw call, from
// inside ImGui's frame through an ImDrawList callback, so the platform's GL
// setup needs no change. Thousands of lanes cost one buffer upload and one
// draw; lanes that do not fit share rows and add up into a density heatmap.
#pragma once

#include <cstdint>
#include <vector>

#include "app/controls.h"
#include "app/lane_instances.h"
#include "imgui.h"

namespace golab {

class GlTimeline {
  public:
    // Queues the overview into [min, max] of dl for this frame. instances are
    // uploaded only when changed is true; window is the program time shown.
    void draw(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::vector<LaneInstance>& instances,
              bool changed, TimeWindow window, int rows, float alpha);

    // Returns false once setting up GL failed (the caller then draws nothing).
    bool usable() const { return !failed_; }

  private:
    static void render(const ImDrawList* list, const ImDrawCmd* cmd);
    bool init();

    bool ready_ = false;
    bool failed_ = false;
    unsigned program_ = 0;
    unsigned vao_ = 0;
    unsigned buffer_ = 0;
    int count_ = 0;
    // What render() needs; set by draw() for this frame.
    ImVec2 min_{}, max_{};
    TimeWindow window_{};
    int rows_ = 1;
    float alpha_ = 1.0f;
};

} // namespace golab
