// scheduler.h: one run of a Go program, scheduled the way Go's runtime does it.
//
// G = Goroutine (a heap object, never a thread), P = processor (GOMAXPROCS of
// them, each with a run queue and a runnext slot), M = worker thread (M i
// holds P i). A goroutine started with `go` goes to its P's runnext slot, so
// it runs next, and the one it displaces goes to the back of the local queue:
// that is why Go 1.19 with one P prints the seed lesson as id4 id3 id5 id2 id1.
// Idle Ps steal half of a busy P's queue. Timers sit in a heap; a sleeping
// goroutine holds no thread.
//
// Two executors share this code: threaded (every M runs goroutines; the
// program clock is the wall clock times a speed factor) and virtual (M 0 runs
// everything in rounds: each P runs a slice from the same instant, so N Ps do
// N times the work per unit of clock; the clock charges a fixed cost per
// instruction and jumps to the next timer when nothing runs; a seed picks
// among ready goroutines and shuffles the Ps).
//
// runtime.GOMAXPROCS(n) changes the P count while the program runs. The first
// live_procs_ Ps take work: n, but on threads at most the worker pool (an M
// per P), in virtual time at most kMaxVirtualProcs. A P past the count takes
// no more work; its queued goroutines go to the global queue at the call, the
// one it runs goes there at the end of its slice, and a caller whose own P
// stopped carries on first on a P that runs.
//
// Lock contract: every method documented "caller holds mu" must be called
// with the session's scheduler mutex held. RuntimeHooks methods take it
// themselves; the VM calls them without it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/clock.h"
#include "runtime/session.h"
#include "trace/trace.h"
#include "vm/gc.h"
#include "vm/go_rand.h"
#include "vm/vm.h"

namespace golab {

// Virtual-time costs. They make CPU work visible on the virtual clock without
// pretending to be a measurement of any real machine.
inline constexpr int64_t kVirtualNsPerInstruction = 2;
inline constexpr int64_t kVirtualNsPerGoStatement = 300; // Go's newproc is a few hundred ns

// Instructions a goroutine runs before the scheduler gets a say (about a
// millisecond of interpretation: Go preempts after 10 ms, but workers also
// check for Reset at this grain).
inline constexpr int64_t kTimeSliceInstructions = 20000;

// The most Ps the virtual executor models at once: GOMAXPROCS(n) for a larger n reports n, as
// Go does, but runs this many. NOTE: a round costs every P a look for work (and an idle P a
// look at every other P's queue to steal), so the count is kept where that stays small.
inline constexpr int kMaxVirtualProcs = 256;

// A Mutex waiter kept out this long (program clock) puts the Mutex in starvation mode, as
// Go's starvationThresholdNs does.
inline constexpr int64_t kMutexStarvationNs = 1'000'000;

struct RunConfig {
    int procs = 1;
    int num_cpu = 1; // what runtime.NumCPU says: the worker pool, the cores our machine has
    bool virtual_time = false;
    uint64_t seed = 0;
    double speed = 1.0;
    std::string file_name = "prog.go";
    std::function<void(int fd, std::string_view bytes)> on_output;
    // Reads up to max bytes of standard input (none at its end); empty input when unset.
    std::function<std::string(size_t max)> on_input;
    int64_t memory_limit = 0; // bytes of objects the run may hold; 0: kDefaultHeapLimit
    // Collect garbage during the run, as Go does. GOLAB_GC=0 turns it off (to compare a run
    // without it), GOLAB_GC=1 on, whatever the config says.
    bool collect_garbage = true;
    bool gc_stress = false; // collect at nearly every safepoint (also GOLAB_GC_STRESS=1)
};

// The collector's pace, as Go's GOGC=100: the next collection starts when the heap has grown
// to twice what the last one left alive, but never below this (a small program then does not
// collect at all, and a growing one does not collect at every step).
inline constexpr int64_t kMinCollectionTrigger = int64_t{4} << 20;

class Scheduler final : public RuntimeHooks {
  public:
    Scheduler(std::shared_ptr<const Program> program, RunConfig config, std::mutex& mu);
    ~Scheduler() override;

    // Creates main (and runs package initialisation first). Caller holds mu.
    void start();

    // Returns a goroutine for worker m to run and marks it running, or null.
    // Fires due timers first. Caller holds mu.
    Goroutine* take_work(int m);

