// state_json.cpp: the state object for tests and host pages. Key order follows
// app.h so the text is easy to read in a failing test's log.

#include "app/state_json.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "trace/json_writer.h"

namespace golab {

namespace {

// Returns v with at most two decimals, as JSON number text.
std::string number_text(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    std::string t = text;
    while (t.back() == '0') {
        t.pop_back();
    }
    if (t.back() == '.') {
        t.pop_back();
    }
    return t;
}

void write_goroutine(JsonWriter& w, const GoroutineView& g) {
    w.begin_object();
    w.key("id");
    w.value(g.id);
    w.key("fn");
    w.value(g.fn);
    w.key("state");
    w.value(to_string(g.state));
    w.key("line");
    w.value(g.line);
    w.key("worker");
    w.value(g.worker);
    if (!g.stack.empty()) {
        w.key("stack");
        w.begin_array();
        for (const StackFrameView& f : g.stack) {
            w.begin_object();
            w.key("fn");
            w.value(f.fn);
            w.key("line");
            w.value(f.line);
            w.end_object();
        }
        w.end_array();
    }
    w.end_object();
}

// Writes the first kStateGoroutines goroutines (and the selected one, wherever it is), then
// how many there are in all and in each state: a host page polls this, and ten thousand
// goroutines written out in full cost it more than a frame.
void write_goroutines(JsonWriter& w, const Snapshot& snap, int64_t selected) {
    constexpr GoroutineState kStates[] = {GoroutineState::Runnable, GoroutineState::Running,
                                          GoroutineState::Sleeping, GoroutineState::Waiting,
                                          GoroutineState::Done,     GoroutineState::Lost};
    static_assert(static_cast<size_t>(GoroutineState::Lost) + 1 == std::size(kStates));
    size_t per_state[std::size(kStates)] = {};

    w.key("goroutines");
    w.begin_array();
    for (size_t i = 0; i < snap.goroutines.size(); ++i) {
        const GoroutineView& g = snap.goroutines[i];
        ++per_state[static_cast<size_t>(g.state)];
        if (i < kStateGoroutines || (selected > 0 && g.id == selected)) {
            write_goroutine(w, g);
        }
    }
    w.end_array();
    w.key("goroutine_count");
    w.value(static_cast<int64_t>(snap.goroutines.size()));
    w.key("goroutine_states");
    w.begin_object();
    for (GoroutineState s : kStates) {
        w.key(to_string(s));
        w.value(static_cast<int64_t>(per_state[static_cast<size_t>(s)]));
    }
    w.end_object();
}

} // namespace

std::string_view output_tail(std::string_view output, size_t most) {
    if (output.size() <= most) {
        return output;
    }
    size_t start = output.size() - most;
    // UTF-8 continuation bytes are 10xxxxxx: the character they belong to began earlier.
    while (start < output.size() && (static_cast<unsigned char>(output[start]) & 0xC0) == 0x80) {
        ++start;
    }
    return output.substr(start);
}

namespace {

// says: the WaitGroup panel's sentences, one per WaitGroup, or empty for none; selected: the
// goroutine the learner picked, listed even beyond the first kStateGoroutines.
void write_state(JsonWriter& w, const Snapshot& snap, std::string_view lesson, bool isolated,
                 const std::vector<std::string>& says = {}, int64_t selected = 0) {
    w.begin_object();

    w.key("lesson");
    w.value(lesson);
    w.key("status");
    w.value(to_string(snap.status));
    w.key("clock_ms");
    // NOTE: the runtime's clocks start at zero (the wall clock since Run, clamped), but the
    // state object promises never to go below it whatever a snapshot says; a test holds it.
    w.number_text(ns_to_ms_text(std::max<int64_t>(snap.clock_ns, 0)));
    w.key("procs");
    w.value(snap.procs);
    w.key("isolated");
    w.value(isolated);

    write_goroutines(w, snap, selected);

    w.key("waitgroups");
    w.begin_array();
    for (size_t i = 0; i < snap.waitgroups.size(); ++i) {
        w.begin_object();
        w.key("name");
        w.value(snap.waitgroups[i].name);
        w.key("count");
        w.value(snap.waitgroups[i].count);
        if (i < says.size()) {
            w.key("says");
            w.value(says[i]);
        }
        w.end_object();
    }
    w.end_array();

    const std::string_view output = output_tail(snap.output, kStateOutputBytes);
    w.key("output");
    w.value(output);
    w.key("output_omitted");
    w.value(static_cast<int64_t>(snap.output.size() - output.size()));

    w.key("errors");
    w.begin_array();
    for (const std::string& e : snap.errors) {
        w.value(e);
    }
    w.end_array();
}

void write_ids(JsonWriter& w, const char* key, const std::vector<int64_t>& ids) {
    w.key(key);
    w.begin_array();
    for (int64_t id : ids) {
        w.value(id);
    }
    w.end_array();
}

// Returns names[i], or what the page calls an object the snapshot has not named yet.
std::string sync_name(const std::vector<std::string>& names, size_t i, const char* kind) {
    return i < names.size() ? names[i] : std::string(kind) + " " + std::to_string(i + 1);
}

void write_sync(JsonWriter& w, const ViewPosition& view) {
    static const SyncState kNone;
    const SyncState& sync = view.sync ? *view.sync : kNone;
    w.key("mutexes");
    w.begin_array();
    for (size_t i = 0; i < sync.mutexes.size(); ++i) {
        const MutexState& m = sync.mutexes[i];
        w.begin_object();
        w.key("name");
        w.value(sync_name(view.mutex_names, i, "Mutex"));
        w.key("holder");
        if (m.holder > 0) {
            w.value(m.holder);
        } else {
            w.null();
        }
        write_ids(w, "waiting", m.waiting);
        w.end_object();
    }
    w.end_array();
    w.key("rwmutexes");
    w.begin_array();
    for (size_t i = 0; i < sync.rwmutexes.size(); ++i) {
        const RWMutexState& rw = sync.rwmutexes[i];
        w.begin_object();
        w.key("name");
        w.value(sync_name(view.rwmutex_names, i, "RWMutex"));
        w.key("writer");
        if (rw.writer > 0) {
            w.value(rw.writer);
        } else {
            w.null();
        }
        w.key("readers");
        w.value(rw.readers);
        write_ids(w, "waiting_write", rw.waiting_write);
        write_ids(w, "waiting_read", rw.waiting_read);
        w.end_object();
    }
    w.end_array();
    w.key("channels");
    w.begin_array();
    for (size_t i = 0; i < sync.channels.size(); ++i) {
        const ChannelState& ch = sync.channels[i];
        w.begin_object();
        w.key("name");
        w.value(sync_name(view.channel_names, i, "chan"));
        w.key("len");
        w.value(ch.len);
        w.key("cap");
        w.value(ch.cap);
        write_ids(w, "sending", ch.sending);
        write_ids(w, "receiving", ch.receiving);
        w.end_object();
    }
    w.end_array();
    w.key("selects");
    w.begin_array();
    for (const SelectWait& sel : sync.selects) {
        w.begin_object();
        w.key("g");
        w.value(sel.g);
        for (const auto& [key, chans] : {std::pair{"recv", &sel.recv}, {"send", &sel.send}}) {
            w.key(key);
            w.begin_array();
            for (int32_t ch : *chans) {
                w.value(sync_name(view.channel_names, static_cast<size_t>(ch), "chan"));
            }
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
}

// The run's heap as the collector counts it: the bytes of objects alive now (counted since the
// last collection) and at most, how many collections ran and the longest they held the program.
void write_memory(JsonWriter& w, const Snapshot& snap) {
    w.key("memory");
    w.begin_object();
    w.key("heap_bytes");
    w.value(snap.heap_bytes);
    w.key("heap_peak_bytes");
    w.value(snap.heap_peak_bytes);
    w.key("collections");
    w.value(snap.collections);
    w.key("longest_pause_ms");
    w.number_text(number_text(static_cast<double>(snap.longest_collection_pause_ns) / 1e6));
    w.end_object();
}

void write_settings(JsonWriter& w, const RunSettings& s) {
    w.begin_object();
    w.key("gomaxprocs");
    w.value(static_cast<int64_t>(s.procs));
    w.key("virtual_time");
    w.value(s.virtual_time);
    w.key("seed");
    w.value(static_cast<int64_t>(s.seed));
    w.key("speed");
    w.number_text(std::to_string(s.speed));
    w.end_object();
}

} // namespace

std::string build_state_json(const Snapshot& snap, std::string_view lesson, bool isolated) {
    JsonWriter w;
    write_state(w, snap, lesson, isolated);
    w.end_object();
    return w.take();
}

std::string build_state_json(const Snapshot& snap, std::string_view lesson, bool isolated,
                             const ViewPosition& view, const RunSettings& next) {
    JsonWriter w;
    write_state(w, snap, lesson, isolated, view.waitgroup_says, view.selected);
    write_sync(w, view);
    w.key("paused");
    w.value(snap.paused || !view.live);
    w.key("step");
    w.value(static_cast<int64_t>(view.step));
    w.key("events");
    w.value(static_cast<int64_t>(view.events));
    w.key("trace_dropped");
    w.value(static_cast<int64_t>(snap.trace_dropped));
    write_memory(w, view.live_run ? *view.live_run : snap);
    w.key("live");
    w.value(view.live);
    w.key("help");
    w.value(view.help);
    w.key("console_at_end");
    w.value(view.console_at_end);
    w.key("settings");
    write_settings(w, next);
    w.key("run");
    if (view.has_run) {
        write_settings(w, view.run);
    } else {
        w.null();
    }
    w.key("selected");
    if (view.selected > 0) {
        w.value(view.selected);
    } else {
        w.null();
    }
    w.key("theme");
    w.value(view.theme);
    w.key("frame_ms_p95");
    w.number_text(number_text(view.frame_ms_p95));
    w.key("frames");
    w.value(static_cast<int64_t>(view.frames));
    w.key("worker_lanes");
    w.value(view.worker_lanes);
    w.key("controls");
    w.begin_object();
    for (const ControlRect& c : view.controls) {
        w.key(c.name);
        w.begin_array();
        for (float v : {c.x, c.y, c.w, c.h}) {
            w.number_text(number_text(v));
        }
        w.end_array();
    }
    w.end_object();
    w.key("scrubber");
    w.begin_object();
    w.key("text");
    w.value(view.scrubber.text.name);
    for (const auto& [key, r] :
         {std::pair{"box", &view.scrubber.text}, {"grab", &view.scrubber.grab}}) {
        w.key(key);
        w.begin_array();
        for (float v : {r->x, r->y, r->w, r->h}) {
            w.number_text(number_text(v));
        }
        w.end_array();
    }
    w.end_object();
    w.key("hovered");
    if (view.hovered.empty()) {
        w.null();
    } else {
        w.value(view.hovered);
    }
    w.key("overflow");
    w.begin_array();
    for (const std::string& panel : view.overflow) {
        w.value(panel);
    }
    w.end_array();
    w.key("sync_row");
    w.begin_object();
    w.key("shown");
    w.begin_array();
    for (const std::string& words : view.sync_row.shown) {
        w.value(words);
    }
    w.end_array();
    w.key("more");
    w.value(static_cast<int64_t>(view.sync_row.more));
    w.end_object();
    w.key("overview");
    w.begin_object();
    w.key("path");
    w.value(view.overview_path);
    w.key("forced");
    w.value(view.overview_forced);
    w.key("renderer");
    w.value(view.renderer);
    w.key("unmasked");
    w.value(view.renderer_unmasked);
    w.key("drawn");
    if (view.overview_drawn.empty()) {
        w.null();
    } else {
        w.value(view.overview_drawn);
    }
    w.end_object();
    w.end_object();
    return w.take();
}

} // namespace golab
