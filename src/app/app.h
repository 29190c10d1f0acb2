// app.h: the page's views and controls, drawn with Dear ImGui each frame.
//
// The App reads the Session's latest Snapshot and posts commands to it; it
// never touches the VM's memory and never waits. The platform layer owns the
// window, the GL context and the frame loop and calls draw() once per frame
// between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "app/code_view.h"
#include "app/controls.h"
#include "app/narration.h"
#include "app/overview_path.h"
#include "app/replay.h"
#include "app/state_json.h"
#include "app/timeline.h"
#include "runtime/session.h"

namespace golab {

class App {
  public:
    explicit App(Session& session);

    // Loads a built-in lesson by id ("sequential", "go-no-wait", "waitgroup"), with the
    // learner's kept edit of it if there is one. An empty id loads the first lesson; an unknown
    // one loads the first lesson and shows a note saying so.
    void load_lesson(std::string_view id);

    // Loads the given Go source as the learner's own program. If it does not
    // compile, the errors show, the code stays on screen and nothing runs until it compiles.
    void load_source(std::string_view source);

    // Starts the loaded program. If the code on screen did not compile, nothing runs and the
    // note says to fix it; the code stays as it is.
    void run();

    // The line under the header ("your program does not compile ..."), empty for none.
    const std::string& note() const { return note_; }

    // Ends any run; the page goes back to idle with the same program.
    void reset();

    // Ends the running program where it is (a busy loop, goroutines blocked
    // forever); the page keeps showing its final state, marked stopped.
    void stop();

    // Holds the running program, and lets it go on (following it live again).
    void pause();
    void resume();

    // Shows the next event: from the record when the view is behind, else by
    // letting the program run to its next event (starting it when idle).
    void step();

    // Shows the event before the one on screen; holds a running program first.
    void step_back();

    // Shows the run as it was after its first n events (n is clamped), or at
    // program time t; holds a running program first.
    void seek_event(size_t n);
    void seek_time(int64_t t);

    // Follows the run as it goes again.
    void go_live();

    // Sets what the next Run uses (GOMAXPROCS, virtual time, seed, speed).
    void configure(const RunSettings& settings);
    const RunSettings& next_settings() const { return settings_; }

    // Does what a key or button asks (see controls.h).
    void apply(Command command);

    // Returns where the run stands for the controls.
    RunPhase phase();

    // Draws every view for this frame.
    void draw();

    // Returns the state object of window.goroutineLab.state() as JSON text:
    // {lesson, status, clock_ms, procs, isolated, goroutines:[{id, fn, state,
    // line, worker}], waitgroups:[{name, count}], output, errors:[...]}.
    // lesson is "custom" for the learner's program; worker is -1 when the
    // goroutine is not on a worker thread (see state_json.h for the details).
    std::string state_json();

    // Returns the Go source the code panel shows (for the page's permalinks).
    const std::string& source() const { return source_; }

    // Tells the App whether the page is cross-origin isolated.
    void set_isolated(bool isolated) { isolated_ = isolated; }

    // Tells the App how the overview's lanes go to the GPU, and the renderer's name that
    // chose it (see overview_path.h); both show in the state object.
    void set_overview_path(const OverviewChoice& choice, const RendererInfo& renderer) {
        overview_choice_ = choice;
        renderer_ = renderer;
    }

    // Follows the browser's colour scheme until the learner picks a theme.
    void set_preferred_theme(bool light);
    void toggle_theme();
    bool light_theme() const { return light_; }

    // Adds the CPU time one frame took (views and drawing), for frame_ms_p95.
    void record_frame_ms(double ms);

    // Returns the sentences for the live region since the last call.
    std::vector<std::string> take_narration();

    // Whether the next frame must be drawn even without input: the run moves,
    // a new snapshot arrived, or the views are still settling.
    bool wants_frame();

    // What the learner asked the platform to do (the App cannot: downloads
    // and the clipboard belong to the browser).
    enum class Export : uint8_t { None, TraceJson, TimelinePng, CopyCode };
    Export take_export();

    // Returns the ended run as Chrome trace-event JSON, or "" while no run ended.
    std::string trace_json();

    // Returns the timeline's area on screen (layout pixels) as x, y, width, height.
    std::array<float, 4> timeline_rect() const { return timeline_rect_; }

    // Compact: the page is embedded in another one (an iframe); only the code panel, the
    // run controls, the clock and the goroutine lanes show.
    void set_compact(bool compact) { compact_ = compact; }

