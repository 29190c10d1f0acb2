// scheduler.cpp: run queues, timers, parking, program end and deadlock (see scheduler.h).
//
// [SECTION] life cycle     start, program end, stop
// [SECTION] scheduling     take_work, finish_slice, ready, stealing, idle
// [SECTION] hooks          what the VM asks of the runtime
// [SECTION] snapshot       the state the page draws
#include "runtime/scheduler.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <utility>

#include "vm/format.h"

namespace golab {

Scheduler::Scheduler(std::shared_ptr<const Program> program, RunConfig config, std::mutex& mu)
    : program_(std::move(program)), config_(std::move(config)), mu_(mu),
      vm_(*program_, globals_, *this), pick_state_(config_.seed * 0x9E3779B97F4A7C15ull + 1) {
    // Threaded: a P for every worker thread from the start, since worker m holds P m and the
    // pool may have more workers than the run's GOMAXPROCS (the page's does).
    gomaxprocs_ = std::max(1, config_.procs);
    live_procs_ = config_.virtual_time ? std::min(config_.procs, kMaxVirtualProcs)
                                       : static_cast<int>(gomaxprocs_);
    live_procs_ = std::max(live_procs_, 1);
    most_procs_ = live_procs_;
    procs_.resize(config_.virtual_time
                      ? static_cast<size_t>(live_procs_)
                      : static_cast<size_t>(std::max(live_procs_, config_.num_cpu)));
    trace_->set_start_procs(live_procs_);
    if (config_.memory_limit > 0) {
        heap_limit_ = config_.memory_limit;
    }
    // GOLAB_GC=0 and GOLAB_GC=1 override the config either way (to compare a run without
    // the collector, natively, under node and in tests alike).
    auto env_is = [](const char* name, std::string_view want) {
        const char* v = std::getenv(name);
        return v && std::string_view(v) == want;
    };
    gc_stress_ = config_.gc_stress || env_is("GOLAB_GC_STRESS", "1");
    const bool collect = env_is("GOLAB_GC", "0")   ? false
                         : env_is("GOLAB_GC", "1") ? true
                                                   : config_.collect_garbage;
    collecting_ = gc_stress_ || collect;
    if (collecting_) {
        set_live_heap(0); // from now on collection_may_help can say yes
        set_heap_trigger(std::min(heap_limit_, kMinCollectionTrigger));
    } else {
        set_heap_trigger(heap_limit_);
    }
}

Scheduler::~Scheduler() = default;

// Returns the expression g's current instruction reaches a sync object or channel through
// (see SyncSite), or "" where the compiler noted none.
static std::string sync_site_name(const Goroutine* g, int32_t operand) {
    if (!g || g->frames.empty()) {
        return {};
    }
    // NOTE: a deferred call (defer wg.Done()) runs with pc past another instruction: only a
    // call, send, receive, close or select at pc - 1 is the one that reached the object.
    const Frame& f = g->frames.back();
    const int32_t pc = f.pc - 1;
    if (pc < 0 || pc >= static_cast<int32_t>(f.function->code.size())) {
        return {};
    }
    const Op op = f.function->code[static_cast<size_t>(pc)].op;
    if (op != Op::CallNative && op != Op::Send && op != Op::Recv && op != Op::Close &&
        op != Op::Select) {
        return {};
    }
    const std::string* name = f.function->sync_site_name(pc, operand);
    return name ? *name : std::string();
}

//-----------------------------------------------------------------------------
// [SECTION] life cycle
//-----------------------------------------------------------------------------

void Scheduler::start() {
    started_ = MonotonicClock::now();

    // Globals start at their zero values; main.init then runs the initialisers.
    globals_.reserve(program_->global_types.size());
    for (size_t i = 0; i < program_->global_types.size(); i++) {
        globals_.push_back(vm_.zero_value(program_->global_types[i]));
        if (globals_.back().kind == ValueKind::Object &&
            globals_.back().obj->kind == ObjectKind::WaitGroup) {
            static_cast<WaitGroupObject*>(globals_.back().obj)->name = program_->global_names[i];
        }
    }

    // NOTE: Go runs package initialisation on the main goroutine before
    // main.main, so the init code becomes main's first frame.
    Goroutine& g = new_goroutine(program_->main_function, {});
    main_ = &g;
    trace_->name_goroutine(g.id, g.function_name);
    // main exists from the program's first instant, as in Go, whatever held this thread
    // since started_ (a busy machine can take it off its core for milliseconds).
    record_at(0, TraceKind::GoCreate, g, 0);
    if (program_->init_function >= 0) {
        const Function& init = program_->functions[program_->init_function];
        g.stack.resize(g.stack.size() + init.num_locals);
        g.frames.push_back(Frame{&init, 0, static_cast<int32_t>(g.stack.size()) - init.num_locals});
    }
    ready(g, 0);
}

void Scheduler::end_program(RunStatus status, int exit_code) {
    if (status_ != RunStatus::Running) {
        return;
    }
    // The program ends no earlier than the last thing that happened in it.
    end_clock_ns_ = clock_locked();
    for (const PendingEvent& p : pending_) {
        end_clock_ns_ = std::max(end_clock_ns_, p.event.clock_ns);
    }
    end_clock_ns_ = std::max(end_clock_ns_, latest_event_ns_);
    flush_pending();
    status_ = status;
    exit_code_ = exit_code;

    // Whatever is still alive dies with the process: Go gives no goroutine a
    // chance to finish once main has returned. A deadlock is different: main
    // never returned, and the goroutines stay where Go's report shows them,
    // asleep for ever on what they wait for.
    for (GoroutineSlot& slot : goroutines_) {
        Goroutine* g = slot.g.get();
        const bool asleep = status == RunStatus::Deadlocked && g && g->status == GStatus::Waiting;
        if (g && g->status != GStatus::Dead && !asleep) {
            g->status = GStatus::Lost;
            TraceEvent lost;
            lost.clock_ns = end_clock_ns_;
            lost.kind = TraceKind::GoLost;
            lost.g = g->id;
            lost.line = g->line.load(std::memory_order_relaxed);
            commit(lost);
        }
    }
    TraceEvent e;
    e.clock_ns = end_clock_ns_;
    e.kind = TraceKind::ProgramEnd;
    e.arg = exit_code;
    commit(e);
    for (auto& p : procs_) {
        p.runnext = nullptr;
        p.continuing = nullptr;
        p.queue.clear();
    }
    global_queue_.clear();
    moving_.clear();
    moved_.clear();
    timers_ = {};
    dirty_ = true;
}

void Scheduler::stop(RunStatus status) {
    end_program(status, status == RunStatus::Stopped ? -1 : 0);

    // A virtual turn held between pieces (paused or stepping) lets go of its
    // goroutine; one that is running a piece right now ends as it returns.
    if (round_.g && !round_.in_piece) {
        running_--;
        round_.g->on_cpu = false;
        round_.g->worker = -1;
        for (auto& p : procs_) {
            if (p.running == round_.g) {
                p.running = nullptr;
            }
        }
        round_ = VirtualRound{};
    }
}

//-----------------------------------------------------------------------------
// [SECTION] scheduling
//-----------------------------------------------------------------------------

void Scheduler::record(TraceKind kind, const Goroutine& g, int64_t arg) {
    record_at(clock_locked(), kind, g, arg);
}

void Scheduler::record_at(int64_t clock_ns, TraceKind kind, const Goroutine& g, int64_t arg) {
    TraceEvent e;
    e.clock_ns = clock_ns;
    e.kind = kind;
    e.g = g.id;
    e.arg = arg;
    e.line = g.line.load(std::memory_order_relaxed);
    emit(e);
}

void Scheduler::emit(TraceEvent e, std::string_view text, int fd) {
    if (round_.active && round_.order.size() > 1) {
        // Ps of a virtual round run one after another but stand for the same
        // stretch of time: what they do is published at the round's end, in
        // clock order, as if they had run side by side.
        pending_.push_back(PendingEvent{e, std::string(text), fd});
        return;
    }
    commit(e, text, fd);
}

void Scheduler::commit(TraceEvent e, std::string_view text, int fd) {
    latest_event_ns_ = std::max(latest_event_ns_, e.clock_ns);
    if (e.kind == TraceKind::Output) {
        e.arg = static_cast<int64_t>(output_.size());
        e.len = static_cast<int32_t>(text.size());
        output_ += text;
        if (config_.on_output) {
            config_.on_output(fd, text);
        }
    }
    trace_->add(e);
    dirty_ = true;
}

void Scheduler::flush_pending() {
    std::stable_sort(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) {
        return a.event.clock_ns < b.event.clock_ns;
    });
    for (const PendingEvent& p : pending_) {
        commit(p.event, p.text, p.fd);
    }
    pending_.clear();
}

