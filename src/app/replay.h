// replay.h: the state of a run at any point of its trace, and the timeline
// lanes, both computed from the runtime's event log alone. Stepping back,
// the scrubber and the timeline use these for threaded and virtual runs
// alike, so what the page shows at an instant is exact, never sampled.
// No ImGui here: tests link it directly.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/timeline.h"
#include "runtime/session.h"
#include "trace/trace.h"

namespace golab {

// MutexState, ChannelState and SyncState live in trace/trace.h: the log folds its dropped
// events into them too.

// What a run looked like after some prefix of its events.
struct ReplayState {
    size_t events = 0; // how many events were applied
    int64_t clock_ns = 0;
    std::vector<GoroutineView> goroutines; // in creation order; fn left empty
    std::vector<int64_t> waitgroups;       // counter per trace WaitGroup number
    size_t output_bytes = 0;               // output written so far: Snapshot::output[0, n)
    bool ended = false;                    // the ProgramEnd event was applied
    int exit_code = 0;
    int64_t gomaxprocs = 0;    // GOMAXPROCS as the program saw it then (ProcsSet events)
    int32_t running_procs = 0; // the Ps that took work then
    std::unordered_map<int64_t, size_t> index; // goroutine id -> goroutines slot
};

// Every reader below reads events [trace.first(), trace.size()) only: a state from before
// first() (the log let go of those events) starts over from the trace's base, and so does
// one asked for an instant before it: the earliest state left is the base's.

// The most new events a frame takes into each of the views' live readers (the timeline and
// the overview's lanes, the sync panel, the narrator); the rest wait for the next frames,
// which the page asks for at once. NOTE: the 10,000 goroutines of a big lesson start in one
// burst of tens of thousands of events and end in another; read in one frame, either made it
// several times the others.
constexpr size_t kEventsPerFrame = 4096;

// Applies events [state.events, n) of trace to state (n is clamped to size()), at most `most`
// of them; returns how many it applied.
size_t sync_forward(SyncState& state, const Trace& trace, size_t n, size_t most = SIZE_MAX);

// Returns the state after applying events [0, n) of trace (n is clamped to size()).
ReplayState replay_events(const Trace& trace, size_t n);

// Returns the state the trace's dropped events left: replays start there.
// The caller holds a TracePin.
ReplayState replay_start(const TraceBase& base);

// Applies events [state.events, n) to state: scrubbing forward costs only the
// new events. A state already past n is left as it is.
void replay_forward(ReplayState& state, const Trace& trace, size_t n);

// States saved along a trace so that any instant is a short replay away: seeking
// to event n starts from the last saved state at or before n (a binary search)
// and applies at most one spacing of events. Saved states are spaced by at
// least kMinSpacing events and by at least kSpacingPerGoroutine events per
// goroutine alive in them, so their copies cost memory in proportion to the
// trace, not to goroutines times events.
class ReplayCheckpoints {
  public:
    static constexpr size_t kMinSpacing = 2048;
    static constexpr size_t kSpacingPerGoroutine = 8;

    // Returns the state after events [0, n) of trace (n clamped to size()), saving
    // states on the way. A different trace than the last call's starts over; saved
    // states from before the trace's first() are forgotten, its base saved instead.
    ReplayState state_at(const Trace& trace, size_t n);

    // Returns how many states are saved: for tests and the memory budget.
    size_t saved() const { return saved_.size(); }

  private:
    const Trace* trace_ = nullptr;
    std::vector<ReplayState> saved_; // saved_[0] is the base's state; events ascending
};

// Returns how many of the first n events happened at or before program time t, counting
// the dropped ones: at least first(). Events are in clock order: a binary search.
size_t events_until(const Trace& trace, size_t n, int64_t t);

// Returns a Snapshot of the replayed instant, ready for the views: names of
// functions and WaitGroups come from live (the run's latest snapshot), the
// output is cut where it stood, and the status is the live one only once the
// program's end has been replayed.
Snapshot replayed_snapshot(const ReplayState& state, const Snapshot& live);

// Returns the console's note for a run whose trace let go of its oldest events: how many
// went and how many are kept, so a learner knows why stepping back and the timeline
// start later than the program did.
std::string trace_full_note(size_t dropped, size_t kept);

// Sleep delays seen in a trace: the lesson's Σ against its longest one.
struct SleepSummary {
    int count = 0;
    int64_t sum_ns = 0;
    int64_t max_ns = 0;

    // Adds the delay of a GoSleep event.
    void add(const TraceEvent& sleep);

