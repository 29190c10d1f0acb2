// trace_test.cpp: the events a run records, and their Chrome JSON form.
//
// The WaitGroup lesson must show its counter going 0 -> 5 -> 0 and every
// goroutine's life; the go-no-wait lesson must end with five lost goroutines.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <functional>
#include <thread>

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
    EXPECT_EQ(count(json, "\"args\":{\"name\":\"G"), 6u) << "one lane name per goroutine";
    EXPECT_EQ(count(json, "\"thread_name\",\"pid\":2,"), 2u) << "one track per P: GOMAXPROCS 2";
    EXPECT_EQ(count(json, "\"name\":\"output\""), 6u) << "five results and the total";
    EXPECT_GE(count(json, "\"name\":\"sleeping\""), 5u);
    EXPECT_EQ(json.rfind("{\"displayTimeUnit\":\"ns\",\"traceEvents\":[", 0), 0u);
}

TEST(Trace, MainReturningLosesTheSleepers) {
    std::string json = run_trace("go-no-wait");
    // Each lost goroutine's sleep slice is cut at the program's end.
    EXPECT_EQ(count(json, "\"name\":\"sleeping\""), 0u)
        << "the goroutines never got to sleep: main ended first";
    EXPECT_EQ(count(json, "\"args\":{\"name\":\"G"), 6u);
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

// A full window lets go of its oldest chunks: readers keep reading events by their
// numbers in the whole run, and the base holds what the dropped ones left.
TEST(Trace, AFullWindowLetsGoOfItsOldestEvents) {
    Trace trace(4, 1); // 4 chunks of 4,096 events; the oldest goes when a fifth starts
    TraceEvent e;
    const size_t n = 5 * Trace::kChunkEvents + 5;
    for (size_t i = 0; i < n; i++) {
        e.clock_ns = static_cast<int64_t>(i);
        e.g = static_cast<int64_t>(i % 3) + 1;
        e.kind = i % 2 ? TraceKind::GoStart : TraceKind::GoReady;
        e.arg = static_cast<int64_t>(i % 4);
        e.line = static_cast<int32_t>(i % 100);
        trace.add(e);
    }
    const TracePin pin(trace);
    EXPECT_EQ(trace.size(), n);
    EXPECT_EQ(trace.first(), 2 * Trace::kChunkEvents); // a drop at 16,384 and at 20,480
    EXPECT_EQ(trace.at(trace.first()).clock_ns, static_cast<int64_t>(trace.first()));
    EXPECT_EQ(trace.at(n - 1).clock_ns, static_cast<int64_t>(n - 1));

    const TraceBase& base = trace.base();
    EXPECT_EQ(base.events, trace.first());
    EXPECT_EQ(base.clock_ns, static_cast<int64_t>(trace.first() - 1));
    ASSERT_EQ(base.goroutines.size(), 3u);
    for (const TraceBase::Goroutine& g : base.goroutines) {
        // The last dropped event of goroutine g was number last (g = last % 3 + 1).
        size_t last = trace.first() - 1;
        while (static_cast<int64_t>(last % 3) + 1 != g.id) {
            --last;
        }
        EXPECT_EQ(g.kind, last % 2 ? TraceKind::GoStart : TraceKind::GoReady) << g.id;
        EXPECT_EQ(g.arg, static_cast<int32_t>(last % 4)) << g.id;
        EXPECT_EQ(g.line, static_cast<int32_t>(last % 100)) << g.id;
        EXPECT_EQ(g.seen, static_cast<uint32_t>(g.id - 1)) << g.id;
    }
}

// The page reads while a worker writes: a pinned reader never meets a freed chunk or base,
// and reads what was written (event i has clock i here). ThreadSanitizer and
// AddressSanitizer check the rest in ./build.sh test-sanitize.
TEST(Trace, ReadersReadWhileTheWindowMoves) {
    Trace trace(4, 1);
    constexpr size_t kEvents = 40 * Trace::kChunkEvents;
    std::atomic<bool> done{false};
    std::thread writer([&] {
        TraceEvent e;
        e.kind = TraceKind::GoStart;
        for (size_t i = 0; i < kEvents; i++) {
            e.clock_ns = static_cast<int64_t>(i);
            e.g = 1 + static_cast<int64_t>(i % 7);
            trace.add(e);
        }
        done.store(true);
    });
    size_t passes = 0;
    size_t wrong = 0;
    while (!done.load() || passes == 0) {
        const TracePin pin(trace);
        const TraceBase& base = trace.base();
        const size_t n = trace.size();
        wrong += base.events > 0 && base.clock_ns + 1 != static_cast<int64_t>(base.events);
        for (size_t i = base.events; i < n; i++) {
            wrong += trace.at(i).clock_ns != static_cast<int64_t>(i);
        }
        passes++;
    }
    writer.join();
    EXPECT_EQ(wrong, 0u) << "over " << passes << " passes";
    EXPECT_EQ(trace.first(), (40 - 4) * Trace::kChunkEvents);
}

// Returns whether text is one JSON value and nothing else (RFC 8259's grammar, without
// checking what escapes stand for): enough to know a viewer can load it.
bool is_json(std::string_view text) {
    size_t at = 0;
    auto space = [&] {
        while (at < text.size() && std::strchr(" \t\r\n", text[at])) {
            at++;
        }
    };
    auto eat = [&](char c) {
        space();
        if (at < text.size() && text[at] == c) {
            at++;
            return true;
        }
        return false;
    };
    std::function<bool()> value = [&]() -> bool {
        space();
        if (at >= text.size()) {
            return false;
        }
        const char c = text[at];
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            at++;
            if (eat(close)) {
                return true;
            }
            do {
                if (c == '{' && !(value() && eat(':'))) {
                    return false;
                }
                if (!value()) {
                    return false;
                }
            } while (eat(','));
            return eat(close);
        }
        if (c == '"') {
            for (at++; at < text.size() && text[at] != '"'; at++) {
                if (static_cast<unsigned char>(text[at]) < 0x20) {
                    return false;
                }
                at += text[at] == '\\';
            }
            return at++ < text.size();
        }
        for (const char* word : {"true", "false", "null"}) {
            if (text.substr(at, std::strlen(word)) == word) {
                at += std::strlen(word);
                return true;
            }
        }
        const size_t from = at;
        while (at < text.size() && std::strchr("+-.eE0123456789", text[at])) {
            at++;
        }
        return at > from;
    };
    const bool ok = value();
    space();
    return ok && at == text.size();
}

