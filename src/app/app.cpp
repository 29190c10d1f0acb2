// app.cpp: the App's commands and its state object. Every command goes to the
// Session, which never blocks; what the page shows next comes from the
// Session's snapshots (see app_draw.cpp for the views).

#include "app/app.h"

#include "app/state_json.h"
#include "lessons/lessons.h"

namespace golab {

namespace {

// The lesson id the state object reports for the learner's own program.
constexpr std::string_view kCustomLesson = "custom";

// An id from a URL can be anything; the note quotes at most this much of it.
constexpr size_t kMaxQuotedId = 40;

std::string quoted_id(std::string_view id) {
    if (id.size() <= kMaxQuotedId) {
        return std::string(id);
    }
    return std::string(id.substr(0, kMaxQuotedId)) + "...";
}

} // namespace

App::App(Session& session) : session_(session) {
    // The page never starts empty: the first lesson is there before any
    // command arrives (the platform may load another one from the URL).
    const auto lessons = all_lessons();
    if (!lessons.empty()) {
        load_lesson(lessons.front().id);
    }
}

void App::load_lesson(std::string_view id) {
    const Lesson* lesson = find_lesson(id);
    if (lesson == nullptr) {
        const auto lessons = all_lessons();
        if (lessons.empty()) {
            note_ = "no lessons are built into this page";
            return;
        }
        lesson = &lessons.front();
        note_ = "unknown lesson '" + quoted_id(id) + "': showing '" + std::string(lesson->id) + "'";
    } else {
        note_.clear();
    }

    // NOTE: a built-in lesson that does not compile is our bug, not the
    // learner's; its errors still show, so the bug is visible.
    session_.load(lesson->source);
    lesson_id_ = lesson->id;
    loaded_source_ = lesson->source;
    show_source(lesson->source);
    forget_run();
}

void App::load_source(std::string_view source) {
    // The learner's code stays on screen either way, so a typo costs nothing;
    // on errors Run keeps starting the program that did compile.
    show_source(source);
    forget_run();
    if (session_.load(source)) {
        lesson_id_ = kCustomLesson;
        loaded_source_ = source;
        note_.clear();
        return;
    }
    note_ = "your program does not compile; Run still starts '" + lesson_id_ + "'";
}

void App::run() {
    // Run starts the loaded program, so that is the code the learner watches.
    if (source_ != loaded_source_) {
        show_source(loaded_source_);
        note_.clear();
    }
    forget_run();
    total_recorded_ = false;
    session_.run();
}

void App::reset() {
    forget_run();
    session_.reset();
}

std::string App::state_json() {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    return build_state_json(snap ? *snap : Snapshot{}, lesson_id_, isolated_);
}

void App::forget_run() {
    // The snapshot on hand may still describe the previous run until the
    // workers publish a new one; views skip it.
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    stale_version_ = snap ? snap->version : 0;
    timeline_.clear();
    waitgroup_peak_.clear();
    total_recorded_ = true;
}

void App::show_source(std::string_view source) {
    source_ = source;
    code_lines_ = layout_go_source(source_);
}

} // namespace golab
