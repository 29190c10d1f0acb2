// narration.cpp: sentences for the live region (see narration.h). The words
// are ours, short, and say what a sighted learner sees on the timeline.

#include "app/narration.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <utility>

#include "vm/vm.h"

namespace golab {

namespace {

constexpr std::string_view kCounterWords = "WaitGroup counter is ";

std::string plural(int64_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// Returns the first line of a write, cut to a length a listener can follow.
std::string spoken_output(std::string_view text) {
    constexpr size_t kMaxChars = 80;
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    if (line.size() > kMaxChars) {
        return std::string(line.substr(0, kMaxChars)) + "...";
    }
    return std::string(line);
}

// Words for why a goroutine waits, after "... is waiting ".
const char* waiting_words(WaitReason why) {
    switch (why) {
    case WaitReason::Mutex:
        return "for a locked Mutex";
    case WaitReason::ChanSend:
    case WaitReason::NilChanSend:
        return "to send on a channel";
    case WaitReason::ChanRecv:
    case WaitReason::NilChanRecv:
        return "to receive from a channel";
    case WaitReason::Select:
    case WaitReason::SelectNoCases:
        return "in a select";
    case WaitReason::CondWait:
        return "for a sync.Cond";
    default:
        return "";
    }
}

// What ended the program under a goroutine that was still alive, for "... was lost: ".
// A deadlock loses none: its goroutines stay asleep where they wait.
const char* lost_cause(RunStatus status) {
    switch (status) {
    case RunStatus::Panicked:
        return "a panic ended the program";
    case RunStatus::Stopped:
        return "Stop ended the program";
    default:
        return "main returned";
    }
}

} // namespace

std::string spoken_duration(int64_t ns) {
    char text[32];
    if (ns >= 1'000'000'000) {
        std::snprintf(text, sizeof text, "%.2f s", static_cast<double>(ns) / 1e9);
    } else if (ns >= 1'000'000) {
        std::snprintf(text, sizeof text, "%lld ms",
                      static_cast<long long>((ns + 500'000) / 1'000'000));
    } else {
        return "less than a millisecond";
    }
    return text;
}

std::string spoken_goroutine(int64_t id) {
    return id == 1 ? "main" : "goroutine " + std::to_string(id);
}

std::string status_words(RunStatus status, int exit_code) {
    std::string words = to_string(status);
    const bool exited = status == RunStatus::Finished || status == RunStatus::Panicked ||
                        status == RunStatus::Deadlocked;
    if (exited && exit_code != 0) {
        words += "  (exit status " + std::to_string(exit_code) + ")";
    }
    return words;
}

std::string short_status_words(RunStatus status, int exit_code) {
    std::string words = to_string(status);
    const bool exited = status == RunStatus::Finished || status == RunStatus::Panicked ||
                        status == RunStatus::Deadlocked;
    if (exited && exit_code != 0) {
        words += " (exit " + std::to_string(exit_code) + ")";
    }
    return words;
}

void Narrator::clear() {
    trace_ = nullptr;
    read_ = 0;
    burst_ = Burst{};
    created_by_id_.clear();
    created_far_.clear();
    counters_.clear();
}

int64_t Narrator::created_ns(int64_t id) const {
    if (id > 0 && static_cast<size_t>(id) < created_by_id_.size()) {
        const int64_t t = created_by_id_[static_cast<size_t>(id)];
        return t == kNotSeen ? 0 : t;
    }
    const auto it = created_far_.find(id);
    return it == created_far_.end() ? 0 : it->second;
}

void Narrator::note(const TraceEvent& e) {
    if (e.kind == TraceKind::GoCreate) {
        const bool in_table =
            e.g > 0 && static_cast<size_t>(e.g) < created_by_id_.size() + kIdTableSlack;
        if (!in_table) {
            created_far_[e.g] = e.clock_ns;
            return;
        }
        const auto at = static_cast<size_t>(e.g);
        if (at >= created_by_id_.size()) {
            created_by_id_.resize(std::max(at + 1, created_by_id_.size() * 2), kNotSeen);
        }
        created_by_id_[at] = e.clock_ns;
    } else if (e.kind == TraceKind::WaitGroupSet) {
        counters_[e.object] = e.arg;
    }
}

bool Narrator::speaks(const TraceEvent& e, std::string_view output) const {
    switch (e.kind) {
    case TraceKind::GoCreate:
    case TraceKind::GoLost:
    case TraceKind::GoSleep:
    case TraceKind::WaitGroupSet:
    case TraceKind::ProgramEnd:
    case TraceKind::ProcsSet:
        return true;
    case TraceKind::GoEnd:
        return e.g != 1; // the program's end says it
    case TraceKind::GoBlockWait: {
        const auto why = static_cast<WaitReason>(e.arg);
        return why == WaitReason::WaitGroup || *waiting_words(why) != '\0';
    }
    case TraceKind::Output: {
        const auto begin = static_cast<size_t>(e.arg);
        // An empty first line (a write that starts with a newline) is not worth a sentence.
        return begin < output.size() && e.len > 0 && output[begin] != '\n';
    }
    case TraceKind::GoStart:
    case TraceKind::GoYield:
    case TraceKind::GoReady:
    // NOTE: a Mutex or a channel changes at every Lock and send; the views show them, and
    // words for each would drown the live region.
    case TraceKind::MutexSet:
    case TraceKind::ChanSet:
    case TraceKind::RWMutexSet:
    case TraceKind::SelectCase:
        return false;
    }
    return false;
}

std::string Narrator::sentence(const TraceEvent& e, std::string_view output,
                               RunStatus status) const {
    if (!speaks(e, output)) {
        return "";
    }
    switch (e.kind) {
    case TraceKind::GoCreate:
        return e.g == 1 ? "main started" : spoken_goroutine(e.g) + " started";
    case TraceKind::GoEnd: {
        const int64_t since = created_ns(e.g);
        return spoken_goroutine(e.g) + " finished after " + spoken_duration(e.clock_ns - since);
    }
    case TraceKind::GoLost:
        return spoken_goroutine(e.g) + " was lost: " + lost_cause(status) + " before it finished";
    case TraceKind::GoBlockWait: {
        const auto why = static_cast<WaitReason>(e.arg);
        if (why == WaitReason::WaitGroup) {
            int64_t pending = 0;
            for (const auto& [wg, count] : counters_) {
                pending += count > 0 ? count : 0;
            }
            return spoken_goroutine(e.g) + " is waiting for " +
                   plural(pending, "goroutine", "goroutines");
        }
        return spoken_goroutine(e.g) + " is waiting " + waiting_words(why);
    }
    case TraceKind::GoSleep:
        return spoken_goroutine(e.g) + " sleeps for " + spoken_duration(e.arg - e.clock_ns);
    case TraceKind::WaitGroupSet:
        return std::string(kCounterWords) + std::to_string(e.arg);
    case TraceKind::ProcsSet:
        return spoken_goroutine(e.g) + " set GOMAXPROCS to " + std::to_string(e.arg);
    case TraceKind::Output: {
        const auto begin = static_cast<size_t>(e.arg);
        return spoken_goroutine(e.g) +
               " printed: " + spoken_output(output.substr(begin, static_cast<size_t>(e.len)));
    }
    case TraceKind::ProgramEnd: {
        const std::string after = " after " + spoken_duration(e.clock_ns);
        if (status == RunStatus::Deadlocked) {
            return "deadlock: every goroutine is asleep, the program stopped" + after;
        }
        if (status == RunStatus::Stopped) {
            return "the program was stopped" + after;
        }
        if (status == RunStatus::Panicked) {
            return "the program panicked" + after;
        }
        if (e.arg != 0) {
            return "the program ended with exit status " + std::to_string(e.arg) + after;
        }
        return "the program finished" + after;
    }
    default:
        return "";
    }
}

std::vector<std::string> Narrator::extend(const Trace& trace, size_t n, std::string_view output,
                                          RunStatus status, size_t most) {
    if (trace_ != &trace || n < read_) {
        clear();
        trace_ = &trace;
    }
    const TracePin pin(trace);
    n = std::min(n, trace.size());
    read_ = std::max(read_, trace.first()); // what the log let go of is not told
    const size_t stop = read_ >= n ? read_ : read_ + std::min(n - read_, most);

    // Every event updates what the sentences need. Within one burst, starts,
    // sleeps and counter changes are heard once each (a loop of go statements
    // is one thing to hear); waits, ends, losses and output are told one by
    // one up to kMaxSentences, the rest counted per kind; the end comes last.
    Burst& b = burst_;
    for (; read_ < stop; ++read_) {
        const TraceEvent& e = trace.at(read_);
        if (!speaks(e, output)) {
            note(e);
            continue;
        }
        switch (e.kind) {
        case TraceKind::ProgramEnd:
            b.end = sentence(e, output, status);
            break;
        case TraceKind::GoCreate:
            if (e.g == 1) {
                b.said.push_back(sentence(e, output, status));
            } else {
                ++b.started;
            }
            break;
        case TraceKind::GoSleep:
            ++b.sleeping;
            b.last_sleep = e;
            break;
        case TraceKind::WaitGroupSet:
            b.counter = e;
            break;
        default:
            if (b.said.size() < kMaxSentences) {
                b.said.push_back(sentence(e, output, status));
            } else {
                ++b.untold[e.kind];
            }
            break;
        }
        note(e);
    }
    ++b.calls;
    if (read_ < n && b.calls < kMostCallsHeld) {
        return {}; // the rest of the burst comes in the next calls
    }
    return tell(output, status);
}

std::vector<std::string> Narrator::tell(std::string_view output, RunStatus status) {
    Burst b = std::exchange(burst_, Burst{});
    std::vector<std::string> said = std::move(b.said);

    // What set the scene goes first: starts, sleeps, where the counter stands.
    std::vector<std::string> scene;
    if (b.started > 0) {
        scene.push_back(plural(b.started, "goroutine", "goroutines") + " started");
    }
    if (b.sleeping == 1) {
        scene.push_back(sentence(*b.last_sleep, output, status));
    } else if (b.sleeping > 1) {
        scene.push_back(plural(b.sleeping, "goroutine", "goroutines") + " went to sleep");
    }
    if (b.counter) {
        scene.push_back(sentence(*b.counter, output, status));
    }
    const auto at = said.begin() + (!said.empty() && said.front() == "main started" ? 1 : 0);
    said.insert(at, std::make_move_iterator(scene.begin()), std::make_move_iterator(scene.end()));
    for (const auto& [kind, count] : b.untold) {
        std::string what;
        switch (kind) {
        case TraceKind::GoEnd:
            what = plural(count, "more goroutine", "more goroutines") + " finished";
            break;
        case TraceKind::GoLost:
            what = plural(count, "more goroutine was", "more goroutines were") +
                   " lost: " + lost_cause(status);
            break;
        default:
            what = plural(count, "more event", "more events");
            break;
        }
        said.push_back(what);
    }
    if (!b.end.empty()) {
        said.push_back(std::move(b.end));
    }
    return said;
}

std::string Narrator::describe(const Trace& trace, size_t i, std::string_view output) {
    const TracePin pin(trace);
    if (i >= trace.size() || i < trace.first()) {
        return "";
    }
    // The sentence may need earlier events (creation times, counters): read
    // up to i first, silently.
    if (trace_ != &trace || i < read_) {
        clear();
        trace_ = &trace;
    }
    read_ = std::max(read_, trace.first());
    for (; read_ < i; ++read_) {
        note(trace.at(read_));
    }
    // NOTE: the end is told with the run's ending only when replayed live.
    const TraceEvent& e = trace.at(i);
    std::string s = sentence(e, output, RunStatus::Running);
    if (s.empty()) {
        s = step_words(e);
    }
    note(e);
    ++read_;
    return s;
}

std::string Narrator::step_words(const TraceEvent& e) {
    // Live narration leaves these out (there are thousands of them in a run), but a step
    // lands on one and must say what it is: "step 2 of 59" alone told the learner nothing.
    switch (e.kind) {
    case TraceKind::GoStart:
        return spoken_goroutine(e.g) + " runs on worker M" + std::to_string(e.arg);
    case TraceKind::GoYield:
        return spoken_goroutine(e.g) + " used up its turn and waits for a worker again";
    case TraceKind::GoReady:
        return spoken_goroutine(e.g) + " is ready to run";
    case TraceKind::MutexSet:
        return e.arg == 0 ? "a Mutex is unlocked" : spoken_goroutine(e.arg) + " holds a Mutex";
    case TraceKind::RWMutexSet:
        return "an RWMutex now has " + std::to_string(e.len) + " readers" +
               (e.arg == 0 ? "" : " and " + spoken_goroutine(e.arg) + " writing");
    case TraceKind::ChanSet:
        return "a channel now holds " + std::to_string(e.arg) + " of " + std::to_string(e.len);
    case TraceKind::SelectCase:
        return spoken_goroutine(e.g) + " is about to wait in select";
    case TraceKind::Output:
        return spoken_goroutine(e.g) + " printed";
    case TraceKind::GoEnd:
        return spoken_goroutine(e.g) + " returned";
    default:
        return "";
    }
}

} // namespace golab