    // Returns the room the last frame left for the page's Share button (embedded: its "Open
    // in full page" link) as x, y, width, height in layout pixels; all 0 when none was left.
    std::array<float, 4> share_rect() const { return share_rect_; }

  private:
    // Returns the instant the views show: the live snapshot, or the replayed
    // one while the view is behind the run. Cached per (version, cursor).
    const Snapshot& shown(const std::shared_ptr<const Snapshot>& live);

    // Views, one per panel, in app_draw.cpp.
    void observe(const Snapshot& snap);
    void handle_keys();
    void draw_header(const Snapshot& snap);
    float header_right_width() const; // the header's right edge: GOMAXPROCS, theme, isolation
    void draw_controls(const Snapshot& live, const Snapshot& snap);
    void draw_help();
    void draw_scrubber(const Snapshot& live, const Snapshot& snap, bool has_trace, float width);
    void draw_prediction(const Snapshot& live);
    void draw_code_buttons();
    void draw_editor();
    // Leaves room w wide, a frame tall, for the page's Share button, once per frame.
    void draw_share_room(float w);
    float share_room_width() const;

    // Whether the timeline shows the ended lesson's bracket: the sum of its
    // delays against the longest one.
    // NOTE: only for a handful of sleeps: the sum of ten thousand delays is
    // hours, and an axis that long would hide the run itself.
    bool shows_bracket() const { return live_ended_ && sleeps_.count >= 2 && sleeps_.count <= 20; }
    void draw_code_panel(const Snapshot& snap);
    void draw_clock_and_waitgroups(const Snapshot& live, const Snapshot& snap, float height);
    void draw_goroutine_table(const Snapshot& snap, float height);
    void draw_worker_lanes(const Snapshot& snap, const TimeWindow& win, float lanes_x,
                           float lanes_w);
    void draw_console(const Snapshot& snap);

    // Remembers where the control name is on screen (the last item drawn).
    void note_control(const char* name);

    // Notes the panel (the current window, which cannot scroll) when its contents reach past
    // its edges: cut off text, for the state object's "overflow".
    void note_fit(const char* panel);

    // Tells the live region about the instant the view moved to.
    void narrate(const Snapshot& live);

    // Returns the Mutexes and channels at the instant the views show, or on the way there
    // after reading at most `most` new events (sync_behind_ then says so).
    const SyncState& shown_sync(const Snapshot& live, size_t most = SIZE_MAX);

    // Shows source in the code panel (it may differ from what Run starts).
    void show_source(std::string_view source);

    // Forgets what the views recorded about earlier runs.
    void forget_run();

    Session& session_;
    bool isolated_ = false;
    bool compact_ = false;
    bool narrow_ = false;   // a phone or a column of course notes: rows wrap, the code goes on top
    std::string lesson_id_; // lesson whose program Run starts; "custom" for the learner's
    std::string last_lesson_id_; // the built-in lesson loaded last: the editor goes back to it
    std::string source_;         // the code on screen
    std::string note_;           // one line under the header, empty for none
    std::string loaded_source_;  // the program Run starts; differs from source_ after errors
    std::vector<CodeLine> code_lines_;

    TraceTimeline timeline_;
    // A frame left new events to the next (see kEventsPerFrame): the timeline, the sync
    // panel or the narrator.
    bool timeline_behind_ = false;
    bool sync_behind_ = false;
    bool narration_behind_ = false;
    RunSettings settings_;
    bool settings_known_ = false; // settings_ taken from the first snapshot yet
    int pool_procs_ = 1;          // the most GOMAXPROCS the Session allows

    // The view's place in the recorded run.
    bool live_ = true;  // follow the run; else show the state after cursor_ events
    size_t cursor_ = 0; // events shown while not live
    // A program time between event cursor_ - 1 and event cursor_ that the view is held at (a
    // seek by time: the scrubber, a permalink's `at`), so the clock reads that time rather than
    // the last event's; -1 after any other move.
    int64_t held_ns_ = -1;
    ReplayState replay_;
    ReplayCheckpoints checkpoints_;
    SyncState sync_;                    // Mutexes and channels after sync_.events events
    const Trace* sync_trace_ = nullptr; // the trace sync_ was read from
    const Trace* replay_trace_ = nullptr;
    Snapshot replayed_;
    uint64_t replayed_version_ = 0;
    size_t replayed_cursor_ = SIZE_MAX;
    int64_t replayed_held_ns_ = -1;
    bool help_open_ = false;

    // Timeline view: program time [view_t0_, view_t1_] when zoomed, else all of it.
    bool zoomed_ = false;
    int64_t view_t0_ = 0;
    int64_t view_t1_ = 0;

