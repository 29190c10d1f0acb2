// narration.h: the run told in short sentences for the page's ARIA live
// region ("goroutine 3 finished after 1.42 s", "main is waiting for 2
// goroutines"), read from the runtime's trace. Screen readers announce them;
// no ImGui here, so tests check the words directly.
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/session.h"
#include "trace/trace.h"

namespace golab {

// Returns a duration as a listener hears it best: "1.42 s", "300 ms",
// "less than a millisecond".
std::string spoken_duration(int64_t ns);

// Returns "main" for goroutine 1, else "goroutine <id>".
std::string spoken_goroutine(int64_t id);

// Returns the header's words for a run's status: "finished", "panicked  (exit status 2)", ...
// A run ended by Stop has no exit status of its own, so none is shown.
std::string status_words(RunStatus status, int exit_code);

// Returns the same words with the exit status in short, "panicked (exit 2)", for a header
// with little room.
std::string short_status_words(RunStatus status, int exit_code);

class Narrator {
  public:
    // NOTE: a burst of events (ten thousand goroutines ending together) is
    // told as one summary per kind beyond this many sentences per call.
    static constexpr size_t kMaxSentences = 6;

    // Forgets the run: the next extend() starts a new one.
    void clear();

    // NOTE: a burst read in steps is held until the narrator has caught up, so it is told as
    // one, but never over more calls than this (about a second of frames): a run that makes
    // events faster than the steps read them is still heard.
    static constexpr size_t kMostCallsHeld = 64;

    // Reads events [read, n) of trace, at most `most` of them, and returns what they say, in
    // order. output is the run's output so far (Output events index into it); status is the
    // run's status, used once the program's end is read. Events read in steps (n - read more
    // than most) are told together once the last of them is read: the same sentences as one
    // call that reads them all (see kMostCallsHeld); until then it returns none.
    std::vector<std::string> extend(const Trace& trace, size_t n, std::string_view output,
                                    RunStatus status, size_t most = SIZE_MAX);

    // Whether the last extend() left events unread and holds what it read of them.
    bool holding() const { return burst_.calls > 0; }

    // Returns the sentence for event i alone (for stepping through a run), or
    // an empty string for events that change nothing a listener needs to hear.
    std::string describe(const Trace& trace, size_t i, std::string_view output);

    // Returns the words for a step onto an event live narration leaves out (a goroutine
    // starting on a worker, becoming ready, a Mutex or channel changing), "" for none.
    static std::string step_words(const TraceEvent& e);

  private:
    // Reads e into what later sentences need to know (creation times, counters).
    void note(const TraceEvent& e);

    // Returns whether e has a sentence, without building it: a burst of ten thousand events
    // is mostly counted, and words for each would be thrown away.
    bool speaks(const TraceEvent& e, std::string_view output) const;

    // Returns the sentence for e, read after every event before it and before e's own note.
    std::string sentence(const TraceEvent& e, std::string_view output, RunStatus status) const;

    // What a burst of events says, gathered over the extend() calls that read it.
    struct Burst {
        std::vector<std::string> said;
        std::map<TraceKind, int64_t> untold;
        std::string end;
        std::optional<TraceEvent> counter;    // the last counter change
        std::optional<TraceEvent> last_sleep; // told in words when it is the only one
        int64_t started = 0;
        int64_t sleeping = 0;
        size_t calls = 0; // extend() calls that have held it
    };

    // Returns the sentences of the burst, in the order they are told, and forgets it.
    std::vector<std::string> tell(std::string_view output, RunStatus status);

    const Trace* trace_ = nullptr;
    size_t read_ = 0;
    Burst burst_;
    // Returns when goroutine id was created, or 0 when the events read never said.
    int64_t created_ns(int64_t id) const;

    // When each goroutine was created, by id: ids count up from 1, so a table (kNotSeen where
    // none was), with a map for an id far past it. NOTE: a hash map took 20 ms of one frame
    // to take in the ten thousand creations of the many lesson in headless Chromium.
    static constexpr int64_t kNotSeen = std::numeric_limits<int64_t>::min();
    static constexpr size_t kIdTableSlack = 4096;
    std::vector<int64_t> created_by_id_;
    std::unordered_map<int64_t, int64_t> created_far_;
    std::unordered_map<int32_t, int64_t> counters_; // WaitGroup number -> its count
};

} // namespace golab
