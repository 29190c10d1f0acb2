// app.h: the page's views and controls, drawn with Dear ImGui each frame.
//
// The App reads the Session's latest Snapshot and posts commands to it; it
// never touches the VM's memory and never waits. The platform layer owns the
// window, the GL context and the frame loop and calls draw() once per frame
// between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/code_view.h"
#include "app/timeline.h"
#include "runtime/session.h"

namespace golab {

class App {
  public:
    explicit App(Session& session);

    // Loads a built-in lesson by id ("sequential", "go-no-wait", "waitgroup").
    // An unknown id loads the first lesson and shows a note saying so.
    void load_lesson(std::string_view id);

    // Loads the given Go source as the learner's own program. If it does not
    // compile, the errors show and the previously loaded program is kept.
    void load_source(std::string_view source);

    // Starts the loaded program. If the code on screen is the learner's and
    // did not compile, the screen goes back to the program that runs.
    void run();

    // Ends any run; the page goes back to idle with the same program.
    void reset();

    // Draws every view for this frame.
    void draw();

    // Returns the state object of window.goroutineLab.state() as JSON text:
    // {lesson, status, clock_ms, procs, isolated, goroutines:[{id, fn, state,
    // line, worker}], waitgroups:[{name, count}], output, errors:[...]}.
    // lesson is "custom" for the learner's program; worker is -1 when the
    // goroutine is not on a worker thread (see state_json.h for the details).
    std::string state_json();

    // Tells the App whether the page is cross-origin isolated.
    void set_isolated(bool isolated) { isolated_ = isolated; }

  private:
    // Views, one per panel, in app_draw.cpp.
    void observe(const Snapshot& snap);
    void draw_header(const Snapshot& snap);
    void draw_code_panel(const Snapshot& snap);
    void draw_clock_and_waitgroups(const Snapshot& snap, float height);
    void draw_goroutine_table(const Snapshot& snap, float height);
    void draw_console(const Snapshot& snap);

    // Shows source in the code panel (it may differ from what Run starts).
    void show_source(std::string_view source);

    // Forgets what the views recorded about earlier runs.
    void forget_run();

    Session& session_;
    bool isolated_ = false;
    std::string lesson_id_;     // lesson whose program Run starts; "custom" for the learner's
    std::string source_;        // the code on screen
    std::string note_;          // one line under the header, empty for none
    std::string loaded_source_; // the program Run starts; differs from source_ after errors
    std::vector<CodeLine> code_lines_;

    Timeline timeline_;
    std::map<std::string, int64_t> waitgroup_peak_; // per WaitGroup, its highest count this run
    // Per lesson id, the program clock when its last run ended.
    std::map<std::string, int64_t> lesson_total_ns_;
    uint64_t stale_version_ = 0; // snapshots up to this one predate the last command
    bool total_recorded_ = true; // whether the current run's end is in lesson_total_ns_
    size_t console_bytes_seen_ = 0;
    float theme_font_size_ = 0.0f;
};

} // namespace golab
