// clock.h: the monotonic clock the runtime reads for the program clock and every trace event.
//
// A std::chrono clock, so durations and time points work as with steady_clock. Natively it is
// steady_clock; under Emscripten it reads emscripten_get_now() itself (see now()).
#pragma once

#include <chrono>
#include <cstdint>

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#endif

namespace golab {

struct MonotonicClock {
    using rep = int64_t;
    using period = std::nano;
    using duration = std::chrono::nanoseconds;
    using time_point = std::chrono::time_point<MonotonicClock>;
    static constexpr bool is_steady = true;

    // Returns the time since an arbitrary start, the same on every thread.
    // NOTE: under Emscripten, steady_clock goes through clock_gettime, whose JavaScript writes
    // the result into the heap, and with shared memory that may grow every such write first
    // asks the memory for its buffer: a node profile of a channel ping-pong put a quarter of
    // the busy worker's time there. emscripten_get_now() hands back a number instead (the
    // same source: process.hrtime under node, performance.now in a browser's workers).
    static time_point now() noexcept {
#if defined(__EMSCRIPTEN__)
        return time_point(duration(static_cast<int64_t>(emscripten_get_now() * 1e6)));
#else
        return time_point(std::chrono::duration_cast<duration>(
            std::chrono::steady_clock::now().time_since_epoch()));
#endif
    }
};

} // namespace golab
