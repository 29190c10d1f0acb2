// gl_timeline.h: the overview of every goroutine's lane, drawn by our own
// WebGL2 shaders (shaders/timeline_*.glsl) in one draw call, from
// inside ImGui's frame through an ImDrawList callback, so the platform's GL
// setup needs no change. Thousands of lanes cost one buffer upload and one
// draw: instanced on a real GPU, indexed quads on a software one (see
// overview_path.h). Lanes that do not fit share rows and add up into a density
// heatmap, a picture made on the CPU (fold_image) on both paths.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "app/controls.h"
#include "app/lane_instances.h"
#include "app/overview_path.h"
#include "imgui.h"

namespace golab {

class GlTimeline {
  public:
    // What one frame of the overview shows (see lane_instances.h).
    struct Frame {
        TimeWindow window;      // the program time shown
        int rows = 1;           // rows in the panel
        size_t lanes = 0;       // lanes folded into them
        int64_t open_until = 0; // the live program clock; 0 once the run ended
        float alpha = 1.0f;     // see fold_alpha()
    };

    // Sets how segments go to the GPU. A change after prepare() lets go of the program and
    // buffers, and the next prepare() builds them again for the new path.
    void set_path(OverviewPath path);
    OverviewPath path() const { return path_; }

    // Starts compiling and linking the shaders, and returns at once: asking whether they
    // compiled would hold the page until the GPU process is done (most of a second with a
    // software GPU), so draw() asks only once they are done. Call it early (the first
    // frame); draw() calls it too.
    void prepare();

    // Queues the overview into [min, max] of dl for this frame, or nothing while the shaders
    // are still being built (then returns false). Of slots, only the changed stretches are
    // uploaded (all of them the first time, or when the buffer must grow).
    bool draw(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::vector<LaneInstance>& slots,
              const std::vector<InstanceRange>& changed, const Frame& frame);

    // Queues a picture of rgba texels (w by h, rows from the top) into [min, max] of dl,
    // uploading it first when changed: the overview with folded rows (see fold_image()).
    void draw_image(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::vector<uint8_t>& rgba, int w,
                    int h, bool changed);

    // Returns false once setting up GL failed (the caller then draws nothing).
    bool usable() const { return stage_ != Stage::Failed; }

    // Returns whether the program is ready now, finishing its set-up once the browser says
    // it has linked; may move to Ready or Failed. NOTE: finishing asks WebGL for the link
    // status and the uniforms, which waits for the GPU process to catch up with every frame
    // queued before (tens of milliseconds with a software GPU on a busy machine): call it
    // on an idle page, before a run, rather than when the overview first shows.
    bool finish_link();

    // Whether prepare() has started a link that finish_link() has not yet seen end.
    bool linking() const { return stage_ == Stage::Linking; }

  private:
    enum class Stage : uint8_t { Unprepared, Linking, Ready, Failed };
    enum Uniform : uint8_t {
        kWindow,
        kRect,
        kRows,
        kLanes,
        kOpenUntil,
        kMinWidth,
        kAlpha,
        kDarken,
        kColors
    };

    static void render(const ImDrawList* list, const ImDrawCmd* cmd);

    // Writes slots [first, last) into the bound vertex buffer: as they are (instanced), or
    // each as its four corners (quads).
    void upload(const std::vector<LaneInstance>& slots, size_t first, size_t last);

    // Lets go of every GL object; the next prepare() starts over.
    void release();

    // NOTE: on the quads path a segment is four vertices and six indices, not one instance
    // of a quad: the software GPU many browsers fall back to (SwiftShader) runs each instance
    // as a draw of its own. A page of 40,000 thin quads drew 1.3 frames a second instanced,
    // 16 indexed. A real GPU draws instances at no such cost, from a quarter of the data.
    static constexpr size_t kCorners = 4;
    static constexpr int kIndices = 6;

    OverviewPath path_ = OverviewPath::Quads;
    Stage stage_ = Stage::Unprepared;
    unsigned vertex_shader_ = 0;
    unsigned fragment_shader_ = 0;
    unsigned program_ = 0;
    int uniforms_[kColors + 1] = {};
    unsigned vao_ = 0;
    unsigned buffer_ = 0;
    unsigned index_buffer_ = 0;         // quads: two triangles a segment
    unsigned quad_buffer_ = 0;          // instanced: the unit quad every instance shares
    unsigned texture_ = 0;              // the folded picture
    int texture_w_ = 0, texture_h_ = 0; // its size on the GPU
    int count_ = 0;
    size_t capacity_ = 0;               // segments the GPU buffers hold room for
    std::vector<LaneInstance> corners_; // quads: a stretch of slots, each written four times
    // What render() needs; set by draw() for this frame.
    ImVec2 min_{}, max_{};
    Frame frame_{};
};

} // namespace golab
