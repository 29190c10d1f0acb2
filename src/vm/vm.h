// vm.h: the bytecode interpreter and what it needs from the runtime.
//
// A Goroutine is a heap object holding its own frames and operand stack, so a
// worker thread switches goroutines by switching which object execute() runs.
// execute() runs one goroutine for at most a budget of instructions and then
// says why it stopped; it never blocks the thread. Library calls that would
// block (time.Sleep, WaitGroup.Wait) ask the runtime to park the goroutine and
// return Park. The VM takes no locks of its own: the runtime's hooks do.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <cassert>
#include <chrono>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vm/program.h"
#include "vm/value.h"
#include "vm/value_stack.h"

namespace golab {

class MethodCaller;
struct ErrorfWrap;

struct Goroutine;
struct ClosureObject;

// Go's panic text for a nil pointer dereference (with its signal line).
extern const char* const kNilDereference;
// Returns that text with the faulting address Go's signal line shows ("0x18").
std::string nil_dereference_at(const char* addr);
// Go's fatal error when a program outgrows its memory (RuntimeHooks::heap_has_room).
extern const char* const kOutOfMemory;
// The nil dereference text when fmt.Fprint* calls a nil io.Writer's Write: Go's compiled fmt
// reads the method from the nil itab at offset 0x18.
extern const char* const kNilWriterCall;

// sync.WaitGroup's state. The runtime guards counter and waiters with its lock.
struct WaitGroupObject final : Object {
    int64_t counter = 0;
    std::vector<Goroutine*> waiters;
    std::string name;      // the variable it lives in, for the UI: "wg"
    int32_t trace_id = -1; // its number in the run's trace, once it has one
    // The virtual instant of the last operation on it (the virtual executor's; see
    // Scheduler::meet).
    int64_t clock_ns = 0;
    WaitGroupObject() : Object(ObjectKind::WaitGroup) {}
};

// A goroutine parked on a channel: a sudog, in Go's runtime words. A select
// parks one per case; `ticket` tells which of them are stale once one fires.
struct ChanWaiter {
    Goroutine* g = nullptr;
    Value value;              // the value a parked sender offers
    int32_t select_case = -1; // the case index when parked in select
    uint64_t ticket = 0;      // valid while it equals g->park_ticket
    bool with_ok = false;     // a receiver that asked for `v, ok := <-ch`
};

// A channel. The runtime guards everything but elem and cap with its lock.
struct ChanObject final : Object {
    TypeId elem = kNoType;
    int64_t cap = 0;
    std::deque<Value> buffer;
    bool closed = false;
    // The virtual instant of the last operation on it (the virtual executor's; see
    // Scheduler::meet).
    int64_t clock_ns = 0;

    std::deque<ChanWaiter> recvq;
    std::deque<ChanWaiter> sendq;
    int32_t trace_id = -1; // its number in the run's trace, once it has one
    ChanObject() : Object(ObjectKind::Chan) {}
};

// A goroutine queued in Lock, and the program clock when it first queued (Go's
// waitStartTime: a waiter kept out for over 1 ms puts the Mutex in starvation mode).
struct MutexWaiter {
    Goroutine* g = nullptr;
    int64_t since_ns = 0;
};

// sync.Mutex, with Go's two modes (see Scheduler::mutex_unlock). The runtime guards it with
// its lock.
struct MutexObject final : Object {
    bool locked = false;
    bool starving = false; // Unlock hands the lock to the first waiter; newcomers queue
    // The virtual instant of the last operation on it (the virtual executor's; see
    // Scheduler::meet).
    int64_t clock_ns = 0;

