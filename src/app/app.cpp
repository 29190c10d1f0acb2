// app.cpp: the App's commands and its state object. Every command goes to the
// Session, which never blocks; what the page shows next comes from the
// Session's snapshots (see app_draw.cpp for the views).

#include "app/app.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "app/lesson_progress.h"
#include "app/state_json.h"
#include "lessons/lessons.h"

namespace golab {

namespace {

// The lesson id the state object reports for the learner's own program.
constexpr std::string_view kCustomLesson = "custom";

// The note while the code on screen does not compile (its errors are underlined in the panel).
constexpr const char* kFixTheErrors = "your program does not compile: fix it (Edit), then Run";

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
    const auto lessons = all_lessons();
    if (id.empty() && !lessons.empty()) {
        id = lessons.front().id; // the page's plain address, or a link that was damaged
    }
    const Lesson* lesson = find_lesson(id);
    if (lesson == nullptr) {
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
    editing_ = false; // what the editor held is kept as its own lesson's edit
    lesson_id_ = lesson->id;
    last_lesson_id_ = lesson->id;
    loaded_source_ = lesson->source;
    show_source(lesson->source);
    forget_run();

    // The learner's own edit of this lesson, kept from an earlier visit, comes back with it;
    // "Lesson's original" shows the lesson as written (and forgets the edit).
    std::optional<std::string> draft = load_lesson_draft(lesson->id);
    if (draft && *draft != lesson->source) {
        const std::string earlier_note = note_;
        load_source(*draft);
        if (note_.empty()) {
            note_ = earlier_note.empty() ? "your edit of this lesson is back" : earlier_note;
        }
    }
}

void App::forget_draft(std::string_view lesson_id) {
    save_lesson_draft(lesson_id, {});
}

void App::keep_draft() {
    const Lesson* lesson = find_lesson(last_lesson_id_);
    if (lesson == nullptr) {
        return;
    }
    save_lesson_draft(lesson->id, edit_buffer_ == lesson->source ? "" : edit_buffer_);
}

void App::load_source(std::string_view source) {
    // The learner's code stays on screen either way, so a typo costs nothing.
    show_source(source);
    forget_run();
    if (session_.load(source)) {
        lesson_id_ = kCustomLesson;
        loaded_source_ = source;
        note_.clear();
        return;
    }
    note_ = kFixTheErrors;
}

void App::run() {
    // Code on screen that does not compile runs nothing, as with `go run`. Starting the program
    // that compiled before would put it on screen in place of the learner's edits.
    if (source_ != loaded_source_) {
        note_ = kFixTheErrors;
        return;
    }
    forget_run();
    total_recorded_ = false;

    // A guess counts only when made before the lesson's first run.
    if (guess_touched_ && find_lesson(lesson_id_) != nullptr && !guess_ns_.contains(lesson_id_) &&
        !lesson_total_ns_.contains(lesson_id_)) {
        guess_ns_[lesson_id_] = static_cast<int64_t>(static_cast<double>(guess_s_) * 1e9);
    }
    guess_touched_ = false;
    session_.run();
}

void App::reset() {
    forget_run();
    session_.reset();
}

void App::stop() {
    session_.stop();
}

void App::pause() {
    session_.pause();
}

void App::resume() {
    live_ = true;
    session_.resume();
}

void App::step() {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    const RunPhase now = phase();

    // Behind the run: the next event is already recorded.
    if (!live_ && snap && snap->trace) {
        cursor_ = std::min(cursor_ + 1, snap->trace_size);
        held_ns_ = -1;
        if (cursor_ >= snap->trace_size) {
            live_ = true; // caught up: the next step runs the program on
        }
        return;
    }
    if (now == RunPhase::Idle) {
        forget_run();
        total_recorded_ = false;
    }
    if (now == RunPhase::Running) {
        session_.pause(); // the first press holds it where it is
        return;
    }
    if (now != RunPhase::Ended) {
        session_.step();
    }
}

void App::step_back() {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    if (!snap || !snap->trace || snap->version <= stale_version_) {
        return;
    }
    const size_t at = live_ ? snap->trace_size : cursor_;
    seek_event(at > snap->trace->first() ? at - 1 : 0); // seek_event stops at the first kept
}

void App::seek_event(size_t n) {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    if (!snap || !snap->trace || snap->version <= stale_version_) {
        return;
    }
    if (snap->status == RunStatus::Running && !snap->paused) {
        session_.pause(); // the learner looks back: hold the program meanwhile
    }
    live_ = false;
    held_ns_ = -1;
    // Events the trace let go of cannot be shown: the earliest instant is its first kept one.
    cursor_ = std::clamp(n, std::min(snap->trace->first(), snap->trace_size), snap->trace_size);
}

void App::seek_time(int64_t t) {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    if (!snap || !snap->trace) {
        return;
    }
    seek_event(events_until(*snap->trace, snap->trace_size, t));
    if (live_) {
        return;
    }

    // Nothing happens between two events, so any time up to the next one shows the same state;
    // past the last event, the run had got no further than the live clock.
    const TracePin pin(*snap->trace);
    const int64_t next = cursor_ < snap->trace_size && cursor_ < snap->trace->size()
                             ? snap->trace->at(cursor_).clock_ns
                             : snap->clock_ns;
    held_ns_ = std::min(t, next);
}

void App::go_live() {
    live_ = true;
    held_ns_ = -1;
}

void App::configure(const RunSettings& settings) {
    settings_ = settings;
    settings_known_ = true;
    session_.configure(settings_);
}

RunPhase App::phase() {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    if (!snap || snap->version <= stale_version_) {
        return total_recorded_ ? RunPhase::Idle : RunPhase::Running;
    }
    switch (snap->status) {
    case RunStatus::Idle:
    case RunStatus::CompileError:
        return RunPhase::Idle;
    case RunStatus::Running:
        return (snap->paused || !live_) ? RunPhase::Paused : RunPhase::Running;
    case RunStatus::Finished:
    case RunStatus::Panicked:
    case RunStatus::Deadlocked:
    case RunStatus::Stopped:
        return RunPhase::Ended;
    }
    return RunPhase::Idle;
}

void App::apply(Command command) {
    switch (command) {
    case Command::None:
        break;
    case Command::Run:
        run();
        break;
    case Command::Pause:
        pause();
        break;
    case Command::Resume:
        resume();
        break;
    case Command::Step:
        step();
        break;
    case Command::StepBack:
        step_back();
        break;
    case Command::First:
        seek_event(1);
        break;
    case Command::Last:
        go_live();
        break;
    case Command::Reset:
        reset();
        break;
    case Command::ToggleHelp:
        help_open_ = !help_open_;
        break;
    }
}

const Snapshot& App::shown(const std::shared_ptr<const Snapshot>& live) {
    static const Snapshot kNothingYet;
    if (!live) {
        return kNothingYet;
    }
    if (live_ || !live->trace || live->version <= stale_version_) {
        return *live;
    }
    if (replayed_version_ == live->version && replayed_cursor_ == cursor_ &&
        replayed_held_ns_ == held_ns_ && replay_trace_ == live->trace.get()) {
        return replayed_;
    }

    // Forward from the cached state when possible: scrubbing to the right
    // reads only the new events.
    // Back in time, or far ahead: start from the nearest saved state instead.
    const size_t target = std::min(cursor_, live->trace_size);
    if (replay_trace_ != live->trace.get() || target < replay_.events ||
        target - replay_.events > ReplayCheckpoints::kMinSpacing) {
        replay_ = checkpoints_.state_at(*live->trace, target);
        replay_trace_ = live->trace.get();
    }
    replay_forward(replay_, *live->trace, target);
    replayed_ = replayed_snapshot(replay_, *live);
    replayed_.clock_ns = std::max(replayed_.clock_ns, held_ns_);
    replayed_version_ = live->version;
    replayed_cursor_ = cursor_;
    replayed_held_ns_ = held_ns_;
    return replayed_;
}

const SyncState& App::shown_sync(const Snapshot& live, size_t most) {
    const Trace* trace = live.version > stale_version_ ? live.trace.get() : nullptr;
    const size_t target = trace == nullptr ? 0 : live_ ? live.trace_size : cursor_;
    // Looking further back than what was read: read again from the start.
    if (trace != sync_trace_ || target < sync_.events) {
        sync_ = SyncState{};
        sync_trace_ = trace;
    }
    // NOTE: only the live view reads in steps: one held at an instant shows it whole at once.
    if (trace != nullptr) {
        sync_forward(sync_, *trace, target, live_ ? most : SIZE_MAX);
    }
    sync_behind_ = trace != nullptr && sync_.events < std::min(target, live.trace_size);
    return sync_;
}

std::string App::state_json() {
    const std::shared_ptr<const Snapshot> live = session_.snapshot();
    const Snapshot& snap = shown(live);
    // The state object may be asked for between frames: the marks catch up first.
    if (live && live->version > stale_version_) {
        timeline_.extend(live->trace.get(), live->trace_size);
    }
    ViewPosition view;
    view.live = live_;
    view.events = live ? live->trace_size : 0;
    view.step = live_ ? view.events : cursor_;
    view.help = help_open_;
    view.selected = selected_;
    view.theme = theme_applied_light_ ? "light" : "dark";
    view.frames = frames_drawn_;
    view.worker_lanes = worker_lanes_;
    view.overview_path = to_string(overview_choice_.path);
    view.overview_forced = overview_choice_.forced;
    view.renderer = renderer_.name;
    view.renderer_unmasked = renderer_.unmasked;
    view.overview_drawn = overview_drawn_;
    view.controls = shown_controls_;
    view.scrubber = shown_scrubber_;
    view.hovered = shown_hovered_;
    view.overflow = shown_overflow_;
    view.sync_row = sync_row_;
    view.console_at_end = console_at_end_;
    if (live && live->gomaxprocs > 0) {
        view.has_run = true;
        view.run = RunSettings{live->gomaxprocs, live->virtual_time, live->seed, live->speed};
    }
    if (live) {
        view.live_run = live.get();
        view.sync = &shown_sync(*live);
        view.mutex_names = live->mutex_names;
        view.rwmutex_names = live->rwmutex_names;
        view.channel_names = live->channel_names;
    }
    for (const WaitGroupReading& r :
         waitgroup_readings(snap, timeline_.waitgroup_marks(), live_ ? SIZE_MAX : cursor_)) {
        view.waitgroup_says.push_back(r.says);
    }
    if (!frame_ms_.empty()) {
        std::vector<double> sorted = frame_ms_;
        const size_t k = (sorted.size() * 95 + 99) / 100 - 1; // nearest rank
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(k), sorted.end());
        view.frame_ms_p95 = sorted[k];
    }
    return build_state_json(snap, lesson_id_, isolated_, view, settings_);
}

void App::set_preferred_theme(bool light) {
    if (!theme_chosen_) {
        light_ = light;
    }
}

void App::toggle_theme() {
    theme_chosen_ = true;
    light_ = !light_;
}

void App::record_frame_ms(double ms) {
    // NOTE: two seconds of frames at 60 Hz: enough for a percentile that
    // follows what the learner does now.
    constexpr size_t kFramesKept = 120;
    if (frame_ms_.size() >= kFramesKept) {
        frame_ms_.erase(frame_ms_.begin());
    }
    frame_ms_.push_back(ms);
}

std::vector<std::string> App::take_narration() {
    return std::exchange(narration_, {});
}

bool App::wants_frame() {
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    if (settle_frames_ > 0 || light_ != theme_applied_light_ || !narration_.empty() ||
        (snap && snap->version != drawn_version_) || drawn_view_ != view_key() ||
        shaders_linking_ || timeline_behind_ || sync_behind_ || narration_behind_) {
        return true;
    }
    return phase() == RunPhase::Running;
}

App::ViewKey App::view_key() const {
    return {live_,          cursor_,         compact_,
            help_open_,     settings_.procs, settings_.virtual_time,
            settings_.seed, settings_.speed, selected_};
}

App::Export App::take_export() {
    return std::exchange(export_, Export::None);
}

std::string App::trace_json() {
    // NOTE: the snapshot says whether the run is over, not live_ended_: that waits for a frame
    // to see the snapshot, and a caller that saw "finished" in the state object got nothing.
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    if (!snap || !snap->trace || !run_is_over(snap->status) || snap->version <= stale_version_) {
        return {};
    }
    // NOTE: an ended run has no writer left, so its names are safe to read here.
    return snap->trace->chrome_json(snap->output);
}

void App::narrate(const Snapshot& live) {
    narration_behind_ = false;
    if (!live.trace || live.version <= stale_version_) {
        return;
    }
    // Looking back: each step tells the event it moved to.
    if (!live_) {
        if (cursor_ != narrated_cursor_ && cursor_ > 0) {
            const std::string s = step_narrator_.describe(*live.trace, cursor_ - 1, live.output);
            narration_.push_back("step " + std::to_string(cursor_) + " of " +
                                 std::to_string(live.trace_size) + (s.empty() ? "" : ": " + s));
        }
        narrated_cursor_ = cursor_;
        narrated_live_ = false;
        return;
    }
    narrated_cursor_ = SIZE_MAX;
    if (!narrated_live_) {
        narration_.push_back("following the run live again");
        narrated_live_ = true;
    }
    std::vector<std::string> said =
        narrator_.extend(*live.trace, live.trace_size, live.output, live.status, kEventsPerFrame);
    narration_behind_ = narrator_.holding();
    narration_.insert(narration_.end(), std::make_move_iterator(said.begin()),
                      std::make_move_iterator(said.end()));
}

void App::forget_run() {
    // The snapshot on hand may still describe the previous run until the
    // workers publish a new one; views skip it.
    const std::shared_ptr<const Snapshot> snap = session_.snapshot();
    stale_version_ = snap ? snap->version : 0;
    timeline_.clear();
    live_ = true;
    cursor_ = 0;
    held_ns_ = -1;
    replay_ = ReplayState{};
    replay_trace_ = nullptr;
    checkpoints_ = ReplayCheckpoints{}; // the next run's trace may reuse this one's address
    replayed_cursor_ = SIZE_MAX;
    sync_ = SyncState{};
    sync_trace_ = nullptr;
    sync_behind_ = false;
    narration_behind_ = false;
    zoomed_ = false;
    lane_pressed_ = false;
    lane_dragging_ = false;
    live_ended_ = false;
    sleeps_ = SleepSummary{};
    sleeps_known_ = false;
    total_recorded_ = true;
    narrator_.clear();
    step_narrator_.clear();
    narrated_cursor_ = SIZE_MAX;
    narrated_live_ = true;
    settle_frames_ = std::max(settle_frames_, 2);
}

void App::show_source(std::string_view source) {
    source_ = source;
    code_lines_ = layout_go_source(source_);
}

} // namespace golab
