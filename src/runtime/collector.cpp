// collector.cpp: the run's garbage collector, a precise stop-the-world mark and sweep.
//
// Values are tagged (ValueKind::Object holds a heap object), so marking is precise: it starts
// from the roots below, follows what each object refers to (vm/gc.h), then frees every
// adopted object it did not reach. It runs only while no goroutine runs Go code, at the end of
// a slice: then everything a goroutine holds is in its Goroutine, and no native holds an
// object in a C++ local, since a native's callback into Go (fmt calling String, sort calling
// Less) always runs to its end inside one slice (Vm::call_sync). That is why there is no
// handle scope: collection waits for the callback to return instead.
//
// Invariants:
// - Collection changes no program-visible state: no clock, no random number, no trace event.
//   The virtual executor's output and trace stay the same for a seed, whenever it collects.
// - Nothing outside a Value keeps a freed object: a trace number lives in the object itself
//   (a new object at a reused address starts without one), timers and WaitGroups are roots.
#include "runtime/scheduler.h"

#include <algorithm>
#include <chrono>

namespace golab {

namespace {

// Stress mode's pace at the VM's safepoints (see stress_safepoint).
constexpr size_t kStressScanPerSafepoint = 64;

} // namespace

void Scheduler::collect_if_due() {
    if (ended() || !collecting_) {
        return;
    }
    const bool due =
        gc_stress_ || heap_over_trigger() || gc_requested_.load(std::memory_order_relaxed);
    if (!due && !gc_pending_) {
        return;
    }
    if (config_.virtual_time) {
        collect(); // one thread: whoever is between pieces holds still
        return;
    }
    // Threaded: stop the world. No P takes new work from now on; the goroutines running now
    // end their slices within a time slice, and the last of them collects.
    if (!gc_pending_) {
        gc_pending_ = true;
        gc_stop_requested_ = MonotonicClock::now(); // the pause starts here
    }
    if (running_ > 0) {
        return;
    }
    collect();
    gc_pending_ = false;
    if (on_ready) {
        for (size_t i = 0; i < procs_.size(); i++) {
            on_ready(); // the workers that found no work meanwhile
        }
    }
}

void Scheduler::stress_safepoint(Goroutine& g) {
    (void)g; // it stands between two instructions, its stack written back: a root like any
    std::lock_guard lock(mu_);
    // On threads, only when g is the one goroutine running: the others keep their operand
    // stacks' tops in registers until their slices end.
    if (ended() || (!config_.virtual_time && running_ > 1)) {
        return;
    }
    // At most 64 values scanned per safepoint, amortized: a small program collects at every
    // one, a deep recursion (250,000 frames) does not turn quadratic.
    if (++stress_safepoints_ * kStressScanPerSafepoint < last_scanned_) {
        return;
    }
    collect();
}

void Scheduler::mark_roots(Marker& marker) {
    marker.mark_all(globals_);

    // Every goroutine that still has its object: its locals and operands, what a waker handed
    // it, its deferred calls and panics. Their frames hold functions, not objects.
    for (const GoroutineSlot& slot : goroutines_) {
        const Goroutine* g = slot.g.get();
        if (!g) {
            continue;
        }
        marker.mark_all(std::span<const Value>(g->stack.begin(), g->stack.end()));
        marker.mark_all(g->resume_values);
        marker.mark(g->panic_value);
        for (const DeferRecord& d : g->defers) {
            marker.mark(d.closure);
            marker.mark_all(d.args);
        }
        for (const PanicRecord& p : g->panics) {
            marker.mark(p.value);
        }
        marker.mark(g->released_by);
        marker.mark(g->contending); // take_work reads the Mutex a woken waiter contends for
    }

    // A timer fires whether or not the program still holds its channel (time.After), and
    // drop_stale_timers reads a stale entry's Timer object.
    for (const Timer& t : timers_.entries()) {
        marker.mark(t.ch);
        marker.mark(t.timer);
    }

    // The page lists every WaitGroup of the run by position, so none is ever freed.
    for (const WaitGroupObject* wg : waitgroups_) {
        marker.mark(wg);
    }
}

void Scheduler::collect() {
    const auto started = MonotonicClock::now();
    std::lock_guard heap_lock(heap_mu_);
    Marker marker;
    mark_roots(marker);
    marker.drain();
    last_scanned_ = marker.scanned();
    gc_requested_.store(false, std::memory_order_relaxed);
    stress_safepoints_ = 0;

    // Sweep: survivors keep their order (the heap's order is never observable, but a stable
    // sweep keeps runs comparable under a debugger).
    int64_t live = 0;
    size_t kept = 0;
    for (std::unique_ptr<Object>& object : heap_) {
        if (!object->gc_marked) {
            object.reset();
            continue;
        }
        object->gc_marked = false;
        live += heap_footprint(*object);
        heap_[kept++] = std::move(object);
    }
    heap_.resize(kept);
    set_live_heap(live);
    set_heap_trigger(std::min(heap_limit_, std::max(kMinCollectionTrigger, 2 * live)));
    collections_++;

    // The pause the program saw: the collection, and on threads the wait for the goroutines
    // running when it was asked for to end their slices. Never a clock the program reads.
    const auto paused_from = gc_pending_ ? std::min(gc_stop_requested_, started) : started;
    const auto pause = MonotonicClock::now() - paused_from;
    longest_pause_ns_ = std::max<int64_t>(
        longest_pause_ns_, std::chrono::duration_cast<std::chrono::nanoseconds>(pause).count());
}

} // namespace golab