    // sync.Once (the same object): 0 before Do, 1 while the first f runs, 2 after it.
    std::atomic<int> once_state{0};
    std::deque<MutexWaiter> waiters;
    // The waiter an Unlock woke in normal mode: it has not run yet, and must still win the
    // lock against whoever calls Lock first. At most one at a time, as in Go.
    MutexWaiter woken;
    int32_t trace_id = -1; // its number in the run's trace, once it has one
    MutexObject() : Object(ObjectKind::Mutex) {}
};

// sync.RWMutex, modelled on Go's: a writer first takes the writers' mutex
// (writer_held), which keeps new readers out, then waits for the readers
// inside to leave. The runtime guards it with its lock.
struct RWMutexObject final : Object {
    // The virtual instant of the last operation on it (the virtual executor's; see
    // Scheduler::meet).
    int64_t clock_ns = 0;
    int64_t readers = 0;         // read locks held now
    bool writer_held = false;    // a writer holds the writers' mutex (waiting or inside)
    bool writer_inside = false;  // that writer has the lock
    Goroutine* writer = nullptr; // that writer while it waits for readers to leave
    int64_t departing = 0;       // readers it still waits for
    std::deque<Goroutine*> reader_waiters;
    std::deque<Goroutine*> writer_waiters;
    // For the page: the writer inside (its id, 0 for none), and what the trace said last.
    int64_t writer_id = 0;
    int64_t traced_writer = 0;
    int64_t traced_readers = 0;
    int32_t trace_id = -1; // its number in the run's trace, once it has one
    RWMutexObject() : Object(ObjectKind::RWMutex) {}
};

// sync/atomic's typed values. Goroutines on different workers touch them
// without the runtime's lock, so the number itself is atomic.
struct AtomicObject final : Object {
    std::atomic<int64_t> value{0};
    IntKind width = IntKind::Int64; // wraps results to Int32, Uint32, ...
    bool is_bool = false;           // atomic.Bool: 0 or 1
    AtomicObject() : Object(ObjectKind::Atomic) {}
};

// How deep one goroutine's calls may nest before Go's "stack overflow" fatal error. Go's limit
// is 1 GB of stack, millions of small frames; ours keeps an endless recursion to about 40 MB
// of frames and operands, which the node build's memory holds even when several goroutines
// recurse at once.
constexpr size_t kMaxFrames = 250000;

// Returns the elements of a variadic ...any argument (a slice value; nil gives none).
std::span<const Value> variadic(const Value& v);

// What a String or Error method that a fmt call ran gave it: its result, or (panicked) the
// text fmt prints for its panic.
struct FmtAnswer {
    std::string text;
    bool panicked = false;
};

// A fmt call (Println, Sprintf, Errorf...) that stopped at a String or Error method: the
// method parked, or the host's stack had no room for one more nested call. The method runs
// as an ordinary call in the goroutine's frames (CodeGen::fmt_call's loop), and the print
// starts again with the answers of the methods it already ran, so that each runs once.
struct PrinterObject final : Object {
    int32_t kind = 0;        // the NativeId of the fmt function
    std::vector<Value> args; // its arguments: [format,] the ...any slice
    std::vector<FmtAnswer> answers;
    int32_t method = -1; // the method to run next, on receiver
    Value receiver;
    PrinterObject() : Object(ObjectKind::Printer) {}
};

// CodeGen::fmt_call's loop: the FmtInvoke call that runs a method lies this many instructions
// past the one after the FmtCall (its result count apart), and the FmtResume call right after
// the instruction it returns to.
constexpr int32_t kFmtCallToInvoke = 3;

// sort.Slice's loop (CodeGen::sort_slice): the instruction that stores less's answer lies
// this many instructions past the one after the SortSliceStep call.
constexpr int32_t kSortStepToAnswer = 7;

// What a sort (vm_sort.cpp) needs next: less(i, j), a Swap of i and j (sort.Sort's), or
// nothing more when done.
struct SortRequest {
    bool done = false;
    bool swap = false;
    int64_t i = 0, j = 0;
};

namespace detail {
class SortRoutine;
}

// sort.Slice's state between calls of its less function: the slice being sorted (kept alive
// for the routine, which swaps its elements) and the routine, suspended at a question.
struct SorterObject final : Object {
    Value slice;
    std::unique_ptr<detail::SortRoutine> routine;
    SorterObject();
    ~SorterObject() override;
};

// time.Timer and time.Ticker. The runtime's timer heap holds (timer, generation)
// entries; Stop and Reset bump the generation, so older entries fire no more.
struct TimerObject final : Object {
    ChanObject* c = nullptr;
    // time.AfterFunc's function (then c is null): firing starts a goroutine running it.
    ClosureObject* func = nullptr;
    int64_t period = 0;  // a Ticker's interval; 0 for a Timer
    bool active = false; // armed and not yet fired (or a running Ticker)
    uint64_t generation = 0;
    TimerObject() : Object(ObjectKind::Timer) {}
};

// A struct value: fields in declaration order.
struct StructObject final : Object {
    std::vector<Value> fields;
    StructObject() : Object(ObjectKind::Struct) {}
};

// A variable that escapes its frame: a local whose address is taken or that a
// closure captures, or the target of new(T) for a T that is not a struct or
// array. A pointer to such a variable is the cell itself.
struct CellObject final : Object {
    Value value;
    explicit CellObject(Value v) : Object(ObjectKind::Cell), value(v) {}
};

// A pointer to a value inside something else: a struct field, an array or
// slice element, or a package variable (container null: index is the global).
// NOTE: a pointer to a struct or an array is the object itself; a Ref only
// ever points at a non-aggregate value.
struct RefObject final : Object {
    Object* container = nullptr; // StructObject or ArrayObject; null for globals
    int64_t index = 0;
    RefObject(Object* c, int64_t i) : Object(ObjectKind::Ref), container(c), index(i) {}
};

// A function value: a compiled function with the variables it captured (cells
// or aggregate objects, placed in its frame at Function::capture_base), or a
// method bound to its receiver (which becomes the first argument).
struct ClosureObject final : Object {
    int32_t function = -1;
    bool bound = false;
    std::vector<Value> captures; // bound: one value, the receiver
    ClosureObject() : Object(ObjectKind::Closure) {}
};

// A context.Context made by package context: Background and TODO (owned by the Program,
// never changed), WithCancel's, WithDeadline's and WithValue's. A cancelable one keeps its
// done channel, its error once canceled and its cancelable children under mu, as Go's
// cancelCtx does; the lock order is parent before child, and mu before the runtime's lock.
struct ContextObject final : Object {
    enum class Form : uint8_t { Background, Todo, Cancel, Timer, Value };
    Form form = Form::Background;
    Value parent;                         // the Context it was made from (an interface value)
    std::mutex mu;                        // guards done's closing, err and children
    ChanObject* done = nullptr;           // Cancel and Timer: made by Done, closed by cancel
    Value err;                            // nil until canceled
    std::vector<ContextObject*> children; // cancelable contexts to cancel with this one
    Value deadline;                       // Timer: the time.Time it expires at
    TimerObject* timer = nullptr;         // Timer: fires at the deadline, until canceled
    Value key, val;                       // Value
    explicit ContextObject(Form f) : Object(ObjectKind::Context), form(f) {}
    bool cancelable() const { return form == Form::Cancel || form == Form::Timer; }
};

// Why a goroutine is not running, in the words Go's stack dumps use.
enum class WaitReason : uint8_t {
    None,
    Sleep,
    WaitGroup,
    ChanSend,
    ChanRecv,
    Select,
    SelectNoCases, // select {} blocks forever
    NilChanSend,   // send on a nil channel blocks forever
    NilChanRecv,   // so does a receive
    Mutex,
    RWMutexRead,  // RLock
    RWMutexWrite, // Lock
    CondWait,     // sync.Cond.Wait
};

// Returns Go's name for a wait reason: "sleep", "semacquire".
const char* wait_reason_name(WaitReason r);

// Returns what "panic: " is followed by for panic(v), as Go 1.19's printpanicval words it.
std::string panic_text(const Program& program, const Value& v);

// Returns the arguments (boxed) as the built-in print (or println, when newline) writes them.
std::string print_args(const Program& program, std::span<const Value> args, bool newline);

// Why a frame runs as a deferred call (its results are dropped when it returns).
// How a frame came to run, where that changes what its return or a panic does: a deferred
// call (run by a return or by a panic), or a String or Error method that fmt called from the
// goroutine's own frames (Vm::fmt_call), whose panic fmt catches.
enum class DeferredBy : uint8_t { None, Return, Panic, Fmt };

struct Frame {
    const Function* function = nullptr;
    int32_t pc = 0;
    int32_t base = 0; // index of local 0 in the goroutine's stack
    DeferredBy deferred = DeferredBy::None;
};

// A call a defer statement registered: its arguments were evaluated then.
struct DeferRecord {
    size_t frame = 0;    // index in Goroutine::frames of the function that deferred it
    bool native = false; // id is a NativeId, else a function index
    int32_t id = 0;
    Value closure;         // DeferValue: the function value to call (id unused)
    bool nil_func = false; // DeferValue of a nil function: panics when it would run
    std::vector<Value> args;
};

// A panic in flight. recover() hands out value; text is how the panic prints.
struct PanicRecord {
    Value value;
    std::string text;
    bool recovered = false;
    size_t call_depth = 0; // g.frames.size() with the deferred call it runs on top
    size_t started = 0;    // g.frames.size() when it began
    // runtime.Goexit's: it runs the deferred calls as a panic does, recover() does not
    // stop it (and returns nil), and when none is left the goroutine ends as if it returned.
    bool goexit = false;
};

// Goroutine life-cycle states, as the runtime tracks them.
enum class GStatus : uint8_t { Runnable, Running, Waiting, Dead, Lost };

// The values a waker hands a parked goroutine: a select's case, the value received and ok, at
// most three. Held inline, so that a channel hand-off allocates nothing (malloc takes a lock
// under Emscripten's pthreads, and ping-pong pays it on every message).
class ResumeValues {
  public:
    static constexpr size_t kMax = 3;

