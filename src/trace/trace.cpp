// trace.cpp: event names and the Chrome trace-event export (see trace.h).
#include "trace/trace.h"

#include <algorithm>
#include <map>
#include <set>

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
    case TraceKind::RWMutexSet:
        return "RWMutexSet";
    case TraceKind::SelectCase:
        return "SelectCase";
    case TraceKind::ProcsSet:
        return "ProcsSet";
    case TraceKind::ProgramEnd:
        return "ProgramEnd";
    }
    return "?";
}

bool changes_state(TraceKind kind) {
    switch (kind) {
    case TraceKind::GoCreate:
    case TraceKind::GoStart:
    case TraceKind::GoYield:
    case TraceKind::GoSleep:
    case TraceKind::GoBlockWait:
    case TraceKind::GoReady:
    case TraceKind::GoEnd:
    case TraceKind::GoLost:
        return true;
    case TraceKind::Output:
    case TraceKind::WaitGroupSet:
    case TraceKind::ProgramEnd:
    case TraceKind::MutexSet:
    case TraceKind::ChanSet:
    case TraceKind::RWMutexSet:
    case TraceKind::SelectCase:
    case TraceKind::ProcsSet:
        break;
    }
    return false;
}

//-----------------------------------------------------------------------------
// The base: what dropped events leave behind
//-----------------------------------------------------------------------------

namespace {

void erase_id(std::vector<int64_t>& ids, int64_t g) {
    ids.erase(std::remove(ids.begin(), ids.end(), g), ids.end());
}

template <typename T> T& slot(std::vector<T>& v, int32_t i) {
    if (v.size() <= static_cast<size_t>(i)) {
        v.resize(static_cast<size_t>(i) + 1);
    }
    return v[static_cast<size_t>(i)];
}

// Takes g off the list it was blocked on, once it runs again (or is gone).
void unblock(SyncState& s, int64_t g) {
    const auto it = s.blocked.find(g);
    if (it == s.blocked.end()) {
        return;
    }
    const auto [kind, object] = it->second;
    switch (kind) {
    case SyncKind::Mutex:
        erase_id(slot(s.mutexes, object).waiting, g);
        break;
    case SyncKind::RWMutex: {
        RWMutexState& rw = slot(s.rwmutexes, object);
        erase_id(rw.waiting_write, g);
        erase_id(rw.waiting_read, g);
        break;
    }
    case SyncKind::Chan: {
        ChannelState& ch = slot(s.channels, object);
        erase_id(ch.sending, g);
        erase_id(ch.receiving, g);
        break;
    }
    case SyncKind::Select:
        s.selects.erase(std::remove_if(s.selects.begin(), s.selects.end(),
                                       [g](const SelectWait& w) { return w.g == g; }),
                        s.selects.end());
        break;
    }
    s.blocked.erase(it);
}

// Puts g on the list of what it parked on.
void block(SyncState& s, const TraceEvent& e) {
    const auto why = static_cast<WaitReason>(e.arg);
    if (why == WaitReason::Select) {
        SelectWait w;
        if (auto it = s.select_cases.find(e.g); it != s.select_cases.end()) {
            w = std::move(it->second);
            s.select_cases.erase(it);
        }
        w.g = e.g;
        s.selects.push_back(std::move(w));
        s.blocked[e.g] = {SyncKind::Select, -1};
        return;
    }
    if (e.object < 0) {
        return;
    }
    if (why == WaitReason::Mutex) {
        std::vector<int64_t>& waiting = slot(s.mutexes, e.object).waiting;
        waiting.insert(e.len == 1 ? waiting.begin() : waiting.end(), e.g);
        s.blocked[e.g] = {SyncKind::Mutex, e.object};
    } else if (why == WaitReason::RWMutexRead || why == WaitReason::RWMutexWrite) {
        RWMutexState& rw = slot(s.rwmutexes, e.object);
        (why == WaitReason::RWMutexRead ? rw.waiting_read : rw.waiting_write).push_back(e.g);
        s.blocked[e.g] = {SyncKind::RWMutex, e.object};
    } else if (why == WaitReason::ChanSend || why == WaitReason::ChanRecv) {
        ChannelState& ch = slot(s.channels, e.object);
        (why == WaitReason::ChanSend ? ch.sending : ch.receiving).push_back(e.g);
        s.blocked[e.g] = {SyncKind::Chan, e.object};
    }
}

} // namespace

