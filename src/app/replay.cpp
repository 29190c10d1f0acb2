// replay.cpp: folds trace events into goroutine states, WaitGroup counters,
// output length and timeline segments (see replay.h).

#include "app/replay.h"

#include <algorithm>

#include "vm/vm.h"

namespace golab {

namespace {

// Returns the state an event puts its goroutine in, or false when the event
// does not change the state (output, WaitGroup counters).
bool state_after(const TraceEvent& e, GoroutineState& state, int32_t& worker,
                 std::string& wait_reason) {
    worker = -1;
    wait_reason.clear();
    switch (e.kind) {
    case TraceKind::GoCreate:
    case TraceKind::GoYield:
    case TraceKind::GoReady:
        state = GoroutineState::Runnable;
        return true;
    case TraceKind::GoStart:
        state = GoroutineState::Running;
        worker = static_cast<int32_t>(e.arg);
        return true;
    case TraceKind::GoSleep:
        state = GoroutineState::Sleeping;
        wait_reason = wait_reason_name(WaitReason::Sleep);
        return true;
    case TraceKind::GoBlockWait:
        state = GoroutineState::Waiting;
        wait_reason = wait_reason_name(static_cast<WaitReason>(e.arg));
        return true;
    case TraceKind::GoEnd:
        state = GoroutineState::Done;
        return true;
    case TraceKind::GoLost:
        state = GoroutineState::Lost;
        return true;
    default:
        break; // changes_state() is false for the rest
    }
    return false;
}

} // namespace

ReplayState replay_start(const TraceBase& base) {
    ReplayState s;
    s.events = base.events;
    s.clock_ns = base.clock_ns;
    s.waitgroups = base.waitgroups;
    s.output_bytes = base.output_bytes;
    s.ended = base.ended;
    s.exit_code = base.exit_code;
    s.gomaxprocs = base.gomaxprocs;
    s.running_procs = base.running_procs;

    // The base keeps goroutines by id; the views list them in the order they appeared.
    std::vector<const TraceBase::Goroutine*> seen(base.goroutines.size());
    for (const TraceBase::Goroutine& g : base.goroutines) {
        seen[g.seen] = &g;
    }
    s.goroutines.reserve(seen.size());
    for (const TraceBase::Goroutine* g : seen) {
        TraceEvent e;
        e.kind = g->kind;
        e.arg = g->arg;
        GoroutineView v;
        v.id = g->id;
        v.line = g->line;
        (void)state_after(e, v.state, v.worker, v.wait_reason);
        s.index.emplace(v.id, s.goroutines.size());
        s.goroutines.push_back(std::move(v));
    }
    return s;
}

void replay_forward(ReplayState& s, const Trace& trace, size_t n) {
    const TracePin pin(trace);
    const TraceBase& base = trace.base();
    if (s.events == 0 || s.events < base.events) {
        s = replay_start(base); // from the start, or those events are gone: what they left
    }
    n = std::min(n, trace.size());
    for (size_t i = s.events; i < n; ++i) {
        const TraceEvent& e = trace.at(i);
        s.clock_ns = std::max(s.clock_ns, e.clock_ns);

        // Events of the program as a whole.
        if (e.kind == TraceKind::ProgramEnd) {
            s.ended = true;
            s.exit_code = static_cast<int>(e.arg);
            continue;
        }
        if (e.kind == TraceKind::Output) {
            s.output_bytes = std::max(s.output_bytes, static_cast<size_t>(e.arg + e.len));
        }
        if (e.kind == TraceKind::WaitGroupSet && e.object >= 0) {
            if (s.waitgroups.size() <= static_cast<size_t>(e.object)) {
                s.waitgroups.resize(static_cast<size_t>(e.object) + 1, 0);
            }
            s.waitgroups[static_cast<size_t>(e.object)] = e.arg;
        }
        if (e.kind == TraceKind::ProcsSet) {
            s.gomaxprocs = e.arg;
            s.running_procs = e.len;
        }
        if (e.g == 0) {
            continue;
        }

        // Events of one goroutine.
        auto [it, inserted] = s.index.try_emplace(e.g, s.goroutines.size());
        if (inserted) {
            GoroutineView v;
            v.id = e.g;
            s.goroutines.push_back(std::move(v));
        }
        GoroutineView& g = s.goroutines[it->second];
        if (e.line > 0) {
            g.line = e.line;
        }
        GoroutineState state{};
        int32_t worker = -1;
        std::string reason;
        if (state_after(e, state, worker, reason)) {
            g.state = state;
            g.worker = worker;
            g.wait_reason = std::move(reason);
        }
    }
    s.events = std::max(s.events, n);
}

ReplayState replay_events(const Trace& trace, size_t n) {
    ReplayState s;
    replay_forward(s, trace, n);
    return s;
}

ReplayState ReplayCheckpoints::state_at(const Trace& trace, size_t n) {
    const TracePin pin(trace);
    const TraceBase& base = trace.base();
    n = std::clamp(n, base.events, std::max(base.events, trace.size()));
    if (trace_ != &trace) {
        trace_ = &trace;
        saved_.clear();
    }
    if (saved_.empty() || saved_.front().events < base.events) {
        // States from before the base cannot be reached from kept events: forget them.
        std::erase_if(saved_, [&](const ReplayState& s) { return s.events < base.events; });
        if (saved_.empty() || saved_.front().events != base.events) {
            saved_.insert(saved_.begin(), replay_start(base));
        }
    }

    // Save states up to n first, so that the next seek nearby is cheap too.
    for (;;) {
        const ReplayState& last = saved_.back();
        const size_t spacing = std::max(kMinSpacing, kSpacingPerGoroutine * last.goroutines.size());
        if (n - std::min(n, last.events) < spacing) {
            break;
        }
        ReplayState next = last;
        replay_forward(next, trace, last.events + spacing);
        saved_.push_back(std::move(next));
    }

    auto after = std::upper_bound(saved_.begin(), saved_.end(), n,
                                  [](size_t v, const ReplayState& s) { return v < s.events; });
    ReplayState s = *std::prev(after);
    replay_forward(s, trace, n);
    return s;
}

size_t events_until(const Trace& trace, size_t n, int64_t t) {
    const TracePin pin(trace);
    n = std::min(n, trace.size());
    size_t lo = std::min(n, trace.first());
    size_t hi = n;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (trace.at(mid).clock_ns <= t) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

Snapshot replayed_snapshot(const ReplayState& state, const Snapshot& live) {
    Snapshot s;
    s.version = live.version;
    s.status = state.ended ? live.status : RunStatus::Running;
    s.exit_code = state.ended ? state.exit_code : 0;
    s.clock_ns = state.clock_ns;
    s.procs = live.procs;
    s.paused = true;
    s.trace = live.trace;
    s.trace_size = state.events;
    s.trace_dropped = live.trace_dropped;
    s.gomaxprocs = live.gomaxprocs;
    s.gomaxprocs_now = state.gomaxprocs;
    s.running_procs = state.running_procs;
    s.lane_procs = live.lane_procs;
    s.virtual_time = live.virtual_time;
    s.seed = live.seed;
    s.speed = live.speed;
    s.output = live.output.substr(0, std::min(state.output_bytes, live.output.size()));

    // Function names: the live snapshot lists the same goroutines by id.
    std::unordered_map<int64_t, const std::string*> fn;
    for (const GoroutineView& g : live.goroutines) {
        fn.emplace(g.id, &g.fn);
    }
    s.goroutines = state.goroutines;
    for (GoroutineView& g : s.goroutines) {
        if (auto it = fn.find(g.id); it != fn.end()) {
            g.fn = *it->second;
        }
    }

    // NOTE: the snapshot lists WaitGroups in the trace's numbering (first Add
    // first), so live names fit by position.
    for (size_t i = 0; i < state.waitgroups.size(); ++i) {
        const std::string name = i < live.waitgroups.size() ? live.waitgroups[i].name
                                                            : "WaitGroup " + std::to_string(i + 1);
        s.waitgroups.push_back(WaitGroupView{name, state.waitgroups[i]});
    }
    for (size_t i = state.waitgroups.size(); i < live.waitgroups.size(); ++i) {
        s.waitgroups.push_back(WaitGroupView{live.waitgroups[i].name, 0});
    }
    return s;
}

std::string trace_full_note(size_t dropped, size_t kept) {
    return "The oldest " + std::to_string(dropped) +
           " events were dropped to keep memory bounded; the newest " + std::to_string(kept) +
           " are kept. Stepping back and the timeline start at the first kept event, from the "
           "state the dropped ones left.";
}

size_t sync_forward(SyncState& state, const Trace& trace, size_t n, size_t most) {
    const TracePin pin(trace);
    const TraceBase& base = trace.base();
    if (state.events < base.events) {
        state = base.sync; // those events are gone: start from what they left
    }
    n = std::min(n, trace.size());
    if (n <= state.events) {
        return 0;
    }
    n = state.events + std::min(n - state.events, most);
    for (size_t i = state.events; i < n; ++i) {
        sync_apply(state, trace.at(i));
    }
    const size_t read = n - state.events;
    state.events = n;
    return read;
}

std::vector<WaitGroupReading>
waitgroup_readings(const Snapshot& snap, const std::vector<WaitGroupMark>& marks, size_t events) {
    std::vector<WaitGroupReading> out(snap.waitgroups.size());
    for (const WaitGroupMark& m : marks) {
        const auto at = static_cast<size_t>(m.object);
        if (m.event < events && m.object >= 0 && at < out.size()) {
            out[at].peak = std::max(out[at].peak, m.count);
        }
    }
    for (size_t i = 0; i < out.size(); ++i) {
        const WaitGroupView& wg = snap.waitgroups[i];
        WaitGroupReading& r = out[i];
        r.peak = std::max(r.peak, wg.count);
        if (wg.count > 0) {
            r.says = wg.name + ": " + std::to_string(wg.count) + " of " + std::to_string(r.peak) +
                     " not Done yet";
        } else if (wg.count < 0) {
            r.says = wg.name + ": below zero, one Done too many (Go panics)";
        } else {
            r.says = wg.name + (r.peak > 0 ? ": all Done, Wait returns" : ": counter at zero");
        }
    }
    return out;
}

std::vector<CounterColumn> counter_columns(const std::vector<WaitGroupMark>& marks, size_t events,
                                           int32_t object, int64_t end_ns, int columns) {
    std::vector<CounterColumn> out;
    if (end_ns <= 0 || columns <= 0) {
        return out;
    }
    int64_t count = 0;
    for (const WaitGroupMark& m : marks) {
        if (m.object != object || m.call == WaitGroupCall::Wait || m.event >= events) {
            continue;
        }
        const double share =
            std::clamp(static_cast<double>(m.clock_ns) / static_cast<double>(end_ns), 0.0, 1.0);
        const int column = std::min(static_cast<int>(share * columns), columns - 1);
        if (out.empty() || out.back().column != column) {
            out.push_back(CounterColumn{column, count, count, count, count});
        }
        CounterColumn& c = out.back();
        c.low = std::min(c.low, m.count);
        c.high = std::max(c.high, m.count);
        c.last = m.count;
        count = m.count;
    }
    return out;
}

void SleepSummary::add(const TraceEvent& sleep) {
    const int64_t d = std::max<int64_t>(sleep.arg - sleep.clock_ns, 0);
    ++count;
    sum_ns += d;
    max_ns = std::max(max_ns, d);
}

SleepSummary sleep_summary(const Trace& trace, size_t n) {
    const TracePin pin(trace);
    n = std::min(n, trace.size());
    SleepSummary sum;
    for (size_t i = trace.first(); i < n; ++i) {
        const TraceEvent& e = trace.at(i);
        if (e.kind == TraceKind::GoSleep) {
            sum.add(e);
        }
    }
    return sum;
}

//-----------------------------------------------------------------------------
// TraceTimeline
//-----------------------------------------------------------------------------

void TraceTimeline::clear() {
    trace_ = nullptr;
    events_ = 0;
    end_ns_ = 0;
    lanes_.clear();
    index_.clear();
    by_id_.clear();
    writes_.clear();
    marks_.clear();
    sleeps_ = SleepSummary{};
    counters_.clear();
    last_waitgroup_ = -1;
    changes_.clear();
    changed_in_.clear();
    ++generation_;
}

// A deadlock ends the program with goroutines still waiting: their last stretch lasts to the
// end, where the program stopped, and no further.
void TraceTimeline::close_live_lanes(int64_t end_ns) {
    for (size_t i = 0; i < lanes_.size(); ++i) {
        std::vector<TimelineSegment>& segs = lanes_[i].segments;
        if (segs.empty() || segs.back().state == GoroutineState::Done ||
            segs.back().state == GoroutineState::Lost) {
            continue;
        }
        segs.back().end_ns = std::max(segs.back().end_ns, end_ns);
        if (changed_in_[i] != extends_) {
            changed_in_[i] = extends_;
            changes_.push_back(static_cast<uint32_t>(i));
        }
    }
}

size_t TraceTimeline::extend(const Trace* trace, size_t n, size_t most) {
    if (trace != trace_) {
        clear();
        trace_ = trace;
    }
    if (trace == nullptr) {
        return 0;
    }
    const TracePin pin(*trace);
    const TraceBase& base = trace->base();
    if (events_ < base.events) {
        start_from(base);
    }
    n = std::min(n, trace->size());
    if (n <= events_) {
        return 0;
    }
    n = events_ + std::min(n - events_, most);
    const size_t before = events_;
    ++extends_;
    std::string reason; // reused: a string a event would cost an allocation each
    for (size_t i = events_; i < n; ++i) {
        const TraceEvent& e = trace->at(i);
        end_ns_ = std::max(end_ns_, e.clock_ns);
        if (e.kind == TraceKind::Output && e.len > 0) {
            writes_.push_back(OutputWrite{static_cast<size_t>(e.arg), static_cast<size_t>(e.len),
                                          e.g, e.clock_ns});
        }
        if (e.kind == TraceKind::WaitGroupSet) {
            int64_t& count = counters_[e.object];
            const WaitGroupCall call = e.arg > count ? WaitGroupCall::Add : WaitGroupCall::Done;
            count = e.arg;
            last_waitgroup_ = e.object;
            marks_.push_back(WaitGroupMark{e.clock_ns, e.g, call, e.arg, e.object, i});
        } else if (e.kind == TraceKind::GoBlockWait &&
                   static_cast<WaitReason>(e.arg) == WaitReason::WaitGroup) {
            const auto it = counters_.find(last_waitgroup_);
            marks_.push_back(WaitGroupMark{e.clock_ns, e.g, WaitGroupCall::Wait,
                                           it == counters_.end() ? 0 : it->second, last_waitgroup_,
                                           i});
        }
        if (e.kind == TraceKind::GoSleep) {
            sleeps_.add(e);
        }
        if (e.kind == TraceKind::ProgramEnd) {
            close_live_lanes(e.clock_ns);
        }
        GoroutineState state{};
        int32_t worker = -1;
        if (e.g == 0 || !state_after(e, state, worker, reason)) {
            continue;
        }
        const size_t lane = lane_of(e.g);
        if (changed_in_[lane] != extends_) {
            changed_in_[lane] = extends_;
            changes_.push_back(static_cast<uint32_t>(lane));
        }
        std::vector<TimelineSegment>& segs = lanes_[lane].segments;
        if (!segs.empty()) {
            TimelineSegment& last = segs.back();
            last.end_ns = e.clock_ns;
            if (last.state == state && last.worker == worker) {
                continue; // GoCreate then GoReady: one runnable stretch
            }
            // A state that lasted no time at all leaves no segment behind.
            if (last.start_ns == e.clock_ns && segs.size() > 1 &&
                last.state != GoroutineState::Done && last.state != GoroutineState::Lost) {
                segs.pop_back();
                if (segs.back().state == state && segs.back().worker == worker) {
                    segs.back().end_ns = e.clock_ns;
                    continue;
                }
            }
        }
        segs.push_back(TimelineSegment{e.clock_ns, e.clock_ns, state, worker});
    }
    events_ = n;
    return n - before;
}

size_t TraceTimeline::lane_of(int64_t id) {
    // Goroutine ids count up from 1: a table by id, and a map for ids far past the lanes.
    const bool in_table = id > 0 && static_cast<uint64_t>(id) < by_id_.size() + kIdTableSlack;
    if (in_table && static_cast<size_t>(id) < by_id_.size() &&
        by_id_[static_cast<size_t>(id)] > 0) {
        return by_id_[static_cast<size_t>(id)] - 1;
    }
    if (!in_table) {
        const auto found = index_.find(id);
        if (found != index_.end()) {
            return found->second;
        }
    }
    const size_t lane = lanes_.size();
    lanes_.push_back(TimelineLane{id, {}});
    // NOTE: a goroutine of a lesson has a handful of segments; room for them at once spares
    // the allocator three growths a goroutine, 30,000 calls in a run of 10,000.
    constexpr size_t kSegmentsAtFirst = 4;
    lanes_.back().segments.reserve(kSegmentsAtFirst);
    changed_in_.push_back(0);
    if (in_table) {
        by_id_.resize(std::max(by_id_.size(), static_cast<size_t>(id) + 1), 0);
        by_id_[static_cast<size_t>(id)] = lane + 1;
    } else {
        index_.emplace(id, lane);
    }
    return lane;
}

void TraceTimeline::start_from(const TraceBase& base) {
    const Trace* trace = trace_;
    clear();
    trace_ = trace;
    const ReplayState start = replay_start(base);
    for (const GoroutineView& g : start.goroutines) {
        lanes_[lane_of(g.id)].segments.push_back(
            TimelineSegment{base.clock_ns, base.clock_ns, g.state, g.worker});
    }
    changed_in_.clear();
    for (size_t i = 0; i < base.waitgroups.size(); ++i) {
        counters_[static_cast<int32_t>(i)] = base.waitgroups[i];
    }
    events_ = base.events;
    end_ns_ = base.clock_ns;
    // Every lane the window starts with is new to readers of lane_changes().
    for (size_t i = 0; i < lanes_.size(); ++i) {
        changes_.push_back(static_cast<uint32_t>(i));
        changed_in_.push_back(0);
    }
}

const OutputWrite* TraceTimeline::writer_of(size_t offset) const {
    // Writes are back to back in offset order: the last one starting at or
    // before offset holds it, if it is long enough.
    auto it = std::upper_bound(writes_.begin(), writes_.end(), offset,
                               [](size_t v, const OutputWrite& w) { return v < w.offset; });
    if (it == writes_.begin()) {
        return nullptr;
    }
    --it;
    return offset < it->offset + it->len ? &*it : nullptr;
}

const TimelineLane* TraceTimeline::lane(int64_t id) const {
    // NOTE: compared as 64 bits: size_t is 32 in WebAssembly, where a cast would wrap a far id.
    if (id > 0 && static_cast<uint64_t>(id) < by_id_.size() &&
        by_id_[static_cast<size_t>(id)] > 0) {
        return &lanes_[by_id_[static_cast<size_t>(id)] - 1];
    }
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &lanes_[it->second];
}

const TimelineSegment* segment_at(const TimelineLane& lane, int64_t t) {
    // Segments are back to back in time order: the last one starting at or
    // before t holds t.
    auto it = std::upper_bound(lane.segments.begin(), lane.segments.end(), t,
                               [](int64_t v, const TimelineSegment& s) { return v < s.start_ns; });
    if (it == lane.segments.begin()) {
        return nullptr;
    }
    return &*(it - 1);
}

int proc_lanes(const Snapshot& snap) {
    return std::max({1, snap.gomaxprocs, snap.lane_procs});
}

std::vector<std::vector<WorkerSlice>> worker_slices(const std::vector<TimelineLane>& lanes,
                                                    int workers, int64_t open_until) {
    std::vector<std::vector<WorkerSlice>> by_worker(static_cast<size_t>(std::max(workers, 0)));
    for (const TimelineLane& lane : lanes) {
        for (size_t i = 0; i < lane.segments.size(); ++i) {
            const TimelineSegment& seg = lane.segments[i];
            if (seg.state != GoroutineState::Running || seg.worker < 0 || seg.worker >= workers) {
                continue;
            }
            const bool open = i + 1 == lane.segments.size();
            const int64_t end = open ? std::max(seg.end_ns, open_until) : seg.end_ns;
            by_worker[static_cast<size_t>(seg.worker)].push_back(
                WorkerSlice{seg.start_ns, end, lane.id});
        }
    }
    for (std::vector<WorkerSlice>& slices : by_worker) {
        std::sort(slices.begin(), slices.end(), [](const WorkerSlice& a, const WorkerSlice& b) {
            return a.start_ns < b.start_ns;
        });
    }
    return by_worker;
}

} // namespace golab
