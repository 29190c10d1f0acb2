// futex.h: the one way worker threads sleep and wake in the runtime.
//
// Idle workers wait on a 32-bit word until someone changes it and wakes them,
// or until the next timer is due. In the browser this is Atomics.wait in a
// Web Worker; natively it is the Linux futex. Waking never blocks, so the
// browser's main thread may wake workers.
#pragma once

#include <atomic>
#include <cstdint>

namespace golab {

// Sleeps while word == expected, for at most timeout_ns (negative: no limit).
// May return early, spuriously: callers re-check their condition.
void futex_wait(std::atomic<uint32_t>& word, uint32_t expected, int64_t timeout_ns);

// Wakes up to count threads waiting on word.
void futex_wake(std::atomic<uint32_t>& word, int count);

} // namespace golab
