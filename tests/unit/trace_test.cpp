// trace_test.cpp: the events a run records, and their Chrome JSON form.
//
// The WaitGroup lesson must show its counter going 0 -> 5 -> 0 and every
// goroutine's life; the go-no-wait lesson must end with five lost goroutines.
#include <gtest/gtest.h>

#include "lessons/lessons.h"
#include "runtime/session.h"
#include "trace/trace.h"

namespace golab {
namespace {

std::string run_trace(const char* lesson_id) {
    SessionOptions o;
    o.procs = 2;
    o.virtual_time = true;
    Session session(o);
    EXPECT_TRUE(session.load(find_lesson(lesson_id)->source));
    session.run();
    EXPECT_EQ(session.wait(), 0);
    return session.chrome_trace();
}

// Returns the counter values of the "C" events, in order.
std::vector<int> counters(const std::string& json) {
    std::vector<int> values;
    for (size_t at = json.find("\"counter\":"); at != std::string::npos;
         at = json.find("\"counter\":", at + 1)) {
        values.push_back(std::stoi(json.substr(at + 10)));
    }
    return values;
}

size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        n++;
    }
    return n;
}

TEST(Trace, WaitGroupCounterGoesUpToFiveAndBackToZero) {
    std::string json = run_trace("waitgroup");
    EXPECT_EQ(counters(json), (std::vector<int>{1, 2, 3, 4, 5, 4, 3, 2, 1, 0}));
    EXPECT_EQ(count(json, "\"name\":\"G"), 6u) << "one lane name per goroutine";
    EXPECT_EQ(count(json, "\"name\":\"output\""), 6u) << "five results and the total";
    EXPECT_GE(count(json, "\"name\":\"sleeping\""), 5u);
    EXPECT_EQ(json.rfind("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[", 0), 0u);
}

TEST(Trace, MainReturningLosesTheSleepers) {
    std::string json = run_trace("go-no-wait");
    // Each lost goroutine's sleep slice is cut at the program's end.
    EXPECT_EQ(count(json, "\"name\":\"sleeping\""), 0u)
        << "the goroutines never got to sleep: main ended first";
    EXPECT_EQ(count(json, "\"name\":\"G"), 6u);
}

TEST(Trace, EventNamesAreStable) {
    EXPECT_STREQ(to_string(TraceKind::GoCreate), "GoCreate");
    EXPECT_STREQ(to_string(TraceKind::WaitGroupSet), "WaitGroupSet");
    EXPECT_STREQ(to_string(TraceKind::ProgramEnd), "ProgramEnd");
}

} // namespace
} // namespace golab

namespace golab {
namespace {

#ifndef __EMSCRIPTEN__ // a full log is 160 MB: natively only
// The log stops at Trace::kMaxEvents and counts what it had no room for.
TEST(Trace, AFullLogCountsTheEventsItDrops) {
    Trace trace;
    TraceEvent e;
    for (size_t i = 0; i < Trace::kMaxEvents + 5; i++) {
        e.clock_ns = static_cast<int64_t>(i);
        trace.add(e);
    }
    EXPECT_EQ(trace.size(), Trace::kMaxEvents);
    EXPECT_EQ(trace.dropped(), 5u);
    EXPECT_EQ(trace.at(Trace::kMaxEvents - 1).clock_ns,
              static_cast<int64_t>(Trace::kMaxEvents - 1));
}
#endif

} // namespace
} // namespace golab