    ResumeValues() = default;
    ResumeValues(std::initializer_list<Value> values) : size_(static_cast<uint8_t>(values.size())) {
        assert(values.size() <= kMax && "resume values: a select's case, a value and ok at most");
        std::copy(values.begin(), values.end(), values_.begin());
    }

    const Value* begin() const { return values_.data(); }
    const Value* end() const { return values_.data() + size_; }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    void clear() { size_ = 0; }
    operator std::span<const Value>() const { return {begin(), end()}; }

  private:
    std::array<Value, kMax> values_{};
    uint8_t size_ = 0;
};

struct Goroutine {
    int64_t id = 0;
    std::string function_name; // the function it was started with
    // The function whose go statement started it, and that statement's line: the "created by"
    // lines of Go's stack traces. Null for main's goroutine.
    const Function* created_by = nullptr;
    int32_t created_at_line = 0;
    ValueStack stack; // locals and operands of every frame
    std::vector<Frame> frames;

    // Owned by the runtime, under its lock.
    GStatus status = GStatus::Runnable;
    WaitReason wait_reason = WaitReason::None;
    int32_t worker = -1;
    int64_t wake_at_ns = 0;  // for Sleep
    int64_t ready_at_ns = 0; // virtual executor: it may not start before this instant
    // A goroutine that parks is still on its worker until execute() returns;
    // a wake-up in that window is remembered here and applied afterwards, so
    // two workers never run the same goroutine.
    bool on_cpu = false;
    bool wake_pending = false;
    // Values a waker hands over (a received value, ok, a select's case), pushed
    // onto the stack when the goroutine next runs; and a panic to raise then
    // (a sender woken by close).
    ResumeValues resume_values;
    std::string resume_panic;
    uint64_t park_ticket = 0; // see ChanWaiter
    // The WaitGroup whose Wait released it: when it runs again, Go checks
    // that nobody reused the group in between.
    WaitGroupObject* released_by = nullptr;
    // The Mutex whose Unlock woke it in normal mode: when it is about to run again, the
    // scheduler lets it take the lock, or parks it again at the front of the queue.
    MutexObject* contending = nullptr;
    // Instructions run so far in the current slice, as of the last hook call,
    // and how many of them the virtual clock has already charged: the clock a
    // hook sees is exact however the run is sliced (stepping runs 1-instruction
    // slices and must print the same times).
    int64_t slice_executed = 0;
    int64_t slice_accounted = 0;
    // The source line the goroutine is at; written by the worker running it
    // whenever it stops (park, yield, exit), read by the snapshot builder.
    std::atomic<int32_t> line{0};

