// app_lessons_test.cpp: every built-in lesson compiles and runs to the end its
// explanation promises (finished, deadlocked or panicked), in the virtual
// executor, and every lesson has the words the page shows beside it. Their
// exact output is checked against Go by the golden tests (tests/golden/run runs each
// src/lessons/<id>.go as lesson_<id>.go).

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "lessons/lessons.h"
#include "runtime/session.h"

namespace golab {
namespace {

TEST(Lessons, EachRunsToTheEndItsTextPromises) {
    const std::map<std::string, RunStatus> kEnds = {
        {"forgotten-done", RunStatus::Deadlocked},
        {"done-twice", RunStatus::Panicked},
        {"waitgroup-copy", RunStatus::Deadlocked},
    };
    for (const Lesson& lesson : all_lessons()) {
        SessionOptions o;
        o.procs = 2;
        o.virtual_time = true;
        Session session(o);
        ASSERT_TRUE(session.load(lesson.source)) << lesson.id;
        session.run();
        const int code = session.wait();
        const auto it = kEnds.find(std::string(lesson.id));
        const RunStatus want = it == kEnds.end() ? RunStatus::Finished : it->second;
        EXPECT_EQ(session.snapshot()->status, want) << lesson.id;
        EXPECT_EQ(code, want == RunStatus::Finished ? 0 : 2) << lesson.id;
        EXPECT_FALSE(lesson.title.empty()) << lesson.id;
        EXPECT_GT(lesson.summary.size(), 40u) << lesson.id << ": say what to watch";
    }
}

TEST(Lessons, IdsAreUniqueAndFindable) {
    for (const Lesson& lesson : all_lessons()) {
        EXPECT_EQ(find_lesson(lesson.id), &lesson) << lesson.id;
    }
    EXPECT_EQ(find_lesson("no-such-lesson"), nullptr);
}

} // namespace
} // namespace golab
