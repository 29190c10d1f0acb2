// app.h: the page's views and controls, drawn with Dear ImGui each frame.
//
// The App reads the Session's latest Snapshot and posts commands to it; it
// never touches the VM's memory and never waits. The platform layer owns the
// window, the GL context and the frame loop and calls draw() once per frame
// between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <string>
#include <string_view>

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

    void run();
    void reset();

    // Draws every view for this frame.
    void draw();

    // Returns the state object of window.goroutineLab.state() as JSON text:
    // {lesson, status, clock_ms, procs, isolated, goroutines:[{id, fn, state,
    // line, worker}], waitgroups:[{name, count}], output, errors:[...]}.
    std::string state_json();

    // Tells the App whether the page is cross-origin isolated.
    void set_isolated(bool isolated) { isolated_ = isolated; }

  private:
    Session& session_;
    bool isolated_ = false;
    std::string lesson_id_;
    std::string source_;
    std::string note_;
};

} // namespace golab