Goroutine& Scheduler::new_goroutine(int32_t fn, std::span<const Value> args) {
    auto g = std::make_unique<Goroutine>();
    g->id = next_id_++;
    vm_.start(*g, fn, args);
    assert(static_cast<size_t>(g->id) == goroutines_.size() + 1 && "slots are in id order");
    goroutines_.push_back(GoroutineSlot{std::move(g), next_id_ - 1, fn});
    dirty_ = true;
    return *goroutines_.back().g;
}

void Scheduler::ready(Goroutine& g, int p, int64_t now) {
    if (g.on_cpu) {
        g.wake_pending = true;
        return;
    }
    g.status = GStatus::Runnable;
    g.wait_reason = WaitReason::None;
    g.worker = -1;
    g.ready_at_ns = now >= 0 ? now : clock_locked();
    record_at(g.ready_at_ns, TraceKind::GoReady, g);
    if (p >= live_procs_) {
        // A P that GOMAXPROCS stopped takes no work: what its goroutine, still ending its
        // slice, makes ready goes where a P that runs finds it.
        global_queue_.push_back(&g);
        dirty_ = true;
        if (on_ready) {
            on_ready();
        }
        return;
    }

    // The newest ready goroutine runs next on this P; the one it displaces
    // waits at the back of the queue, as in Go's runqput(next=true).
    Processor& proc = procs_[p];
    const bool displaced = proc.runnext != nullptr;
    if (displaced) {
        proc.queue.push_back(proc.runnext);
    }
    proc.runnext = &g;
    dirty_ = true;
    // NOTE: no other worker may take the runnext of a P that is running something, so when
    // g is all this P has waiting, waking a sleeping worker only has it race for the lock and
    // sleep again: in a channel ping-pong that was two futex calls and two context switches
    // per message. This P's worker runs g as soon as its goroutine parks or yields.
    if (on_ready && (displaced || !proc.running)) {
        on_ready();
    }
}

Goroutine* Scheduler::pick_virtual() {
    Processor& p = procs_[0];
    if (p.continuing) {
        return std::exchange(p.continuing, nullptr);
    }
    if (!moved_.empty()) {
        Goroutine* g = moved_.front();
        moved_.pop_front();
        return g;
    }
    if (config_.seed == 0) {
        if (p.runnext) {
            return std::exchange(p.runnext, nullptr);
        }
        if (!p.queue.empty()) {
            Goroutine* g = p.queue.front();
            p.queue.pop_front();
            return g;
        }
        if (!global_queue_.empty()) {
            Goroutine* g = global_queue_.front();
            global_queue_.pop_front();
            return g;
        }
        return nullptr;
    }

    // A seeded pick among everything ready: the order Go leaves open, fixed by the seed.
    std::vector<Goroutine*> ready_now;
    if (p.runnext) {
        ready_now.push_back(p.runnext);
    }
    ready_now.insert(ready_now.end(), p.queue.begin(), p.queue.end());
    ready_now.insert(ready_now.end(), global_queue_.begin(), global_queue_.end());
    if (ready_now.empty()) {
        return nullptr;
    }
    Goroutine* g = ready_now[next_random() % ready_now.size()];
    if (p.runnext == g) {
        p.runnext = nullptr;
    } else if (auto it = std::find(p.queue.begin(), p.queue.end(), g); it != p.queue.end()) {
        p.queue.erase(it);
    } else {
        global_queue_.erase(std::find(global_queue_.begin(), global_queue_.end(), g));
    }
    return g;
}

void Scheduler::set_paused(bool paused) {
    if (paused == paused_ || ended()) {
        return;
    }
    paused_ = paused;
    dirty_ = true;
    if (paused) {
        paused_at_ = MonotonicClock::now();
        return;
    }
    // The program clock did not move while paused: shift its origin.
    started_ += MonotonicClock::now() - paused_at_;
}

// Takes the goroutine worker m runs next off the queues: its P's, the global one, or what it
// steals. Caller holds mu.
Goroutine* Scheduler::next_runnable(int m) {
    if (config_.virtual_time && live_procs_ == 1) {
        return pick_virtual();
    }
    Processor& p = procs_[m];
    if (p.continuing) {
        return std::exchange(p.continuing, nullptr);
    }
    Goroutine* g = nullptr;
    if (!moved_.empty()) {
        g = moved_.front();
        moved_.pop_front();
        return g;
    }
    if (p.runnext) {
        return std::exchange(p.runnext, nullptr);
    }
    if (!p.queue.empty()) {
        g = p.queue.front();
        p.queue.pop_front();
        return g;
    }
    if (!global_queue_.empty()) {
        g = global_queue_.front();
        global_queue_.pop_front();
        return g;
    }

    // Steal half of the longest queue; a runnext only from a P that
    // is not running anything (Go gives its owner a moment first).
    int victim = -1;
    size_t most = 0;
    for (int i = 0; i < live_procs_; i++) {
        size_t n = procs_[i].queue.size();
        if (i != m && n > most) {
            most = n;
            victim = i;
        }
    }
    if (victim >= 0) {
        Processor& v = procs_[victim];
        size_t take = (most + 1) / 2;
        g = v.queue.front();
        v.queue.pop_front();
        for (size_t k = 1; k < take; k++) {
            p.queue.push_back(v.queue.front());
            v.queue.pop_front();
        }
        return g;
    }
    for (int i = 0; i < live_procs_; i++) {
        if (i != m && procs_[i].runnext && !procs_[i].running) {
            return std::exchange(procs_[i].runnext, nullptr);
        }
    }
    return nullptr;
}

Goroutine* Scheduler::take_work(int m) {
    // The clock as the slice that just ended on this worker left it, unless something
    // happened since (finish_slice).
    int64_t now = std::exchange(procs_[m].handoff_ns, -1);
    if (config_.virtual_time) {
        now = -1;
    }
    if (ended() || paused_ || m >= live_procs_) {
        return nullptr; // a P past GOMAXPROCS takes no work
    }
    // NOTE: a read of the clock is a fifth of a channel hand-off: read it once here, for the
    // timers and the GoStart event both, and not at all when no timer is set.
    if (!config_.virtual_time && !timers_.empty()) {
        if (now < 0) {
            now = clock_locked();
        }
        fire_timers(now, m);
    }

    if (gc_pending_) {
        return nullptr; // the world stops for a collection (collect_if_due)
    }

    // A Mutex waiter that Unlock woke must still win the lock; one that lost is parked again
    // and never starts, and the next goroutine is taken instead.
    Goroutine* g = next_runnable(m);
    while (g && g->contending && !contend_for_mutex(*g)) {
        g = next_runnable(m);
    }
    if (!g) {
        return nullptr;
    }
    if (WaitGroupObject* wg = std::exchange(g->released_by, nullptr)) {
        // Go's Wait, once woken, finds the group as the release left it, or
        // else someone used it again before this Wait returned.
        if (wg->counter != 0 || !wg->waiters.empty()) {
            g->resume_panic = "sync: WaitGroup is reused before previous Wait has returned";
        }
    }
    g->status = GStatus::Running;
    g->worker = m;
    g->on_cpu = true;
    procs_[m].running = g;
    if (config_.virtual_time) {
        // A goroutine woken later in this round by another P starts when it was woken.
        virtual_ns_ = std::max(virtual_ns_, g->ready_at_ns);
    }
    // GoStart comes after every event recorded so far: those of other workers since the
    // slice ended, what the timers woke, a contender's taking of its Mutex.
    record_at(now >= latest_event_ns_ ? now : clock_locked(), TraceKind::GoStart, *g, m);
    running_++;
    dirty_ = true;
    return g;
}

