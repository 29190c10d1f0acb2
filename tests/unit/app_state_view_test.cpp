// app_state_view_test.cpp: the state object's view fields: the goroutine
// picked, the theme, frame times, the controls' places and call stacks.

#include <gtest/gtest.h>

#include "app/state_json.h"

namespace golab {
namespace {

Snapshot one_parked_goroutine() {
    Snapshot s;
    s.status = RunStatus::Running;
    GoroutineView g;
    g.id = 2;
    g.fn = "main.outer";
    g.state = GoroutineState::Sleeping;
    g.line = 10;
    g.stack = {{"main.inner", 10}, {"main.outer", 13}};
    s.goroutines = {g};
    return s;
}

TEST(StateView, SelectedThemeFramesAndControls) {
    ViewPosition view;
    view.selected = 2;
    view.theme = "light";
    view.frame_ms_p95 = 3.456;
    view.frames = 42;
    view.controls = {{"run", 11.5f, 82, 80, 24}};
    const std::string json =
        build_state_json(one_parked_goroutine(), "custom", true, view, RunSettings{});
    EXPECT_NE(json.find(R"("selected":2,"theme":"light","frame_ms_p95":3.46,"frames":42,)"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find(R"("worker_lanes":false,"controls":{"run":[11.5,82,80,24]})"),
              std::string::npos)
        << json;
}

TEST(StateView, NothingSelectedIsNull) {
    const std::string json =
        build_state_json(one_parked_goroutine(), "custom", true, ViewPosition{}, RunSettings{});
    EXPECT_NE(json.find(R"("selected":null,"theme":"dark")"), std::string::npos) << json;
}

TEST(StateView, DeepGoroutinesCarryTheirStack) {
    const std::string json =
        build_state_json(one_parked_goroutine(), "custom", true, ViewPosition{}, RunSettings{});
    EXPECT_NE(json.find(R"("worker":-1,"stack":[{"fn":"main.inner","line":10},)"
                        R"({"fn":"main.outer","line":13}]})"),
              std::string::npos)
        << json;
}

// The bug: while the learner scrubbed or stepped, "memory" read zeros, because the instant on
// screen is replayed from the trace and the collector leaves no events there.
TEST(StateView, MemoryIsTheLiveRunsWhileAnEarlierInstantIsShown) {
    Snapshot live = one_parked_goroutine();
    live.heap_bytes = 4096;
    live.heap_peak_bytes = 1 << 20;
    live.collections = 3;
    live.longest_collection_pause_ns = 1500000;
    const Snapshot replayed = one_parked_goroutine();

    ViewPosition view;
    view.live = false;
    view.live_run = &live;
    const std::string json = build_state_json(replayed, "custom", true, view, RunSettings{});
    EXPECT_NE(json.find(R"("memory":{"heap_bytes":4096,"heap_peak_bytes":1048576,)"
                        R"("collections":3,"longest_pause_ms":1.5})"),
              std::string::npos)
        << json;

    view.live_run = nullptr; // no run yet: the snapshot's own zeros
    EXPECT_NE(build_state_json(replayed, "custom", true, view, RunSettings{})
                  .find(R"("memory":{"heap_bytes":0,"heap_peak_bytes":0,"collections":0,)"),
              std::string::npos);
}

} // namespace
} // namespace golab
