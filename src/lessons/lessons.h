// lessons.h: the lessons built into the binary.
//
// Each lesson is a real Go file, src/lessons/<id>.go, embedded at build time,
// plus the words the page shows beside it.
#pragma once

#include <span>
#include <string_view>

namespace golab {

struct Lesson {
    std::string_view id;      // "waitgroup"
    std::string_view title;   // "3. Wait for them: sync.WaitGroup"
    std::string_view summary; // what to notice, in a sentence or two
    std::string_view source;  // the Go program
};

// Returns every lesson in teaching order.
std::span<const Lesson> all_lessons();

// Returns the lesson with this id, or nullptr.
const Lesson* find_lesson(std::string_view id);

} // namespace golab