void Scheduler::finish_slice(int m, Goroutine& g, const ExecOutcome& outcome,
                             bool relocked_at_once) {
    const int64_t parked_ns = std::exchange(procs_[m].parked_ns, -1);
    running_--;
    dirty_ = true;
    g.worker = -1;
    g.on_cpu = false;
    procs_[m].running = nullptr;
    g.line.store(g.current_line(), std::memory_order_relaxed);
    if (config_.virtual_time) {
        // outcome covers the last piece of the turn; earlier pieces were
        // charged as they ran.
        virtual_ns_ += (outcome.instructions - g.slice_accounted) * kVirtualNsPerInstruction;
    }
    g.slice_executed = 0;
    g.slice_accounted = 0;
    const bool gosched = std::exchange(g.gosched, false);
    if (ended()) {
        if (g.status != GStatus::Dead) {
            g.status = GStatus::Lost;
        }
        return;
    }

    switch (outcome.result) {
    case ExecResult::Yield: {
        // A P that GOMAXPROCS stopped keeps nothing: its goroutine was preempted.
        const bool p_stopped = m >= live_procs_;
        if (stepping_ && !config_.virtual_time && !gosched && !p_stopped) {
            // A one-instruction slice is not a preemption: the goroutine
            // carries on next, leaving runnext and the queue exactly as one
            // long slice would, and no event is recorded for it.
            g.status = GStatus::Runnable;
            procs_[m].continuing = &g;
            break;
        }
        // A preempted goroutine goes to the global queue, as in Go. Another P may take it
        // later in the same virtual round: it must not start before this slice ended, or
        // its clock (and the order of its output) would go backwards.
        g.status = GStatus::Runnable;
        g.ready_at_ns = clock_locked();
        record_at(g.ready_at_ns, TraceKind::GoYield, g);
        procs_[m].handoff_ns = g.ready_at_ns;
        if (auto it = std::find(moving_.begin(), moving_.end(), &g); it != moving_.end()) {
            // Its own GOMAXPROCS call stopped its P: it carries on first on one that runs.
            moving_.erase(it);
            moved_.push_back(&g);
        } else {
            global_queue_.push_back(&g);
        }
        // NOTE: when g is all there is to run, this worker takes it straight back on its next
        // turn. Waking a sleeping worker then only has it race this one for the lock and find
        // nothing: two futex calls per slice, a fifth of a busy loop's CPU time.
        if (on_ready && (p_stopped || !(global_queue_.size() == 1 && !procs_[m].continuing &&
                                        !procs_[m].runnext && procs_[m].queue.empty()))) {
            on_ready();
        }
        break;
    }
    case ExecResult::Park:
        // The hook that parked it set its state; a wake-up may already have come.
        if (g.wake_pending) {
            g.wake_pending = false;
            ready(g, m);
            break;
        }
        // NOTE: between the park and now, the worker only returned from the interpreter; when
        // it took the lock back without waiting for it, the clock that the park read serves
        // for the next GoStart too (take_work). A channel hand-off then reads it twice, not
        // three times: a fifth of a ping-pong's time under node went into reading the clock.
        if (relocked_at_once) {
            procs_[m].handoff_ns = parked_ns;
        }
        break;
    case ExecResult::Exit:
        g.status = GStatus::Dead;
        procs_[m].handoff_ns = clock_locked();
        record_at(procs_[m].handoff_ns, TraceKind::GoEnd, g);
        if (&g == main_ && !g.goexited) {
            end_program(RunStatus::Finished, 0);
            break;
        }
        // NOTE: main that called runtime.Goexit ends alone; the program goes on until the
        // others end too (on_idle), as in Go. Its object may be freed below, and a new
        // goroutine may come to lie where it lay.
        if (&g == main_) {
            main_ = nullptr;
            main_goexited_ = true;
        }
        // A finished goroutine stays listed, but only its slot is of use now. Nothing
        // holds g after this (the worker and the virtual round drop it as this returns).
        if (GoroutineSlot& slot = slot_of(g); !slot.selected) {
            slot.line = g.line.load(std::memory_order_relaxed);
            slot.g.reset();
        } else {
            g.stack.release();
            std::vector<Frame>().swap(g.frames);
        }
        break;
    case ExecResult::Fatal: {
        std::string text = "fatal error: " + g.panic_message + "\n\n" + traceback(g, true);
        if (g.panic_message == "stack overflow") {
            // Go names the limit first (then addresses we do not copy).
            text = "runtime: goroutine stack exceeds 1000000000-byte limit\n" + text;
        }
        write_locked(g.id, 2, text);
        g.status = GStatus::Dead;
        end_program(RunStatus::Panicked, 2);
        break;
    }
    case ExecResult::Panic: {
        g.status = GStatus::Running; // Go's dump shows the panicking goroutine running
        std::string text = "panic: " + g.panic_message;
        text += "\n\n" + traceback(g, true);
        write_locked(g.id, 2, text);
        g.status = GStatus::Dead;
        end_program(RunStatus::Panicked, 2);
        break;
    }
    }
    collect_if_due();
}

void Scheduler::deliver_tick(ChanObject* ch, int64_t when, int p) {
    // Hand the clock to a waiting receiver, or buffer it; a full buffer drops
    // the tick, as Go's timers never block on their channel.
    Value now_value = Value::make_int(when);
    ChanWaiter w;
    if (pop_waiter(ch->recvq, w)) {
        if (w.select_case >= 0) {
            wake_with(*w.g, {Value::make_int(w.select_case), now_value, Value::make_bool(true)}, p);
        } else if (w.with_ok) {
            wake_with(*w.g, {now_value, Value::make_bool(true)}, p);
        } else {
            wake_with(*w.g, {now_value}, p);
        }
        return;
    }
    if (static_cast<int64_t>(ch->buffer.size()) < ch->cap) {
        ch->buffer.push_back(now_value);
        record_chan(nullptr, *ch);
        dirty_ = true;
    }
}

void Scheduler::arm(TimerObject& t, int64_t when) {
    t.generation++;
    t.active = true;
    add_timer(Timer{when, timer_seq_++, nullptr, nullptr, &t, t.generation});
}

void Scheduler::add_timer(const Timer& t) {
    // NOTE: idle workers sleep until the earliest timer; only a new earliest one changes
    // when they must wake. Waking them for every Sleep cost a futex call each, and a worker
    // taken off its core, for nothing (10,000 sleepers started: 10,000 wake-ups).
    const bool earliest = timers_.empty() || t.when < timers_.top().when;
    timers_.push(t);
    if (on_ready && earliest) {
        on_ready(); // idle workers must recompute when to wake
    }
}

void Scheduler::drop_stale_timers() {
    while (!timers_.empty() && timers_.top().timer &&
           timers_.top().gen != timers_.top().timer->generation) {
        timers_.pop();
    }
}

bool Scheduler::fire_timers(int64_t now, int p) {
    bool any = false;
    for (drop_stale_timers(); !timers_.empty() && timers_.top().when <= now; drop_stale_timers()) {
        Timer t = timers_.top();
        timers_.pop();
        // Any timer that fired counts as progress: the clock moved to it.
        any = true;
        if (t.ch) {
            deliver_tick(t.ch, t.when, p); // time.After
            continue;
        }
        if (t.timer && t.timer->func) {
            t.timer->active = false;
            start_timer_func(*t.timer->func, t.when, p); // time.AfterFunc
            continue;
        }
        if (t.timer && !t.timer->c) {
            t.timer->active = false; // time.AfterFunc(d, nil): nothing to run
            continue;
        }
        if (t.timer) {
            TimerObject& tm = *t.timer;
            deliver_tick(tm.c, t.when, p);
            if (tm.period > 0) {
                // A Ticker that fell behind skips the ticks it missed, as Go's does.
                int64_t next = t.when + tm.period * (1 + (now - t.when) / tm.period);
                tm.generation++;
                timers_.push(Timer{next, timer_seq_++, nullptr, nullptr, &tm, tm.generation});
            } else {
                tm.active = false;
            }
            continue;
        }
        t.g->wake_at_ns = 0;
        ready(*t.g, p, config_.virtual_time ? -1 : now);
    }
    return any;
}

