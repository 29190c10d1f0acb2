// trace.cpp: event names and the Chrome trace-event export (see trace.h).
#include "trace/trace.h"

#include <algorithm>
#include <map>

#include "trace/json_writer.h"
#include "vm/vm.h"

namespace golab {

const char* to_string(TraceKind kind) {
    switch (kind) {
    case TraceKind::GoCreate:
        return "GoCreate";
    case TraceKind::GoStart:
        return "GoStart";
    case TraceKind::GoYield:
        return "GoYield";
    case TraceKind::GoSleep:
        return "GoSleep";
    case TraceKind::GoBlockWait:
        return "GoBlockWait";
    case TraceKind::GoReady:
        return "GoReady";
    case TraceKind::GoEnd:
        return "GoEnd";
    case TraceKind::GoLost:
        return "GoLost";
    case TraceKind::Output:
        return "Output";
    case TraceKind::WaitGroupSet:
        return "WaitGroupSet";
    case TraceKind::MutexSet:
        return "MutexSet";
    case TraceKind::ChanSet:
        return "ChanSet";
    case TraceKind::ProgramEnd:
        return "ProgramEnd";
    }
    return "?";
}

Trace::~Trace() {
    for (auto& c : chunks_) {
        delete[] c.load(std::memory_order_relaxed);
    }
}

void Trace::add(const TraceEvent& e) {
    size_t n = published_.load(std::memory_order_relaxed);
    if (n >= kMaxEvents) {
        dropped_.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    std::atomic<TraceEvent*>& chunk = chunks_[n / kChunkEvents];
    TraceEvent* events = chunk.load(std::memory_order_relaxed);
    if (!events) {
        events = new TraceEvent[kChunkEvents];
        chunk.store(events, std::memory_order_release);
    }
    events[n % kChunkEvents] = e;
    published_.store(n + 1, std::memory_order_release);
}

namespace {

// Chrome's trace format counts microseconds; keep nanosecond precision.
std::string micros(int64_t ns) {
    return ns_to_ms_text(ns * 1000);
}

// The slice a goroutine is in between two of its events.
struct OpenSlice {
    std::string name;
    int64_t since_ns = 0;
    int64_t worker = -1;
};

} // namespace

std::string Trace::chrome_json(std::string_view output) const {
    JsonWriter w;
    w.begin_object();
    w.key("displayTimeUnit");
    w.value("ns");
    w.key("traceEvents");
    w.begin_array();

    // Lane names: one "thread" per goroutine, named like the page's rows.
    for (const auto& [id, fn] : goroutines_) {
        w.begin_object();
        w.key("ph");
        w.value("M");
        w.key("name");
        w.value("thread_name");
        w.key("pid");
        w.value(int64_t{1});
        w.key("tid");
        w.value(id);
        w.key("args");
        w.begin_object();
        w.key("name");
        w.value("G" + std::to_string(id) + " " + fn);
        w.end_object();
        w.end_object();
    }

    auto complete = [&](int64_t g, const OpenSlice& s, int64_t until_ns) {
        if (until_ns < s.since_ns) {
            return;
        }
        w.begin_object();
        w.key("ph");
        w.value("X");
        w.key("name");
        w.value(s.name);
        w.key("pid");
        w.value(int64_t{1});
        w.key("tid");
        w.value(g);
        w.key("ts");
        w.number_text(micros(s.since_ns));
        w.key("dur");
        w.number_text(micros(until_ns - s.since_ns));
        if (s.worker >= 0) {
            w.key("args");
            w.begin_object();
            w.key("worker");
            w.value(s.worker);
            w.end_object();
        }
        w.end_object();
    };

    std::map<int64_t, OpenSlice> open;
    auto enter = [&](int64_t g, int64_t now, std::string name, int64_t worker = -1) {
        if (auto it = open.find(g); it != open.end()) {
            complete(g, it->second, now);
        }
        open[g] = OpenSlice{std::move(name), now, worker};
    };

    // A counter track per WaitGroup, Mutex and channel: its count, holder or fill.
    auto counter = [&](const TraceEvent& e, const std::vector<std::string>& names, const char* kind,
                       const char* what) {
        w.begin_object();
        w.key("ph");
        w.value("C");
        w.key("name");
        const bool known = e.object >= 0 && e.object < static_cast<int32_t>(names.size());
        w.value(known ? names[static_cast<size_t>(e.object)] : std::string(kind));
        w.key("pid");
        w.value(int64_t{1});
        w.key("ts");
        w.number_text(micros(e.clock_ns));
        w.key("args");
        w.begin_object();
        w.key(what);
        w.value(e.arg);
        w.end_object();
        w.end_object();
    };

    int64_t end_ns = 0;
    for (size_t i = 0, n = size(); i < n; i++) {
        const TraceEvent& e = at(i);
        end_ns = std::max(end_ns, e.clock_ns);
        switch (e.kind) {
        case TraceKind::GoCreate:
        case TraceKind::GoReady:
        case TraceKind::GoYield:
            enter(e.g, e.clock_ns, "runnable");
            break;
        case TraceKind::GoStart:
            enter(e.g, e.clock_ns, "running", e.arg);
            break;
        case TraceKind::GoSleep:
            enter(e.g, e.clock_ns, "sleeping");
            break;
        case TraceKind::GoBlockWait:
            enter(e.g, e.clock_ns,
                  std::string("waiting (") + wait_reason_name(static_cast<WaitReason>(e.arg)) +
                      ")");
            break;
        case TraceKind::GoEnd:
        case TraceKind::GoLost:
            if (auto it = open.find(e.g); it != open.end()) {
                complete(e.g, it->second, e.clock_ns);
                open.erase(it);
            }
            break;
        case TraceKind::Output: {
            w.begin_object();
            w.key("ph");
            w.value("i");
            w.key("s");
            w.value("t");
            w.key("name");
            w.value("output");
            w.key("pid");
            w.value(int64_t{1});
            w.key("tid");
            w.value(e.g);
            w.key("ts");
            w.number_text(micros(e.clock_ns));
            w.key("args");
            w.begin_object();
            w.key("text");
            auto from = static_cast<size_t>(e.arg);
            w.value(from <= output.size() ? output.substr(from, e.len) : std::string_view{});
            w.key("line");
            w.value(e.line);
            w.end_object();
            w.end_object();
            break;
        }
        case TraceKind::WaitGroupSet:
            counter(e, waitgroups_, "WaitGroup", "counter");
            break;
        case TraceKind::MutexSet:
            counter(e, mutexes_, "Mutex", "held by goroutine");
            break;
        case TraceKind::ChanSet:
            counter(e, channels_, "chan", "buffered");
            break;
        case TraceKind::ProgramEnd:
            break;
        }
    }
    for (const auto& [g, s] : open) {
        complete(g, s, end_ns);
    }

    w.end_array();
    w.end_object();
    return w.take();
}

} // namespace golab
