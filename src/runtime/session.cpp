// session.cpp: worker threads, the command mailbox and snapshot publication (see session.h).
//
// The caller's thread (the browser's main thread on the page) only compiles,
// posts commands into a single-producer ring and reads snapshots; it wakes
// workers with futex_wake, which never blocks. Everything else happens on the
// workers, under one scheduler mutex that only workers ever take.
#include "runtime/session.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "lang/compile.h"
#include "runtime/futex.h"
#include "runtime/scheduler.h"
#include "runtime/snapshot_buffer.h"

namespace golab {

const char* to_string(GoroutineState s) {
    switch (s) {
    case GoroutineState::Runnable:
        return "runnable";
    case GoroutineState::Running:
        return "running";
    case GoroutineState::Sleeping:
        return "sleeping";
    case GoroutineState::Waiting:
        return "waiting";
    case GoroutineState::Done:
        return "done";
    case GoroutineState::Lost:
        return "lost";
    }
    return "?";
}

const char* to_string(RunStatus s) {
    switch (s) {
    case RunStatus::Idle:
        return "idle";
    case RunStatus::Running:
        return "running";
    case RunStatus::Finished:
        return "finished";
    case RunStatus::Panicked:
        return "panicked";
    case RunStatus::Deadlocked:
        return "deadlocked";
    case RunStatus::CompileError:
        return "compile-error";
    case RunStatus::Stopped:
        return "stopped";
    }
    return "?";
}

namespace {

// While a threaded run is live, idle workers republish at this period so the
// page's timer moves even when every goroutine sleeps.
constexpr int64_t kLiveClockRefreshNs = 15'000'000;

// Snapshots are built at most this often while goroutines churn; every change
// is still published before the workers go idle.
constexpr auto kPublishInterval = std::chrono::milliseconds(2);

// Pump mode: the most wall time one pump() may credit to a paced clock, so a
// tab the browser throttled does not come back to a run that leaps ahead.
constexpr auto kMaxPumpCredit = std::chrono::milliseconds(100);

struct Command {
    enum class Kind : uint8_t {
        Load,
        CompileFailed,
        Run,
        Reset,
        Stop,
        Pause,
        Resume,
        Step,
        Configure,
        Shutdown
    } kind;
    std::shared_ptr<const Program> program;
    std::vector<std::string> errors;
    RunSettings settings;
};

// A ring of commands with one producer (the caller of Session's methods) and
// one consumer at a time (whichever worker holds the scheduler mutex).
class CommandRing {
  public:
    // Returns false when the ring is full.
    bool push(Command c) {
        uint32_t tail = tail_.load(std::memory_order_relaxed);
        if (tail - head_.load(std::memory_order_acquire) == kSize) {
            return false;
        }
        slots_[tail % kSize] = std::move(c);
        tail_.store(tail + 1, std::memory_order_release);
        return true;
    }

    bool pop(Command& out) {
        uint32_t head = head_.load(std::memory_order_relaxed);
        if (head == tail_.load(std::memory_order_acquire)) {
            return false;
        }
        out = std::move(slots_[head % kSize]);
        head_.store(head + 1, std::memory_order_release);
        return true;
    }

    // True when nothing is waiting. Consumer side.
    bool empty() const {
        return head_.load(std::memory_order_relaxed) == tail_.load(std::memory_order_acquire);
    }

  private:
    static constexpr uint32_t kSize = 64;
    std::array<Command, kSize> slots_;
    std::atomic<uint32_t> head_{0};
    std::atomic<uint32_t> tail_{0};
};

} // namespace

struct Session::Impl {
    SessionOptions options;
    std::vector<std::thread> workers;
    std::atomic<bool> shutting_down{false};
    std::atomic<uint32_t> wake_word{0};
    std::atomic<uint32_t> ended_runs{0};
    std::atomic<int> last_exit_code{0};
    uint32_t started_runs = 0;              // caller's side only
    uint64_t posted_loads = 0;              // caller's side only
    std::vector<std::string> posted_errors; // caller's side: the last load's errors
    CommandRing commands;
    SnapshotBuffer snapshots;