void sync_apply(SyncState& state, const TraceEvent& e) {
    switch (e.kind) {
    case TraceKind::MutexSet:
        if (e.object >= 0) {
            slot(state.mutexes, e.object).holder = e.arg;
            unblock(state, e.arg); // handed the lock, it waits no more
        }
        break;
    case TraceKind::ChanSet:
        if (e.object >= 0) {
            ChannelState& ch = slot(state.channels, e.object);
            ch.len = e.arg;
            ch.cap = e.len;
        }
        break;
    case TraceKind::RWMutexSet:
        if (e.object >= 0) {
            RWMutexState& rw = slot(state.rwmutexes, e.object);
            rw.writer = e.arg;
            rw.readers = e.len;
        }
        break;
    case TraceKind::SelectCase:
        if (e.object >= 0) {
            SelectWait& w = state.select_cases[e.g];
            (e.arg == 1 ? w.send : w.recv).push_back(e.object);
        }
        break;
    case TraceKind::GoBlockWait:
        block(state, e);
        break;
    case TraceKind::GoReady:
    case TraceKind::GoStart:
    case TraceKind::GoEnd:
    case TraceKind::GoLost:
        unblock(state, e.g);
        break;
    default:
        break;
    }
}

void TraceBase::fold(const TraceEvent& e) {
    ++events;
    clock_ns = std::max(clock_ns, e.clock_ns);
    sync_apply(sync, e);
    sync.events = events;

    // Events of the program as a whole.
    if (e.kind == TraceKind::ProgramEnd) {
        ended = true;
        exit_code = static_cast<int>(e.arg);
        return;
    }
    if (e.kind == TraceKind::Output) {
        output_bytes = std::max(output_bytes, static_cast<size_t>(e.arg + e.len));
    }
    if (e.kind == TraceKind::WaitGroupSet && e.object >= 0) {
        slot(waitgroups, e.object) = e.arg;
    }
    if (e.kind == TraceKind::ProcsSet) {
        gomaxprocs = e.arg;
        running_procs = e.len;
    }
    if (e.g == 0) {
        return;
    }

    // Events of one goroutine. Ids come nearly in order, so the insertion is at the end.
    auto it = std::lower_bound(goroutines.begin(), goroutines.end(), e.g,
                               [](const Goroutine& g, int64_t id) { return g.id < id; });
    if (it == goroutines.end() || it->id != e.g) {
        Goroutine g;
        g.id = e.g;
        g.seen = static_cast<uint32_t>(goroutines.size());
        it = goroutines.insert(it, g);
    }
    if (e.line > 0) {
        it->line = e.line;
    }
    if (changes_state(e.kind)) {
        it->kind = e.kind;
        it->arg = e.kind == TraceKind::GoSleep ? 0 : static_cast<int32_t>(e.arg);
    }
}

//-----------------------------------------------------------------------------
// The log
//-----------------------------------------------------------------------------

Trace::Trace(size_t window_chunks, size_t drop_chunks)
    : window_chunks_(std::max<size_t>(window_chunks, 1)),
      drop_chunks_(std::clamp<size_t>(drop_chunks, 1, window_chunks_)), base_(new TraceBase) {}

Trace::~Trace() {
    const size_t n = published_.load(std::memory_order_relaxed);
    for (size_t c = first_.load(std::memory_order_relaxed) / kChunkEvents; c * kChunkEvents < n;
         ++c) {
        delete[] chunk_slot(c).load(std::memory_order_relaxed);
    }
    for (TraceEvent* c : retired_chunks_) {
        delete[] c;
    }
    for (const TraceBase* b : retired_bases_) {
        delete b;
    }
    delete base_.load(std::memory_order_relaxed);
    for (auto& b : blocks_) {
        delete b.load(std::memory_order_relaxed);
    }
}

std::atomic<TraceEvent*>& Trace::chunk_slot(size_t chunk) {
    std::atomic<ChunkBlock*>& b = blocks_[(chunk / kBlockChunks) % kBlocks];
    ChunkBlock* block = b.load(std::memory_order_relaxed);
    if (!block) {
        block = new ChunkBlock{};
        b.store(block, std::memory_order_release);
    }
    return (*block)[chunk % kBlockChunks];
}

void Trace::add(const TraceEvent& e) {
    const size_t n = published_.load(std::memory_order_relaxed);
    if (n % kChunkEvents == 0) {
        if (n - first_.load(std::memory_order_relaxed) >= window_chunks_ * kChunkEvents) {
            drop_oldest();
        }
        free_retired();
        head_ = new TraceEvent[kChunkEvents];
        chunk_slot(n / kChunkEvents).store(head_, std::memory_order_release);
    }
    head_[n % kChunkEvents] = e;
    published_.store(n + 1, std::memory_order_release);
}

