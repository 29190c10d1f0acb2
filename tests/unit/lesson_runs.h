// lesson_runs.h: a built-in lesson run to its end for the app tests, on the virtual
// executor, so what the views derive from its trace is the same on every machine.
#pragma once

#include <memory>
#include <string_view>

#include "lessons/lessons.h"
#include "runtime/session.h"

namespace golab::test_support {

// Returns the last snapshot of lesson id run to its end with procs Ps and virtual time
// (its trace lives on with it), or null when the lesson is missing or does not compile.
inline std::shared_ptr<const Snapshot> finished_lesson(std::string_view id, int procs) {
    const Lesson* lesson = find_lesson(id);
    if (lesson == nullptr) {
        return nullptr;
    }
    SessionOptions o;
    o.procs = procs;
    o.virtual_time = true;
    Session session(o);
    if (!session.load(lesson->source)) {
        return nullptr;
    }
    session.run();
    session.wait();
    return session.snapshot();
}

} // namespace golab::test_support
