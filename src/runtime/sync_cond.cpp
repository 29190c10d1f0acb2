// sync_cond.cpp: sync.Cond's notify list, as Go's runtime keeps it (see scheduler.h).
//
// Wait takes a ticket before it unlocks c.L and parks with it after; Signal hands the
// oldest ticket not yet notified its wake-up, whether or not its goroutine has parked yet
// (one that has not then does not park at all), so no Signal is lost between the two steps.
// The tickets are the wait and notify numbers of the Cond's notify field, uint32 as in Go.
#include <cstdint>

#include "runtime/scheduler.h"

namespace golab {

namespace {

constexpr size_t kCondNotify = 2; // sync.Cond's fields: noCopy, L, notify, checker
constexpr size_t kListWait = 0;   // notifyList's fields: wait, notify, lock, head, tail
constexpr size_t kListNotify = 1;

Value* notify_list(StructObject& cond) {
    return static_cast<StructObject*>(cond.fields[kCondNotify].obj)->fields.data();
}

// Whether ticket a comes before b, across the wrap-around of the uint32 counters.
bool ticket_before(uint32_t a, uint32_t b) {
    return static_cast<int32_t>(a - b) < 0;
}

} // namespace

int64_t Scheduler::cond_add(Goroutine& g, StructObject& cond) {
    std::lock_guard lock(mu_);
    account(g);
    Value* list = notify_list(cond);
    const auto ticket = static_cast<uint32_t>(list[kListWait].i);
    list[kListWait] = Value::make_int(static_cast<uint32_t>(ticket + 1));
    return ticket;
}

bool Scheduler::cond_wait(Goroutine& g, StructObject& cond, int64_t ticket) {
    std::lock_guard lock(mu_);
    account(g);
    const Value* list = notify_list(cond);
    if (ticket_before(static_cast<uint32_t>(ticket), static_cast<uint32_t>(list[kListNotify].i))) {
        return false; // signalled between taking the ticket and getting here
    }
    park(g, WaitReason::CondWait);
    cond_waiters_[&cond].push_back(CondWaiter{ticket, &g});
    return true;
}

void Scheduler::cond_notify(Goroutine& g, StructObject& cond, bool all) {
    std::lock_guard lock(mu_);
    account(g);
    Value* list = notify_list(cond);
    const auto wait = static_cast<uint32_t>(list[kListWait].i);
    const auto notify = static_cast<uint32_t>(list[kListNotify].i);
    if (wait == notify) {
        return; // nobody has taken a ticket since the last notification
    }
    list[kListNotify] = Value::make_int(all ? wait : static_cast<uint32_t>(notify + 1));

    auto it = cond_waiters_.find(&cond);
    if (it == cond_waiters_.end()) {
        return; // the ticket's goroutine has not parked yet: it will not
    }
    std::deque<CondWaiter>& waiters = it->second;
    const int p = g.worker >= 0 ? g.worker : 0;
    const int64_t now = clock_locked();
    if (all) {
        // Broadcast wakes them in the order they parked, as Go's notifyListNotifyAll does.
        for (const CondWaiter& w : waiters) {
            ready(*w.g, p, now);
        }
        cond_waiters_.erase(it);
        return;
    }
    for (auto w = waiters.begin(); w != waiters.end(); ++w) {
        if (static_cast<uint32_t>(w->ticket) == notify) {
            Goroutine* woken = w->g;
            waiters.erase(w);
            if (waiters.empty()) {
                cond_waiters_.erase(it);
            }
            ready(*woken, p, now);
            return;
        }
    }
}

} // namespace golab
