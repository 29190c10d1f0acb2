// state_json.h: the state object of window.goroutineLab.state(), as JSON, built
// from one Snapshot. A pure function of its inputs so tests can check it
// against hand-built Snapshots; no ImGui here. The words it uses ("running",
// "compile-error", ...) are also the words the page shows.
#pragma once

#include <string>
#include <string_view>

#include "runtime/session.h"

namespace golab {

// Returns the word for a goroutine state: runnable, running, sleeping,
// waiting, done, lost.
const char* state_word(GoroutineState s);

// Returns the word for a run status: idle, running, finished, panicked,
// deadlocked, compile-error.
const char* status_word(RunStatus s);

// Returns the state object as compact JSON:
// {"lesson":..., "status":..., "clock_ms":<number, fractional>, "procs":<int>,
//  "isolated":<bool>, "goroutines":[{"id","fn","state","line","worker"}],
//  "waitgroups":[{"name","count"}], "output":<string>, "errors":[<string>]}
// worker is -1 when the goroutine is not on a worker thread, as in the Snapshot.
std::string build_state_json(const Snapshot& snap, std::string_view lesson, bool isolated);

} // namespace golab
