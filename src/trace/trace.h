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
#include <unordered_map>
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
    RWMutexSet,   // RWMutex number `object`: writer arg holds it (0: none), len readers do
    SelectCase,   // g is about to park in select with a case on channel `object` (arg 1: send)
    ProcsSet,     // g set GOMAXPROCS to arg (as Go reports it); len Ps take work from now on
};

// Returns the event's name as the JSON and tests print it: "GoCreate", ...
const char* to_string(TraceKind kind);

struct TraceEvent {
    int64_t clock_ns = 0;
    int64_t g = 0; // goroutine id, 0 when none
    int64_t arg = 0;
    int32_t line = 0;
    // Output: bytes written; ChanSet: the channel's capacity; RWMutexSet: readers;
    // GoBlockWait on a Mutex: 1 when g goes back to the front of its queue (a waiter that
    // Unlock woke and that lost the lock to a goroutine calling Lock first).
    int32_t len = 0;
    // WaitGroupSet, MutexSet, ChanSet, RWMutexSet: which object (Trace::add_sync_object's
    // number, per kind); GoBlockWait on a Mutex, an RWMutex or a channel: the one it waits on
    // (-1 for select: its SelectCase events, just before it, name the channels).
    int32_t object = -1;
    TraceKind kind = TraceKind::GoCreate; // last: the event packs into 40 bytes
};

// A sync.Mutex at an instant: who holds it, who waits for it (in the order they came).
struct MutexState {
    int64_t holder = 0; // goroutine id, 0 while unlocked
    std::vector<int64_t> waiting;
};

// A sync.RWMutex at an instant: the writer inside, the read locks held, and who waits to
// write (Lock) or to read (RLock), in the order they came.
struct RWMutexState {
    int64_t writer = 0; // goroutine id, 0 while no writer is inside
    int64_t readers = 0;
    std::vector<int64_t> waiting_write;
    std::vector<int64_t> waiting_read;
};

// A channel at an instant: its fill, and who is blocked on it (select waits are listed apart,
// in SyncState::selects: they wait on several channels at once).
struct ChannelState {
    int64_t len = 0;
    int64_t cap = 0;
    std::vector<int64_t> sending;
    std::vector<int64_t> receiving;
};

// A goroutine blocked in select, and the channels (trace numbers) of its cases.
struct SelectWait {
    int64_t g = 0;
    std::vector<int32_t> recv;
    std::vector<int32_t> send;
};

enum class SyncKind : uint8_t { Mutex, RWMutex, Chan, Select };

// The Mutexes, RWMutexes and channels of a run after some prefix of its events, in the
// trace's numbering, and the selects blocked then; built by reading only new events, like
// the timeline.
struct SyncState {
    size_t events = 0;
    std::vector<MutexState> mutexes;
    std::vector<RWMutexState> rwmutexes;
    std::vector<ChannelState> channels;
    std::vector<SelectWait> selects; // in the order they blocked
    // Who is blocked where: goroutine id -> (what, its number; unused for a select).
    std::unordered_map<int64_t, std::pair<SyncKind, int32_t>> blocked;
    // SelectCase events of a select that has not parked yet, by goroutine.
    std::unordered_map<int64_t, SelectWait> select_cases;
};

// Applies one event to state (it does not count it in state.events).
void sync_apply(SyncState& state, const TraceEvent& e);