bool Scheduler::on_idle() {
    if (ended() || paused_) {
        return false;
    }
    drop_stale_timers();
    if (config_.virtual_time) {
        if (!timers_.empty()) {
            // Nothing can run until the next timer: the virtual clock jumps there.
            virtual_ns_ = std::max(virtual_ns_, timers_.top().when);
            return fire_timers(virtual_ns_);
        }
    } else if (!timers_.empty() || running_ > 0) {
        return false;
    }

    // No goroutine can run and no timer will ever wake one.
    bool any_runnable = !global_queue_.empty() || !moved_.empty();
    for (auto& p : procs_) {
        any_runnable |= p.runnext != nullptr || p.continuing != nullptr || !p.queue.empty();
    }
    if (any_runnable || running_ > 0) {
        return false;
    }
    bool any_waiting = false;
    for (GoroutineSlot& slot : goroutines_) {
        any_waiting |= slot.g && slot.g->status == GStatus::Waiting;
    }
    if (!any_waiting && main_goexited_) {
        // Every goroutine ended, main by runtime.Goexit: Go's own words for it.
        write_locked(0, 2, "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        end_program(RunStatus::Deadlocked, 2);
        return false;
    }
    std::string text = "fatal error: all goroutines are asleep - deadlock!\n\n";
    bool first = true;
    for (GoroutineSlot& slot : goroutines_) {
        const Goroutine* g = slot.g.get();
        if (g && g->status == GStatus::Waiting) {
            if (!first) {
                text += "\n";
            }
            first = false;
            text += traceback(*g, false);
        }
    }
    write_locked(0, 2, text);
    end_program(RunStatus::Deadlocked, 2);
    return false;
}

bool Scheduler::run_virtual_round(std::unique_lock<std::mutex>& lock) {
    if (ended() || paused_) {
        return false;
    }

    // Every P runs one turn of up to a time slice starting at the same
    // instant; the round lasts as long as the longest turn. N busy Ps thus do
    // N turns of work in the time one P needs for one: that is what
    // parallelism means on the clock. A turn runs in pieces (one instruction
    // each while stepping) that add up to exactly what one long slice does.
    if (!round_.active) {
        fire_timers(virtual_ns_);
        round_ = VirtualRound{};
        round_.active = true;
        round_.start = virtual_ns_;
        round_.order.resize(static_cast<size_t>(live_procs_));
        for (size_t i = 0; i < round_.order.size(); i++) {
            round_.order[i] = static_cast<int>(i);
        }
        if (config_.seed != 0) {
            for (size_t i = round_.order.size(); i > 1; i--) {
                std::swap(round_.order[i - 1], round_.order[next_random() % i]);
            }
        }
    }

    while (round_.pos < round_.order.size() && !ended() && !paused_) {
        int p = round_.order[round_.pos];
        if (!round_.g) {
            virtual_ns_ = round_.start;
            round_.g = take_work(p);
            if (!round_.g) {
                round_.pos++;
                continue;
            }
            round_.used = 0;
            round_.p_clock = virtual_ns_;
            round_.any = true;
        }
        Goroutine& g = *round_.g;
        virtual_ns_ = round_.p_clock;
        int64_t budget = stepping_ ? 1 : kTimeSliceInstructions - round_.used;
        round_.in_piece = true;
        lock.unlock();
        ExecOutcome outcome = vm_.execute(g, budget);
        lock.lock();
        round_.in_piece = false;
        round_.used += outcome.instructions;

        // runtime.Gosched ends the turn as a preemption would, and so does a GOMAXPROCS call
        // that stopped this P.
        bool turn_goes_on = outcome.result == ExecResult::Yield && !g.gosched &&
                            round_.used < kTimeSliceInstructions && !ended() && p < live_procs_;
        if (turn_goes_on) {
            virtual_ns_ += (outcome.instructions - g.slice_accounted) * kVirtualNsPerInstruction;
            g.slice_executed = 0;
            g.slice_accounted = 0;
            g.line.store(g.current_line(), std::memory_order_relaxed);
            round_.p_clock = virtual_ns_;
            dirty_ = true;
            collect_if_due(); // g is between two pieces: all it holds is in its Goroutine
            if (stepping_) {
                return true;
            }
            continue;
        }
        finish_slice(p, g, outcome);
        round_.p_clock = end_clock_ns_ >= 0 ? end_clock_ns_ : virtual_ns_;
        round_.longest = std::max(round_.longest, round_.p_clock - round_.start);
        round_.g = nullptr;
        round_.pos++;
        if (stepping_) {
            return true;
        }
    }
    if (paused_ && !ended()) {
        return round_.any;
    }
    bool any = round_.any;
    if (end_clock_ns_ < 0) {
        virtual_ns_ = round_.start + round_.longest;
    }
    round_ = VirtualRound{};
    flush_pending();
    return any;
}

void Scheduler::advance_idle_clock(int64_t t) {
    if (!timers_.empty()) {
        t = std::min(t, timers_.top().when);
    }
    if (t > virtual_ns_ && !ended()) {
        virtual_ns_ = t;
        dirty_ = true;
    }
}

int64_t Scheduler::idle_timeout_ns() {
    drop_stale_timers();
    if (timers_.empty() || config_.virtual_time || paused_) {
        return -1;
    }
    int64_t program_ns = std::max<int64_t>(0, timers_.top().when - clock_locked());
    return static_cast<int64_t>(static_cast<double>(program_ns) / config_.speed);
}

//-----------------------------------------------------------------------------
// [SECTION] hooks
//-----------------------------------------------------------------------------

int64_t Scheduler::clock_locked() {
    if (end_clock_ns_ >= 0) {
        return end_clock_ns_;
    }
    if (config_.virtual_time) {
        return virtual_ns_;
    }
    auto now = paused_ ? paused_at_ : MonotonicClock::now();
    wall_clock_seen_ = now;
    auto wall = std::max<MonotonicClock::duration>(now - started_, {});
    auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(wall).count();
    return static_cast<int64_t>(static_cast<double>(ns) * config_.speed);
}

// The Ps of a virtual round run one after another but stand for the same stretch of time, so
// a goroutine can meet a channel or lock that another P changed at a later instant of its own
// turn. Meeting it means waiting until that instant: the clock moves up to it, so that what
// the goroutine does next (its output first of all) comes after what it has seen, as Go's
// happens-before says. Caller holds mu and has accounted for g's instructions.
void Scheduler::meet(int64_t& object_clock) {
    if (!config_.virtual_time || end_clock_ns_ >= 0) {
        return;
    }
    virtual_ns_ = std::max(virtual_ns_, object_clock);
    object_clock = virtual_ns_;
}

void Scheduler::account(Goroutine& g) {
    if (!config_.virtual_time) {
        return;
    }
    virtual_ns_ += (g.slice_executed - g.slice_accounted) * kVirtualNsPerInstruction;
    g.slice_accounted = g.slice_executed;
}

int64_t Scheduler::now_ns(Goroutine& g) {
    std::lock_guard lock(mu_);
    account(g);
    return clock_locked();
}

void Scheduler::write_locked(int64_t g, int fd, std::string_view bytes) {
    TraceEvent e;
    e.clock_ns = clock_locked();
    e.kind = TraceKind::Output;
    e.g = g;
    emit(e, bytes, fd);
}

void Scheduler::write_output(Goroutine& g, int fd, std::string_view bytes) {
    std::lock_guard lock(mu_);
    account(g);
    if (ended()) {
        return; // the process is gone; a late goroutine's output never appears
    }
    write_locked(g.id, fd, bytes);
}

void Scheduler::spawn(Goroutine& parent, int32_t fn, std::span<const Value> args) {
    std::lock_guard lock(mu_);
    account(parent);
    if (ended()) {
        return;
    }
    if (config_.virtual_time) {
        virtual_ns_ += kVirtualNsPerGoStatement;
    }
    Goroutine& g = new_goroutine(fn, args);
    if (!parent.frames.empty()) {
        g.created_by = parent.frames.back().function;
        g.created_at_line = parent.current_line();
    }
    trace_->name_goroutine(g.id, g.function_name);
    const int64_t now = clock_locked();
    record_at(now, TraceKind::GoCreate, g, parent.id);
    ready(g, parent.worker >= 0 ? parent.worker : 0, now);
}

void Scheduler::sleep(Goroutine& g, int64_t duration_ns) {
    std::lock_guard lock(mu_);
    account(g);
    const int64_t now = clock_locked();
    g.wake_at_ns = now + duration_ns;
    g.status = GStatus::Waiting;
    g.wait_reason = WaitReason::Sleep;
    record_at(now, TraceKind::GoSleep, g, g.wake_at_ns);
    note_parked(g, now);
    dirty_ = true;
    add_timer(Timer{g.wake_at_ns, timer_seq_++, &g, nullptr});
}

bool Scheduler::waitgroup_add(Goroutine& g, WaitGroupObject& wg, int64_t delta) {
    std::lock_guard lock(mu_);
    account(g);
    meet(wg.clock_ns);
    wg.counter += delta;
    dirty_ = true;
    if (wg.trace_id < 0) {
        if (wg.name.empty()) {
            wg.name = sync_site_name(&g, 0);
        }
        wg.trace_id = trace_->add_waitgroup(wg.name.empty() ? "WaitGroup" : wg.name);
    }
    TraceEvent e;
    e.clock_ns = clock_locked();
    const int64_t now = e.clock_ns;
    e.kind = TraceKind::WaitGroupSet;
    e.g = g.id;
    e.arg = wg.counter;
    e.line = g.current_line();
    e.object = wg.trace_id;
    emit(e);
    if (wg.counter < 0) {
        g.panic_message = "sync: negative WaitGroup counter";
        return false;
    }
    if (wg.counter == 0) {
        for (Goroutine* w : wg.waiters) {
            w->released_by = &wg;
            ready(*w, g.worker >= 0 ? g.worker : 0, now);
        }
        wg.waiters.clear();
    }
    return true;
}

bool Scheduler::waitgroup_wait(Goroutine& g, WaitGroupObject& wg) {
    std::lock_guard lock(mu_);
    account(g);
    meet(wg.clock_ns);
    if (wg.counter == 0) {
        return false;
    }
    park(g, WaitReason::WaitGroup);
    wg.waiters.push_back(&g);
    dirty_ = true;
    return true;
}

void Scheduler::park(Goroutine& g, WaitReason why, int32_t object, bool front, int64_t now) {
    g.status = GStatus::Waiting;
    g.wait_reason = why;
    // NOTE: g parks from inside its own call (Lock, a channel operation, select), on the
    // worker that runs it: its frames hold still, and its line is that call's, not the line
    // it last stopped on (often its function's first).
    g.line.store(g.current_line(), std::memory_order_relaxed);
    TraceEvent e;
    e.clock_ns = now >= 0 ? now : clock_locked();
    e.kind = TraceKind::GoBlockWait;
    e.g = g.id;
    e.arg = static_cast<int64_t>(why);
    e.line = g.line.load(std::memory_order_relaxed);
    e.object = object;
    e.len = front ? 1 : 0;
    emit(e);
    note_parked(g, e.clock_ns);
    dirty_ = true;
}

void Scheduler::note_parked(const Goroutine& g, int64_t now) {
    if (!config_.virtual_time && g.on_cpu && g.worker >= 0) {
        procs_[static_cast<size_t>(g.worker)].parked_ns = now;
    }
}

int32_t Scheduler::trace_id_of(const Object* object, int32_t& id, TraceKind kind,
                               const Goroutine* g, int32_t operand) {
    if (id >= 0) {
        return id;
    }
    // Named after the expression it is first used through, else the package-level variable
    // that holds it, else by number.
    std::string name = sync_site_name(g, operand);
    for (size_t i = 0; name.empty() && i < globals_.size() && i < program_->global_names.size();
         i++) {
        if (globals_[i].kind == ValueKind::Object && globals_[i].obj == object) {
            name = program_->global_names[i];
        }
    }
    if (name.empty()) {
        const size_t n = trace_->sync_object_names(kind).size();
        name = std::string(kind == TraceKind::MutexSet     ? "Mutex "
                           : kind == TraceKind::RWMutexSet ? "RWMutex "
                                                           : "chan ") +
               std::to_string(n + 1);
    }
    id = trace_->add_sync_object(kind, std::move(name));
    return id;
}

void Scheduler::record_mutex(const Goroutine* g, MutexObject& m, int64_t holder, int64_t now) {
    TraceEvent e;
    e.clock_ns = now >= 0 ? now : clock_locked();
    e.kind = TraceKind::MutexSet;
    e.g = g ? g->id : 0;
    e.arg = holder;
    e.line = g ? g->current_line() : 0; // g is the caller, on its own worker
    e.object = trace_id_of(&m, m.trace_id, TraceKind::MutexSet, g);
    emit(e);
}

void Scheduler::record_chan(const Goroutine* g, ChanObject& ch, int32_t select_case) {
    TraceEvent e;
    e.clock_ns = clock_locked();
    e.kind = TraceKind::ChanSet;
    e.g = g ? g->id : 0;
    e.arg = static_cast<int64_t>(ch.buffer.size());
    e.len = static_cast<int32_t>(std::min<int64_t>(ch.cap, INT32_MAX));
    e.line = g ? g->current_line() : 0; // g is the caller, on its own worker
    e.object = trace_id_of(&ch, ch.trace_id, TraceKind::ChanSet, g, select_case);
    emit(e);
}

void Scheduler::record_rwmutex(const Goroutine& g, RWMutexObject& rw) {
    rw.traced_writer = rw.writer_id;
    rw.traced_readers = rw.readers;
    TraceEvent e;
    e.clock_ns = clock_locked();
    e.kind = TraceKind::RWMutexSet;
    e.g = g.id;
    e.arg = rw.writer_id;
    e.len = static_cast<int32_t>(std::min<int64_t>(rw.readers, INT32_MAX));
    e.line = g.current_line(); // g is the caller, on its own worker
    e.object = trace_id_of(&rw, rw.trace_id, TraceKind::RWMutexSet, &g);
    emit(e);
}

void Scheduler::wake_with(Goroutine& g, const ResumeValues& values, int p) {
    g.park_ticket++; // its other select entries are stale from now on
    g.resume_values = values;
    ready(g, p);
}

bool Scheduler::pop_waiter(std::deque<ChanWaiter>& q, ChanWaiter& out) {
    while (!q.empty()) {
        out = q.front();
        q.pop_front();
        if (out.ticket == out.g->park_ticket && out.g->status == GStatus::Waiting) {
            return true;
        }
    }
    return false;
}

uint64_t Scheduler::next_random() {
    pick_state_ ^= pick_state_ << 13;
    pick_state_ ^= pick_state_ >> 7;
    pick_state_ ^= pick_state_ << 17;
    return pick_state_;
}

namespace {

// The values a woken receiver gets: v, then ok if it asked; in a select, the case first.
ResumeValues received(const ChanWaiter& w, const Value& v, bool ok) {
    if (w.select_case >= 0) {
        return {Value::make_int(w.select_case), v, Value::make_bool(ok)};
    }
    if (w.with_ok) {
        return {v, Value::make_bool(ok)};
    }
    return {v};
}

// What a woken sender gets: nothing, or in a select the case it took.
ResumeValues sent(const ChanWaiter& w) {
    if (w.select_case >= 0) {
        return {Value::make_int(w.select_case), Value{}, Value::make_bool(false)};
    }
    return {};
}

} // namespace

RuntimeHooks::OpResult Scheduler::chan_send(Goroutine& g, ChanObject* ch, const Value& v) {
    std::lock_guard lock(mu_);
    account(g);
    if (ch) {
        meet(ch->clock_ns);
    }
    if (!ch) {
        park(g, WaitReason::NilChanSend);
        return OpResult::Park;
    }
    if (ch->closed) {
        g.panic_message = "send on closed channel";
        return OpResult::Panic;
    }
    ChanWaiter w;
    if (pop_waiter(ch->recvq, w)) {
        wake_with(*w.g, received(w, v, true), g.worker);
        return OpResult::Done;
    }
    if (static_cast<int64_t>(ch->buffer.size()) < ch->cap) {
        ch->buffer.push_back(v);
        record_chan(&g, *ch);
        dirty_ = true;
        return OpResult::Done;
    }
    ch->sendq.push_back(ChanWaiter{&g, v, -1, g.park_ticket, false});
    if (ch->trace_id < 0) {
        record_chan(&g, *ch); // the page learns its capacity before anyone waits on it
    }
    park(g, WaitReason::ChanSend, ch->trace_id);
    return OpResult::Park;
}

RuntimeHooks::OpResult Scheduler::chan_recv(Goroutine& g, ChanObject* ch, bool with_ok) {
    std::lock_guard lock(mu_);
    account(g);
    if (ch) {
        meet(ch->clock_ns);
    }
    if (!ch) {
        park(g, WaitReason::NilChanRecv);
        return OpResult::Park;
    }
    ChanWaiter self{&g, {}, -1, g.park_ticket, with_ok};
    ChanWaiter w;
    if (!ch->buffer.empty()) {
        Value v = ch->buffer.front();
        ch->buffer.pop_front();
        // A parked sender's value moves into the space just freed.
        if (pop_waiter(ch->sendq, w)) {
            ch->buffer.push_back(w.value);
            wake_with(*w.g, sent(w), g.worker);
        }
        record_chan(&g, *ch);
        g.resume_values = received(self, v, true);
        dirty_ = true;
        return OpResult::Done;
    }
    if (pop_waiter(ch->sendq, w)) {
        g.resume_values = received(self, w.value, true);
        wake_with(*w.g, sent(w), g.worker);
        return OpResult::Done;
    }
    if (ch->closed) {
        g.resume_values = received(self, vm_.zero_value(ch->elem), false);
        return OpResult::Done;
    }
    ch->recvq.push_back(self);
    if (ch->trace_id < 0) {
        record_chan(&g, *ch); // the page learns its capacity before anyone waits on it
    }
    park(g, WaitReason::ChanRecv, ch->trace_id);
    return OpResult::Park;
}

RuntimeHooks::OpResult Scheduler::chan_close(Goroutine& g, ChanObject* ch) {
    std::lock_guard lock(mu_);
    account(g);
    if (ch) {
        meet(ch->clock_ns);
    }
    if (!ch) {
        g.panic_message = "close of nil channel";
        return OpResult::Panic;
    }
    if (ch->closed) {
        g.panic_message = "close of closed channel";
        return OpResult::Panic;
    }
    ch->closed = true;
    dirty_ = true;
    ChanWaiter w;
    while (pop_waiter(ch->recvq, w)) {
        wake_with(*w.g, received(w, vm_.zero_value(ch->elem), false), g.worker);
    }
    while (pop_waiter(ch->sendq, w)) {
        w.g->resume_panic = "send on closed channel";
        wake_with(*w.g, {}, g.worker);
    }
    return OpResult::Done;
}

RuntimeHooks::OpResult Scheduler::select(Goroutine& g, std::span<const SelectCase> cases,
                                         bool has_default) {
    std::lock_guard lock(mu_);
    account(g);
    for (const SelectCase& c : cases) {
        if (c.ch) {
            meet(c.ch->clock_ns); // a select looks at every case
        }
    }

    // Poll the cases in a random order, as Go does, so no ready case starves.
    std::vector<int32_t> order(cases.size());
    for (size_t i = 0; i < order.size(); i++) {
        order[i] = static_cast<int32_t>(i);
    }
    for (size_t i = order.size(); i > 1; i--) {
        std::swap(order[i - 1], order[next_random() % i]);
    }
    ChanWaiter w;
    for (int32_t k : order) {
        const SelectCase& c = cases[k];
        ChanObject* ch = c.ch;
        if (!ch) {
            continue;
        }
        if (c.send) {
            if (ch->closed) {
                g.panic_message = "send on closed channel";
                return OpResult::Panic;
            }
            if (pop_waiter(ch->recvq, w)) {
                wake_with(*w.g, received(w, c.value, true), g.worker);
                g.resume_values = {Value::make_int(k), Value{}, Value::make_bool(false)};
                return OpResult::Done;
            }
            if (static_cast<int64_t>(ch->buffer.size()) < ch->cap) {
                ch->buffer.push_back(c.value);
                record_chan(&g, *ch, k);
                g.resume_values = {Value::make_int(k), Value{}, Value::make_bool(false)};
                dirty_ = true;
                return OpResult::Done;
            }
            continue;
        }
        if (!ch->buffer.empty()) {
            Value v = ch->buffer.front();
            ch->buffer.pop_front();
            if (pop_waiter(ch->sendq, w)) {
                ch->buffer.push_back(w.value);
                wake_with(*w.g, sent(w), g.worker);
            }
            record_chan(&g, *ch, k);
            g.resume_values = {Value::make_int(k), v, Value::make_bool(true)};
            dirty_ = true;
            return OpResult::Done;
        }
        if (pop_waiter(ch->sendq, w)) {
            g.resume_values = {Value::make_int(k), w.value, Value::make_bool(true)};
            wake_with(*w.g, sent(w), g.worker);
            return OpResult::Done;
        }
        if (ch->closed) {
            g.resume_values = {Value::make_int(k), vm_.zero_value(ch->elem),
                               Value::make_bool(false)};
            return OpResult::Done;
        }
    }
    if (has_default) {
        g.resume_values = {Value::make_int(-1), Value{}, Value::make_bool(false)};
        return OpResult::Done;
    }

    // Nothing ready: wait on every case at once; the first to fire wins. The page learns
    // which channels it waits on from one SelectCase event per case, just before the park.
    bool any = false;
    for (size_t k = 0; k < cases.size(); k++) {
        ChanObject* ch = cases[k].ch;
        if (!ch) {
            continue;
        }
        any = true;
        ChanWaiter self{&g, cases[k].value, static_cast<int32_t>(k), g.park_ticket, true};
        (cases[k].send ? ch->sendq : ch->recvq).push_back(self);
        if (ch->trace_id < 0) {
            record_chan(
                &g, *ch,
                static_cast<int32_t>(k)); // the page learns its capacity before anyone waits on it
        }
        TraceEvent e;
        e.clock_ns = clock_locked();
        e.kind = TraceKind::SelectCase;
        e.g = g.id;
        e.arg = cases[k].send ? 1 : 0;
        e.line = g.current_line();
        e.object = ch->trace_id;
        emit(e);
    }
    slot_of(g).selected = true;
    park(g, any ? WaitReason::Select : WaitReason::SelectNoCases);
    return OpResult::Park;
}

// sync.Mutex as Go 1.19 runs it. Normal mode: Unlock lets go of the lock and wakes the first
// waiter, which must then win it against any goroutine that calls Lock before it runs
// (contend_for_mutex); one that loses goes back to the front of the queue. A goroutine
// running on a P usually wins, so a busy Mutex changes hands without a park and a wake-up
// each time. Starvation mode, entered when a woken waiter loses after waiting over
// kMutexStarvationNs: Unlock hands the lock to the first waiter, and Lock queues at the tail
// even when nobody holds it; it ends when the waiter handed the lock is the last one or
// waited less than kMutexStarvationNs.

RuntimeHooks::OpResult Scheduler::mutex_lock(Goroutine& g, MutexObject& m) {
    std::lock_guard lock(mu_);
    account(g);
    meet(m.clock_ns);
    if (!m.locked && !m.starving) {
        m.locked = true;
        record_mutex(&g, m, g.id);
        dirty_ = true;
        return OpResult::Done;
    }
    const int64_t now = clock_locked();
    m.waiters.push_back(MutexWaiter{&g, now});
    park(g, WaitReason::Mutex, trace_id_of(&m, m.trace_id, TraceKind::MutexSet, &g), false, now);
    return OpResult::Park;
}

RuntimeHooks::OpResult Scheduler::mutex_unlock(Goroutine& g, MutexObject& m) {
    std::lock_guard lock(mu_);
    account(g);
    meet(m.clock_ns);
    if (!m.locked) {
        g.panic_message = "sync: unlock of unlocked mutex";
        return OpResult::Fatal;
    }
    dirty_ = true;
    const int p = g.worker >= 0 ? g.worker : 0;
    if (m.waiters.empty()) {
        m.starving = false;
    }
    if (m.starving) {
        // Hand-off: the lock stays locked, now for the first waiter.
        const MutexWaiter next = m.waiters.front();
        m.waiters.pop_front();
        const int64_t now = clock_locked();
        if (m.waiters.empty() || now - next.since_ns < kMutexStarvationNs) {
            m.starving = false;
        }
        record_mutex(&g, m, next.g->id, now);
        ready(*next.g, p, now);
        return OpResult::Done;
    }
    m.locked = false;
    const int64_t now = clock_locked();
    record_mutex(&g, m, 0, now);
    // One woken waiter at a time: while one is on its way, Unlock wakes nobody else.
    if (!m.waiters.empty() && !m.woken.g) {
        m.woken = m.waiters.front();
        m.waiters.pop_front();
        m.woken.g->contending = &m;
        ready(*m.woken.g, p, now);
    }
    return OpResult::Done;
}

bool Scheduler::contend_for_mutex(Goroutine& g) {
    MutexObject& m = *std::exchange(g.contending, nullptr);
    const MutexWaiter self = m.woken;
    assert(self.g == &g && "only the woken waiter contends");
    m.woken = MutexWaiter{};

    // In a virtual round, g tries when it was woken, which may be later than this P's turn
    // began; if it loses, the P has spent no time on it.
    const int64_t turn_ns = virtual_ns_;
    if (config_.virtual_time) {
        virtual_ns_ = std::max(virtual_ns_, g.ready_at_ns);
    }
    if (!m.locked) {
        m.locked = true;
        record_mutex(&g, m, g.id);
        return true;
    }
    if (clock_locked() - self.since_ns > kMutexStarvationNs) {
        m.starving = true;
    }
    m.waiters.push_front(self);
    park(g, WaitReason::Mutex, trace_id_of(&m, m.trace_id, TraceKind::MutexSet, &g), true);
    if (config_.virtual_time) {
        virtual_ns_ = turn_ns;
    }
    return false;
}

bool Scheduler::mutex_try_lock(Goroutine& g, MutexObject& m) {
    std::lock_guard lock(mu_);
    account(g);
    meet(m.clock_ns);
    if (m.locked || m.starving) {
        return false;
    }
    m.locked = true;
    record_mutex(&g, m, g.id);
    dirty_ = true;
    return true;
}

// The writer w now holds the writers' mutex: it gets the lock once the
// readers inside have left, and keeps new readers out meanwhile. Caller holds mu.
void Scheduler::rw_admit_writer(RWMutexObject& rw, Goroutine& w, int p) {
    rw.writer_held = true;
    if (rw.readers > 0) {
        rw.writer = &w;
        rw.departing = rw.readers;
        return;
    }
    rw.writer_inside = true;
    rw.writer_id = w.id;
    if (w.status == GStatus::Waiting) {
        ready(w, p);
    }
}

RuntimeHooks::OpResult Scheduler::rwmutex(Goroutine& g, RWMutexObject& rw, RWOp op) {
    std::lock_guard lock(mu_);
    account(g);
    meet(rw.clock_ns);
    dirty_ = true;
    const OpResult r = rwmutex_locked(g, rw, op);
    if (rw.writer_id != rw.traced_writer || rw.readers != rw.traced_readers) {
        record_rwmutex(g, rw);
    }
    return r;
}

// One RWMutex operation; the caller records what it changed. Caller holds mu.
RuntimeHooks::OpResult Scheduler::rwmutex_locked(Goroutine& g, RWMutexObject& rw, RWOp op) {
    const int p = g.worker >= 0 ? g.worker : 0;
    auto wait = [&](WaitReason why) {
        park(g, why, trace_id_of(&rw, rw.trace_id, TraceKind::RWMutexSet, &g));
        return OpResult::Park;
    };
    switch (op) {
    case RWOp::RLock:
        if (rw.writer_held) {
            rw.reader_waiters.push_back(&g);
            return wait(WaitReason::RWMutexRead);
        }
        rw.readers++;
        return OpResult::Done;
    case RWOp::TryRLock:
        g.resume_values = {Value::make_bool(!rw.writer_held)};
        if (!rw.writer_held) {
            rw.readers++;
        }
        return OpResult::Done;
    case RWOp::RUnlock:
        if (rw.readers == 0) {
            g.panic_message = "sync: RUnlock of unlocked RWMutex";
            return OpResult::Fatal;
        }
        rw.readers--;
        if (rw.writer && --rw.departing == 0) {
            Goroutine* w = std::exchange(rw.writer, nullptr);
            rw.writer_inside = true;
            rw.writer_id = w->id;
            ready(*w, p);
        }
        return OpResult::Done;
    case RWOp::Lock:
        if (rw.writer_held) {
            rw.writer_waiters.push_back(&g);
            return wait(WaitReason::RWMutexWrite);
        }
        rw_admit_writer(rw, g, p);
        if (!rw.writer_inside) {
            return wait(WaitReason::RWMutexWrite);
        }
        return OpResult::Done;
    case RWOp::TryLock: {
        bool free = !rw.writer_held && rw.readers == 0;
        if (free) {
            rw.writer_held = rw.writer_inside = true;
            rw.writer_id = g.id;
        }
        g.resume_values = {Value::make_bool(free)};
        return OpResult::Done;
    }
    case RWOp::Unlock:
        if (!rw.writer_inside) {
            g.panic_message = "sync: Unlock of unlocked RWMutex";
            return OpResult::Fatal;
        }
        rw.writer_inside = false;
        rw.writer_held = false;
        rw.writer_id = 0;
        // Every reader that queued behind the writer gets in now, before the
        // next writer (Go's Unlock releases the readers, then the writers' mutex).
        rw.readers += static_cast<int64_t>(rw.reader_waiters.size());
        for (Goroutine* r : rw.reader_waiters) {
            ready(*r, p);
        }
        rw.reader_waiters.clear();
        if (!rw.writer_waiters.empty()) {
            Goroutine* next = rw.writer_waiters.front();
            rw.writer_waiters.pop_front();
            rw_admit_writer(rw, *next, p);
        }
        return OpResult::Done;
    }
    return OpResult::Done;
}

TimerObject* Scheduler::new_timer(Goroutine& g, int64_t duration_ns, int64_t period_ns) {
    auto* ch = static_cast<ChanObject*>(adopt(new ChanObject()));
    ch->cap = 1;
    auto* t = static_cast<TimerObject*>(adopt(new TimerObject()));
    t->c = ch;
    t->period = period_ns;
    std::lock_guard lock(mu_);
    account(g);
    arm(*t, clock_locked() + std::max<int64_t>(duration_ns, 0));
    return t;
}

bool Scheduler::timer_stop(Goroutine& g, TimerObject& t) {
    std::lock_guard lock(mu_);
    account(g);
    bool was_active = t.active;
    t.active = false;
    t.generation++; // its entry in the heap is stale from now on
    return was_active;
}

bool Scheduler::timer_reset(Goroutine& g, TimerObject& t, int64_t duration_ns) {
    std::lock_guard lock(mu_);
    account(g);
    bool was_active = t.active;
    if (t.period > 0) {
        t.period = duration_ns;
    }
    arm(t, clock_locked() + std::max<int64_t>(duration_ns, 0));
    return was_active;
}

int64_t Scheduler::num_goroutine() {
    std::lock_guard lock(mu_);
    int64_t n = 0;
    for (const GoroutineSlot& s : goroutines_) {
        n += s.g && s.g->status != GStatus::Dead && s.g->status != GStatus::Lost;
    }
    return n;
}

// runtime.GOMAXPROCS(n). Go stops the world, changes the P count and starts it again; here
// the Ps that stop take no more work from the call on, and a goroutine one of them runs now
// leaves it at the end of its slice (within kTimeSliceInstructions).
RuntimeHooks::ProcsChange Scheduler::gomaxprocs(Goroutine& g, int64_t n) {
    std::lock_guard lock(mu_);
    account(g);
    ProcsChange change;
    change.previous = gomaxprocs_;
    if (n <= 0 || n == gomaxprocs_ || ended()) {
        return change;
    }
    // NOTE: Go keeps the new count as an int32: one whose low 32 bits are 0 changes nothing,
    // and a negative one is a fatal error of its procresize.
    const auto wanted = static_cast<int32_t>(n);
    if (wanted == 0 || wanted == gomaxprocs_) {
        return change;
    }
    if (wanted < 0) {
        g.panic_message = "procresize: invalid arg";
        change.fatal = true;
        return change;
    }

    gomaxprocs_ = wanted;
    const int before = live_procs_;
    const int capacity = config_.virtual_time ? kMaxVirtualProcs : static_cast<int>(procs_.size());
    set_live_procs(std::min(static_cast<int>(wanted), capacity));
    TraceEvent e;
    e.clock_ns = clock_locked();
    e.kind = TraceKind::ProcsSet;
    e.g = g.id;
    e.arg = gomaxprocs_;
    e.len = live_procs_;
    e.line = g.current_line();
    emit(e);
    dirty_ = true;

    if (g.worker >= live_procs_) {
        moving_.push_back(&g);
        change.moved = true;
    }
    if (live_procs_ > before && on_procs_added) {
        on_procs_added();
    }
    return change;
}

void Scheduler::set_live_procs(int running) {
    if (static_cast<size_t>(running) > procs_.size()) {
        procs_.resize(static_cast<size_t>(running)); // virtual time only: threads have theirs
    }
    // As Go's procresize does, each P that stops puts its runnext and then its queue at the
    // head of the global queue, the last P's ahead of the others.
    bool moved_any = false;
    for (int i = running; i < live_procs_; i++) {
        Processor& p = procs_[static_cast<size_t>(i)];
        while (!p.queue.empty()) {
            global_queue_.push_front(p.queue.back());
            p.queue.pop_back();
            moved_any = true;
        }
        for (Goroutine** slot : {&p.runnext, &p.continuing}) {
            if (*slot) {
                global_queue_.push_front(std::exchange(*slot, nullptr));
                moved_any = true;
            }
        }
    }
    live_procs_ = running;
    most_procs_ = std::max(most_procs_, running);
    if (moved_any && on_ready) {
        on_ready();
    }
}

int64_t Scheduler::chan_len(ChanObject& ch) {
    std::lock_guard lock(mu_);
    return static_cast<int64_t>(ch.buffer.size());
}

TimerObject* Scheduler::after_func(Goroutine& g, int64_t duration_ns, ClosureObject* f) {
    auto* t = static_cast<TimerObject*>(adopt(new TimerObject()));
    t->func = f;
    std::lock_guard lock(mu_);
    account(g);
    arm(*t, clock_locked() + std::max<int64_t>(duration_ns, 0));
    return t;
}

void Scheduler::start_timer_func(ClosureObject& f, int64_t when, int p) {
    if (ended()) {
        return;
    }
    // The new goroutine's first locals, as a go statement of the closure lays them out.
    std::vector<Value> args;
    if (f.bound) {
        args.push_back(f.captures[0]);
    } else {
        const Function& fn = program_->functions[static_cast<size_t>(f.function)];
        args.resize(static_cast<size_t>(fn.capture_base));
        args.insert(args.end(), f.captures.begin(), f.captures.end());
    }
    Goroutine& g = new_goroutine(f.function, args);
    trace_->name_goroutine(g.id, g.function_name);
    const int64_t now = std::max(when, clock_locked());
    record_at(now, TraceKind::GoCreate, g, 0);
    ready(g, p, now);
}

ChanObject* Scheduler::after(Goroutine& g, int64_t duration_ns) {
    auto* ch = static_cast<ChanObject*>(adopt(new ChanObject()));
    ch->cap = 1;
    std::lock_guard lock(mu_);
    int64_t now = clock_locked();
    add_timer(Timer{now + std::max<int64_t>(duration_ns, 0), timer_seq_++, nullptr, ch});
    (void)g;
    return ch;
}

double Scheduler::rand_float64() {
    std::lock_guard lock(mu_);
    return rand_.float64();
}

float Scheduler::rand_float32() {
    std::lock_guard lock(mu_);
    return rand_.float32();
}

int64_t Scheduler::rand_intn(int64_t n) {
    std::lock_guard lock(mu_);
    return rand_.intn(n);
}

void Scheduler::rand_seed(int64_t seed) {
    std::lock_guard lock(mu_);
    rand_.seed_with(seed);
}

int64_t Scheduler::rand_int63() {
    std::lock_guard lock(mu_);
    return rand_.int63();
}

void Scheduler::exit_program(Goroutine& g, int code) {
    std::lock_guard lock(mu_);
    account(g);
    end_program(RunStatus::Finished, code);
}

Object* Scheduler::adopt(Object* object) {
    // NOTE: a slice's array, a string or a struct is full-sized by now; what grows afterwards
    // (a map's table, a channel's buffer) is counted at the next collection.
    const int64_t bytes = heap_footprint(*object);
    object->gc_owned = true;
    std::lock_guard lock(heap_mu_);
    // Addresses follow the bytes allocated, as in Go's heap; past 64 GiB they wrap around.
    object->address = next_address_;
    next_address_ += uint32_t((bytes + 15) / 16);
    count_heap(bytes);
    heap_peak_ = std::max(heap_peak_, heap_bytes());
    heap_.emplace_back(object);
    if (object->kind == ObjectKind::WaitGroup) {
        waitgroups_.push_back(static_cast<WaitGroupObject*>(object));
    }
    return object;
}

//-----------------------------------------------------------------------------
// [SECTION] snapshot
//-----------------------------------------------------------------------------

std::string Scheduler::traceback(const Goroutine& g, bool running) {
    std::string state = running ? "running" : wait_reason_name(g.wait_reason);
    std::string text = "goroutine " + std::to_string(g.id) + " [" + state + "]:\n";
    // Go prints the innermost 100 frames of a deep stack, then says it stopped.
    constexpr size_t kMaxTracebackFrames = 100;
    size_t shown = 0;
    const std::vector<Frame>& frames =
        running && !g.panic_frames.empty() ? g.panic_frames : g.frames;
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        if (shown++ == kMaxTracebackFrames) {
            text += "...additional frames elided...\n";
            break;
        }
        int32_t pc = it->pc > 0 ? it->pc - 1 : 0;
        int32_t line = pc < static_cast<int32_t>(it->function->lines.size())
                           ? it->function->lines[pc]
                           : it->function->line;
        if (running && it == frames.rbegin() && g.panic_line > 0) {
            line = g.panic_line;
        }
        text += it->function->name + "(...)\n\t" + config_.file_name + ":" + std::to_string(line) +
                "\n";
    }
    if (g.created_by != nullptr) {
        text += "created by " + g.created_by->name + "\n\t" + config_.file_name + ":" +
                std::to_string(g.created_at_line) + "\n";
    }
    return text;
}