    // Records what happened to g after its time slice; relocked_at_once: the worker took mu
    // back after the slice without waiting for it. Caller holds mu.
    void finish_slice(int m, Goroutine& g, const ExecOutcome& outcome,
                      bool relocked_at_once = false);

    // Virtual executor: runs one round, a slice on every P that has work, all
    // starting at the same virtual instant. Returns whether anything ran.
    // Caller holds mu through `lock`; it is released while slices run.
    bool run_virtual_round(std::unique_lock<std::mutex>& lock);

    // Runs g for one time slice (one instruction while stepping). Caller does
    // NOT hold mu; stepping_ only changes under mu while no slice runs.
    ExecOutcome run_slice(Goroutine& g) {
        return vm_.execute(g, stepping_ ? 1 : kTimeSliceInstructions);
    }

    // When nothing is runnable: advances the virtual clock to the next timer,
    // or ends the program as deadlocked when no goroutine can ever run again.
    // Returns true if something became runnable. Caller holds mu.
    bool on_idle();

    // Virtual executor with nothing runnable: moves the clock on to t, but
    // never past the next timer (a paced run's clock follows the wall clock
    // while everyone sleeps). Caller holds mu.
    void advance_idle_clock(int64_t t);
    // The virtual clock, and the next timer's instant (-1: none). Caller holds mu.
    int64_t virtual_clock_ns() const { return virtual_ns_; }
    int64_t next_timer_ns() const { return timers_.empty() ? -1 : timers_.top().when; }

    // Returns how long an idle threaded worker may sleep before a timer is
    // due, in wall-clock nanoseconds; -1 for no timer. Caller holds mu.
    int64_t idle_timeout_ns();

    // Ends the run as the Reset button (status Idle) or the Stop button
    // (Stopped, exit code -1) does: goroutines still alive are lost. A slice
    // running now ends at its next budget check. Caller holds mu.
    void stop(RunStatus status = RunStatus::Idle);

    // Returns the wall clock as the program clock last read it (threaded executor): right
    // after take_work handed out a goroutine, it is as good as reading it again. Caller holds mu.
    MonotonicClock::time_point wall_clock_seen() const { return wall_clock_seen_; }

    // The Ps that take work now (see GOMAXPROCS above). Caller holds mu.
    int live_procs() const { return live_procs_; }

    bool ended() const { return status_ != RunStatus::Running; }
    bool virtual_time() const { return config_.virtual_time; }
    int running_count() const { return running_; }
    RunStatus status() const { return status_; }
    int exit_code() const { return exit_code_; }

    // Fills the goroutine, WaitGroup, clock and output fields. Caller holds mu.
    void fill_snapshot(Snapshot& s);

    // True when state changed since the last fill_snapshot. Caller holds mu.
    bool dirty() const { return dirty_; }

    // Returns the run's events as Chrome trace-event JSON. Caller holds mu.
    std::string chrome_trace() const { return trace_->chrome_json(output_); }
    // Events published so far (a virtual round publishes its events at its end).
    size_t trace_size() const { return trace_->size(); }

    // Pausing freezes the program clock and stops handing out work; stepping
    // runs one instruction per slice so that a step can end right after the
    // next event. Caller holds mu.
    void set_paused(bool paused);
    bool paused() const { return paused_; }
    void set_stepping(bool stepping) { stepping_ = stepping; }