// What the oldest events of a long run leave behind once the log lets go of them: the
// state every reader starts from. Compact on purpose: a run of a million goroutines keeps
// one 24-byte entry per goroutine here.
struct TraceBase {
    // One goroutine as its events so far left it.
    struct Goroutine {
        int64_t id = 0;
        int32_t line = 0;  // its last line (events with line 0 leave it)
        int32_t arg = 0;   // its last state event's arg: the worker, or the WaitReason
        uint32_t seen = 0; // rank of its first event: readers list goroutines in that order
        TraceKind kind = TraceKind::GoCreate; // its last state event (GoCreate: none yet)
    };
    size_t events = 0; // events [0, events) are folded in; the log keeps the later ones
    int64_t clock_ns = 0;
    std::vector<Goroutine> goroutines; // sorted by id
    std::vector<int64_t> waitgroups;   // counter per WaitGroup number
    size_t output_bytes = 0;
    bool ended = false;
    int exit_code = 0;
    // GOMAXPROCS as the program sees it, and the Ps that take work (ProcsSet's arg and len;
    // Trace::set_start_procs before the first).
    int64_t gomaxprocs = 1;
    int32_t running_procs = 1;
    SyncState sync;

    // Applies one more event (the events'th) and counts it.
    void fold(const TraceEvent& e);
};

// Returns whether an event sets its goroutine's state (created, running, parked, ended...).
bool changes_state(TraceKind kind);

// An append-only event log that one writer fills (under the scheduler lock) while any
// number of readers (the page's main thread) read it without locks: events live in fixed
// chunks that never move. The log keeps the newest events only: once it holds its window
// (kWindowChunks chunks) it lets go of the oldest kDropChunks at once, folding them into
// base(), so a run of any length keeps its memory bounded. Event numbers stay those of the
// whole run: a reader reads events [first(), size()).
//
// A reader holds a TracePin while it reads events or the base: the writer frees what it
// let go of only once no pin is held, and a reader that pins sees first() past whatever
// has been freed. Writers never wait for readers.
class Trace {
  public:
    // window_chunks and drop_chunks are the window and what leaves it at once (tests make
    // them small); drop_chunks is clamped to [1, window_chunks].
    explicit Trace(size_t window_chunks = kWindowChunks, size_t drop_chunks = kDropChunks);
    Trace(const Trace&) = delete;
    Trace& operator=(const Trace&) = delete;
    ~Trace();

    // Appends an event; once the window is full, first folds the oldest events into the
    // base. Writer side.
    void add(const TraceEvent& e);

    // Returns how many of the oldest events the log let go of (folded into base()): the
    // first event a reader may read. Any thread.
    size_t first() const { return first_.load(std::memory_order_seq_cst); }

    // Returns how many events a reader may read (events [first(), size())). Any thread.
    size_t size() const { return published_.load(std::memory_order_acquire); }

    // Returns event i, for first() <= i < size() as read under the caller's TracePin.
    const TraceEvent& at(size_t i) const {
        const size_t chunk = i / kChunkEvents;
        const ChunkBlock* block =
            blocks_[(chunk / kBlockChunks) % kBlocks].load(std::memory_order_acquire);
        return (*block)[chunk % kBlockChunks].load(std::memory_order_acquire)[i % kChunkEvents];
    }

    // Returns the state the events before first() left behind. The caller holds a TracePin
    // for as long as it uses the result.
    const TraceBase& base() const { return *base_.load(std::memory_order_seq_cst); }

    // Records the GOMAXPROCS a run starts with (ProcsSet events change it). Writer side,
    // before the first add() and before any reader sees the log.
    void set_start_procs(int32_t procs);

    // Records the function a goroutine runs, for lane names. Writer side.
    void name_goroutine(int64_t g, std::string_view fn);

    // Registers a WaitGroup and returns its number for WaitGroupSet events. Writer side.
    int32_t add_waitgroup(std::string name) {
        waitgroups_.push_back(std::move(name));
        return static_cast<int32_t>(waitgroups_.size() - 1);
    }

    // Registers a Mutex, an RWMutex or a channel (kind MutexSet, RWMutexSet or ChanSet) and
    // returns its number for that kind's events. Writer side.
    int32_t add_sync_object(TraceKind kind, std::string name) {
        std::vector<std::string>& names = sync_names_[sync_slot(kind)];
        names.push_back(std::move(name));
        return static_cast<int32_t>(names.size() - 1);
    }

