// futex.cpp: futex_wait and futex_wake for Emscripten and Linux (see futex.h).
#include "runtime/futex.h"

#include <climits>
#include <cmath>

#if defined(__EMSCRIPTEN_PTHREADS__)
#include <emscripten/threading.h>
#elif !defined(__EMSCRIPTEN__)
#include <ctime>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace golab {

static_assert(sizeof(std::atomic<uint32_t>) == sizeof(uint32_t), "futex word must be 32 bits");

// NOTE: a build without pthreads (the page's single-thread fallback) has no
// other thread to wait for or to wake: both return at once.
void futex_wait(std::atomic<uint32_t>& word, uint32_t expected, int64_t timeout_ns) {
#if defined(__EMSCRIPTEN_PTHREADS__)
    // NOTE: emscripten_futex_wait itself does not check; this makes a wait on
    // the browser's main thread abort in the page build, which links with
    // -sALLOW_BLOCKING_ON_MAIN_THREAD=0 (workers and node pass straight through).
    emscripten_check_blocking_allowed();
    double ms = timeout_ns < 0 ? INFINITY : static_cast<double>(timeout_ns) / 1e6;
    emscripten_futex_wait(reinterpret_cast<volatile void*>(&word), expected, ms);
#elif defined(__EMSCRIPTEN__)
    (void)word, (void)expected, (void)timeout_ns;
#else
    timespec ts{};
    timespec* limit = nullptr;
    if (timeout_ns >= 0) {
        ts.tv_sec = static_cast<time_t>(timeout_ns / 1000000000);
        ts.tv_nsec = static_cast<long>(timeout_ns % 1000000000);
        limit = &ts;
    }
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAIT_PRIVATE, expected, limit,
            nullptr, 0);
#endif
}

void futex_wake(std::atomic<uint32_t>& word, int count) {
#if defined(__EMSCRIPTEN_PTHREADS__)
    emscripten_futex_wake(reinterpret_cast<volatile void*>(&word), count);
#elif defined(__EMSCRIPTEN__)
    (void)word, (void)count;
#else
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&word), FUTEX_WAKE_PRIVATE, count, nullptr,
            nullptr, 0);
#endif
}

} // namespace golab