    // RuntimeHooks (called by the VM without mu).
    int64_t now_ns(Goroutine& g) override;
    void write_output(Goroutine& g, int fd, std::string_view bytes) override;
    std::string read_input(Goroutine& g, size_t max) override {
        (void)g;
        return config_.on_input ? config_.on_input(max) : std::string{};
    }
    void spawn(Goroutine& parent, int32_t fn, std::span<const Value> args) override;
    void sleep(Goroutine& g, int64_t duration_ns) override;
    bool waitgroup_add(Goroutine& g, WaitGroupObject& wg, int64_t delta) override;
    bool waitgroup_wait(Goroutine& g, WaitGroupObject& wg) override;
    double rand_float64() override;
    float rand_float32() override;
    int64_t rand_intn(int64_t n) override;
    void rand_seed(int64_t seed) override;
    int64_t rand_int63() override;
    Object* adopt(Object* object) override;
    void stress_safepoint(Goroutine& g) override;
    void request_collection() override { gc_requested_.store(true, std::memory_order_relaxed); }
    void exit_program(Goroutine& g, int code) override;
    OpResult chan_send(Goroutine& g, ChanObject* ch, const Value& v) override;
    OpResult chan_recv(Goroutine& g, ChanObject* ch, bool with_ok) override;
    OpResult chan_close(Goroutine& g, ChanObject* ch) override;
    OpResult select(Goroutine& g, std::span<const SelectCase> cases, bool has_default) override;
    OpResult mutex_lock(Goroutine& g, MutexObject& m) override;
    OpResult mutex_unlock(Goroutine& g, MutexObject& m) override;
    bool mutex_try_lock(Goroutine& g, MutexObject& m) override;
    OpResult rwmutex(Goroutine& g, RWMutexObject& rw, RWOp op) override;
    TimerObject* new_timer(Goroutine& g, int64_t duration_ns, int64_t period_ns) override;
    bool timer_stop(Goroutine& g, TimerObject& t) override;
    bool timer_reset(Goroutine& g, TimerObject& t, int64_t duration_ns) override;
    ChanObject* after(Goroutine& g, int64_t duration_ns) override;
    TimerObject* after_func(Goroutine& g, int64_t duration_ns, ClosureObject* f) override;
    // sync.Cond (sync_cond.cpp).
    int64_t cond_add(Goroutine& g, StructObject& cond) override;
    bool cond_wait(Goroutine& g, StructObject& cond, int64_t ticket) override;
    void cond_notify(Goroutine& g, StructObject& cond, bool all) override;
    int64_t chan_len(ChanObject& ch) override;
    int64_t num_goroutine() override;
    ProcsChange gomaxprocs(Goroutine& g, int64_t n) override;
    int num_cpu() override { return config_.num_cpu; }

    // Frees every object of the heap that no root reaches (collector.cpp). Caller holds mu
    // and no goroutine runs Go code: each is parked, runnable, or between two pieces of a
    // virtual turn, so all it holds is in its Goroutine (a native's callback into Go never
    // ends a slice midway: Vm::call_sync).
    void collect();
    int64_t collections() const { return collections_; }

    // Set by the session: called (with mu held) whenever a goroutine becomes
    // runnable, so that an idle worker wakes up.
    std::function<void()> on_ready;
    // Set by the session: called (with mu held) when GOMAXPROCS grows, so that the workers of
    // the Ps it adds wake up and steal.
    std::function<void()> on_procs_added;

  private:
    struct Processor {
        Goroutine* runnext = nullptr;
        std::deque<Goroutine*> queue;
        Goroutine* running = nullptr;    // the goroutine its M is running now
        Goroutine* continuing = nullptr; // stepping: carries on before runnext and the queue
        // Threaded executor: the clock as its M last read it, when its goroutine parked in
        // the slice under way, and as the slice that just ended left it, for the next GoStart
        // (-1: none).
        int64_t parked_ns = -1;
        int64_t handoff_ns = -1;
    };
    struct Timer {
        int64_t when;
        uint64_t seq;                 // keeps equal deadlines in the order they were set
        Goroutine* g;                 // wakes this sleeper, or
        ChanObject* ch = nullptr;     // sends the clock on this channel (time.After), or
        TimerObject* timer = nullptr; // fires this Timer or Ticker, if still at generation gen
        uint64_t gen = 0;
        bool operator>(const Timer& o) const {
            return when != o.when ? when > o.when : seq > o.seq;
        }
    };