    // Guarded by mu (workers only).
    std::mutex mu;
    RunSettings settings;
    bool stepping = false; // a step is under way: pause after the next event
    size_t step_from = 0;  // the trace size when it began
    std::shared_ptr<const Program> program;
    std::vector<std::string> errors;
    uint64_t applied_loads = 0; // load() calls whose command has been applied
    std::unique_ptr<Scheduler> run;
    std::vector<std::unique_ptr<Scheduler>> retired; // ended runs still on a worker
    bool run_counted = true;                         // its end was counted in ended_runs
    uint64_t version = 0;
    bool dirty = true;
    MonotonicClock::time_point last_publish{};
    MonotonicClock::duration publish_interval = kPublishInterval;

    // Workers asleep in futex_wait, or about to be: each counts itself in
    // under mu before it reads wake_word for the last time.
    std::atomic<int> sleepers{0};
    // Workers whose P the run's GOMAXPROCS leaves out sleep on spare_word instead, so that
    // wake(1), meant for a worker that can take the new work, never lands on one of them.
    // It changes (under mu) when GOMAXPROCS grows, a run starts and at shutdown.
    std::atomic<uint32_t> spare_word{0};

    // Pump mode (options.pump): the program clock a paced run may reach so far.
    bool paced = false;
    double paced_speed = 1.0;
    int64_t paced_ns = 0;
    MonotonicClock::time_point last_pump = MonotonicClock::now();

    void wake(int count) {
        wake_word.fetch_add(1, std::memory_order_seq_cst);
        // NOTE: the system call is most of the cost of a channel hand-off when
        // every worker is busy; a worker that counted itself in after this
        // check reads the new word and does not sleep on the old one.
        if (sleepers.load(std::memory_order_seq_cst) > 0) {
            futex_wake(wake_word, count);
        }
    }

    // Wakes every worker that sleeps as a spare. Caller holds mu (or shuts down).
    void wake_spares() {
        spare_word.fetch_add(1, std::memory_order_seq_cst);
        futex_wake(spare_word, INT32_MAX);
    }

    void post(Command c) {
        // NOTE: the ring holds 64 commands; a UI cannot outrun workers that
        // drain it on every wake, so a full ring only drops a stale command.
        commands.push(std::move(c));
        wake(INT32_MAX);
    }

    // Applies posted commands in order. Caller holds mu.
    void drain_commands() {
        Command c;
        while (commands.pop(c)) {
            dirty = true;
            switch (c.kind) {
            case Command::Kind::Load:
                end_run();
                program = std::move(c.program);
                errors.clear();
                applied_loads++;
                break;
            case Command::Kind::CompileFailed:
                end_run();
                errors = std::move(c.errors);
                applied_loads++;
                break;
            case Command::Kind::Run:
                end_run();
                errors.clear();
                if (program) {
                    start_run();
                } else {
                    ended_runs.fetch_add(1);
                    futex_wake(ended_runs, INT32_MAX);
                }
                break;
            case Command::Kind::Reset:
                end_run();
                errors.clear();
                break;
            case Command::Kind::Stop:
                stepping = false;
                if (run && !run->ended()) {
                    run->stop(RunStatus::Stopped);
                    note_if_ended();
                }
                break;
            case Command::Kind::Pause:
                if (run) {
                    run->set_paused(true);
                }
                break;
            case Command::Kind::Resume:
                stepping = false;
                if (run) {
                    run->set_stepping(false);
                    run->set_paused(false);
                }
                break;
            case Command::Kind::Step:
                if ((!run || run->ended()) && program && errors.empty()) {
                    end_run();
                    start_run();
                }
                if (run && !run->ended()) {
                    stepping = true;
                    step_from = run->trace_size();
                    run->set_stepping(true);
                    run->set_paused(false);
                }
                break;
            case Command::Kind::Configure:
                settings = c.settings;
                settings.procs = std::clamp(settings.procs, 1, options.procs);
                settings.speed = std::clamp(settings.speed, 0.01, 100.0);
                break;
            case Command::Kind::Shutdown:
                end_run();
                break;
            }
        }
    }

    // Starts the loaded program. Caller holds mu.
    void start_run() {
        RunConfig config;
        config.procs = settings.procs;
        config.num_cpu = options.procs;
        config.virtual_time = settings.virtual_time || options.pump;
        config.seed = settings.seed;
        config.speed = settings.speed;
        config.file_name = options.file_name;
        config.memory_limit = options.memory_limit;
        config.collect_garbage = options.collect_garbage;
        config.gc_stress = options.gc_stress;
        config.on_output = options.on_output;
        config.on_input = options.on_input;
        run = std::make_unique<Scheduler>(program, std::move(config), mu);
        // NOTE: a virtual-time run is driven by worker 0 alone, and only its
        // own round or a posted command makes a goroutine ready; waking
        // another worker there would only have it publish and sleep again.
        if (!config.virtual_time) {
            run->on_ready = [this] { wake(1); };
            run->on_procs_added = [this] { wake_spares(); };
        }
        run_counted = false;
        paced = options.pump && !settings.virtual_time;
        paced_speed = settings.speed;
        paced_ns = 0;
        last_pump = MonotonicClock::now(); // no credit for time before the run
        run->start();
        wake_spares(); // spares of the last run may hold this run's Ps
    }