    // Frames at or below this depth belong to a native that called back into
    // Go code (fmt calling a String method): execute() stops when the frame
    // above it returns.
    size_t stop_depth = 0;

    // Set by execute() when it returns Panic.
    std::string panic_message;
    int32_t panic_line = 0;
    // Set with panic_message by panic(v): the value itself (else it is a runtime error).
    bool panic_has_value = false;
    Value panic_value;
    // Pending deferred calls of every frame, innermost last, and the panics in flight
    // (a panic raised while deferred calls run for another one joins the list).
    std::vector<DeferRecord> defers;
    std::vector<PanicRecord> panics;
    bool panic_fatal = false; // no deferred call is left to recover: panic_message is final
    // The frames as the newest panic found them, for its traceback: the unwinding drops the
    // frames above each deferring function before its deferred call runs, but Go's dump shows
    // the stack where the panic began. Empty when no panic is in flight.
    std::vector<Frame> panic_frames;
    // How deeply natives nest on the host stack under the Go code running now (fmt running
    // a String method that prints again...), in the units of kMaxHostNesting (format.h).
    int host_nesting = 0;
    // How many of its frames are methods fmt's loop runs (DeferredBy::Fmt), so that a panic
    // looks for one only when there is one.
    uint32_t fmt_frames = 0;
    // Set when Go code run from a native died of a fatal error (stack overflow) rather than
    // a panic: the native's caller ends the goroutine with it instead of panicking.
    bool native_fatal = false;
    // The index of the jump a slice ended after when its budget ran out, or -1. A frame's pc
    // is past the instruction that stopped it (a call, a native that parked), so its line is
    // the one before pc; after a jump, pc is the jump's target and that rule would name the
    // line before a loop's top. Written and read by the worker running the goroutine.
    int32_t jumped_from = -1;
    // Set by runtime.Gosched: the slice that ends now is a yield to the global queue, even
    // where an instruction budget's end would let the goroutine go on (the virtual turn).
    bool gosched = false;
    // Set by runtime.Goexit for execute() to start the unwinding; goexited once its deferred
    // calls ran and the goroutine ended (its slice ends with ExecResult::Exit).
    bool goexit_requested = false;
    bool goexited = false;
    // The source line of the top frame: where the goroutine stopped, parked or yielded.
    int32_t current_line() const;
};

// What the VM needs from the scheduler and the outside world. Implemented by
// src/runtime; every call happens on the worker thread running goroutine g.
class RuntimeHooks {
  public:
    virtual ~RuntimeHooks() = default;

    // Returns the program clock in nanoseconds since the run began, as g sees it.
    virtual int64_t now_ns(Goroutine& g) = 0;

    // Writes program output (fd 1 or 2) on behalf of g.
    virtual void write_output(Goroutine& g, int fd, std::string_view bytes) = 0;

    // Reads up to max bytes of the program's standard input on behalf of g, waiting for
    // them; none at its end. A run's input is empty unless its host gives one (the CLI).
    virtual std::string read_input(Goroutine& g, size_t max) {
        (void)g;
        (void)max;
        return {};
    }

    // Creates a goroutine running function fn with the given arguments.
    virtual void spawn(Goroutine& parent, int32_t fn, std::span<const Value> args) = 0;

    // Parks g until the clock reaches now + d. The VM then returns Park.
    virtual void sleep(Goroutine& g, int64_t duration_ns) = 0;