    Goroutine& new_goroutine(int32_t fn, std::span<const Value> args); // caller holds mu
    // Makes g runnable on P p; now is the program clock, when the caller has just read it
    // (-1: read it). Caller holds mu.
    void ready(Goroutine& g, int p, int64_t now = -1);
    Goroutine* pick_virtual(); // caller holds mu
    // Fires the timers due by now; what they wake goes to P p (the P of the worker that
    // found them due, which then runs it at once, as in Go). Caller holds mu.
    bool fire_timers(int64_t now, int p = 0);
    void drop_stale_timers();                               // caller holds mu
    void deliver_tick(ChanObject* ch, int64_t when, int p); // caller holds mu
    // Starts a goroutine running f, for time.AfterFunc's timer at instant when (created by no
    // goroutine, as Go's runtime starts it). Caller holds mu.
    void start_timer_func(ClosureObject& f, int64_t when, int p);
    void arm(TimerObject& t, int64_t when);                           // caller holds mu
    void add_timer(const Timer& t);                                   // caller holds mu
    void rw_admit_writer(RWMutexObject& rw, Goroutine& w, int p);     // caller holds mu
    void end_program(RunStatus status, int exit_code);                // caller holds mu
    void write_locked(int64_t g, int fd, std::string_view bytes);     // caller holds mu
    void record(TraceKind kind, const Goroutine& g, int64_t arg = 0); // caller holds mu
    void record_at(int64_t clock_ns, TraceKind kind, const Goroutine& g, int64_t arg = 0);
    // Parks g; front: it goes back to the front of a Mutex's queue; now: as for ready. Caller
    // holds mu.
    void park(Goroutine& g, WaitReason why, int32_t object = -1, bool front = false,
              int64_t now = -1);
    // Lets a waiter that Unlock woke take the Mutex, or parks it again at the front of the
    // queue; returns whether it took it. Caller holds mu.
    bool contend_for_mutex(Goroutine& g);
    Goroutine* next_runnable(int m); // caller holds mu
    // Makes the first `running` Ps the ones that take work; a P that stops hands its queued
    // goroutines to the global queue. Caller holds mu.
    void set_live_procs(int running);
    void note_parked(const Goroutine& g, int64_t now);                 // caller holds mu
    void wake_with(Goroutine& g, const ResumeValues& values, int p);   // caller holds mu
    bool pop_waiter(std::deque<ChanWaiter>& q, ChanWaiter& out);       // caller holds mu
    uint64_t next_random();                                            // caller holds mu
    void account(Goroutine& g);                                        // caller holds mu
    void meet(int64_t& object_clock);                                  // caller holds mu
    void emit(TraceEvent e, std::string_view text = {}, int fd = 0);   // caller holds mu
    void commit(TraceEvent e, std::string_view text = {}, int fd = 0); // caller holds mu
    void flush_pending();                                              // caller holds mu
    std::string traceback(const Goroutine& g, bool running);           // caller holds mu
    int64_t clock_locked();                                            // caller holds mu

    // The page's view of a Mutex's holder, an RWMutex's writer and readers and a channel's
    // fill: a trace event after each change, the object registered (and named) at its first.
    // Caller holds mu.
    void record_mutex(const Goroutine* g, MutexObject& m, int64_t holder, int64_t now = -1);
    void record_chan(const Goroutine* g, ChanObject& ch, int32_t select_case = 0);
    void record_rwmutex(const Goroutine& g, RWMutexObject& rw);
    OpResult rwmutex_locked(Goroutine& g, RWMutexObject& rw, RWOp op);
    // The object's number in the trace, registering it at its first use by g (or by no
    // goroutine: a timer) through the instruction g is at (operand: the select case).
    int32_t trace_id_of(const Object* object, int32_t& id, TraceKind kind, const Goroutine* g,
                        int32_t operand = 0);

    // Collects when the heap has grown enough (or is over its limit, or in stress mode). The
    // virtual executor collects at once; the threaded one stops handing out work and the last
    // goroutine to end its slice collects, then wakes the workers. Caller holds mu.
    void collect_if_due();
    void mark_roots(Marker& marker); // caller holds mu

    std::shared_ptr<const Program> program_;
    RunConfig config_;
    std::mutex& mu_;

    std::vector<Value> globals_;
    Vm vm_;
    // The heap has a lock of its own: objects are made both by running
    // goroutines and by start() under mu. Lock order: mu_, then heap_mu_.
    std::mutex heap_mu_;
    std::vector<std::unique_ptr<Object>> heap_;
    std::vector<WaitGroupObject*> waitgroups_;
    // Every goroutine of the run, in creation order (goroutine id - 1), as the page lists
    // them. A finished goroutine lets go of its object (336 bytes, its stack, its frames)
    // and keeps what the page shows of it: id, function and last line, 32 bytes a slot.
    // NOTE: one that ever parked in a select keeps its object: the cases that did not fire
    // stay in other channels' queues, and pop_waiter reads its ticket through them.
    struct GoroutineSlot {
        std::unique_ptr<Goroutine> g; // null once finished and let go of
        int64_t id = 0;
        int32_t fn = 0;   // the function it was started with (Program::functions)
        int32_t line = 0; // its last line, once finished
        bool selected = false;
    };
    std::vector<GoroutineSlot> goroutines_;
    GoroutineSlot& slot_of(const Goroutine& g) {
        return goroutines_[static_cast<size_t>(g.id - 1)];
    }
    Goroutine* main_ = nullptr;
    bool main_goexited_ = false; // main ended by runtime.Goexit (main_ is null then)
    int64_t next_id_ = 1;