    // Returns the names of the Mutexes, RWMutexes or channels (kind MutexSet, RWMutexSet or
    // ChanSet) by number. Writer side.
    const std::vector<std::string>& sync_object_names(TraceKind kind) const {
        return sync_names_[sync_slot(kind)];
    }

    // Returns the run as Chrome trace-event JSON: one lane per goroutine with
    // a slice per state (running on which worker, runnable, sleeping,
    // waiting), instant events for output, and a counter for each WaitGroup.
    // output is the run's whole output, which Output events index into. When
    // the oldest events were let go of, the JSON says how many ("droppedEvents"
    // in its metadata) and the lanes start from the state they left.
    // Writer side (it reads the names).
    std::string chrome_json(std::string_view output) const;

    // NOTE: 4096-event chunks, a window of 1024 of them (4,194,304 events, 40 bytes each:
    // 160 MiB), of which the oldest 128 (half a million events) go at once when it is full:
    // a window holds 100,000 goroutines' lives several times over, and dropping in batches
    // keeps the cost of copying the base (24 bytes per goroutine) rare.
    static constexpr size_t kChunkEvents = 4096;
    static constexpr size_t kWindowChunks = 1024;
    static constexpr size_t kDropChunks = 128;
    static constexpr size_t kWindowEvents = kChunkEvents * kWindowChunks;

  private:
    friend class TracePin;

    static size_t sync_slot(TraceKind kind) {
        return kind == TraceKind::MutexSet ? 0 : kind == TraceKind::RWMutexSet ? 1 : 2;
    }

    // Chunk pointers live in blocks of kBlockChunks, found through a fixed table of
    // kBlocks: neither ever moves, so readers need no lock to find an event.
    // NOTE: event numbers wrap around the table after kBlocks * kBlockChunks chunks (4.3
    // billion events, hours of a busy run); a reader still pinned from that long ago
    // would read newer events.
    static constexpr size_t kBlockChunks = 1024;
    static constexpr size_t kBlocks = 1024;
    using ChunkBlock = std::array<std::atomic<TraceEvent*>, kBlockChunks>;

    std::atomic<TraceEvent*>& chunk_slot(size_t chunk);
    void drop_oldest();  // writer side: folds and lets go of the oldest kDropChunks chunks
    void free_retired(); // writer side: frees what was let go of, once no reader is pinned

    const size_t window_chunks_;
    const size_t drop_chunks_;
    std::array<std::atomic<ChunkBlock*>, kBlocks> blocks_{};
    std::atomic<size_t> published_{0};
    std::atomic<size_t> first_{0};
    std::atomic<const TraceBase*> base_;
    mutable std::atomic<int> pins_{0};
    // Writer side: chunks and bases let go of while a reader was pinned.
    std::vector<TraceEvent*> retired_chunks_;
    std::vector<const TraceBase*> retired_bases_;
    TraceEvent* head_ = nullptr; // writer side: the chunk add() writes into
    // Lane names: each goroutine's id and function, the function's name kept once.
    std::vector<std::pair<int64_t, uint32_t>> goroutines_;
    std::vector<std::string> functions_;
    std::unordered_map<std::string, uint32_t> function_index_;
    std::vector<std::string> waitgroups_;
    std::array<std::vector<std::string>, 3> sync_names_; // by sync_slot()
};

// Keeps what a reader of a Trace reads alive while it reads (see Trace). Cheap: one
// atomic add each way; hold one per pass over the events, not per event.
class TracePin {
  public:
    explicit TracePin(const Trace& trace) : trace_(trace) {
        trace_.pins_.fetch_add(1, std::memory_order_seq_cst);
    }
    ~TracePin() { trace_.pins_.fetch_sub(1, std::memory_order_seq_cst); }
    TracePin(const TracePin&) = delete;
    TracePin& operator=(const TracePin&) = delete;

  private:
    const Trace& trace_;
};

} // namespace golab
