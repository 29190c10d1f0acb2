// lessons.cpp: the built-in lessons, in teaching order (see lessons.h).
//
// The Go sources come from src/lessons/*.go through the generated header, so
// the file a test runs and the text the page shows are the same bytes.
#include "lessons/lessons.h"

#include <array>

#include "golab_embedded_lessons.h"

namespace golab {
namespace {

const std::array<Lesson, 3> kLessons = {{
    {"sequential", "1. One after another",
     "Each dbCall sleeps up to two seconds and main waits for it before starting the next. "
     "Watch one goroutine do everything: the total is the sum of all five delays.",
     embedded::lesson_sequential},
    {"go-no-wait", "2. Start them with go, wait for nothing",
     "`go dbCall(i)` starts five goroutines and main carries straight on. When main returns the "
     "program ends: the five are lost mid-sleep and their results never print.",
     embedded::lesson_go_no_wait},
    {"waitgroup", "3. Wait for them: sync.WaitGroup",
     "Add(1) before each go, Done when a call finishes, Wait in main. The five sleeps overlap, "
     "so the total is the longest delay, not the sum. Concurrency, not parallelism: sleeping "
     "goroutines need no worker at all.",
     embedded::lesson_waitgroup},
}};

} // namespace

std::span<const Lesson> all_lessons() { return kLessons; }

const Lesson* find_lesson(std::string_view id) {
    for (const Lesson& l : kLessons) {
        if (l.id == id) {
            return &l;
        }
    }
    return nullptr;
}

} // namespace golab
