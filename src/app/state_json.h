// state_json.h: the state object of window.goroutineLab.state(), as JSON, built
// from one Snapshot. A pure function of its inputs so tests can check it
// against hand-built Snapshots; no ImGui here. The words it uses ("running",
// "compile-error", ...) are also the words the page shows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/replay.h"
#include "runtime/session.h"

namespace golab {

// The state object lists at most this many goroutines (the first, in the Snapshot's order of
// ids), and counts them all: ten thousand written out cost a host page that polls it more
// than a frame, and no view of a host page shows that many by name.
constexpr size_t kStateGoroutines = 100;

// The state object holds at most the last this many bytes of the program's output, and says
// how many came before: every call writes it out and the page parses it, so a program that
// prints megabytes made each poll cost that much. 16 KB is a few hundred lines, more than the
// console shows at once.
constexpr size_t kStateOutputBytes = 16 * 1024;

// Returns the last at most `most` bytes of output, starting on a whole UTF-8 character (the
// bytes of a character cut in two are left out too).
std::string_view output_tail(std::string_view output, size_t most);

// Returns the state object as compact JSON:
// {"lesson":..., "status":..., "clock_ms":<number, fractional>, "procs":<int>,
//  "isolated":<bool>, "goroutines":[{"id","fn","state","line","worker"}],
//  "goroutine_count":<int>, "goroutine_states":{"runnable":<int>, "running", "sleeping",
//  "waiting", "done", "lost"}, "waitgroups":[{"name","count"}], "output":<string>,
//  "output_omitted":<int>, "errors":[<string>]}
// worker is -1 when the goroutine is not on a worker thread, as in the Snapshot. goroutines
// holds the first kStateGoroutines; goroutine_count and goroutine_states count every one.
// output holds the end of the output (output_tail, kStateOutputBytes), output_omitted the
// number of bytes before it that it leaves out.
std::string build_state_json(const Snapshot& snap, std::string_view lesson, bool isolated);

// A control on the canvas and where it is, in CSS pixels: tests and host
// pages click the real button.
struct ControlRect {
    std::string name; // "run", "step", "theme", ...
    float x = 0, y = 0, w = 0, h = 0;
};

// What the sync panel's row showed: the sentences of the blocks drawn, and how many
// WaitGroups and blocks its "+N more" stands for.
struct SyncRow {
    std::vector<std::string> shown;
    size_t more = 0;
};

// The scrubber's text as drawn (its words as the name, and the box it is clipped to) and
// its grab, so a test can tell that the text never runs under the grab.
struct ScrubberView {
    ControlRect text;
    ControlRect grab;
};

// Where the page's view stands in the recorded run, for the state object.
struct ViewPosition {
    bool live = true;           // following the run as it goes (false: showing an earlier instant)
    size_t step = 0;            // events of the trace the view shows
    size_t events = 0;          // events recorded so far
    bool help = false;          // the list of shortcuts is open
    int64_t selected = 0;       // the goroutine the learner picked, 0 for none
    std::string theme = "dark"; // "dark" or "light"
    double frame_ms_p95 = 0;    // the 95th percentile of recent frames' CPU time
    uint64_t frames = 0;        // frames drawn so far (an idle page draws none)
    bool worker_lanes = false;  // the timeline also shows one lane per worker thread
    // The overview of every lane: how its unfolded lanes are drawn ("instanced" or "quads"),
    // whether the address forced that, the renderer's name, and what the last frame drew
    // there ("lanes", "folded" for the picture of rows, or "" for nothing).
    std::string overview_path = "quads";
    bool overview_forced = false;
    std::string renderer;
    bool renderer_unmasked = false;
    std::string overview_drawn;
    std::vector<ControlRect> controls;
    ScrubberView scrubber;
    std::string hovered;                     // the control under the mouse, if any
    std::vector<std::string> overflow;       // panels whose contents the last frame cut off
    std::vector<std::string> waitgroup_says; // per WaitGroup, the panel's sentence about it
    const SyncState* sync = nullptr;         // Mutexes and channels at the instant shown
    std::vector<std::string> mutex_names;    // their names, by trace number
    std::vector<std::string> rwmutex_names;
    std::vector<std::string> channel_names;
    SyncRow sync_row;
    // The settings of the run on screen (a permalink to a step names that run), if any.
    bool has_run = false;
    RunSettings run;
    // The live run, whose heap "memory" reports while an earlier instant is shown: the
    // collector leaves no events in the trace, so a replayed instant knows no heap of its own.
    const Snapshot* live_run = nullptr;
    bool console_at_end = true; // the console is scrolled to its last line
};

// Returns the state object as above with, after "errors", the fields
// "paused":<bool>, "step":<int>, "events":<int>, "trace_dropped":<int>, "memory":{"heap_bytes",
// "heap_peak_bytes","collections","longest_pause_ms"}, "live":<bool>, "help":<bool>,
// "settings":{"gomaxprocs","virtual_time","seed","speed"} (the settings the
// next Run uses), "run" (the same four of the run on screen, or null before the first),
// "selected":<id or null>, "theme", "frame_ms_p95":<number>,
// "frames":<int>, "worker_lanes":<bool>, "controls":{name:[x,y,w,h]} and "overflow":[panel
// names] (the panels the last frame drew more into than they show), "sync_row":{"shown":[the
// sentences of the WaitGroups and sync blocks drawn],"more":<what "+N" stands for>}, and
// "hovered":<the control under the mouse, or null>, "scrubber":{"text":<its words>,
// "box":[x,y,w,h] (where they are drawn, clipped),"grab":[x,y,w,h]}, and last
// "overview":{"path":"instanced"|"quads","forced":<bool: the address asked for it>,
// "renderer":<the GPU's name>,"unmasked":<bool: WebGL's unmasked name>,"drawn":"lanes"|
// "folded"|null (what the last frame's overview drew)}. WaitGroups gain
// "says" (view.waitgroup_says: the sentence the panel shows), and "mutexes":[{"name",
// "holder" (id or null),"waiting":[ids]}], "rwmutexes":[{"name","writer" (id or null),
// "readers","waiting_write":[ids],"waiting_read":[ids]}], "channels":[{"name","len","cap",
// "sending":[ids],"receiving":[ids]}] and "selects":[{"g","recv":[channel names],"send":[...]}]
// follow from view.sync. Goroutines gain "stack":
// [{"fn","line"}] when they are deeper than their own function; the selected goroutine is
// listed even when it is not among the first kStateGoroutines. snap is the instant the page
// shows.
std::string build_state_json(const Snapshot& snap, std::string_view lesson, bool isolated,
                             const ViewPosition& view, const RunSettings& next);

} // namespace golab