void Trace::drop_oldest() {
    const size_t from = first_.load(std::memory_order_relaxed);
    const size_t to = from + drop_chunks_ * kChunkEvents;
    const TraceBase* old = base_.load(std::memory_order_relaxed);
    auto* next = new TraceBase(*old);
    for (size_t i = from; i < to; ++i) {
        next->fold(at(i));
    }

    // NOTE: the order matters (see TracePin): publish the new start first, then let go of
    // the old one, which free_retired() frees only once no reader is pinned.
    base_.store(next, std::memory_order_seq_cst);
    first_.store(to, std::memory_order_seq_cst);
    retired_bases_.push_back(old);
    for (size_t c = from / kChunkEvents; c < to / kChunkEvents; ++c) {
        retired_chunks_.push_back(chunk_slot(c).load(std::memory_order_relaxed));
    }
}

void Trace::free_retired() {
    if (retired_chunks_.empty() && retired_bases_.empty()) {
        return;
    }
    if (pins_.load(std::memory_order_seq_cst) != 0) {
        return; // a reader may still be in them: the next chunk tries again
    }
    for (TraceEvent* c : retired_chunks_) {
        delete[] c;
    }
    for (const TraceBase* b : retired_bases_) {
        delete b;
    }
    retired_chunks_.clear();
    retired_bases_.clear();
}

void Trace::set_start_procs(int32_t procs) {
    // NOTE: no reader has the log yet, so the base may still be written in place.
    auto* base = const_cast<TraceBase*>(base_.load(std::memory_order_relaxed));
    base->gomaxprocs = procs;
    base->running_procs = procs;
}

