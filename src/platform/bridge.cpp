// bridge.cpp: the C functions behind window.goroutineLab (see web/main.js).
//
// JavaScript calls these on the browser's main thread, the thread that draws, so they
// reach the App without locks. Each one is safe to call before main() has run.

#include <emscripten.h>

#include <algorithm>
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

EMSCRIPTEN_KEEPALIVE void golab_pause() {
    if (golab::App* app = golab::platform_app()) {
        app->pause();
    }
}

EMSCRIPTEN_KEEPALIVE void golab_resume() {
    if (golab::App* app = golab::platform_app()) {
        app->resume();
    }
}

EMSCRIPTEN_KEEPALIVE void golab_step() {
    if (golab::App* app = golab::platform_app()) {
        app->step();
    }
}

// Shows the run as it was after its first n events (for permalinks).
EMSCRIPTEN_KEEPALIVE void golab_seek(double n) {
    if (golab::App* app = golab::platform_app(); app && n >= 0) {
        app->seek_event(size_t(n));
    }
}

// Shows the run as it was at program time ns: after the last event at or before it (for
// permalinks to a run on threads, replayed on the virtual executor).
EMSCRIPTEN_KEEPALIVE void golab_seek_time(double ns) {
    if (golab::App* app = golab::platform_app(); app && ns >= 0) {
        app->seek_time(int64_t(ns));
    }
}

// Sets what the next Run uses; a negative or zero argument keeps that setting. The seed
// comes as a double (JavaScript's number): seeds above 2^53 are not reachable from here.
EMSCRIPTEN_KEEPALIVE void golab_configure(int procs, int virtual_time, double seed, double speed) {
    golab::App* app = golab::platform_app();
    if (!app) {
        return;
    }
    golab::RunSettings next = app->next_settings();
    if (procs > 0) {
        next.procs = procs;
    }
    if (virtual_time >= 0) {
        next.virtual_time = virtual_time != 0;
    }
    if (seed >= 0) {
        next.seed = uint64_t(seed);
    }
    if (speed > 0) {
        next.speed = std::clamp(speed, 0.1, 10.0);
    }
    app->configure(next);
}

// Shows only the code panel, the run controls, the clock and the lanes (embedded pages).
EMSCRIPTEN_KEEPALIVE void golab_set_compact(int compact) {
    if (golab::App* app = golab::platform_app()) {
        app->set_compact(compact != 0);
    }
}

// Returns the Go source the code panel shows, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* golab_source() {
    static std::string source;
    golab::App* app = golab::platform_app();
    source = app ? app->source() : std::string();
    return source.c_str();
}

} // extern "C"
