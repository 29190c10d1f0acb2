// lane_instances.h: timeline segments as GPU instances for the instanced
// WebGL2 overview (gl_timeline.h, shaders/timeline_*.glsl). All lanes go in
// one buffer and one draw call; when there are more lanes than rows, lanes
// share rows and the shader's additive blending shows how many were there.
// The buffer is kept up to date lane by lane: a frame re-reads only the lanes
// its new events touched, and uploads only the instances that changed.
// Folded rows are not drawn segment by segment: fold_image() adds them up into
// a picture, one texel per device pixel (see there why).
// No GL and no ImGui here: tests link it directly.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "app/timeline.h"

namespace golab {

// One segment of one lane. The shader places and colours it; lane_row() and
// instance_end_s() below say what it computes.
struct LaneInstance {
    float start_s = 0; // seconds from the run's start
    float end_s = 0;
    float lane = 0;  // the lane's index: its row follows from the number of lanes and rows
    float state = 0; // GoroutineState as a number, plus kOpenEnd for a lane's last segment;
                     // kHidden for a slot that draws nothing

    static constexpr float kOpenEnd = 8;
    static constexpr float kHidden = -1;

    bool operator==(const LaneInstance&) const = default;
};

// Returns how many panel rows n lanes get: one each while they fit, else max_rows.
int overview_rows(size_t lanes, int max_rows);

// Returns the row lane i of `lanes` goes to: i * rows / lanes, so folded rows keep creation
// order (as the vertex shader computes it).
int lane_row(size_t lane, size_t lanes, int rows);

// Returns where an instance ends on screen: a lane's last segment reaches the live program
// clock open_until_s (0 once the run ended), as the vertex shader computes it.
float instance_end_s(const LaneInstance& inst, float open_until_s);

// Returns the alpha each instance is drawn with: 1 while lanes fit, else
// rows / lanes, so a row where every folded lane sleeps looks solid.
// NOTE: never under 1/255, which an 8-bit framebuffer would round to nothing.
float fold_alpha(size_t lanes, int rows);

// What fold_image() draws: the picture's size in device pixels, the lanes and rows, the
// program time across it, and the colours.
struct FoldView {
    int width = 0;  // texels across: one per device pixel
    int height = 0; // texels down
    size_t lanes = 0;
    int rows = 1;
    float t0_s = 0;         // the first second shown
    float span_s = 1;       // seconds across
    float open_until_s = 0; // the live program clock (see instance_end_s)
    float min_width = 1;    // texels of the thinnest segment
    float alpha = 1;        // see fold_alpha()
    bool darken = false;    // subtract each colour's complement (the light theme's panel)
    std::array<float, 3> background{};            // the panel's colour
    std::array<std::array<float, 3>, 6> colors{}; // by GoroutineState: the palette's

    bool operator==(const FoldView&) const = default;
};

// Writes into rgba (4 bytes a texel, rows from the top) the overview of slots with lanes
// folded into rows: each texel is the panel's colour plus (or, with darken, minus the
// complement of) alpha times each state's colour for every lane of its row in that state
// there, as the shader's blending adds them up, with waiting hatched as the shader does.
// NOTE: drawing every segment of 10,000 folded lanes stacks hundreds of quads on each pixel,
// which a software GPU (SwiftShader, where the browser has no GPU to use) fills at a few
// frames a second; adding them up here costs a pass over the slots and one over the texels.
void fold_image(const std::vector<LaneInstance>& slots, const FoldView& view,
                std::vector<uint8_t>& rgba);

// A stretch [first, last) of instances to upload.
struct InstanceRange {
    size_t first = 0;
    size_t last = 0;
};

// The instances of every lane, each segment in a slot of its own that keeps its place, so
// what changed can be written over the GPU's copy in place. Done and lost segments are
// instants and leave no bar: their slots are hidden.
class LaneInstances {
  public:
    // Forgets every lane (a new run).
    void clear();

    // Reads lanes[i] again for every i in changed (indices into lanes; repeats are fine).
    void update(const std::vector<TimelineLane>& lanes, std::span<const uint32_t> changed);

    // Returns every slot, hidden ones included, in the order the GPU buffer holds them.
    const std::vector<LaneInstance>& slots() const { return slots_; }

    // Returns the stretches of slots changed since the last call, in order; stretches closer
    // than merge_gap slots are joined (one upload beats many small ones).
    std::vector<InstanceRange> take_changed(size_t merge_gap);

  private:
    void write(size_t slot, const LaneInstance& inst);

    std::vector<LaneInstance> slots_;
    std::vector<std::vector<uint32_t>> lane_slots_; // per lane, its segments' slots in order
    std::vector<size_t> changed_;                   // slots written since take_changed()
    std::vector<uint8_t> dirty_;                    // per slot: in changed_ (listed once)
    void mark_changed(size_t slot);
};

} // namespace golab