void Trace::name_goroutine(int64_t g, std::string_view fn) {
    auto [it, inserted] =
        function_index_.try_emplace(std::string(fn), static_cast<uint32_t>(functions_.size()));
    if (inserted) {
        functions_.emplace_back(fn);
    }
    goroutines_.emplace_back(g, it->second);
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
    const TracePin pin(*this);
    const TraceBase& base = this->base();
    JsonWriter w;
    w.begin_object();
    w.key("displayTimeUnit");
    w.value("ns");
    if (base.events > 0) {
        // Chrome's format keeps free-form metadata here: say what the lanes are missing.
        w.key("otherData");
        w.begin_object();
        w.key("droppedEvents");
        w.value(static_cast<int64_t>(base.events));
        w.key("note");
        w.value("the oldest " + std::to_string(base.events) +
                " events were dropped to bound memory; lanes start from the state they left");
        w.end_object();
    }
    w.key("traceEvents");
    w.begin_array();

    // Names of processes (pid 1 goroutines, pid 2 processors) and their "threads" (tid).
    auto name = [&](const char* what, int64_t pid, int64_t tid, const std::string& text) {
        w.begin_object();
        w.key("ph");
        w.value("M");
        w.key("name");
        w.value(what);
        w.key("pid");
        w.value(pid);
        if (tid >= 0) {
            w.key("tid");
            w.value(tid);
        }
        w.key("args");
        w.begin_object();
        w.key("name");
        w.value(text);
        w.end_object();
        w.end_object();
    };

    // Lane names: one "thread" per goroutine, named like the page's rows.
    for (const auto& [id, fn] : goroutines_) {
        name("thread_name", 1, id, "G" + std::to_string(id) + " " + functions_[fn]);
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

    // The processors' tracks (pid 2, one "thread" per P): which goroutine each ran, when.
    std::map<int64_t, std::pair<int64_t, int64_t>> on_p; // goroutine -> (its P, since when)
    std::set<int64_t> ps_seen;
    auto leave_p = [&](int64_t g, int64_t now) {
        const auto it = on_p.find(g);
        if (it == on_p.end()) {
            return;
        }
        const auto [p, since] = it->second;
        on_p.erase(it);
        if (now < since) {
            return;
        }
        w.begin_object();
        w.key("ph");
        w.value("X");
        w.key("name");
        w.value("G" + std::to_string(g));
        w.key("pid");
        w.value(int64_t{2});
        w.key("tid");
        w.value(p);
        w.key("ts");
        w.number_text(micros(since));
        w.key("dur");
        w.number_text(micros(now - since));
        w.end_object();
    };

    std::map<int64_t, OpenSlice> open;
    auto enter = [&](int64_t g, int64_t now, std::string name, int64_t worker = -1) {
        if (auto it = open.find(g); it != open.end()) {
            complete(g, it->second, now);
        }
        leave_p(g, now);
        if (worker >= 0) {
            on_p[g] = {worker, now};
            ps_seen.insert(worker);
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

    // GOMAXPROCS, a counter of the processors' process from its first change on (a run that
    // never changes it shows no such track): the setting as Go reports it, and the Ps that
    // take work (fewer on threads when it asks for more than the worker pool).
    bool procs_shown = false;
    auto procs_counter = [&](int64_t clock_ns, int64_t setting, int64_t running) {
        w.begin_object();
        w.key("ph");
        w.value("C");
        w.key("name");
        w.value("GOMAXPROCS");
        w.key("pid");
        w.value(int64_t{2});
        w.key("ts");
        w.number_text(micros(clock_ns));
        w.key("args");
        w.begin_object();
        w.key("GOMAXPROCS");
        w.value(setting);
        w.key("running");
        w.value(running);
        w.end_object();
        w.end_object();
    };

    // Opens an instant event named name on e's goroutine's track, and its args object.
    auto begin_instant = [&](const TraceEvent& e, std::string_view name) {
        w.begin_object();
        w.key("ph");
        w.value("i");
        w.key("s");
        w.value("t");
        w.key("name");
        w.value(name);
        w.key("pid");
        w.value(int64_t{1});
        w.key("tid");
        w.value(e.g);
        w.key("ts");
        w.number_text(micros(e.clock_ns));
        w.key("args");
        w.begin_object();
    };

    // A goroutine's state changes: the slice it enters, or its end.
    auto change_state = [&](const TraceEvent& e) {
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
            leave_p(e.g, e.clock_ns);
            if (auto it = open.find(e.g); it != open.end()) {
                complete(e.g, it->second, e.clock_ns);
                open.erase(it);
            }
            break;
        default:
            break;
        }
    };

    // What the dropped events left: every goroutine's state, and the counters, at the
    // first kept instant.
    int64_t end_ns = base.clock_ns;
    if (base.events > 0) {
        for (const TraceBase::Goroutine& g : base.goroutines) {
            TraceEvent e;
            e.clock_ns = base.clock_ns;
            e.g = g.id;
            e.kind = g.kind;
            e.arg = g.arg;
            change_state(e);
        }
        TraceEvent e;
        e.clock_ns = base.clock_ns;
        for (size_t i = 0; i < base.waitgroups.size(); ++i) {
            e.object = static_cast<int32_t>(i);
            e.arg = base.waitgroups[i];
            counter(e, waitgroups_, "WaitGroup", "counter");
        }
        for (size_t i = 0; i < base.sync.mutexes.size(); ++i) {
            e.object = static_cast<int32_t>(i);
            e.arg = base.sync.mutexes[i].holder;
            counter(e, sync_object_names(TraceKind::MutexSet), "Mutex", "held by goroutine");
        }
        for (size_t i = 0; i < base.sync.rwmutexes.size(); ++i) {
            e.object = static_cast<int32_t>(i);
            e.arg = base.sync.rwmutexes[i].writer;
            counter(e, sync_object_names(TraceKind::RWMutexSet), "RWMutex", "held by goroutine");
        }
        for (size_t i = 0; i < base.sync.channels.size(); ++i) {
            e.object = static_cast<int32_t>(i);
            e.arg = base.sync.channels[i].len;
            counter(e, sync_object_names(TraceKind::ChanSet), "chan", "buffered");
        }
    }

    for (size_t i = base.events, n = size(); i < n; i++) {
        const TraceEvent& e = at(i);
        end_ns = std::max(end_ns, e.clock_ns);
        if (changes_state(e.kind)) {
            change_state(e);
            continue;
        }
        switch (e.kind) {
        case TraceKind::Output: {
            begin_instant(e, "output");
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
            counter(e, sync_object_names(TraceKind::MutexSet), "Mutex", "held by goroutine");
            break;
        case TraceKind::ChanSet:
            counter(e, sync_object_names(TraceKind::ChanSet), "chan", "buffered");
            break;
        case TraceKind::RWMutexSet:
            counter(e, sync_object_names(TraceKind::RWMutexSet), "RWMutex", "held by goroutine");
            break;
        case TraceKind::ProcsSet:
            if (!procs_shown) {
                procs_counter(base.clock_ns, base.gomaxprocs, base.running_procs);
                procs_shown = true;
            }
            procs_counter(e.clock_ns, e.arg, e.len);
            // The call itself, on its goroutine's lane.
            begin_instant(e, "runtime.GOMAXPROCS(" + std::to_string(e.arg) + ")");
            w.key("line");
            w.value(e.line);
            w.end_object();
            w.end_object();
            break;
        default:
            break;
        }
    }
    for (const auto& [g, s] : open) {
        complete(g, s, end_ns);
    }
    while (!on_p.empty()) {
        leave_p(on_p.begin()->first, end_ns);
    }

    name("process_name", 1, -1, "goroutines");
    name("process_name", 2, -1, "processors (P)");
    for (int64_t p : ps_seen) {
        name("thread_name", 2, p, "P" + std::to_string(p));
    }

    w.end_array();
    w.end_object();
    return w.take();
}

} // namespace golab
