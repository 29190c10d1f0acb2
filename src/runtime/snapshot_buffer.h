// snapshot_buffer.h: hands the newest Snapshot from the runtime to the page, wait-free.
//
// A triple buffer: the writer fills its back slot and swaps it with the
// middle one; the reader swaps the middle slot for its front one when the
// middle holds something new. Neither side ever waits for the other, which is
// what lets the browser's main thread read state without touching a lock.
// One writer at a time (the runtime publishes under its scheduler lock) and
// one reader (the main thread).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include "runtime/session.h"

namespace golab {

class SnapshotBuffer {
  public:
    SnapshotBuffer() {
        for (auto& s : slots_) {
            s = std::make_shared<const Snapshot>();
        }
    }

    // Publishes s as the newest snapshot. Writer side.
    void publish(std::shared_ptr<const Snapshot> s) {
        slots_[back_] = std::move(s);
        uint8_t old =
            middle_.exchange(static_cast<uint8_t>(back_ | kFresh), std::memory_order_acq_rel);
        back_ = old & kIndexMask;
    }

    // Returns the newest published snapshot. Reader side.
    std::shared_ptr<const Snapshot> latest() {
        if (middle_.load(std::memory_order_acquire) & kFresh) {
            uint8_t old = middle_.exchange(static_cast<uint8_t>(front_), std::memory_order_acq_rel);
            front_ = old & kIndexMask;
        }
        return slots_[front_];
    }

  private:
    static constexpr uint8_t kFresh = 4;
    static constexpr uint8_t kIndexMask = 3;

    std::shared_ptr<const Snapshot> slots_[3];
    std::atomic<uint8_t> middle_{1};
    uint8_t back_ = 0;  // writer's slot
    uint8_t front_ = 2; // reader's slot
};

} // namespace golab
