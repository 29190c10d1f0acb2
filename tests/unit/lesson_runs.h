// lesson_runs.h: a built-in lesson run to its end for the app tests, on the virtual
// executor, so what the views derive from its trace is the same on every machine.
#pragma once

#include <chrono>
#include <memory>
#include <string_view>
#include <thread>

#include "lessons/lessons.h"
#include "runtime/session.h"

namespace golab::test_support {

// Returns the last snapshot of source run to its end with procs Ps and virtual time (its
// trace lives on with it), or null when it does not compile.
inline std::shared_ptr<const Snapshot> finished_source(std::string_view source, int procs) {
    SessionOptions o;
    o.procs = procs;
    o.virtual_time = true;
    Session session(o);
    if (!session.load(source)) {
        return nullptr;
    }
    session.run();
    session.wait();
    return session.snapshot();
}

// The same for built-in lesson id; null when it is missing.
inline std::shared_ptr<const Snapshot> finished_lesson(std::string_view id, int procs) {
    const Lesson* lesson = find_lesson(id);
    return lesson == nullptr ? nullptr : finished_source(lesson->source, procs);
}

// Returns the snapshot of a run that wait() saw end. The final snapshot is published before
// the workers go idle; this gives them a moment (about a second at most).
inline std::shared_ptr<const Snapshot> final_snapshot(Session& session) {
    std::shared_ptr<const Snapshot> s = session.snapshot();
    for (int i = 0; i < 200 && (s->status == RunStatus::Running || s->status == RunStatus::Idle);
         i++) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        s = session.snapshot();
    }
    return s;
}

} // namespace golab::test_support