    // package runtime: how many goroutines exist (running, runnable or parked), and the cores
    // of the machine the run models (its worker pool).
    virtual int64_t num_goroutine() = 0;
    virtual int num_cpu() = 0;

    // What runtime.GOMAXPROCS(n) did: the setting before the call; whether g's own P stopped
    // with the change (g then ends its slice, the VM returning Yield, and carries on first on
    // a P that still runs, as Go's caller carries on on P 0); whether Go's runtime throws
    // (g.panic_message says what).
    struct ProcsChange {
        int64_t previous = 0;
        bool moved = false;
        bool fatal = false;
    };
    // Applies runtime.GOMAXPROCS(n) as Go 1.19 does: n < 1 changes nothing.
    virtual ProcsChange gomaxprocs(Goroutine& g, int64_t n) = 0;

    // Adds delta to wg's counter, waking its waiters at zero. Returns false
    // (and leaves a message in g.panic_message) when Go would panic.
    virtual bool waitgroup_add(Goroutine& g, WaitGroupObject& wg, int64_t delta) = 0;

    // Returns true when g must park until wg's counter is zero.
    virtual bool waitgroup_wait(Goroutine& g, WaitGroupObject& wg) = 0;

    // Channel and mutex operations. Done: finished, results (if any) are in
    // g.resume_values. Park: g must park; its results arrive in
    // g.resume_values when it is woken. Panic: g.panic_message says why
    // (Fatal: a fatal error no recover can catch).
    enum class OpResult : uint8_t { Done, Park, Panic, Fatal };
    struct SelectCase {
        bool send = false;
        ChanObject* ch = nullptr;
        Value value;
    };
    virtual OpResult chan_send(Goroutine& g, ChanObject* ch, const Value& v) = 0;
    virtual OpResult chan_recv(Goroutine& g, ChanObject* ch, bool with_ok) = 0;
    virtual OpResult chan_close(Goroutine& g, ChanObject* ch) = 0;
    virtual OpResult select(Goroutine& g, std::span<const SelectCase> cases, bool has_default) = 0;
    virtual OpResult mutex_lock(Goroutine& g, MutexObject& m) = 0;
    virtual OpResult mutex_unlock(Goroutine& g, MutexObject& m) = 0;
    virtual bool mutex_try_lock(Goroutine& g, MutexObject& m) = 0;
    enum class RWOp : uint8_t { Lock, Unlock, RLock, RUnlock, TryLock, TryRLock };
    // The Try operations finish with their bool in g.resume_values.
    virtual OpResult rwmutex(Goroutine& g, RWMutexObject& rw, RWOp op) = 0;

    // time.NewTimer (period 0) and time.NewTicker: a timer whose channel
    // receives the clock when it fires. Stop and Reset return whether the
    // timer was active (Go's results for Timer; a Ticker ignores them). A
    // Ticker's Reset makes duration_ns its period too.
    virtual TimerObject* new_timer(Goroutine& g, int64_t duration_ns, int64_t period_ns) = 0;
    virtual bool timer_stop(Goroutine& g, TimerObject& t) = 0;
    virtual bool timer_reset(Goroutine& g, TimerObject& t, int64_t duration_ns) = 0;

    // sync.Cond's notify list (Go's notifyList), in the Cond object's notify field: Add takes
    // the next ticket; Wait parks g until its ticket is notified (returns false when it
    // already was); Notify wakes the oldest ticket's goroutine, or every one (Broadcast).
    virtual int64_t cond_add(Goroutine& g, StructObject& cond) = 0;
    virtual bool cond_wait(Goroutine& g, StructObject& cond, int64_t ticket) = 0;
    virtual void cond_notify(Goroutine& g, StructObject& cond, bool all) = 0;

    // time.AfterFunc: a timer that starts a goroutine running f when it fires (Stop and Reset
    // as for any Timer).
    virtual TimerObject* after_func(Goroutine& g, int64_t duration_ns, ClosureObject* f) = 0;

    // Returns how many values wait in ch's buffer (len(ch)).
    virtual int64_t chan_len(ChanObject& ch) = 0;

    // time.After: a channel that receives the clock value after d.
    virtual ChanObject* after(Goroutine& g, int64_t duration_ns) = 0;

    // math/rand's global source (Go locks it too).
    virtual double rand_float64() = 0;
    virtual float rand_float32() = 0;
    virtual int64_t rand_intn(int64_t n) = 0;
    virtual void rand_seed(int64_t seed) = 0;
    virtual int64_t rand_int63() = 0;

    // Takes ownership of a new heap object for the rest of the run.
    virtual Object* adopt(Object* object) = 0;

    // os.Exit(code): the program ends now with that exit code; deferred calls do not run.
    virtual void exit_program(Goroutine& g, int code) = 0;

