// app_state_test.cpp: the state object (window.goroutineLab.state()) built from
// hand-made Snapshots, and the other ImGui-free parts of the page: Go's
// duration text, the code panel's layout and the timeline recorder.

#include <gtest/gtest.h>

#include <string>

#include "app/code_view.h"
#include "app/go_duration.h"
#include "app/state_json.h"
#include "app/timeline.h"

namespace golab {
namespace {

GoroutineView goroutine(int64_t id, std::string fn, GoroutineState s, int32_t line,
                        int32_t worker) {
    GoroutineView g;
    g.id = id;
    g.fn = std::move(fn);
    g.state = s;
    g.line = line;
    g.worker = worker;
    return g;
}

TEST(StateJson, IdleSnapshot) {
    Snapshot snap;
    snap.procs = 4;
    EXPECT_EQ(build_state_json(snap, "sequential", false),
              R"({"lesson":"sequential","status":"idle","clock_ms":0,"procs":4,)"
              R"("isolated":false,"goroutines":[],"goroutine_count":0,"goroutine_states":)"
              R"({"runnable":0,"running":0,"sleeping":0,"waiting":0,"done":0,"lost":0},)"
              R"("waitgroups":[],"output":"","output_omitted":0,"errors":[]})");
}

TEST(StateJson, RunningWaitGroupLesson) {
    Snapshot snap;
    snap.status = RunStatus::Running;
    snap.clock_ns = 1'234'567'891;
    snap.procs = 4;
    snap.goroutines.push_back(goroutine(1, "main.main", GoroutineState::Waiting, 27, -1));
    snap.goroutines.push_back(goroutine(2, "main.dbCall", GoroutineState::Running, 17, 0));
    snap.goroutines.push_back(goroutine(3, "main.dbCall", GoroutineState::Sleeping, 16, -1));
    snap.goroutines.push_back(goroutine(4, "main.dbCall", GoroutineState::Done, 19, -1));
    snap.waitgroups.push_back(WaitGroupView{"wg", 2});
    snap.output = "The result from the database is:  id4\n";
    EXPECT_EQ(
        build_state_json(snap, "waitgroup", true),
        R"({"lesson":"waitgroup","status":"running","clock_ms":1234.567891,"procs":4,)"
        R"("isolated":true,"goroutines":[)"
        R"({"id":1,"fn":"main.main","state":"waiting","line":27,"worker":-1},)"
        R"({"id":2,"fn":"main.dbCall","state":"running","line":17,"worker":0},)"
        R"({"id":3,"fn":"main.dbCall","state":"sleeping","line":16,"worker":-1},)"
        R"({"id":4,"fn":"main.dbCall","state":"done","line":19,"worker":-1}],)"
        R"("goroutine_count":4,"goroutine_states":)"
        R"({"runnable":0,"running":1,"sleeping":1,"waiting":1,"done":1,"lost":0},)"
        R"("waitgroups":[{"name":"wg","count":2}],)"
        R"("output":"The result from the database is:  id4\n","output_omitted":0,"errors":[]})");
}

// Ten thousand goroutines: the list stops at kStateGoroutines (a host page polls the state
// object, and writing them all out cost it hundreds of milliseconds), the counts do not.
TEST(StateJson, ManyGoroutinesAreCountedNotAllListed) {
    static_assert(kStateGoroutines == 100, "the ids below: the last listed, the first not");
    Snapshot snap;
    snap.status = RunStatus::Running;
    for (int64_t id = 1; id <= 10'001; ++id) {
        const GoroutineState s = id == 1       ? GoroutineState::Waiting
                                 : id % 2 == 0 ? GoroutineState::Sleeping
                                               : GoroutineState::Done;
        snap.goroutines.push_back(goroutine(id, id == 1 ? "main.main" : "main.call", s, 14, -1));
    }
    const std::string json = build_state_json(snap, "many", true);
    EXPECT_NE(json.find(R"({"id":100,"fn":"main.call")"), std::string::npos);
    EXPECT_EQ(json.find(R"({"id":101,)"), std::string::npos);
    EXPECT_NE(json.find(R"(],"goroutine_count":10001,"goroutine_states":)"
                        R"({"runnable":0,"running":0,"sleeping":5000,"waiting":1,"done":5000,)"
                        R"("lost":0},)"),
              std::string::npos);
    EXPECT_LT(json.size(), 10'000u);

    // The goroutine the learner picked is listed wherever it is.
    ViewPosition view;
    view.selected = 9'000;
    const std::string picked = build_state_json(snap, "many", true, view, RunSettings{});
    EXPECT_NE(picked.find(R"({"id":100,"fn":"main.call")"), std::string::npos);
    EXPECT_NE(picked.find(R"({"id":9000,"fn":"main.call","state":"sleeping")"), std::string::npos);
    EXPECT_EQ(picked.find(R"({"id":101,)"), std::string::npos);
}

// A program that prints megabytes: the state object holds the end of it and says how much
// it left out, so a host page polling it does not copy and parse all of it every time.
TEST(StateJson, LongOutputKeepsItsEnd) {
    Snapshot snap;
    snap.status = RunStatus::Running;
    for (int i = 0; i < 40'000; ++i) {
        snap.output += "line " + std::to_string(1'000'000 + i) + " of many, with some words\n";
    }
    snap.output += "the end\n";
    const std::string json = build_state_json(snap, "custom", true);
    EXPECT_LT(json.size(), kStateOutputBytes + 1'000);
    const size_t kept = kStateOutputBytes;
    EXPECT_NE(json.find(R"(the end\n","output_omitted":)" +
                        std::to_string(snap.output.size() - kept) + R"(,"errors":[]})"),
              std::string::npos)
        << json.substr(json.size() - 200);
    EXPECT_EQ(json.find("line 1000000 "), std::string::npos) << "the start is left out";
}

TEST(StateJson, OutputTailStartsOnAWholeCharacter) {
    EXPECT_EQ(output_tail("short", 10), "short");
    EXPECT_EQ(output_tail("abcdef", 3), "def");
    // "é" is two bytes (C3 A9): cutting between them leaves the whole character out.
    EXPECT_EQ(output_tail("x\xc3\xa9yz", 3), "yz");
    EXPECT_EQ(output_tail("x\xc3\xa9yz", 4), "\xc3\xa9yz");
    // Four bytes (F0 9F 98 80): any cut inside drops it.
    EXPECT_EQ(output_tail("\xf0\x9f\x98\x80!", 4), "!");
}

TEST(StateJson, CompileErrorsAndOddOutput) {
    Snapshot snap;
    snap.status = RunStatus::CompileError;
    snap.errors = {"prog.go:19:2: undefined: t0", "prog.go:23:56: undefined: t0"};
    snap.output = std::string("tab\there \"q\" \xff end", 18);
    const std::string json = build_state_json(snap, "sequential", true);
    EXPECT_NE(json.find(R"("status":"compile-error")"), std::string::npos);
    EXPECT_NE(
        json.find(R"("errors":["prog.go:19:2: undefined: t0","prog.go:23:56: undefined: t0"])"),
        std::string::npos);
    EXPECT_NE(json.find(R"("output":"tab\there \"q\" \ufffd end")"), std::string::npos);
}

TEST(StateJson, EveryWord) {
    EXPECT_STREQ(to_string(GoroutineState::Runnable), "runnable");
    EXPECT_STREQ(to_string(GoroutineState::Running), "running");
    EXPECT_STREQ(to_string(GoroutineState::Sleeping), "sleeping");
    EXPECT_STREQ(to_string(GoroutineState::Waiting), "waiting");
    EXPECT_STREQ(to_string(GoroutineState::Done), "done");
    EXPECT_STREQ(to_string(GoroutineState::Lost), "lost");
    EXPECT_STREQ(to_string(RunStatus::Idle), "idle");
    EXPECT_STREQ(to_string(RunStatus::Running), "running");
    EXPECT_STREQ(to_string(RunStatus::Finished), "finished");
    EXPECT_STREQ(to_string(RunStatus::Panicked), "panicked");
    EXPECT_STREQ(to_string(RunStatus::Deadlocked), "deadlocked");
    EXPECT_STREQ(to_string(RunStatus::CompileError), "compile-error");
}

// Expected texts are what Go 1.19 prints for time.Duration(n).
TEST(GoDuration, MatchesGo) {
    const struct {
        int64_t ns;
        const char* text;
    } cases[] = {
        {0, "0s"},
        {1, "1ns"},
        {999, "999ns"},
        {1000, "1µs"},
        {10726, "10.726µs"},
        {1'000'000, "1ms"},
        {523'100'000, "523.1ms"},
        {1'000'000'000, "1s"},
        {1'881'202'669, "1.881202669s"},
        {62'500'000'000, "1m2.5s"},
        {3'600'000'000'000, "1h0m0s"},
        {-1'500'000'000, "-1.5s"},
        {INT64_MAX, "2562047h47m16.854775807s"},
        {INT64_MIN, "-2562047h47m16.854775808s"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(format_go_duration(c.ns), c.text) << c.ns;
    }
}

TEST(GoDuration, RoundsHalfAwayFromZero) {
    constexpr int64_t ms = 1'000'000;
    EXPECT_EQ(round_go_duration(1'234'499'999, ms), 1'234 * ms);
    EXPECT_EQ(round_go_duration(1'234'500'000, ms), 1'235 * ms);
    EXPECT_EQ(round_go_duration(-1'234'500'000, ms), -1'235 * ms);
    EXPECT_EQ(round_go_duration(17, 0), 17);
    EXPECT_EQ(round_go_duration(INT64_MAX, ms), INT64_MAX);
    EXPECT_EQ(format_go_duration(round_go_duration(1'881'202'669, ms)), "1.881s");
}

TEST(CodeView, ExpandsTabsAndColours) {
    const auto lines =
        layout_go_source("package main\n\nfunc f() {\n\tgo g(\"a\\\"b\", 42) // hi\n}\n");
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[1].text, "");
    EXPECT_EQ(lines[3].text, "    go g(\"a\\\"b\", 42) // hi");
    EXPECT_EQ(lines[3].columns, 26);

    // Spans cover the text without gaps, and kinds are what a reader expects.
    std::string kinds;
    int next = 0;
    for (const CodeSpan& s : lines[3].spans) {
        EXPECT_EQ(s.begin, next);
        next = s.end;
        const std::string word = lines[3].text.substr(s.begin, s.end - s.begin);
        if (s.kind == TokenKind::Keyword) {
            kinds += "K(" + word + ")";
        } else if (s.kind == TokenKind::String) {
            kinds += "S(" + word + ")";
        } else if (s.kind == TokenKind::Number) {
            kinds += "N(" + word + ")";
        } else if (s.kind == TokenKind::Comment) {
            kinds += "C(" + word + ")";
        }
    }
    EXPECT_EQ(next, static_cast<int>(lines[3].text.size()));
    EXPECT_EQ(kinds, "K(go)S(\"a\\\"b\")N(42)C(// hi)");

    // Go's column 2 on "\tgo" is the 'g' after the tab: display column 4.
    EXPECT_EQ(lines[3].column_of[1], 4);
}

TEST(CodeView, BlockCommentsSpanLines) {
    const auto lines = layout_go_source("/* one\ntwo */ x\r\n");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[1].spans.front().kind, TokenKind::Comment);
    EXPECT_EQ(lines[1].text, "two */ x");
    EXPECT_EQ(lines[1].spans.back().kind, TokenKind::Plain);
}

TEST(CodeView, ParsesErrorPositions) {
    ErrorPosition p = parse_error_position("prog.go:23:56: undefined: t0");
    EXPECT_EQ(p.line, 23);
    EXPECT_EQ(p.column, 56);
    EXPECT_EQ(p.message, "undefined: t0");
    p = parse_error_position("C:/x.go:3:1: missing return");
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.message, "missing return");
    p = parse_error_position("no position here");
    EXPECT_EQ(p.line, 0);
    EXPECT_EQ(p.message, "no position here");
}

TEST(Timeline, SegmentsFollowTheProgramClock) {
    Timeline t;
    Snapshot s;
    s.version = 1;
    s.clock_ns = 0;
    s.goroutines.push_back(goroutine(1, "main.main", GoroutineState::Running, 20, 0));
    t.record(s);

    s.version = 2;
    s.clock_ns = 100;
    t.record(s);

    // A repeated version adds nothing even if the clock were to differ.
    s.clock_ns = 150;
    t.record(s);

    s.version = 3;
    s.clock_ns = 200;
    s.goroutines[0].state = GoroutineState::Sleeping;
    s.goroutines[0].worker = -1;
    s.goroutines.push_back(goroutine(2, "main.dbCall", GoroutineState::Runnable, 12, -1));
    t.record(s);

    const TimelineLane* main_lane = t.lane(1);
    ASSERT_NE(main_lane, nullptr);
    ASSERT_EQ(main_lane->segments.size(), 2u);
    EXPECT_EQ(main_lane->segments[0].start_ns, 0);
    EXPECT_EQ(main_lane->segments[0].end_ns, 200);
    EXPECT_EQ(main_lane->segments[0].worker, 0);
    EXPECT_EQ(main_lane->segments[1].state, GoroutineState::Sleeping);
    EXPECT_EQ(main_lane->segments[1].start_ns, 200);
    ASSERT_NE(t.lane(2), nullptr);
    // G2 appeared between the samples at 100 and 200: its lane starts at 100.
    EXPECT_EQ(t.lane(2)->segments.front().start_ns, 100);
    EXPECT_EQ(t.end_ns(), 200);

    // A clock that goes back is a new run.
    s.version = 4;
    s.clock_ns = 5;
    s.goroutines.resize(1);
    t.record(s);
    EXPECT_EQ(t.lane(2), nullptr);
    EXPECT_EQ(t.lane(1)->segments.size(), 1u);
}

} // namespace
} // namespace golab

namespace golab {
namespace {

TEST(CodeView, WordEndColumn) {
    const auto lines = layout_go_source("\tt0 = time.Since(t0)\n");
    ASSERT_EQ(lines.size(), 1u);
    // "    t0 = ...": t0 starts at display column 4 and ends at 6.
    EXPECT_EQ(word_end_column(lines[0], 4), 6);
    // On a space or punctuation, one column.
    EXPECT_EQ(word_end_column(lines[0], 6), 7);
    EXPECT_EQ(word_end_column(lines[0], 7), 8);
    // Past the end of the line, still one column.
    EXPECT_EQ(word_end_column(lines[0], 40), 41);
}

} // namespace
} // namespace golab

namespace golab {
namespace {

TEST(StateJson, ClockNeverBelowZero) {
    Snapshot snap;
    snap.status = RunStatus::Running;
    snap.clock_ns = -595'001;
    EXPECT_NE(build_state_json(snap, "waitgroup", true).find(R"("clock_ms":0,)"),
              std::string::npos);
}

TEST(Timeline, NegativeClockCountsAsZero) {
    Timeline t;
    Snapshot s;
    s.version = 1;
    s.clock_ns = -600'000;
    s.goroutines.push_back(goroutine(1, "main.main", GoroutineState::Running, 20, 0));
    t.record(s);
    ASSERT_NE(t.lane(1), nullptr);
    EXPECT_EQ(t.lane(1)->segments.front().start_ns, 0);
}

} // namespace
} // namespace golab

namespace golab {
namespace {

TEST(Timeline, AnEndSeenFirstStaysWhereItWasSeen) {
    // go-no-wait in a slow browser: the first sample already shows the end.
    Timeline t;
    Snapshot s;
    s.version = 1;
    s.clock_ns = 1'000'000;
    s.goroutines.push_back(goroutine(1, "main.main", GoroutineState::Done, 18, -1));
    s.goroutines.push_back(goroutine(2, "main.dbCall", GoroutineState::Lost, 12, -1));
    t.record(s);
    EXPECT_EQ(t.lane(1)->segments.front().start_ns, 1'000'000);
    EXPECT_EQ(t.lane(2)->segments.front().start_ns, 1'000'000);
}

} // namespace
} // namespace golab
