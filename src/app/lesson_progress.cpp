// lesson_progress.cpp: the done ticks in localStorage, through two small
// JavaScript functions (see lesson_progress.h). Ids are joined with commas:
// lesson ids never hold one.

#include "app/lesson_progress.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>

// clang-format off
// NOTE: localStorage throws in sandboxed frames and some private modes; every
// access is guarded, and failure reads as "nothing stored".
EM_JS(int, golab_progress_load, (char* buffer, int size), {
    let text = "";
    try { text = window.localStorage.getItem("goroutineLab.done") || ""; } catch (e) {}
    stringToUTF8(text, buffer, size);
    return lengthBytesUTF8(text);
});
EM_JS(void, golab_progress_save, (const char* text), {
    try { window.localStorage.setItem("goroutineLab.done", UTF8ToString(text)); } catch (e) {}
});
// clang-format on
#endif

namespace golab {

std::set<std::string> load_lesson_progress() {
    std::set<std::string> done;
#ifdef __EMSCRIPTEN__
    // A few lesson ids fit easily; a longer text (not ours) is ignored.
    char buffer[1024] = {};
    if (golab_progress_load(buffer, sizeof buffer) >= static_cast<int>(sizeof buffer)) {
        return done;
    }
    const std::string text = buffer;
    size_t start = 0;
    while (start < text.size()) {
        const size_t comma = text.find(',', start);
        const size_t end = comma == std::string::npos ? text.size() : comma;
        if (end > start) {
            done.insert(text.substr(start, end - start));
        }
        start = end + 1;
    }
#endif
    return done;
}

void save_lesson_progress([[maybe_unused]] const std::set<std::string>& done) {
#ifdef __EMSCRIPTEN__
    std::string text;
    for (const std::string& id : done) {
        text += (text.empty() ? "" : ",") + id;
    }
    golab_progress_save(text.c_str());
#endif
}

} // namespace golab
