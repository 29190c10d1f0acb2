// lesson_progress.cpp: the done ticks and the learner's edits in localStorage, through small
// JavaScript functions (see lesson_progress.h). Ids are joined with commas: lesson ids never
// hold one. An edit is kept under "goroutineLab.code.<lesson id>".

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
// Copies the draft of lesson id into buffer (size bytes) and returns its length in bytes, or
// -1 when none is kept; a buffer too small gets nothing, and the caller asks again.
EM_JS(int, golab_draft_load, (const char* id, char* buffer, int size), {
    let text = null;
    const key = "goroutineLab.code." + UTF8ToString(id);
    try { text = window.localStorage.getItem(key); } catch (e) {}
    if (text === null) return -1;
    const length = lengthBytesUTF8(text);
    if (length < size) stringToUTF8(text, buffer, size);
    return length;
});
EM_JS(void, golab_draft_save, (const char* id, const char* code, int length), {
    const key = "goroutineLab.code." + UTF8ToString(id);
    try {
        if (length == 0) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, UTF8ToString(code, length));
    } catch (e) {}
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

std::optional<std::string> load_lesson_draft([[maybe_unused]] std::string_view id) {
#ifdef __EMSCRIPTEN__
    const std::string key(id);
    const int length = golab_draft_load(key.c_str(), nullptr, 0);
    if (length < 0) {
        return std::nullopt;
    }
    std::string code(static_cast<size_t>(length) + 1, '\0');
    if (golab_draft_load(key.c_str(), code.data(), static_cast<int>(code.size())) != length) {
        return std::nullopt; // changed in between (another tab): the lesson as written then
    }
    code.resize(static_cast<size_t>(length));
    return code;
#else
    return std::nullopt;
#endif
}

void save_lesson_draft([[maybe_unused]] std::string_view id,
                       [[maybe_unused]] std::string_view code) {
#ifdef __EMSCRIPTEN__
    golab_draft_save(std::string(id).c_str(), code.data(), static_cast<int>(code.size()));
#endif
}

} // namespace golab