    bool operator==(const SleepSummary&) const = default;
};

// Returns the delays of the time.Sleep calls among the kept events before n.
SleepSummary sleep_summary(const Trace& trace, size_t n);

// One write to the run's output: who wrote output[offset, offset + len), and when.
struct OutputWrite {
    size_t offset = 0;
    size_t len = 0;
    int64_t g = 0;
    int64_t clock_ns = 0;
};

// A WaitGroup call seen in a trace: Add (the counter went up), Done (it went
// down) or Wait (a goroutine parked on a WaitGroup).
enum class WaitGroupCall : uint8_t { Add, Done, Wait };

struct WaitGroupMark {
    int64_t clock_ns = 0;
    int64_t g = 0; // the goroutine that called
    WaitGroupCall call = WaitGroupCall::Add;
    int64_t count = 0;   // the counter after the call (Wait: as it stood)
    int32_t object = -1; // which WaitGroup, as the trace numbers them (Wait: the last changed)
    size_t event = 0;    // its index in the trace: marks at or after the instant shown are ahead
};

// What the WaitGroup panel says of one WaitGroup at the instant shown.
struct WaitGroupReading {
    int64_t peak = 0; // its highest count up to that instant
    std::string says; // "wg: 3 of 5 not Done yet", "wg: all Done, Wait returns", ...
};

// Returns, for each WaitGroup of snap (listed in trace numbering), its reading after the
// first `events` events: the peak comes from the marks, never from snapshots the page
// happened to see, so it holds when scrubbing back and after a run too quick to watch.
std::vector<WaitGroupReading>
waitgroup_readings(const Snapshot& snap, const std::vector<WaitGroupMark>& marks, size_t events);

// One pixel column of the WaitGroup gauge: the counts its counter went through there.
struct CounterColumn {
    int column = 0;    // 0 at program time 0
    int64_t enter = 0; // the count as the column begins
    int64_t low = 0;   // the lowest and highest count within it (enter included)
    int64_t high = 0;
    int64_t last = 0; // the count as it ends
};

// Returns the counter of WaitGroup `object` over program time [0, end_ns], from the Add and
// Done marks among the first `events` events, folded into `columns` pixel columns: only the
// columns where it changed, in order. Ten thousand calls cost at most one entry per column.
std::vector<CounterColumn> counter_columns(const std::vector<WaitGroupMark>& marks, size_t events,
                                           int32_t object, int64_t end_ns, int columns);

// Timeline lanes built from a trace, one per goroutine, extended as the run
// goes on (only new events are read each frame).
class TraceTimeline {
  public:
    // Reads events [events(), n) of trace, at most `most` of them, and returns how many it
    // read; a different trace starts over, and so does a trace that let go of events not yet
    // read (the lanes then start from its base).
    size_t extend(const Trace* trace, size_t n, size_t most = SIZE_MAX);

    // Forgets every lane.
    void clear();

    // Returns the lanes in creation order. An open last segment ends at end_ns().
    const std::vector<TimelineLane>& lanes() const { return lanes_; }

    // Returns the lane of goroutine id, or nullptr.
    const TimelineLane* lane(int64_t id) const;

    // Returns the clock of the last event read.
    int64_t end_ns() const { return end_ns_; }

    // Returns how many events have been read.
    size_t events() const { return events_; }

    // Returns the trace read, or nullptr.
    const Trace* trace() const { return trace_; }

    // Returns the output writes in order, and the one that wrote byte offset
    // of the output (nullptr when none did, e.g. compile errors).
    const std::vector<OutputWrite>& writes() const { return writes_; }
    const OutputWrite* writer_of(size_t offset) const;

    // Returns the WaitGroup calls in time order: marks on the lanes, and the
    // counter over time for the WaitGroup gauge.
    const std::vector<WaitGroupMark>& waitgroup_marks() const { return marks_; }

    // Returns the delays of the time.Sleep calls read so far (as sleep_summary() of the same
    // events), added up as they are read: the lesson's bracket needs no pass over the trace.
    const SleepSummary& sleeps() const { return sleeps_; }

    // Returns which lanes (indices into lanes()) each extend() changed, in order: a lane once
    // per call that changed it. Readers keep their place in it to re-read only those lanes.
    // It starts again from empty whenever generation() changes.
    const std::vector<uint32_t>& lane_changes() const { return changes_; }
    uint64_t generation() const { return generation_; }

  private:
    void start_from(const TraceBase& base); // lanes as the dropped events left them
    void close_live_lanes(int64_t end_ns);  // at the program's end (a deadlock leaves some)

    const Trace* trace_ = nullptr;
    size_t events_ = 0;
    int64_t end_ns_ = 0;
    std::vector<TimelineLane> lanes_;
    size_t lane_of(int64_t id); // the goroutine's lane, added when it has none yet
    // NOTE: ids past the table by more than this go to the map only, so a program with a
    // goroutine numbered in the billions cannot make the table that long.
    static constexpr uint64_t kIdTableSlack = 1 << 16;
    std::vector<size_t> by_id_;                 // goroutine id -> lane + 1 (0: none), small ids
    std::unordered_map<int64_t, size_t> index_; // goroutine id -> lane, the other ids
    std::vector<OutputWrite> writes_;
    std::vector<WaitGroupMark> marks_;
    SleepSummary sleeps_;
    std::unordered_map<int32_t, int64_t> counters_; // WaitGroup number -> its count
    int32_t last_waitgroup_ = -1;
    std::vector<uint32_t> changes_;
    std::vector<uint64_t> changed_in_; // per lane, the extend() call that last logged it
    uint64_t extends_ = 0;
    uint64_t generation_ = 0;
};

// A stretch of time one goroutine ran on a worker thread.
struct WorkerSlice {
    int64_t start_ns = 0;
    int64_t end_ns = 0;
    int64_t g = 0;
};

// Returns, per worker thread (M0 to M<workers-1>), the stretches each
// goroutine ran on it, in time order: the timeline seen from the workers. A
// running segment still open ends at open_until.
std::vector<std::vector<WorkerSlice>> worker_slices(const std::vector<TimelineLane>& lanes,
                                                    int workers, int64_t open_until);

// Returns how many lanes of Ps (M0 to M<n-1>) the views draw for a run: every P it has had at
// once, so that a P GOMAXPROCS stopped keeps its lane, idle from then on. At least 1.
int proc_lanes(const Snapshot& snap);

// Returns the segment of lane at program time t, or nullptr before the lane starts.
const TimelineSegment* segment_at(const TimelineLane& lane, int64_t t);

} // namespace golab