    // Timeline interaction and what it needs from the live run.
    bool lane_pressed_ = false;         // the mouse went down on the lanes
    bool lane_dragging_ = false;        // ...and moved: a pan, not a click
    float lanes_scroll_y_ = 0;          // the lanes' scroll before this frame's wheel
    float lanes_x0_ = 0, lanes_y0_ = 0; // the lanes' area on screen, last frame
    float lanes_x1_ = 0, lanes_y1_ = 0;
    int64_t live_clock_ns_ = 0;
    bool live_ended_ = false;
    SleepSummary sleeps_; // the ended run's delays: the lesson's bracket
    bool sleeps_known_ = false;

    // The editor over the code panel: open, and the text being edited.
    bool editing_ = false;
    bool focus_editor_ = false; // Edit was pressed: the field takes the keyboard next frame
    std::string edit_buffer_;
    int edit_cursor_ = 0;  // byte offset of the caret, reported by the text field
    int caret_shown_ = -1; // the caret the code panel last scrolled to show
    // The learner's edit of the lesson, kept in local storage at each change of the editor's
    // text (keep_draft) and brought back with the lesson; forget_draft drops it.
    void keep_draft();
    void forget_draft(std::string_view lesson_id);

    // Lessons run to their end on this browser (a tick in the lesson list).
    std::set<std::string> lessons_done_;
    bool progress_loaded_ = false;

    // Predictions: per lesson id, the learner's guess of the total.
    std::map<std::string, int64_t> guess_ns_;
    float guess_s_ = 2.0f;       // the slider's value before it is locked in by Run
    bool guess_touched_ = false; // the learner moved the slider since the lesson loaded
    // Per lesson id, the program clock when its last run ended.
    std::map<std::string, int64_t> lesson_total_ns_;
    uint64_t stale_version_ = 0; // snapshots up to this one predate the last command
    bool total_recorded_ = true; // whether the current run's end is in lesson_total_ns_
    size_t console_bytes_seen_ = 0;
    bool console_at_end_ = true; // the console shows its last line (the state object says)
    float theme_font_size_ = 0.0f;

    // Theme: the browser's preference until the learner toggles.
    bool theme_chosen_ = false;
    bool light_ = false;               // the theme asked for (draw() applies it)
    bool theme_applied_light_ = false; // the theme the last frame was drawn in

    // The timeline seen from the workers: one lane per M above the goroutines.
    bool worker_lanes_ = false;

    // The goroutine the learner picked (0: none): its row and marker stand out.
    int64_t selected_ = 0;

    // Frame times, newest last, for the state object's frame_ms_p95.
    std::vector<double> frame_ms_;
    uint64_t frames_drawn_ = 0;
    uint64_t drawn_version_ = 0;
    int settle_frames_ = 0;

    // What the views show besides the snapshot; a command from JavaScript (a seek, compact
    // mode, a setting) changes it between frames, and the next frame must show that.
    using ViewKey = std::tuple<bool, size_t, bool, bool, int, bool, uint64_t, double, int64_t>;
    ViewKey view_key() const;
    ViewKey drawn_view_{};

    // The live region: what is yet to be said, and the live run's narrator.
    std::vector<std::string> narration_;
    Narrator narrator_;
    Narrator step_narrator_;
    size_t narrated_cursor_ = SIZE_MAX;
    bool narrated_live_ = true;

    Export export_ = Export::None;
    std::array<float, 4> timeline_rect_{};
    std::vector<ControlRect> controls_; // this frame's controls, for the state object
    std::array<float, 4> share_rect_{}; // where the page puts its Share button (see above)
    bool share_placed_ = false;         // this frame has left room for it
    bool shaders_linking_ = true;       // the overview's shaders are still being built
    OverviewChoice overview_choice_;    // how the overview's unfolded lanes are drawn
    RendererInfo renderer_;             // the GPU the browser draws with, as it names it
    std::string overview_drawn_;        // what the last frame's overview drew (state object)
    std::vector<ControlRect> shown_controls_;
    // The scrubber's text (its words as the name) and grab, this and last frame.
    ControlRect scrubber_text_, scrubber_grab_;
    ScrubberView shown_scrubber_;
    std::string hovered_, shown_hovered_; // the control under the mouse, this and last frame
    SyncRow sync_row_;                    // the sync panel's row as the last frame drew it
    std::vector<std::string> overflow_;   // this frame's panels whose contents were cut off
    std::vector<std::string> shown_overflow_;
};

} // namespace golab