    // The virtual executor's round in progress (see run_virtual_round).
    struct VirtualRound {
        bool active = false;
        int64_t start = 0;   // the instant every P's turn starts from
        int64_t longest = 0; // the longest turn so far
        std::vector<int> order;
        size_t pos = 0;         // which P's turn it is
        Goroutine* g = nullptr; // what that P runs this turn
        int64_t used = 0;       // instructions it has run this turn
        int64_t p_clock = 0;    // that P's clock
        bool any = false;       // whether any P had work
        bool in_piece = false;  // a piece runs right now, without mu
    };
    VirtualRound round_;
    struct PendingEvent {
        TraceEvent event;
        std::string text; // Output's bytes
        int fd = 0;
    };
    std::vector<PendingEvent> pending_; // a virtual round's events, published at its end
    int64_t latest_event_ns_ = 0;
    int64_t shown_clock_ns_ = 0; // the clock the last snapshot showed

    // Every P the run has had: the first live_procs_ take work. Threaded: one per worker from
    // the start (worker m holds P m); virtual: grown as GOMAXPROCS grows.
    std::vector<Processor> procs_;
    int live_procs_ = 1;
    int64_t gomaxprocs_ = 1; // as runtime.GOMAXPROCS reports it
    int most_procs_ = 1;     // the most Ps that have taken work at once: the page's P lanes
    // Callers of GOMAXPROCS whose own P stopped, still ending their slices (moving_), then
    // waiting for a P that runs (moved_), which takes them before anything else.
    std::vector<Goroutine*> moving_;
    std::deque<Goroutine*> moved_;
    std::deque<Goroutine*> global_queue_;
    // The timer heap, with its entries open to the collector (time.After's channel, a Timer
    // object: even a stale entry's timer is read when it reaches the top).
    struct TimerHeap : std::priority_queue<Timer, std::vector<Timer>, std::greater<Timer>> {
        const std::vector<Timer>& entries() const { return c; }
    };
    TimerHeap timers_;
    uint64_t timer_seq_ = 0;
    int running_ = 0;

    // Threaded clock: wall time since start, times speed. Virtual clock: virtual_ns_.
    MonotonicClock::time_point started_;
    MonotonicClock::time_point paused_at_;
    MonotonicClock::time_point wall_clock_seen_;
    bool paused_ = false;
    bool stepping_ = false;
    int64_t virtual_ns_ = 0;
    int64_t end_clock_ns_ = -1; // frozen once the program ends
    uint64_t pick_state_;       // xorshift state for the virtual executor's seeded picks

    // The collector's state (collector.cpp). gc_pending_: the threaded executor hands out no
    // work until the goroutines running now have ended their slices and one has collected.
    bool collecting_ = false; // this run collects (RunConfig::collect_garbage or stress)
    bool gc_pending_ = false;
    std::atomic<bool> gc_requested_{false}; // by a goroutine whose allocation found no room
    int64_t heap_peak_ = 0;
    // The next Object::address adopt hands out (guarded by heap_mu_): 0xc000010000 at first,
    // where Go's first small objects usually land.
    uint32_t next_address_ = 0x1000;
    int64_t collections_ = 0;
    size_t last_scanned_ = 0;                      // values the last collection looked at
    size_t stress_safepoints_ = 0;                 // stress mode: safepoints passed since then
    MonotonicClock::time_point gc_stop_requested_; // when gc_pending_ was set
    int64_t longest_pause_ns_ = 0; // wall time, the longest a collection held the program

    // sync.Cond: the goroutines parked in each Cond's Wait (by the Cond object), with their
    // tickets, in the order they parked. An entry goes when its last waiter is woken. The
    // Cond stays alive meanwhile: its waiters hold it in their frames.
    struct CondWaiter {
        int64_t ticket;
        Goroutine* g;
    };
    std::unordered_map<const Object*, std::deque<CondWaiter>> cond_waiters_;

    GoRand rand_;
    std::shared_ptr<Trace> trace_ = std::make_shared<Trace>();
    std::string output_;
    RunStatus status_ = RunStatus::Running;
    int exit_code_ = 0;
    bool dirty_ = true;
};

} // namespace golab
