// lesson_progress.h: which lessons the learner has run to the end, kept in
// the page's local storage when the browser allows it. Never required: with
// no storage (natively, private windows, sandboxed frames) nothing is kept.
#pragma once

#include <set>
#include <string>

namespace golab {

// Returns the ids of the lessons marked done on this browser (empty when none or no storage).
std::set<std::string> load_lesson_progress();

// Stores the ids of the lessons marked done; silently does nothing without storage.
void save_lesson_progress(const std::set<std::string>& done);

} // namespace golab