void Scheduler::fill_snapshot(Snapshot& s) {
    dirty_ = false;
    s.status = status_;
    s.paused = paused_;
    // Inside a virtual round each P has its own clock; the page is shown the
    // furthest any has got, so its clock never runs backwards.
    shown_clock_ns_ = std::max(shown_clock_ns_, clock_locked());
    s.trace = trace_;
    s.trace_size = trace_->size();
    s.trace_dropped = trace_->first();
    s.exit_code = exit_code_;
    s.clock_ns = end_clock_ns_ >= 0 ? end_clock_ns_ : shown_clock_ns_;
    s.gomaxprocs = std::max(1, config_.procs);
    s.gomaxprocs_now = gomaxprocs_;
    s.running_procs = live_procs_;
    s.lane_procs = most_procs_;
    s.virtual_time = config_.virtual_time;
    s.seed = config_.seed;
    s.speed = config_.speed;
    s.output = output_;
    s.goroutines.clear();
    s.goroutines.reserve(goroutines_.size());
    for (const GoroutineSlot& slot : goroutines_) {
        GoroutineView v;
        v.id = slot.id;
        if (!slot.g) {
            v.fn = program_->functions[static_cast<size_t>(slot.fn)].name;
            v.state = GoroutineState::Done;
            v.line = slot.line;
            s.goroutines.push_back(std::move(v));
            continue;
        }
        const Goroutine* g = slot.g.get();
        v.fn = g->function_name;
        v.line = g->line.load(std::memory_order_relaxed);
        v.worker = g->status == GStatus::Running ? g->worker : -1;
        switch (g->status) {
        case GStatus::Runnable:
            v.state = GoroutineState::Runnable;
            break;
        case GStatus::Running:
            v.state = GoroutineState::Running;
            break;
        case GStatus::Waiting:
            v.state = g->wait_reason == WaitReason::Sleep ? GoroutineState::Sleeping
                                                          : GoroutineState::Waiting;
            v.wait_reason = wait_reason_name(g->wait_reason);
            break;
        case GStatus::Dead:
            v.state = GoroutineState::Done;
            break;
        case GStatus::Lost:
            v.state = GoroutineState::Lost;
            break;
        }
        // NOTE: frames belong to the worker running g; off a worker they hold still.
        // on_cpu and status change under the lock held here, so test them before
        // touching frames at all (ThreadSanitizer saw frames.size() race a return).
        if (!g->on_cpu && g->status != GStatus::Running && g->frames.size() > 1) {
            for (auto f = g->frames.rbegin(); f != g->frames.rend(); ++f) {
                const int32_t pc = f->pc > 0 ? f->pc - 1 : 0;
                const auto& lines = f->function->lines;
                v.stack.push_back(StackFrameView{
                    f->function->name,
                    pc < static_cast<int32_t>(lines.size()) ? lines[pc] : f->function->line});
            }
        }
        s.goroutines.push_back(std::move(v));
    }
    s.waitgroups.clear();
    std::lock_guard heap_lock(heap_mu_);
    s.heap_bytes = heap_bytes();
    s.heap_peak_bytes = heap_peak_;
    s.collections = collections_;
    s.longest_collection_pause_ns = longest_pause_ns_;
    // In the trace's numbering (the order of first Adds), then those never added to: the
    // page matches each to its WaitGroupSet events by position.
    std::vector<const WaitGroupObject*> listed(waitgroups_.begin(), waitgroups_.end());
    auto trace_order = [](const WaitGroupObject* wg) {
        return wg->trace_id < 0 ? INT32_MAX : wg->trace_id;
    };
    std::stable_sort(listed.begin(), listed.end(),
                     [&](const WaitGroupObject* a, const WaitGroupObject* b) {
                         return trace_order(a) < trace_order(b);
                     });
    for (const WaitGroupObject* wg : listed) {
        s.waitgroups.push_back(
            WaitGroupView{wg->name.empty() ? "WaitGroup" : wg->name, wg->counter});
    }
    for (auto [kind, names] : {std::pair{TraceKind::MutexSet, &s.mutex_names},
                               std::pair{TraceKind::RWMutexSet, &s.rwmutex_names},
                               std::pair{TraceKind::ChanSet, &s.channel_names}}) {
        const std::vector<std::string>& all = trace_->sync_object_names(kind);
        names->assign(all.begin(), all.begin() + static_cast<long>(std::min(
                                                     all.size(), Snapshot::kMaxSyncNames)));
    }
}

} // namespace golab
