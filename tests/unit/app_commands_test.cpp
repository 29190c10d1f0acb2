// app_commands_test.cpp: the App's commands (load_lesson, load_source, run,
// reset) seen through its state object, on a real Session with virtual time.
// These are the promises of app.h that the page's tests and host pages rely
// on: an unknown lesson falls back, bad source keeps the loaded program.

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "app/app.h"

namespace golab {
namespace {

SessionOptions quick_options() {
    SessionOptions o;
    o.procs = 2;
    o.virtual_time = true; // sleeps cost no real time; the program clock still moves
    return o;
}

bool has(const std::string& json, const std::string& part) {
    return json.find(part) != std::string::npos;
}

// Returns the state object once it holds part, or after a second: commands
// are posted to the Session's workers, so the snapshot follows a little later.
std::string state_when(App& app, const std::string& part) {
    std::string json = app.state_json();
    for (int i = 0; i < 200 && !has(json, part); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        json = app.state_json();
    }
    return json;
}

// The first program of the lesson as it was first written: t0 is never declared.
constexpr std::string_view kUndeclaredT0 = R"(package main

import (
	"fmt"
	"time"
)

func main() {
	t0 = time.Now()
	fmt.Println(time.Since(t0))
}
)";

constexpr std::string_view kHello = R"(package main

import "fmt"

func main() {
	fmt.Println("hello from the learner")
}
)";

TEST(AppCommands, StartsOnTheFirstLesson) {
    Session session(quick_options());
    App app(session);
    const std::string json = state_when(app, R"("procs":2)");
    EXPECT_TRUE(has(json, R"("lesson":"sequential")")) << json;
    EXPECT_TRUE(has(json, R"("status":"idle")")) << json;
    EXPECT_TRUE(has(json, R"("isolated":false)")) << json;
    app.set_isolated(true);
    EXPECT_TRUE(has(app.state_json(), R"("isolated":true)"));
}

TEST(AppCommands, UnknownLessonFallsBackToTheFirst) {
    Session session(quick_options());
    App app(session);
    app.load_lesson("waitgroup");
    EXPECT_TRUE(has(app.state_json(), R"("lesson":"waitgroup")"));
    app.load_lesson("nope");
    EXPECT_TRUE(has(app.state_json(), R"("lesson":"sequential")"));
    EXPECT_NE(app.note().find("unknown lesson 'nope'"), std::string::npos) << app.note();
}

// The page loads "" for its plain address and after a damaged link, which then showed a
// second note, "unknown lesson ''", beside the page's own about the link.
TEST(AppCommands, AnEmptyLessonIdIsTheFirstLessonWithoutANote) {
    Session session(quick_options());
    App app(session);
    app.load_lesson("waitgroup");
    app.load_lesson("");
    EXPECT_TRUE(has(app.state_json(), R"("lesson":"sequential")"));
    EXPECT_EQ(app.note(), "");
}

TEST(AppCommands, BadSourceKeepsTheLoadedProgram) {
    Session session(quick_options());
    App app(session);
    app.load_lesson("go-no-wait");
    app.load_source(kUndeclaredT0);
    const std::string json = state_when(app, R"("status":"compile-error")");
    EXPECT_TRUE(has(json, R"("status":"compile-error")")) << json;
    EXPECT_TRUE(has(json, "undefined: t0")) << json;
    EXPECT_TRUE(has(json, R"("lesson":"go-no-wait")")) << json;
}

// The bug: Run after a compile error started the program that had compiled before (the lesson)
// and put it on screen in place of the learner's edits, which were then gone.
TEST(AppCommands, RunWithErrorsRunsNothingAndKeepsTheLearnersCode) {
    Session session(quick_options());
    App app(session);
    app.load_lesson("go-no-wait");
    app.load_source(kUndeclaredT0);
    EXPECT_TRUE(has(state_when(app, R"("status":"compile-error")"), "undefined: t0"));

    app.run();
    EXPECT_EQ(app.source(), kUndeclaredT0);
    // Given time to start, a run would have left compile-error and printed.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const std::string json = app.state_json();
    EXPECT_TRUE(has(json, R"("status":"compile-error")")) << json;
    EXPECT_FALSE(has(json, "Total execution time")) << json;
    EXPECT_EQ(app.source(), kUndeclaredT0);
}

TEST(AppCommands, GoodSourceBecomesTheLearnersProgram) {
    Session session(quick_options());
    App app(session);
    app.load_source(kHello);
    const std::string json = state_when(app, R"("procs":2)");
    EXPECT_TRUE(has(json, R"("lesson":"custom")")) << json;
    EXPECT_TRUE(has(json, R"("errors":[])")) << json;
}

TEST(AppCommands, RunEndsWithTheProgramsOutput) {
    Session session(quick_options());
    App app(session);
    app.load_source(kHello);
    app.run();
    EXPECT_EQ(session.wait(), 0);
    const std::string json = app.state_json();
    EXPECT_TRUE(has(json, R"("status":"finished")")) << json;
    EXPECT_TRUE(has(json, R"("output":"hello from the learner\n")")) << json;

    app.reset();
    EXPECT_TRUE(has(state_when(app, R"("status":"idle")"), R"("status":"idle")"));
}

// The bug: the trace export waited for a frame to notice the end of the run, so a caller who
// saw "finished" in the state object and asked for the trace at once got an empty string.
TEST(AppCommands, TheTraceIsThereAsSoonAsTheStateSaysFinished) {
    Session session(quick_options());
    App app(session);
    app.load_source(kHello);
    EXPECT_EQ(app.trace_json(), "") << "nothing has run yet";
    app.run();
    EXPECT_EQ(session.wait(), 0);
    ASSERT_TRUE(has(app.state_json(), R"("status":"finished")"));
    const std::string trace = app.trace_json();
    EXPECT_TRUE(has(trace, R"("traceEvents")")) << trace.substr(0, 200);
}

// Between two events nothing changes, so a seek by time (the scrubber, a permalink's `at`)
// shows the state of the last event before it, but the clock of the time asked for: a link
// made at 0.05 s must not open reading 0 s.
TEST(AppCommands, SeekByTimeHoldsTheClockAtThatTime) {
    Session session(quick_options());
    App app(session);
    app.load_source(R"(package main

import (
	"fmt"
	"time"
)

func main() {
	time.Sleep(100 * time.Millisecond)
	fmt.Println("woke")
}
)");
    app.run();
    ASSERT_EQ(session.wait(), 0);
    app.state_json(); // the App reads the ended run

    app.seek_time(50'000'000);
    std::string json = app.state_json();
    EXPECT_TRUE(has(json, R"("clock_ms":50,)")) << json;
    EXPECT_TRUE(has(json, R"("live":false)")) << json;
    EXPECT_TRUE(has(json, R"("output":"")")) << json; // main still sleeps at 0.05 s

    // Past the end the run got no further than its last instant.
    app.seek_time(900'000'000);
    json = app.state_json();
    EXPECT_TRUE(has(json, R"("clock_ms":100.00)")) << json; // instructions cost time too
    EXPECT_TRUE(has(json, R"("output":"woke\n")")) << json;

    // A seek to an event shows that event's own clock again.
    app.seek_event(1);
    json = app.state_json();
    EXPECT_FALSE(has(json, R"("clock_ms":100.00)")) << json;
    EXPECT_FALSE(has(json, R"("clock_ms":50,)")) << json;
}

} // namespace
} // namespace golab
