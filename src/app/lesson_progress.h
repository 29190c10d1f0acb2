// lesson_progress.h: which lessons the learner has run to the end, and their own edits of each
// lesson, kept in the page's local storage when the browser allows it. Never required: with
// no storage (natively, private windows, sandboxed frames) nothing is kept.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace golab {

// Returns the ids of the lessons marked done on this browser (empty when none or no storage).
std::set<std::string> load_lesson_progress();

// Stores the ids of the lessons marked done; silently does nothing without storage.
void save_lesson_progress(const std::set<std::string>& done);

// Returns the learner's edited code of lesson id kept on this browser, if any.
std::optional<std::string> load_lesson_draft(std::string_view id);

// Keeps code as the learner's edit of lesson id, so that it survives a reload; empty code
// forgets it. Silently does nothing without storage.
void save_lesson_draft(std::string_view id, std::string_view code);

} // namespace golab
