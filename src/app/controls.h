// controls.h: what the page's keys and buttons mean in each phase of a run,
// and how a learner's guess of the total time is scored. Pure decisions,
// kept apart from ImGui so the tests can check every key in every phase.
#pragma once

#include <cstdint>
#include <string>

namespace golab {

// The keys the page answers to (only while the canvas has keyboard focus).
enum class LabKey : uint8_t { Left, Right, Space, Home, End, R, Question };

// Where the run stands, as far as the controls care.
enum class RunPhase : uint8_t {
    Idle,    // nothing ran yet (or after Reset)
    Running, // going on, following the program live
    Paused,  // held by Pause or Step, or the view shows an earlier instant
    Ended,   // finished, panicked or deadlocked
};

enum class Command : uint8_t {
    None,
    Run,        // start the loaded program (again)
    Pause,      // hold the running program
    Resume,     // let a held program go on (and follow it live)
    Step,       // show the next event: from the record, or by running to it
    StepBack,   // show the previous event
    First,      // show the run's first event
    Last,       // show the latest instant (live)
    Reset,      // end any run, back to idle
    ToggleHelp, // show or hide the list of shortcuts
};

// Returns what key does in phase.
Command command_for_key(LabKey key, RunPhase phase);

// Returns the label of the run/pause button in phase, which is also what
// Space does there: "Run", "Pause", "Resume" or "Run again".
const char* run_button_label(RunPhase phase);

// A guess of the total time against the run's actual total.
struct PredictionScore {
    double ratio = 0;  // guess / actual
    int stars = 0;     // 3: within 10%, 2: within 25%, 1: within a factor of 2, else 0
    std::string words; // "spot on", "a bit high", "far too low", ...
};

// Returns how close guess_ns came to actual_ns (actual_ns <= 0 gives no stars
// and says there is nothing to compare with).
PredictionScore score_prediction(int64_t guess_ns, int64_t actual_ns);

// The stretch of program time the timeline shows, [t0, t1].
struct TimeWindow {
    int64_t t0 = 0;
    int64_t t1 = 0;
    bool operator==(const TimeWindow&) const = default;
};

// NOTE: zooming stops at a microsecond across: finer than the clock's steps
// is empty space.
inline constexpr int64_t kMinWindowNs = 1'000;

// Returns w zoomed by factor (< 1 zooms in) around program time at, which
// stays where it is on screen; kept within [0, end] and at least kMinWindowNs wide.
TimeWindow zoom_window(TimeWindow w, int64_t at, double factor, int64_t end);

// Returns w moved by delta_ns (positive: later), kept within [0, end].
TimeWindow pan_window(TimeWindow w, int64_t delta_ns, int64_t end);

} // namespace golab