    // Ends a step once the run has recorded an event since it began. Caller holds mu.
    void check_step() {
        if (stepping && run && (run->trace_size() > step_from || run->ended())) {
            stepping = false;
            run->set_stepping(false);
            run->set_paused(true);
        }
    }

    // Stops the current run; it is freed once no worker runs its goroutines.
    // Caller holds mu.
    void end_run() {
        if (!run) {
            return;
        }
        run->stop();
        note_if_ended();
        if (run->running_count() > 0) {
            retired.push_back(std::move(run));
        }
        run.reset();
    }

    // Counts a run's end once, for wait(). Caller holds mu.
    void note_if_ended() {
        if (run && run->ended() && !run_counted) {
            run_counted = true;
            // The ended state is published before wait() can return, so a
            // caller of wait() then snapshot() sees how the run ended.
            publish(true);
            last_exit_code.store(run->exit_code());
            ended_runs.fetch_add(1, std::memory_order_release);
            futex_wake(ended_runs, INT32_MAX);
        }
    }

    // Publishes a snapshot if anything changed; now is the wall clock, when the caller has
    // just read it. Caller holds mu.
    void publish(bool force, MonotonicClock::time_point now = {}) {
        bool changed = dirty || (run && run->dirty());
        if (!changed && !force) {
            return;
        }
        if (now == MonotonicClock::time_point{}) {
            now = MonotonicClock::now();
        }
        if (!force && now - last_publish < publish_interval) {
            return;
        }
        last_publish = now;
        if (!options.publish_snapshots && !force) {
            return;
        }
        dirty = false;
        auto s = std::make_shared<Snapshot>();
        s->version = ++version;
        s->procs = options.procs;
        s->loads = applied_loads;
        if (run) {
            run->fill_snapshot(*s);
            // A paced pump run is the virtual executor, shown as the run with
            // real sleeps that it imitates.
            s->virtual_time = s->virtual_time && !paced;
        }
        if (!errors.empty()) {
            s->status = RunStatus::CompileError;
            s->errors = errors;
            s->exit_code = 2;
            for (const std::string& e : errors) {
                s->output += e + "\n";
            }
        }
        snapshots.publish(std::move(s));

        // A snapshot of 100,000 goroutines takes milliseconds to build: keep
        // building them to a small share of the workers' time.
        auto cost = MonotonicClock::now() - now;
        publish_interval = std::max<MonotonicClock::duration>(kPublishInterval, 20 * cost);
    }

    // Before a worker sleeps: publishes what changed (a live threaded run's
    // clock counts as a change, so the page's timer moves while every
    // goroutine sleeps). A change the publish interval holds back is not
    // forced out: that made every idle worker build a whole snapshot, which
    // with 100,000 goroutines cost more than running them. Returns the
    // nanoseconds until it may be published, or -1 if nothing waits.
    // Caller holds mu.
    int64_t publish_before_idle() {
        bool live = run && !run->ended() && !run->virtual_time();
        bool changed = dirty || live || (run && run->dirty());
        if (!changed || !options.publish_snapshots) {
            return -1;
        }
        auto wait = last_publish + publish_interval - MonotonicClock::now();
        if (wait > MonotonicClock::duration::zero()) {
            return std::max<int64_t>(
                1, std::chrono::duration_cast<std::chrono::nanoseconds>(wait).count());
        }
        publish(true);
        return -1;
    }

