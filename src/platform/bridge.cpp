// bridge.cpp: the C functions behind window.goroutineLab (see web/main.js).
//
// JavaScript calls these on the browser's main thread, the thread that draws, so they
// reach the App without locks. Each one is safe to call before main() has run.

#include <emscripten.h>

#include <string>
#include <string_view>

#include "app/app.h"
#include "lessons/lessons.h"
#include "platform/platform.h"

extern "C" {

// Returns the state object as JSON text, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* golab_state_json() {
    static std::string json;
    golab::App* app = golab::platform_app();
    json = app ? app->state_json() : std::string(R"({"status":"loading"})");
    return json.c_str();
}

// Loads a lesson by id, or Go source text: anything with a line break or a package clause is
// taken as source; anything else as a lesson id (an unknown id falls back with a note).
EMSCRIPTEN_KEEPALIVE void golab_load(const char* lesson_or_source) {
    golab::App* app = golab::platform_app();
    if (!app || !lesson_or_source) {
        return;
    }
    std::string_view text = lesson_or_source;
    bool is_source = text.find('\n') != std::string_view::npos ||
                     text.find("package ") != std::string_view::npos;
    if (is_source && !golab::find_lesson(text)) {
        app->load_source(text);
    } else {
        app->load_lesson(text);
    }
}

EMSCRIPTEN_KEEPALIVE void golab_run() {
    if (golab::App* app = golab::platform_app()) {
        app->run();
    }
}

// Ends the running program wherever it is (Session::stop); its final state stays on show.
EMSCRIPTEN_KEEPALIVE void golab_stop() {
    if (golab::App* app = golab::platform_app()) {
        app->stop();
    }
}

EMSCRIPTEN_KEEPALIVE void golab_reset() {
    if (golab::App* app = golab::platform_app()) {
        app->reset();
    }
}

// Follows the browser's colour scheme (light != 0) until the learner picks a theme.
EMSCRIPTEN_KEEPALIVE void golab_set_preferred_theme(int light) {
    if (golab::App* app = golab::platform_app()) {
        app->set_preferred_theme(light != 0);
    }
}

// Returns the ended run as Chrome trace-event JSON ("" while no run has ended), valid until
// the next call.
EMSCRIPTEN_KEEPALIVE const char* golab_trace_json() {
    static std::string json;
    golab::App* app = golab::platform_app();
    json = app ? app->trace_json() : std::string();
    return json.c_str();
}

} // extern "C"
