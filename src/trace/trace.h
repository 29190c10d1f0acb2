// trace.h: every state change of a run, as events on the program clock.
//
// The scheduler appends an event whenever a goroutine is created, starts
// running on a P, parks, becomes ready, ends or is lost at program end, and
// when the program writes output or a WaitGroup's counter changes. From the
// event list come the state at any instant (for stepping back and scrubbing)
// and Chrome's trace-event JSON (chrome://tracing, Perfetto).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace golab {

enum class TraceKind : uint8_t {
    GoCreate,     // g created by parent (arg = parent id, 0 for main)
    GoStart,      // g runs on worker arg
    GoYield,      // g's time slice ended; still runnable
    GoSleep,      // g parked in time.Sleep until arg (program ns)
    GoBlockWait,  // g parked on a WaitGroup, channel, select or mutex (arg = WaitReason)
    GoReady,      // g made runnable
    GoEnd,        // g's function returned
    GoLost,       // g was alive when the program ended
    Output,       // g wrote text[arg .. arg + len) of the run's output
    WaitGroupSet, // WaitGroup number `object` now counts arg
    ProgramEnd,   // arg = exit code
    MutexSet,     // Mutex number `object` is now held by goroutine arg (0: unlocked)
    ChanSet,      // channel number `object` now buffers arg values; len = its capacity
};

// Returns the event's name as the JSON and tests print it: "GoCreate", ...
const char* to_string(TraceKind kind);

struct TraceEvent {
    int64_t clock_ns = 0;
    TraceKind kind = TraceKind::GoCreate;
    int64_t g = 0; // goroutine id, 0 when none
    int64_t arg = 0;
    int32_t line = 0;
    int32_t len = 0; // Output: bytes written
    // WaitGroupSet, MutexSet, ChanSet: which object (Trace::add_sync_object's number, per
    // kind); GoBlockWait on a mutex or a channel: the one it waits on (-1 for select).
    int32_t object = -1;
};

// An append-only event log that one writer fills (under the scheduler lock)
// while any number of readers (the page's main thread) read what has been
// published, without locks: events live in fixed chunks that never move.
class Trace {
  public:
    Trace() = default;
    Trace(const Trace&) = delete;
    Trace& operator=(const Trace&) = delete;
    ~Trace();

    // Appends an event. Writer side; drops events past kMaxEvents.
    void add(const TraceEvent& e);

    // Returns how many events add() dropped because the log was full. Any thread.
    size_t dropped() const { return dropped_.load(std::memory_order_relaxed); }

    // Returns how many events a reader may read. Any thread.
    size_t size() const { return published_.load(std::memory_order_acquire); }

    // Returns event i, for i < size(). Any thread.
    const TraceEvent& at(size_t i) const {
        return chunks_[i / kChunkEvents].load(std::memory_order_acquire)[i % kChunkEvents];
    }

    // Records the function a goroutine runs, for lane names. Writer side.
    void name_goroutine(int64_t g, std::string fn) { goroutines_.emplace_back(g, std::move(fn)); }

    // Registers a WaitGroup and returns its number for WaitGroupSet events. Writer side.
    int32_t add_waitgroup(std::string name) {
        waitgroups_.push_back(std::move(name));
        return static_cast<int32_t>(waitgroups_.size() - 1);
    }

    // Registers a Mutex or a channel (kind MutexSet or ChanSet) and returns its number for
    // that kind's events. Writer side.
    int32_t add_sync_object(TraceKind kind, std::string name) {
        std::vector<std::string>& names = kind == TraceKind::MutexSet ? mutexes_ : channels_;
        names.push_back(std::move(name));
        return static_cast<int32_t>(names.size() - 1);
    }

    // Returns the names of the Mutexes or channels (kind MutexSet or ChanSet) by number.
    // Writer side.
    const std::vector<std::string>& sync_object_names(TraceKind kind) const {
        return kind == TraceKind::MutexSet ? mutexes_ : channels_;
    }

    // Returns the run as Chrome trace-event JSON: one lane per goroutine with
    // a slice per state (running on which worker, runnable, sleeping,
    // waiting), instant events for output, and a counter for each WaitGroup.
    // output is the run's whole output, which Output events index into.
    // Writer side (it reads the names).
    std::string chrome_json(std::string_view output) const;

    // NOTE: a run that records more events than this keeps running but its
    // trace stops growing (dropped() counts what it missed): 4 million events
    // (160 MB) hold 100,000 goroutines' lives several times over, and keep the
    // page's memory bounded however many goroutines a program starts.
    static constexpr size_t kChunkEvents = 4096;
    static constexpr size_t kMaxChunks = 1024;
    static constexpr size_t kMaxEvents = kChunkEvents * kMaxChunks;

  private:
    std::array<std::atomic<TraceEvent*>, kMaxChunks> chunks_{};
    std::atomic<size_t> published_{0};
    std::atomic<size_t> dropped_{0};
    std::vector<std::pair<int64_t, std::string>> goroutines_; // id, function
    std::vector<std::string> waitgroups_;
    std::vector<std::string> mutexes_;
    std::vector<std::string> channels_;
};

} // namespace golab