TEST(Trace, JsonCheckerRefusesBrokenJson) {
    EXPECT_TRUE(is_json(R"({"a":[1,-2.5e3,"x\"y",true,null,{}]})"));
    EXPECT_FALSE(is_json(R"({"a":[1,2})"));
    EXPECT_FALSE(is_json(R"({"a" 1})"));
    EXPECT_FALSE(is_json(R"({"a":1}x)"));
}

// The Chrome JSON of a run that let go of its oldest events still loads, says how many
// went, and starts each lane from the state they left.
TEST(Trace, ChromeJsonOfADroppedRunParsesAndSaysSo) {
    Trace trace(2, 1);
    trace.name_goroutine(1, "main.main");
    trace.name_goroutine(2, "main.worker");
    TraceEvent e;
    e.g = 1;
    e.kind = TraceKind::GoCreate;
    trace.add(e);
    e.g = 2;
    trace.add(e);
    e.kind = TraceKind::GoSleep;
    e.arg = 1'000'000'000;
    trace.add(e);
    e.g = 1;
    e.kind = TraceKind::GoStart;
    for (size_t i = 0; i < 3 * Trace::kChunkEvents; i++) {
        e.clock_ns = static_cast<int64_t>(i + 1) * 1000;
        e.arg = static_cast<int64_t>(i % 2);
        e.kind = i % 2 ? TraceKind::GoStart : TraceKind::GoYield;
        trace.add(e);
    }
    ASSERT_EQ(trace.first(), 2 * Trace::kChunkEvents);
    const std::string json = trace.chrome_json("");
    EXPECT_TRUE(is_json(json));
    EXPECT_NE(json.find("\"otherData\":{\"droppedEvents\":8192,"), std::string::npos);
    // G2 fell asleep in the dropped part: its lane opens asleep at the first kept instant.
    EXPECT_NE(json.find("\"name\":\"sleeping\",\"pid\":1,\"tid\":2,\"ts\":8189,"),
              std::string::npos)
        << json.substr(0, 600);
    // Its name, the slice the base opened, then one slice per kept event.
    EXPECT_EQ(count(json, "\"pid\":1,\"tid\":1,"), 2 + trace.size() - trace.first());

    Trace whole;
    whole.add(e);
    EXPECT_EQ(whole.chrome_json("").find("otherData"), std::string::npos);
}

// Issue 4 asks for one track per goroutine and one per P: the processors are a second
// process whose "threads" are P0, P1, ..., each showing which goroutine ran on it.
TEST(Trace, ChromeJsonHasATrackPerProcessor) {
    Trace trace;
    trace.name_goroutine(1, "main.main");
    trace.name_goroutine(2, "main.worker");
    auto add = [&](int64_t g, TraceKind kind, int64_t at_ns, int64_t arg = 0) {
        TraceEvent e;
        e.g = g;
        e.kind = kind;
        e.clock_ns = at_ns;
        e.arg = arg;
        trace.add(e);
    };
    add(1, TraceKind::GoCreate, 0);
    add(1, TraceKind::GoStart, 0, 0); // main on P0
    add(2, TraceKind::GoCreate, 1000);
    add(2, TraceKind::GoStart, 2000, 1);    // the worker on P1
    add(1, TraceKind::GoSleep, 3000, 9000); // main leaves P0 at 3 us
    add(2, TraceKind::GoEnd, 5000);         // the worker leaves P1 at 5 us
    add(1, TraceKind::GoStart, 9000, 1);    // main again, now on P1, to the end
    add(1, TraceKind::ProgramEnd, 10000);

    const std::string json = trace.chrome_json("");
    EXPECT_TRUE(is_json(json)) << json;
    EXPECT_NE(json.find(R"j("name":"process_name","pid":2,"args":{"name":"processors (P)"})j"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find(R"("name":"thread_name","pid":2,"tid":0,"args":{"name":"P0"})"),
              std::string::npos);
    EXPECT_NE(json.find(R"("name":"thread_name","pid":2,"tid":1,"args":{"name":"P1"})"),
              std::string::npos);
    EXPECT_NE(json.find(R"("name":"G1","pid":2,"tid":0,"ts":0,"dur":3)"), std::string::npos)
        << json;
    EXPECT_NE(json.find(R"("name":"G2","pid":2,"tid":1,"ts":2,"dur":3)"), std::string::npos);
    EXPECT_NE(json.find(R"("name":"G1","pid":2,"tid":1,"ts":9,"dur":1)"), std::string::npos);
    EXPECT_EQ(count(json, R"("pid":2,"tid":)"), 2u + 3u); // two names, three slices
}

} // namespace
} // namespace golab
