// app_pure_sources_test.cpp: compiles src/app's ImGui-free files into the unit
// tests. The build links src/app only into the page, so this one translation
// unit brings in the parts without ImGui (the App's commands, the state
// object, durations, code layout, timeline, trace replay, key bindings) that the app tests check.
// The JSON writer they use lives in src/trace, in the core library. NOTE: if the build starts
// linking these files into unit_tests itself, define GOLAB_UNIT_TESTS_LINK_APP (or delete this
// file) to avoid duplicate symbols.
#ifndef GOLAB_UNIT_TESTS_LINK_APP
#include "app/app.cpp"
#include "app/code_view.cpp"
#include "app/controls.cpp"
#include "app/go_duration.cpp"
#include "app/lane_instances.cpp"
#include "app/layout.cpp"
#include "app/lesson_progress.cpp"
#include "app/narration.cpp"
#include "app/overview_path.cpp"
#include "app/replay.cpp"
#include "app/state_json.cpp"
#include "app/timeline.cpp"
#endif
