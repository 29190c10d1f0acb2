// session.h: one Go program's life on the runtime, as the page and the CLI see it.
//
// A Session owns the worker threads (created once, in the constructor), the
// compiled program and its current run. Every public method may be called
// from the browser's main thread: none of them waits on a lock or a futex.
// Commands are posted to the workers; results come back as immutable
// Snapshots published through a wait-free triple buffer.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "trace/trace.h"

namespace golab {

enum class GoroutineState : uint8_t { Runnable, Running, Sleeping, Waiting, Done, Lost };
// Stopped: ended by Session::stop() (the page's Stop button, the CLI's --timeout).
enum class RunStatus : uint8_t {
    Idle,
    Running,
    Finished,
    Panicked,
    Deadlocked,
    CompileError,
    Stopped
};

// Returns whether a run in this status is over: it ended by itself or was stopped.
constexpr bool run_is_over(RunStatus s) {
    return s == RunStatus::Finished || s == RunStatus::Panicked || s == RunStatus::Deadlocked ||
           s == RunStatus::Stopped;
}

// Returns the lower-case word the UI and the state object use: "runnable", "finished", ...
const char* to_string(GoroutineState s);
const char* to_string(RunStatus s);

// One call on a goroutine's stack: the function and the line it is at.
struct StackFrameView {
    std::string fn; // "main.dbCall"
    int32_t line = 0;
};

struct GoroutineView {
    int64_t id = 0; // Go's goroutine id: main is 1
    std::string fn; // "main.main", "main.dbCall"
    GoroutineState state = GoroutineState::Runnable;
    int32_t line = 0;        // source line it is at (or parked on)
    int32_t worker = -1;     // worker thread (M) running it, -1 when not running
    std::string wait_reason; // Go's words when parked: "sleep", "semacquire", ...
    // Its calls, innermost first, when it is deeper than the function it was
    // started with and not on a worker (a running goroutine's frames change
    // under the reader); empty otherwise, when fn and line are the whole stack.
    std::vector<StackFrameView> stack;
};

struct WaitGroupView {
    std::string name; // the variable's name as written: "wg"
    int64_t count = 0;
};

struct Snapshot {
    uint64_t version = 0; // grows with every publication
    RunStatus status = RunStatus::Idle;
    int64_t clock_ns = 0; // the program clock
    int32_t procs = 0;    // worker threads (GOMAXPROCS)
    std::vector<GoroutineView> goroutines;
    std::vector<WaitGroupView> waitgroups;
    // The names of the run's Mutexes, RWMutexes and channels, in the trace's numbering
    // (MutexSet, RWMutexSet and ChanSet events); at most kMaxSyncNames of each, for the page.
    std::vector<std::string> mutex_names;
    std::vector<std::string> rwmutex_names;
    std::vector<std::string> channel_names;
    static constexpr size_t kMaxSyncNames = 64;
    std::string output;              // stdout and stderr as a console shows them
    std::vector<std::string> errors; // compile errors, Go's text, one per entry
    int exit_code = 0;               // once finished, panicked or deadlocked; -1 once stopped
    bool paused = false;             // a running program held by pause() or step()
    // The collector: bytes of objects counted now (live at the last collection, plus all made
    // since), the most ever counted at once, how many collections ran, and the longest time
    // (wall clock) one of them held every goroutine still.
    int64_t heap_bytes = 0;
    int64_t heap_peak_bytes = 0;
    int64_t collections = 0;
    int64_t longest_collection_pause_ns = 0;
    uint64_t loads = 0; // how many load() calls this snapshot reflects

    // The run's event log and how many of its events this snapshot covers.
    // Reading events [trace->first(), trace_size) under a TracePin is safe from
    // any thread, lock-free, while the run goes on; the log lives as long as a
    // snapshot holds it.
    std::shared_ptr<const Trace> trace;
    size_t trace_size = 0;
    // The oldest events the log let go of (it keeps the newest
    // Trace::kWindowEvents, folding older ones into its base): the page notes
    // that stepping back and the timeline start later than the run.
    size_t trace_dropped = 0;

    // GOMAXPROCS at this instant: as the program sees it (runtime.GOMAXPROCS(0), which starts
    // at gomaxprocs below and changes when the program calls runtime.GOMAXPROCS(n)), and the Ps
    // that take work (on threads at most the worker pool). lane_procs: the most Ps that have
    // taken work at once in the run, the page's lanes of Ps.
    int64_t gomaxprocs_now = 0;
    int32_t running_procs = 0;
    int32_t lane_procs = 0;