    // The live objects of a run may not outgrow this, or a program that keeps what it makes
    // would exhaust the process, or the tab's WebAssembly memory, instead of ending with Go's
    // "fatal error: runtime: out of memory". Garbage does not count: the collector frees it
    // first (collection_may_help).
#ifdef __EMSCRIPTEN__
    // The page's WebAssembly memory stops at 2 GiB; the trace and the page need the rest.
    static constexpr int64_t kDefaultHeapLimit = int64_t{1} << 30;
#else
    static constexpr int64_t kDefaultHeapLimit = int64_t{4} << 30;
#endif

    // Whether `bytes` more of objects still fit under the run's memory limit.
    bool heap_has_room(int64_t bytes) const {
        return bytes <= heap_limit_ - heap_bytes_.load(std::memory_order_relaxed);
    }
    bool heap_exhausted() const {
        return heap_bytes_.load(std::memory_order_relaxed) > heap_limit_;
    }
    // Whether the count has reached the point where the next collection is due (for hooks
    // that never collect, the limit): the VM then ends the slice at the end of the
    // instruction, so that the scheduler can collect before the goroutine goes on.
    bool heap_over_trigger() const {
        return heap_bytes_.load(std::memory_order_relaxed) >=
               heap_trigger_.load(std::memory_order_relaxed);
    }
    // Bytes of objects counted now: the live ones at the last collection and all made since.
    int64_t heap_bytes() const {
        return heap_bytes_.load(std::memory_order_relaxed);
    }
    // Stress mode (GOLAB_GC_STRESS=1): the VM offers a collection after every instruction of
    // the cold path, where the goroutine's state is whole (see Vm::run_cold).
    bool gc_stress() const {
        return gc_stress_;
    }
    virtual void stress_safepoint(Goroutine& g) {
        (void)g;
    }
    // Asks for a collection at the end of the calling goroutine's slice, which ends at once:
    // an allocation found no room, and garbage may be what fills the heap.
    virtual void request_collection() {}
    // Whether a collection could bring the count under the limit: something was made since
    // the last one, and what that one left alive was under it. Always false for hooks that
    // never collect.
    bool collection_may_help() const {
        const int64_t live = heap_live_.load(std::memory_order_relaxed);
        return heap_bytes_.load(std::memory_order_relaxed) > live && live <= heap_limit_;
    }

  protected:
    // Counts a new object's bytes against the limit (adopt calls it).
    void count_heap(int64_t bytes) {
        heap_bytes_.fetch_add(bytes, std::memory_order_relaxed);
    }
    // After a collection: only the survivors' bytes count.
    void set_live_heap(int64_t bytes) {
        heap_bytes_.store(bytes, std::memory_order_relaxed);
        heap_live_.store(bytes, std::memory_order_relaxed);
    }
    void set_heap_trigger(int64_t bytes) {
        heap_trigger_.store(bytes, std::memory_order_relaxed);
    }

    int64_t heap_limit_ = kDefaultHeapLimit;
    bool gc_stress_ = false;

  private:
    std::atomic<int64_t> heap_bytes_{0};
    std::atomic<int64_t> heap_live_{INT64_MAX}; // until a first collection: hooks that never do
    std::atomic<int64_t> heap_trigger_{kDefaultHeapLimit};
};

enum class ExecResult : uint8_t {
    Yield, // budget used up; still runnable
    Park,  // blocked; the runtime was told why through a hook
    Exit,  // the goroutine's function returned
    Panic, // unrecovered panic: g.panic_message says what
    Fatal, // fatal error (Go's "fatal error: ..."): g.panic_message says what
};

struct ExecOutcome {
    ExecResult result = ExecResult::Yield;
    int64_t instructions = 0; // executed in this slice, for the virtual clock
};

class Vm {
  public:
    Vm(const Program& program, std::vector<Value>& globals, RuntimeHooks& hooks)
        : program_(program), globals_(globals), hooks_(hooks),
          wall_epoch_ns_(std::chrono::duration_cast<std::chrono::nanoseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count()) {}

    // Returns the Unix time in ns when the run's program clock read 0 (about when the Vm was
    // made): time.Now's date is that plus the program clock.
    int64_t wall_epoch_ns() const { return wall_epoch_ns_; }
    // Whether `bytes` more fit under the run's memory limit (see RuntimeHooks).
    bool heap_has_room(int64_t bytes) const { return hooks_.heap_has_room(bytes); }

    // Prepares g to run function fn with args (its first frame).
    void start(Goroutine& g, int32_t fn, std::span<const Value> args) const;

    // Runs g for at most budget instructions.
    ExecOutcome execute(Goroutine& g, int64_t budget);

    // Returns the zero value of type t (allocating for structs and sync types).
    Value zero_value(TypeId t);

    // Calls functions[fn] with args on g synchronously, for a native that needs
    // Go code (fmt and String methods). Returns false when the call panicked
    // or tried to block (g.panic_message says why); else pushes nothing and
    // leaves the results in results.
    // A closure's function gets its captured variables (or bound receiver) too.
    // With parked given, a call that parks is no error: it sets *parked and returns false
    // with its frames left on g, which goes on in them when it is woken.
    bool call_sync(Goroutine& g, int32_t fn, std::span<const Value> args,
                   std::vector<Value>& results, const ClosureObject* closure = nullptr,
                   bool* parked = nullptr);

