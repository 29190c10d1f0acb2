// controls.cpp: key bindings per run phase and the scoring of predictions
// (see controls.h).

#include "app/controls.h"

#include <algorithm>
#include <cmath>

namespace golab {

Command command_for_key(LabKey key, RunPhase phase) {
    switch (key) {
    case LabKey::Space:
        switch (phase) {
        case RunPhase::Idle:
        case RunPhase::Ended:
            return Command::Run;
        case RunPhase::Running:
            return Command::Pause;
        case RunPhase::Paused:
            return Command::Resume;
        }
        return Command::None;
    case LabKey::Right:
        return Command::Step; // from idle, stepping starts the run held at its first event
    case LabKey::Left:
        return phase == RunPhase::Idle ? Command::None : Command::StepBack;
    case LabKey::Home:
        return phase == RunPhase::Idle ? Command::None : Command::First;
    case LabKey::End:
        return phase == RunPhase::Idle ? Command::None : Command::Last;
    case LabKey::R:
        return Command::Reset;
    case LabKey::Question:
        return Command::ToggleHelp;
    }
    return Command::None;
}

const char* run_button_label(RunPhase phase) {
    switch (phase) {
    case RunPhase::Idle:
        return "Run";
    case RunPhase::Running:
        return "Pause";
    case RunPhase::Paused:
        return "Resume";
    case RunPhase::Ended:
        return "Run again";
    }
    return "Run";
}

PredictionScore score_prediction(int64_t guess_ns, int64_t actual_ns) {
    PredictionScore s;
    if (actual_ns <= 0) {
        s.words = "no total to compare with yet";
        return s;
    }
    s.ratio = static_cast<double>(std::max<int64_t>(guess_ns, 0)) / static_cast<double>(actual_ns);

    // Symmetric in ratio: guessing twice the total is as far off as half of it.
    const double off = s.ratio >= 1.0 ? s.ratio : (s.ratio > 0 ? 1.0 / s.ratio : INFINITY);
    const bool high = s.ratio > 1.0;
    if (off <= 1.10) {
        s.stars = 3;
        s.words = "spot on";
    } else if (off <= 1.25) {
        s.stars = 2;
        s.words = high ? "a bit high" : "a bit low";
    } else if (off <= 2.0) {
        s.stars = 1;
        s.words = high ? "too high" : "too low";
    } else {
        s.words = high ? "far too high" : "far too low";
    }
    return s;
}

namespace {

// Slides w into [0, end] without changing its width (unless it is wider).
TimeWindow clamp_window(TimeWindow w, int64_t end) {
    const int64_t span = std::min(w.t1 - w.t0, std::max<int64_t>(end, kMinWindowNs));
    w.t0 = std::clamp<int64_t>(w.t0, 0, std::max<int64_t>(end - span, 0));
    w.t1 = w.t0 + span;
    return w;
}

} // namespace

TimeWindow zoom_window(TimeWindow w, int64_t at, double factor, int64_t end) {
    const double span = static_cast<double>(w.t1 - w.t0);
    const double new_span = std::max(span * factor, static_cast<double>(kMinWindowNs));
    // The instant under the mouse keeps its share of the window.
    const double share = span > 0 ? static_cast<double>(at - w.t0) / span : 0.5;
    TimeWindow z;
    z.t0 = at - static_cast<int64_t>(share * new_span);
    z.t1 = z.t0 + static_cast<int64_t>(new_span);
    return clamp_window(z, end);
}

TimeWindow pan_window(TimeWindow w, int64_t delta_ns, int64_t end) {
    return clamp_window(TimeWindow{w.t0 + delta_ns, w.t1 + delta_ns}, end);
}

} // namespace golab