    // The settings the current run uses (gomaxprocs: the one it started with).
    int32_t gomaxprocs = 0;
    bool virtual_time = false;
    uint64_t seed = 0;
    double speed = 1.0;
};

// What a run uses; set with Session::configure, applied at the next run().
struct RunSettings {
    int procs = 4;             // GOMAXPROCS: 1 to the number of worker threads
    bool virtual_time = false; // one thread, a clock that jumps to the next timer
    uint64_t seed = 0;         // virtual executor's pick among ready goroutines; 0 = FIFO
    double speed = 1.0;        // threaded: program clock = wall clock * speed (0.1 to 10)
};

struct SessionOptions {
    int procs = 4;             // worker threads, all started by the constructor, and
                               // the first runs' GOMAXPROCS
    bool virtual_time = false; // one thread, a clock that jumps to the next timer
    uint64_t seed = 0;         // virtual executor's pick among ready goroutines; 0 = FIFO
    double speed = 1.0;        // threaded: program clock = wall clock * speed
    std::string file_name = "prog.go";
    std::vector<std::string> args; // os.Args after the command's name (`go run prog.go a b`)
    int64_t memory_limit = 0;      // bytes of objects a run may hold; 0: the platform's default
    // Collect garbage during runs (RunConfig::collect_garbage; GOLAB_GC=0 or 1 overrides it),
    // and do it at nearly every safepoint, to shake out a missing root (GOLAB_GC_STRESS=1 too).
    bool collect_garbage = true;
    bool gc_stress = false;
    // Whether to publish snapshots while a run goes on. The CLI, which never
    // reads them, turns this off; the run's final state is published anyway.
    bool publish_snapshots = true;
    // Called on a worker thread for every byte the program writes (stdout=1,
    // stderr=2), in order. The CLI prints from here; the page leaves it empty.
    std::function<void(int fd, std::string_view bytes)> on_output;
    // Called on a worker thread when the program reads os.Stdin: up to max bytes, waiting
    // for them, none at the end. The CLI passes its own stdin; unset, the input is empty, as
    // on the Go playground.
    std::function<std::string(size_t max)> on_input;
    // No worker threads at all: the caller runs the program in small pieces
    // with pump() (the page where browsers give no shared memory). Runs always
    // use the virtual executor with `procs` Ps; unless RunSettings.virtual_time
    // asks for jumps, its clock is held to the wall clock times speed, so
    // sleeps last as long as they do with threads.
    bool pump = false;
};

class Session {
  public:
    explicit Session(SessionOptions options);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Compiles source and, when it compiles, makes it the program that run()
    // starts. On errors the previous program stays loaded and the errors show
    // in the snapshot (status CompileError). Returns whether it compiled.
    bool load(std::string_view source);

    // Starts the loaded program (after a reset if one is running or done).
    void run();

    // Ends any run and goes back to Idle with the loaded program.
    void reset();

    // Ends the running program at the next instruction-budget check, whatever
    // it does (a busy loop, goroutines parked forever): every goroutine still
    // alive is lost, the status becomes Stopped and the final state, trace
    // included, stays on show until the next run() or reset(). Returns at once;
    // wait() returns once the workers have ended it.
    void stop();

    // Holds a running program where it is (the program clock stops too), and
    // lets it go on. Nothing happens when no program runs.
    void pause();
    void resume();

    // Lets a paused (or not yet started) program run until its next trace
    // event, then pauses it again. Starts the run first when none is going.
    void step();

    // Sets what the next run() uses; procs is clamped to the worker threads.
    void configure(const RunSettings& settings);

    // Returns the latest published state. Never blocks. A load() made on this
    // thread shows at once: its errors (or their absence) are in the result
    // even before a worker has published them.
    std::shared_ptr<const Snapshot> snapshot();

    // Blocks until the current run has ended; returns its exit code. The
    // snapshot shows the ended run by then. For the CLI and tests only: never
    // call it on the browser's main thread.
    int wait();

    // Like wait(), but gives up after timeout_ms of wall time; returns false
    // then (the run goes on until reset()).
    bool wait_for(int64_t timeout_ms, int& exit_code);

    // Returns the last run's events as Chrome trace-event JSON ("{}" before
    // any run). Takes the scheduler lock: CLI and tests only, like wait().
    std::string chrome_trace();

    // Pump mode only: runs the program on the calling thread for at most
    // about budget_ns of wall time, publishes what changed and returns; it
    // never waits. Returns whether a run is going on.
    bool pump(int64_t budget_ns);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace golab