  private:
    // [SECTION] objects (vm_objects.cpp): pointers, structs, arrays,
    // closures and interfaces. Each returns an empty string, or the text of
    // the Go panic it raises.
    std::string load_through(const Value& p, Value& out);
    std::string store_through(const Value& p, const Value& v);
    void copy_into(TypeId t, Object* dst, const Value& src);
    bool values_equal(TypeId t, const Value& x, const Value& y, std::string& panic);
    bool implements(TypeId dynamic, TypeId iface) const;
    std::string missing_method(TypeId dynamic, TypeId iface) const;
    std::string assert_failure(const Value& x, TypeId target, TypeId static_type) const;
    // Finds the method named name_id of x's dynamic type; returns the function or -1.
    int32_t find_method(const Value& x, int32_t name_id, bool& deref) const;
    // Lays a closure's frame out: args are in place at stack[base...]; returns
    // the function to run.
    int32_t enter_closure(ValueStack& stack, size_t base, int32_t argc, const ClosureObject& c,
                          const Function*& fn);
    std::string type_name(TypeId t) const;

    ExecOutcome run(Goroutine& g, int64_t budget, int64_t executed_before);
    // Where run() stands when it hands an instruction to run_cold().
    struct ColdStep {
        int32_t pc = 0;
        int64_t executed = 0;
        ExecOutcome outcome;
    };
    // Runs one instruction that run()'s hot paths leave alone, with the stack's top written
    // back. Returns false when the slice ends there (step.outcome says why).
    bool run_cold(Goroutine& g, const Instr& in, ColdStep& step);
    // [SECTION] library natives that need the VM (vm_stdlib.cpp, vm_sort.cpp): errors,
    // fmt.Errorf, strconv's parsers, strings.Builder, sort with a less function, rand.Rand.
    bool call_stdlib(Goroutine& g, NativeId id, int32_t argc, ExecResult& stop);
    // Package context and time.AfterFunc (vm_context.cpp); false with g.panic_message set
    // when Go would panic.
    bool call_context(Goroutine& g, NativeId id, std::span<const Value> args,
                      std::vector<Value>& results);
    // WithCancel, WithDeadline, WithTimeout and WithValue.
    bool context_with(Goroutine& g, NativeId id, std::span<const Value> args,
                      std::vector<Value>& results);
    // Cancels c and its subtree with err (Go's cancelCtx.cancel), and stops its timer.
    void context_cancel(Goroutine& g, ContextObject& c, bool remove_from_parent, const Value& err);
    // Registers child with parent's nearest cancelable context, or cancels it at once.
    void context_propagate(Goroutine& g, const Value& parent, ContextObject& child);
    // Writes ctx's name as its String method gives it; false when a value's String panicked.
    bool context_name(Goroutine& g, const Value& ctx, std::string& name);
    Value context_value(const Value& ctx, const Value& key);
    // sync.Map's methods but Range, and the snapshot Range walks (vm_sync_map.cpp); false
    // with g.panic_message set when Go would panic.
    bool call_sync_map(Goroutine& g, NativeId id, std::span<const Value> args,
                       std::vector<Value>& results);
    TypeId sync_map_type() const;
    // Package time's calendar natives (vm_time.cpp); false with g.panic_message set when
    // Go would panic.
    bool call_time(Goroutine& g, NativeId id, std::span<const Value> args,
                   std::vector<Value>& results);
    bool call_sort(Goroutine& g, NativeId id, std::span<Value> args, std::vector<Value>& results);
    bool call_sort_reverse(Goroutine& g, NativeId id, std::span<Value> args,
                           std::vector<Value>& results);
    bool call_sort_slice_type(Goroutine& g, NativeId id, std::span<Value> args,
                              std::vector<Value>& results);
    // sync.Pool's Get and Put (vm_pool.cpp); Get may call the Pool's New.
    bool call_pool(Goroutine& g, NativeId id, std::span<const Value> args,
                   std::vector<Value>& results);
    // fmt.Sscan, Sscanln and Sscanf (vm_scan.cpp): n and err, or a panic where Go's has one.
    bool call_scan(Goroutine& g, NativeId id, std::span<const Value> args,
                   std::vector<Value>& results);
    // bufio.Scanner and its split functions (vm_bufio.cpp), os.File's Read.
    bool call_bufio(Goroutine& g, NativeId id, std::span<const Value> args,
                    std::vector<Value>& results);
    // sort.Slice (id SortSlice) or SliceStable of x, as a SorterObject; nil with
    // g.panic_message set when x is no slice.
    Value sort_slice_start(Goroutine& g, const Value& x, NativeId id);
    // Goes on with a sort, answer being what less said last; returns its next question.
    static SortRequest sort_slice_step(const Value& sorter, bool answer);
    // The native SortSliceStep(sorter, answer, less): goes on with a sort, calling less
    // itself while less does not park (see vm_sort.cpp).
    bool sort_slice_steps(Goroutine& g, int32_t argc, ExecResult& stop);
    bool sort_interface(Goroutine& g, NativeId id, const Value& data, std::vector<Value>& results);
    // fmt's calls compiled as a loop (vm_fmt.cpp, CodeGen::fmt_call): FmtCall prints; a method
    // that parks or nests too deep makes it stop, FmtInvoke runs that method in g's frames,
    // and FmtResume prints again with its answer.
    bool fmt_call(Goroutine& g, int32_t argc, ExecResult& stop);
    bool fmt_invoke(Goroutine& g, ExecResult& stop);
    bool fmt_resume(Goroutine& g, ExecResult& stop);
    // Prints (again, for a printer) with args; operands: the loop's values on the stack.
    bool fmt_print(Goroutine& g, PrinterObject* printer, std::span<const Value> args, int32_t kind,
                   size_t land, size_t operands, ExecResult& stop);
    std::string fmt_text(NativeId kind, std::span<const Value> args, MethodCaller& caller,
                         ErrorfWrap* wrap);
    // fmt.Errorf's error: a *fmt.wrapError when the format had a %w, else an *errors.errorString.
    Value errorf_value(std::string text, const ErrorfWrap& wrap, std::span<const Value> operands);
    // Ends a panic at the innermost frame fmt called a method in, when no deferred call above
    // it is left to run: the caller gets the method's panic as its answer. False if none.
    bool catch_for_fmt(Goroutine& g);
    // Whether a frame fmt runs a method in lies at index depth or above.
    static bool fmt_frame_above(const Goroutine& g, size_t depth);
    // strings.Map, IndexFunc, TrimFunc... (vm_strings.cpp): false when the function panicked.
    bool call_strings_func(Goroutine& g, NativeId id, std::span<Value> args,
                           std::vector<Value>& results);
    // Calls a function value (nil panics) or a method of an interface value's dynamic type
    // on g, synchronously; false when the call panicked (g.panic_message says why).
    bool call_func_value(Goroutine& g, const Value& fn, std::span<const Value> args,
                         std::vector<Value>& results);
    bool call_method(Goroutine& g, const Value& recv, std::string_view name,
                     std::span<const Value> args, std::vector<Value>& results, bool& found);
    // The same in two steps, for a native that calls one method many times: the method of
    // recv's dynamic type named name (-1 if none), then a call of it.
    int32_t method_named(const Value& recv, std::string_view name, bool& deref) const;
    bool call_method_fn(Goroutine& g, int32_t fn, bool deref, const Value& recv,
                        std::span<const Value> args, std::vector<Value>& results);
    bool call_native(Goroutine& g, NativeId id, int32_t argc, ExecResult& stop);
    bool call_native_body(Goroutine& g, NativeId id, int32_t argc, ExecResult& stop);
    // Defer, panic and recover (vm_defer.cpp).
    void push_deferred_call(Goroutine& g, const DeferRecord& d, DeferredBy why);
    bool start_panic(Goroutine& g);
    bool unwind(Goroutine& g);
    Value runtime_error_value(const std::string& message);
    // Returns the variable a pointer to a non-aggregate points at; nullptr for nil.
    Value* pointee_slot(const Value& p);
    // Returns the unhashable dynamic type inside key k of map m, or "" (see unhashable_key).
    std::string unhashable_map_key(const Value& m, const Value& k) const;
    bool deferred_returned(Goroutine& g, DeferredBy why);
    Value recover(Goroutine& g);
    // Applies a channel or mutex hook's result: true to go on, false to stop with `stop`.
    bool finish_op(Goroutine& g, RuntimeHooks::OpResult r, ExecResult& stop);
    Value copy_value(TypeId t, const Value& v);
    Value make_string(std::string s);

    // Slices, strings and maps (vm_data.cpp). Those that can fail return Go's runtime error
    // text, "" on success.
    Value convert_string(StringConv how, const Value& x);
    // Converts slice x to a *[n]T in place; returns the panic text when it cannot.
    std::string slice_to_array(Value& x, int64_t n);
    Value new_slice(TypeId elem, int64_t len, int64_t cap);
    std::string make_slice(TypeId elem, int64_t len, int64_t cap, Value& out);
    std::string slice_of(const Value& x, int32_t parts, bool is_string, int64_t low, int64_t high,
                         int64_t max, Value& out);
    Value append(TypeId slice_type, const Value& s, std::span<const Value> xs);
    Value append_spread(TypeId slice_type, const Value& s, const Value& xs);
    int64_t copy_slice(const Value& dst, const Value& src);
    Value make_map(TypeId map_type);

    const Program& program_;
    std::vector<Value>& globals_;
    RuntimeHooks& hooks_;
    int64_t wall_epoch_ns_ = 0;
};

} // namespace golab