    void worker_loop(int m) {
        std::unique_lock lock(mu);
        while (!shutting_down.load()) {
            drain_commands();
            std::erase_if(retired, [](auto& r) { return r->running_count() == 0; });

            if (run && !run->ended() && run->virtual_time()) {
                if (m == 0) {
                    publish(false);
                    Scheduler* current = run.get();
                    if (current->run_virtual_round(lock)) {
                        if (current == run.get()) {
                            check_step();
                            note_if_ended();
                        }
                        continue;
                    }
                }
            }

            Goroutine* g =
                (run && !run->ended() && !run->virtual_time()) ? run->take_work(m) : nullptr;
            if (g) {
                publish(false, run->wall_clock_seen()); // take_work read the clock just now
                Scheduler* current = run.get();
                lock.unlock();
                ExecOutcome outcome = current->run_slice(*g);
                const bool at_once = lock.try_lock();
                if (!at_once) {
                    lock.lock();
                }
                current->finish_slice(m, *g, outcome, at_once);
                if (current == run.get()) {
                    check_step();
                    note_if_ended();
                }
                continue;
            }

            // Nothing to run: let the clock jump (virtual) or detect deadlock.
            if (run && !run->ended() && (m == 0 || !run->virtual_time()) && run->on_idle()) {
                check_step();
                continue;
            }
            note_if_ended();
            int64_t publish_due = publish_before_idle();

            // Sleep until woken, until the next timer is due, or until a
            // change held back by the publish interval may be published.
            int64_t timeout = -1;
            if (run && !run->ended() && !run->virtual_time()) {
                timeout = run->idle_timeout_ns();
                if (timeout < 0 || timeout > kLiveClockRefreshNs) {
                    timeout = kLiveClockRefreshNs;
                }
            }
            if (publish_due >= 0 && (timeout < 0 || publish_due < timeout)) {
                timeout = publish_due;
            }
            // A worker whose P is past the run's GOMAXPROCS sleeps apart (see spare_word)
            // until the count grows, a run starts or the session ends; a worker that
            // can run the run's goroutines handles the commands meanwhile.
            if (run && !run->ended() && !run->virtual_time() && m >= run->live_procs()) {
                const uint32_t spare_seen = spare_word.load(std::memory_order_seq_cst);
                if (shutting_down.load(std::memory_order_seq_cst)) {
                    continue; // shutdown bumps the word after this flag: seen one way or other
                }
                lock.unlock();
                futex_wait(spare_word, spare_seen, -1);
                lock.lock();
                continue;
            }
            // NOTE: read the word before the last look at the mailbox: a
            // command or shutdown posted after this read changes the word, so
            // the wait returns at once; one posted before it is seen here.
            sleepers.fetch_add(1, std::memory_order_seq_cst);
            uint32_t seen = wake_word.load(std::memory_order_seq_cst);
            if (shutting_down.load(std::memory_order_seq_cst) || !commands.empty()) {
                sleepers.fetch_sub(1, std::memory_order_seq_cst);
                continue;
            }
            lock.unlock();
            futex_wait(wake_word, seen, timeout);
            sleepers.fetch_sub(1, std::memory_order_seq_cst);
            lock.lock();
        }
    }
};

Session::Session(SessionOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    if (impl_->options.procs < 1) {
        impl_->options.procs = 1;
    }
    impl_->settings.procs = impl_->options.procs;
    impl_->settings.virtual_time = impl_->options.virtual_time;
    impl_->settings.seed = impl_->options.seed;
    impl_->settings.speed = impl_->options.speed > 0 ? impl_->options.speed : 1.0;

    // All worker threads start now, so that no Run ever creates a thread (in
    // the browser, creating one later would need the main thread's help).
    if (impl_->options.pump) {
        return;
    }
    for (int m = 0; m < impl_->options.procs; m++) {
        impl_->workers.emplace_back([this, m] { impl_->worker_loop(m); });
    }
}

Session::~Session() {
    impl_->post(Command{Command::Kind::Shutdown, nullptr, {}, {}});
    impl_->shutting_down.store(true);
    impl_->wake(INT32_MAX);
    impl_->wake_spares();
    for (auto& t : impl_->workers) {
        t.join();
    }
}

bool Session::load(std::string_view source) {
    CompileResult result = compile_program(impl_->options.file_name, source);
    impl_->posted_loads++;
    impl_->posted_errors.clear();
    if (!result.program) {
        std::vector<std::string> texts;
        for (const CompileError& e : result.errors) {
            texts.push_back(e.text());
        }
        impl_->posted_errors = texts;
        impl_->post(Command{Command::Kind::CompileFailed, nullptr, std::move(texts), {}});
        return false;
    }
    // NOTE: the program is not shared yet, so its arguments can still be written.
    auto program = std::const_pointer_cast<Program>(result.program);
    program->os_args = {command_name(program->file_name)};
    program->os_args.insert(program->os_args.end(), impl_->options.args.begin(),
                            impl_->options.args.end());
    impl_->post(Command{Command::Kind::Load, std::move(result.program), {}, {}});
    return true;
}

void Session::run() {
    impl_->started_runs++;
    impl_->post(Command{Command::Kind::Run, nullptr, {}, {}});
}

void Session::reset() {
    impl_->post(Command{Command::Kind::Reset, nullptr, {}, {}});
}

void Session::stop() {
    impl_->post(Command{Command::Kind::Stop, nullptr, {}, {}});
}

void Session::pause() {
    impl_->post(Command{Command::Kind::Pause, nullptr, {}, {}});
}

void Session::resume() {
    impl_->post(Command{Command::Kind::Resume, nullptr, {}, {}});
}

void Session::step() {
    impl_->post(Command{Command::Kind::Step, nullptr, {}, {}});
}

void Session::configure(const RunSettings& settings) {
    impl_->post(Command{Command::Kind::Configure, nullptr, {}, settings});
}

std::shared_ptr<const Snapshot> Session::snapshot() {
    std::shared_ptr<const Snapshot> s = impl_->snapshots.latest();
    if (s->loads >= impl_->posted_loads) {
        return s;
    }

    // A load the workers have not applied yet: show its outcome already, the
    // way the next publication will.
    auto now = std::make_shared<Snapshot>(*s);
    now->loads = impl_->posted_loads;
    if (!impl_->posted_errors.empty()) {
        now->status = RunStatus::CompileError;
        now->errors = impl_->posted_errors;
        now->exit_code = 2;
        now->output.clear();
        for (const std::string& e : impl_->posted_errors) {
            now->output += e + "\n";
        }
    } else {
        *now = Snapshot{};
        now->procs = impl_->options.procs;
        now->loads = impl_->posted_loads;
    }
    return now;
}

bool Session::pump(int64_t budget_ns) {
    Impl& s = *impl_;
    if (!s.options.pump) {
        return false;
    }
    auto start = MonotonicClock::now();
    auto deadline = start + std::chrono::nanoseconds(budget_ns);
    std::unique_lock lock(s.mu);
    s.drain_commands();
    s.retired.clear(); // no thread can be inside them

    // A paced run's clock may go as far as the wall time it has been running for.
    if (s.run && !s.run->ended() && !s.run->paused()) {
        auto credit = std::min<MonotonicClock::duration>(start - s.last_pump, kMaxPumpCredit);
        s.paced_ns += int64_t(double(std::chrono::nanoseconds(credit).count()) * s.paced_speed);
    }
    s.last_pump = start;

    // What a worker's loop does for M 0 of the virtual executor, until the
    // budget is spent or the paced clock has caught up with the wall clock.
    while (s.run && !s.run->ended()) {
        bool pacing = s.paced && !s.stepping;
        if (pacing && s.run->virtual_clock_ns() >= s.paced_ns) {
            break;
        }
        Scheduler* current = s.run.get();
        if (current->run_virtual_round(lock)) {
            s.check_step();
            s.note_if_ended();
            if (MonotonicClock::now() >= deadline) {
                break;
            }
            continue;
        }
        int64_t next_timer = current->next_timer_ns();
        if (pacing && next_timer > s.paced_ns) {
            current->advance_idle_clock(s.paced_ns); // everyone sleeps: the clock still moves
            break;
        }
        if (!current->on_idle()) {
            break;
        }
        s.check_step();
    }
    s.note_if_ended();
    s.publish(false);
    return s.run && !s.run->ended();
}

std::string Session::chrome_trace() {
    std::lock_guard lock(impl_->mu);
    return impl_->run ? impl_->run->chrome_trace() : "{}";
}

int Session::wait() {
    int code = 0;
    wait_for(-1, code);
    return code;
}

bool Session::wait_for(int64_t timeout_ms, int& exit_code) {
    auto deadline = MonotonicClock::now() + std::chrono::milliseconds(timeout_ms);
    for (;;) {
        uint32_t ended = impl_->ended_runs.load(std::memory_order_acquire);
        if (ended >= impl_->started_runs) {
            exit_code = impl_->last_exit_code.load();
            return true;
        }
        int64_t left = -1;
        if (timeout_ms >= 0) {
            left = std::chrono::duration_cast<std::chrono::nanoseconds>(deadline -
                                                                        MonotonicClock::now())
                       .count();
            if (left <= 0) {
                return false;
            }
        }
        futex_wait(impl_->ended_runs, ended, left);
    }
}

} // namespace golab
