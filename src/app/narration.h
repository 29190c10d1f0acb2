// narration.h: the run told in short sentences for the page's ARIA live
// region ("goroutine 3 finished after 1.42 s", "main is waiting for 2
// goroutines"), read from the runtime's trace. Screen readers announce them;
// no ImGui here, so tests check the words directly.
#pragma once

#include <cstdint>
#include <limits>
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

    // Reads events [read, n) of trace and returns what they say, in order.
    // output is the run's output so far (Output events index into it);
    // status is the run's status, used once the program's end is read.
    std::vector<std::string> extend(const Trace& trace, size_t n, std::string_view output,
                                    RunStatus status);

    // Returns the sentence for event i alone (for stepping through a run), or
    // an empty string for events that change nothing a listener needs to hear.
    std::string describe(const Trace& trace, size_t i, std::string_view output);

  private:
    // Reads e into what later sentences need to know (creation times, counters).
    void note(const TraceEvent& e);

    // Returns whether e has a sentence, without building it: a burst of ten thousand events
    // is mostly counted, and words for each would be thrown away.
    bool speaks(const TraceEvent& e, std::string_view output) const;

    // Returns the sentence for e, read after every event before it and before e's own note.
    std::string sentence(const TraceEvent& e, std::string_view output, RunStatus status) const;

    const Trace* trace_ = nullptr;
    size_t read_ = 0;
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
