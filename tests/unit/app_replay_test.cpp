// app_replay_test.cpp: the state at any point of a trace and the timeline
// lanes built from it. Hand-made traces pin down each event's meaning; real
// runs of the lessons check that replaying the whole trace lands exactly on
// the run's final snapshot, in both executors.

#include <gtest/gtest.h>

#include "app/replay.h"
#include "lessons/lessons.h"
#include "vm/vm.h"

namespace golab {
namespace {

TraceEvent ev(int64_t clock_ms, TraceKind kind, int64_t g, int64_t arg = 0, int32_t line = 0) {
    TraceEvent e;
    e.clock_ns = clock_ms * 1'000'000;
    e.kind = kind;
    e.g = g;
    e.arg = arg;
    e.line = line;
    return e;
}

// main (G1) starts G2, which sleeps 500 ms and prints "hi\n"; main waits on a
// WaitGroup, then the program ends.
void fill_small_trace(Trace& t) {
    t.add(ev(0, TraceKind::GoCreate, 1, 0, 5));
    t.add(ev(0, TraceKind::GoReady, 1, 0, 5));
    t.add(ev(1, TraceKind::GoStart, 1, 0, 5));
    TraceEvent add = ev(2, TraceKind::WaitGroupSet, 1, 1, 6);
    add.object = 0;
    t.add(add);
    t.add(ev(3, TraceKind::GoCreate, 2, 1, 10));
    t.add(ev(3, TraceKind::GoReady, 2, 0, 10));
    t.add(ev(4, TraceKind::GoBlockWait, 1, 2 /* WaitReason::WaitGroup */, 8));
    t.add(ev(5, TraceKind::GoStart, 2, 1, 10));
    t.add(ev(6, TraceKind::GoSleep, 2, 506'000'000, 11));
    t.add(ev(506, TraceKind::GoReady, 2, 0, 11));
    t.add(ev(507, TraceKind::GoStart, 2, 0, 11));
    TraceEvent out = ev(508, TraceKind::Output, 2, 0, 0);
    out.len = 3;
    t.add(out);
    TraceEvent done = ev(509, TraceKind::WaitGroupSet, 2, 0, 13);
    done.object = 0;
    t.add(done);
    t.add(ev(509, TraceKind::GoReady, 1, 0, 8));
    t.add(ev(510, TraceKind::GoEnd, 2, 0, 14));
    t.add(ev(511, TraceKind::GoStart, 1, 0, 8));
    t.add(ev(512, TraceKind::GoEnd, 1, 0, 9));
    t.add(ev(512, TraceKind::ProgramEnd, 0, 0));
}

TEST(Replay, EachPrefixGivesTheStatesOfThatInstant) {
    Trace t;
    fill_small_trace(t);

    ReplayState s = replay_events(t, 3);
    ASSERT_EQ(s.goroutines.size(), 1u);
    EXPECT_EQ(s.goroutines[0].state, GoroutineState::Running);
    EXPECT_EQ(s.goroutines[0].worker, 0);
    EXPECT_EQ(s.clock_ns, 1'000'000);

    s = replay_events(t, 9); // G2 just went to sleep, main waits
    ASSERT_EQ(s.goroutines.size(), 2u);
    EXPECT_EQ(s.goroutines[0].state, GoroutineState::Waiting);
    EXPECT_EQ(s.goroutines[0].wait_reason, "semacquire");
    EXPECT_EQ(s.goroutines[0].worker, -1);
    EXPECT_EQ(s.goroutines[1].state, GoroutineState::Sleeping);
    EXPECT_EQ(s.goroutines[1].line, 11);
    EXPECT_EQ(s.waitgroups, (std::vector<int64_t>{1}));
    EXPECT_EQ(s.output_bytes, 0u);
    EXPECT_FALSE(s.ended);

    s = replay_events(t, 13); // G2 printed and called Done
    EXPECT_EQ(s.output_bytes, 3u);
    EXPECT_EQ(s.waitgroups, (std::vector<int64_t>{0}));
    EXPECT_EQ(s.goroutines[1].line, 13);

    s = replay_events(t, 1000); // clamped to the whole trace
    EXPECT_EQ(s.events, t.size());
    EXPECT_TRUE(s.ended);
    EXPECT_EQ(s.goroutines[0].state, GoroutineState::Done);
    EXPECT_EQ(s.goroutines[1].state, GoroutineState::Done);
}

TEST(Replay, ForwardFromAStateEqualsReplayFromTheStart) {
    Trace t;
    fill_small_trace(t);
    ReplayState a = replay_events(t, 4);
    replay_forward(a, t, 12);
    const ReplayState b = replay_events(t, 12);
    ASSERT_EQ(a.goroutines.size(), b.goroutines.size());
    for (size_t i = 0; i < a.goroutines.size(); ++i) {
        EXPECT_EQ(a.goroutines[i].state, b.goroutines[i].state);
        EXPECT_EQ(a.goroutines[i].line, b.goroutines[i].line);
    }
    EXPECT_EQ(a.clock_ns, b.clock_ns);
    EXPECT_EQ(a.output_bytes, b.output_bytes);
}

// A long trace of many goroutines: each cycles through running, sleeping and
// waiting, writes output and moves a WaitGroup, so every field of the state changes.
void fill_long_trace(Trace& t, int goroutines, int rounds) {
    int64_t ms = 0;
    for (int g = 1; g <= goroutines; ++g) {
        t.add(ev(ms, TraceKind::GoCreate, g, g - 1, g));
    }
    for (int r = 0; r < rounds; ++r) {
        for (int g = 1; g <= goroutines; ++g) {
            ++ms;
            t.add(ev(ms, TraceKind::GoStart, g, g % 4, 10 + r % 7));
            const int pick = (g * 7 + r * 3) % 3;
            if (pick == 0) {
                t.add(ev(ms, TraceKind::GoSleep, g, ms + 5, 20));
            } else if (pick == 1) {
                TraceEvent out = ev(ms, TraceKind::Output, g, ms, 21);
                out.len = 1;
                t.add(out);
                t.add(ev(ms, TraceKind::GoBlockWait, g, 1, 22));
            } else {
                TraceEvent wg = ev(ms, TraceKind::WaitGroupSet, g, r, 23);
                wg.object = g % 3;
                t.add(wg);
                t.add(ev(ms, TraceKind::GoYield, g, 0, 24));
            }
            t.add(ev(ms, TraceKind::GoReady, g, 0, 25));
        }
    }
}

void expect_same_state(const ReplayState& a, const ReplayState& b) {
    ASSERT_EQ(a.events, b.events);
    ASSERT_EQ(a.goroutines.size(), b.goroutines.size());
    for (size_t i = 0; i < a.goroutines.size(); ++i) {
        EXPECT_EQ(a.goroutines[i].id, b.goroutines[i].id);
        EXPECT_EQ(a.goroutines[i].state, b.goroutines[i].state);
        EXPECT_EQ(a.goroutines[i].worker, b.goroutines[i].worker);
        EXPECT_EQ(a.goroutines[i].line, b.goroutines[i].line);
        EXPECT_EQ(a.goroutines[i].wait_reason, b.goroutines[i].wait_reason);
    }
    EXPECT_EQ(a.waitgroups, b.waitgroups);
    EXPECT_EQ(a.clock_ns, b.clock_ns);
    EXPECT_EQ(a.output_bytes, b.output_bytes);
    EXPECT_EQ(a.ended, b.ended);
}

TEST(ReplayCheckpoints, SeekingAnywhereGivesTheStateOfThatInstant) {
    Trace t;
    fill_long_trace(t, 300, 60);
    ASSERT_GT(t.size(), 50'000u);

    // Back and forth over the trace, as a learner dragging the scrubber does.
    ReplayCheckpoints cp;
    const size_t n = t.size();
    for (size_t target : {n, size_t{0}, n / 2, n / 3, n - 1, size_t{1}, n / 2 + 4097, n + 99,
                          size_t{2048}, size_t{2047}, n / 7}) {
        SCOPED_TRACE(target);
        expect_same_state(cp.state_at(t, target), replay_events(t, target));
    }
}

TEST(ReplayCheckpoints, SavedStatesAreSpacedByTheGoroutinesAlive) {
    Trace t;
    fill_long_trace(t, 300, 60);
    ReplayCheckpoints cp;
    cp.state_at(t, t.size());

    // The empty state, the one 2,048 events in (no goroutine existed before),
    // then one per 2,400 events, as 300 goroutines are alive.
    const size_t spacing = ReplayCheckpoints::kSpacingPerGoroutine * 300;
    const size_t want = 2 + (t.size() - ReplayCheckpoints::kMinSpacing) / spacing;
    EXPECT_EQ(cp.saved(), want);

    // Seeking back saves nothing new.
    cp.state_at(t, t.size() / 2);
    EXPECT_EQ(cp.saved(), want);

    // Another trace starts over.
    Trace small;
    fill_small_trace(small);
    EXPECT_EQ(cp.state_at(small, small.size()).events, small.size());
    EXPECT_EQ(cp.saved(), 1u);
}

TEST(Replay, DroppedEventsAreNamedInTheSnapshotAndItsNote) {
    Trace t;
    fill_small_trace(t);
    Snapshot live;
    live.trace_dropped = 12;
    EXPECT_EQ(replayed_snapshot(replay_events(t, 3), live).trace_dropped, 12u);
    EXPECT_EQ(trace_full_note(12, 4194304),
              "The oldest 12 events were dropped to keep memory bounded; the newest 4194304 are "
              "kept. Stepping back and the timeline start at the first kept event, from the state "
              "the dropped ones left.");
}

// Every kind of event, from 400 goroutines first seen out of id order, in a fixed
// pseudo-random order: what a long run leaves in a trace.
void fill_mixed_trace(Trace& t, size_t events) {
    uint64_t x = 88172645463325252ull;
    auto next = [&x](uint64_t below) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return static_cast<int64_t>(x % below);
    };
    int64_t ms = 0;
    int64_t out = 0;
    std::vector<bool> created(401);
    for (size_t i = 0; i < events; ++i) {
        ms += next(3);
        const int64_t g = 1 + next(400);
        if (!created[static_cast<size_t>(g)]) {
            // A goroutine's first event is its creation, as in a run.
            created[static_cast<size_t>(g)] = true;
            t.add(ev(ms, TraceKind::GoCreate, g, 1, 3));
            ++i;
        }
        TraceEvent e = ev(ms, TraceKind::GoReady, g, 0, static_cast<int32_t>(next(50)));
        switch (next(12)) {
        case 0:
            e.kind = TraceKind::GoCreate;
            break;
        case 1:
            e.kind = TraceKind::GoStart;
            e.arg = next(4);
            break;
        case 2:
            e.kind = TraceKind::GoYield;
            break;
        case 3:
            e.kind = TraceKind::GoSleep;
            e.arg = e.clock_ns + 5;
            break;
        case 4:
            e.kind = TraceKind::GoBlockWait;
            e.arg = static_cast<int64_t>(WaitReason::Mutex);
            e.object = static_cast<int32_t>(next(3));
            break;
        case 5:
            e.kind = TraceKind::GoBlockWait;
            e.arg = static_cast<int64_t>(next(2) ? WaitReason::ChanSend : WaitReason::ChanRecv);
            e.object = static_cast<int32_t>(next(2));
            break;
        case 6:
            e.kind = TraceKind::Output;
            e.arg = out;
            e.len = 2;
            out += 2;
            break;
        case 7:
            e.kind = TraceKind::WaitGroupSet;
            e.object = static_cast<int32_t>(next(2));
            e.arg = next(5);
            break;
        case 8:
            e.kind = TraceKind::MutexSet;
            e.object = static_cast<int32_t>(next(3));
            e.arg = next(2) ? g : 0;
            break;
        case 9:
            e.kind = TraceKind::ChanSet;
            e.object = static_cast<int32_t>(next(2));
            e.arg = next(3);
            e.len = 3;
            break;
        case 10:
            e.kind = TraceKind::GoEnd;
            break;
        default:
            break; // GoReady
        }
        t.add(e);
    }
}

void expect_same_sync(const SyncState& a, const SyncState& b) {
    EXPECT_EQ(a.events, b.events);
    ASSERT_EQ(a.mutexes.size(), b.mutexes.size());
    for (size_t i = 0; i < a.mutexes.size(); ++i) {
        EXPECT_EQ(a.mutexes[i].holder, b.mutexes[i].holder);
        EXPECT_EQ(a.mutexes[i].waiting, b.mutexes[i].waiting);
    }
    ASSERT_EQ(a.channels.size(), b.channels.size());
    for (size_t i = 0; i < a.channels.size(); ++i) {
        EXPECT_EQ(a.channels[i].len, b.channels[i].len);
        EXPECT_EQ(a.channels[i].cap, b.channels[i].cap);
        EXPECT_EQ(a.channels[i].sending, b.channels[i].sending);
        EXPECT_EQ(a.channels[i].receiving, b.channels[i].receiving);
    }
}

// A trace that let go of its oldest events shows, at every kept instant, what the whole
// trace shows there: the base and a replay of the kept window give the same states.
TEST(ReplayCheckpoints, SeeksAfterADropEqualTheWholeRun) {
    Trace whole;
    Trace window(4, 1); // keeps 4 chunks (16,384 events) and lets go of one at a time
    fill_mixed_trace(whole, 50'000);
    fill_mixed_trace(window, 50'000);
    ASSERT_EQ(whole.first(), 0u);
    ASSERT_EQ(window.first(), 9 * Trace::kChunkEvents); // drops at 16,384, 20,480, ... 49,152
    ASSERT_EQ(window.size(), 50'000u);

    const TracePin pin(window);
    expect_same_state(replay_start(window.base()), replay_events(whole, window.first()));
    ReplayCheckpoints cp;
    const size_t first = window.first();
    for (size_t target : {size_t{50'000}, first, first + 1, size_t{40'000}, size_t{45'123},
                          size_t{49'999}, first + 2047, first + 2048, size_t{99'999}}) {
        SCOPED_TRACE(target);
        const ReplayState want = replay_events(whole, target);
        expect_same_state(cp.state_at(window, target), want);
        ReplayState forward = replay_start(window.base());
        replay_forward(forward, window, target);
        expect_same_state(forward, want);
        expect_same_state(replay_events(window, target), want);
        SyncState a;
        SyncState b;
        sync_forward(a, window, target);
        sync_forward(b, whole, target);
        expect_same_sync(a, b);
    }

    // Before the first kept event, the earliest state left is the base's.
    EXPECT_EQ(cp.state_at(window, 10).events, first);
    EXPECT_EQ(events_until(window, window.size(), -1), first);
    EXPECT_EQ(sleep_summary(window, window.size()).count,
              sleep_summary(whole, whole.size()).count - sleep_summary(whole, first).count);

    // The lanes start from the base and end where the whole run's do.
    TraceTimeline all;
    TraceTimeline kept;
    all.extend(&whole, whole.size());
    kept.extend(&window, window.size());
    ASSERT_EQ(kept.lanes().size(), all.lanes().size());
    for (size_t i = 0; i < all.lanes().size(); ++i) {
        ASSERT_EQ(kept.lanes()[i].id, all.lanes()[i].id);
        EXPECT_GE(kept.lanes()[i].segments.front().start_ns, window.base().clock_ns);
        EXPECT_EQ(kept.lanes()[i].segments.back().state, all.lanes()[i].segments.back().state);
        EXPECT_EQ(kept.lanes()[i].segments.back().worker, all.lanes()[i].segments.back().worker);
    }
}

// The page reads while the run writes: states saved before a drop are forgotten, and a
// reader that falls behind the window catches up from the base.
TEST(ReplayCheckpoints, ReadingWhileTheWindowMovesStaysExact) {
    Trace whole;
    Trace window(4, 2);
    Trace scratch;
    fill_mixed_trace(scratch, 60'000);
    ReplayCheckpoints cp;
    ReplayState live;
    SyncState sync;
    TraceTimeline lanes;
    const TracePin pin(scratch);
    for (size_t i = 0; i < scratch.size(); ++i) {
        whole.add(scratch.at(i));
        window.add(scratch.at(i));
        if (i % 5'000 != 4'999) {
            continue;
        }
        SCOPED_TRACE(i);
        const size_t n = window.size();
        expect_same_state(cp.state_at(window, n / 2),
                          replay_events(whole, std::max(n / 2, window.first())));
        replay_forward(live, window, n);
        expect_same_state(live, replay_events(whole, n));
        sync_forward(sync, window, n);
        SyncState want;
        sync_forward(want, whole, n);
        expect_same_sync(sync, want);
        lanes.extend(&window, n);
        EXPECT_EQ(lanes.events(), n);
    }
    EXPECT_GT(window.first(), 0u);
}

TEST(Replay, EventsUntilFindsTheInstant) {
    Trace t;
    fill_small_trace(t);
    EXPECT_EQ(events_until(t, t.size(), -1), 0u);
    EXPECT_EQ(events_until(t, t.size(), 0), 2u);
    EXPECT_EQ(events_until(t, t.size(), 5'000'000), 8u);
    EXPECT_EQ(events_until(t, t.size(), 300'000'000), 9u) << "mid-sleep";
    EXPECT_EQ(events_until(t, t.size(), 1'000'000'000), t.size());
    EXPECT_EQ(events_until(t, 4, 1'000'000'000), 4u) << "never past n";
}

TEST(Replay, SnapshotTakesNamesFromTheLiveOneAndCutsTheOutput) {
    Trace t;
    fill_small_trace(t);
    Snapshot live;
    live.status = RunStatus::Finished;
    live.output = "hi\n";
    live.goroutines = {GoroutineView{1, "main.main", {}, 0, -1, "", {}},
                       GoroutineView{2, "main.worker", {}, 0, -1, "", {}}};
    live.waitgroups = {WaitGroupView{"wg", 0}};

    Snapshot mid = replayed_snapshot(replay_events(t, 9), live);
    EXPECT_EQ(mid.status, RunStatus::Running);
    EXPECT_EQ(mid.output, "");
    ASSERT_EQ(mid.goroutines.size(), 2u);
    EXPECT_EQ(mid.goroutines[1].fn, "main.worker");
    ASSERT_EQ(mid.waitgroups.size(), 1u);
    EXPECT_EQ(mid.waitgroups[0].name, "wg");
    EXPECT_EQ(mid.waitgroups[0].count, 1);

    Snapshot end = replayed_snapshot(replay_events(t, t.size()), live);
    EXPECT_EQ(end.status, RunStatus::Finished);
    EXPECT_EQ(end.output, "hi\n");
}

TEST(Replay, SleepSummaryIsTheSumAndTheLongest) {
    Trace t;
    t.add(ev(0, TraceKind::GoSleep, 2, 300'000'000));
    t.add(ev(0, TraceKind::GoSleep, 3, 1'200'000'000));
    t.add(ev(100, TraceKind::GoSleep, 4, 600'000'000));
    const SleepSummary s = sleep_summary(t, t.size());
    EXPECT_EQ(s.count, 3);
    EXPECT_EQ(s.sum_ns, 2'000'000'000);
    EXPECT_EQ(s.max_ns, 1'200'000'000);
    EXPECT_EQ(sleep_summary(t, 1).sum_ns, 300'000'000);
}

TEST(TraceTimeline, LanesAreBackToBackWithEverySleepVisible) {
    Trace t;
    fill_small_trace(t);
    TraceTimeline tl;
    tl.extend(&t, 6);
    tl.extend(&t, t.size()); // extended in two goes, as frames would
    ASSERT_EQ(tl.lanes().size(), 2u);
    EXPECT_EQ(tl.end_ns(), 512'000'000);

    const TimelineLane* g2 = tl.lane(2);
    ASSERT_NE(g2, nullptr);
    // runnable 3-5, running 5-6, sleeping 6-506, runnable, running 507-510, done
    std::vector<GoroutineState> states;
    for (const TimelineSegment& s : g2->segments) {
        states.push_back(s.state);
    }
    EXPECT_EQ(states,
              (std::vector<GoroutineState>{GoroutineState::Runnable, GoroutineState::Running,
                                           GoroutineState::Sleeping, GoroutineState::Runnable,
                                           GoroutineState::Running, GoroutineState::Done}));
    EXPECT_EQ(g2->segments[2].start_ns, 6'000'000);
    EXPECT_EQ(g2->segments[2].end_ns, 506'000'000);
    EXPECT_EQ(g2->segments[1].worker, 1);
    for (size_t i = 1; i < g2->segments.size(); ++i) {
        EXPECT_EQ(g2->segments[i].start_ns, g2->segments[i - 1].end_ns) << "back to back";
    }

    const TimelineSegment* at = segment_at(*g2, 300'000'000);
    ASSERT_NE(at, nullptr);
    EXPECT_EQ(at->state, GoroutineState::Sleeping);
    EXPECT_EQ(segment_at(*g2, 1'000'000), nullptr) << "before it was created";
}

TEST(TraceTimeline, ANewTraceStartsOver) {
    Trace a;
    Trace b;
    fill_small_trace(a);
    b.add(ev(0, TraceKind::GoCreate, 1));
    TraceTimeline tl;
    tl.extend(&a, a.size());
    tl.extend(&b, b.size());
    EXPECT_EQ(tl.lanes().size(), 1u);
    EXPECT_EQ(tl.events(), 1u);
}

TEST(TraceTimeline, GoroutinesWithIdsFarApartGetALaneEach) {
    // Small ids are looked up in a table, ids far past it in a map: both find their lane.
    const int64_t far = int64_t{1} << 40;
    Trace t;
    t.add(ev(0, TraceKind::GoCreate, 1));
    t.add(ev(1, TraceKind::GoCreate, far));
    t.add(ev(2, TraceKind::GoCreate, 70'000));
    t.add(ev(3, TraceKind::GoStart, 1, 0));
    t.add(ev(4, TraceKind::GoStart, far, 1));
    t.add(ev(5, TraceKind::GoStart, 70'000, 0));
    t.add(ev(6, TraceKind::GoCreate, 3));
    TraceTimeline tl;
    tl.extend(&t, t.size());
    ASSERT_EQ(tl.lanes().size(), 4u);
    for (const int64_t id : {int64_t{1}, far, int64_t{70'000}, int64_t{3}}) {
        const TimelineLane* lane = tl.lane(id);
        ASSERT_NE(lane, nullptr) << id;
        EXPECT_EQ(lane->id, id);
    }
    EXPECT_EQ(tl.lane(2), nullptr);
    EXPECT_EQ(tl.lane(far + 1), nullptr);
    EXPECT_EQ(tl.lane(far)->segments.size(), 2u) << "runnable, then running on M1";
    EXPECT_EQ(tl.lane(far)->segments[1].worker, 1);
}

// Runs a lesson to its end and returns the final snapshot.
std::shared_ptr<const Snapshot> finished_run(const char* lesson, bool virtual_time) {
    SessionOptions o;
    o.procs = 2;
    o.virtual_time = virtual_time;
    o.speed = 10.0; // threaded: the lesson's two seconds take a fifth of one
    Session session(o);
    EXPECT_TRUE(session.load(find_lesson(lesson)->source));
    session.run();
    session.wait();
    return session.snapshot();
}

class ReplayLesson : public ::testing::TestWithParam<std::tuple<const char*, bool>> {};

TEST_P(ReplayLesson, WholeTraceEndsWhereTheRunEnded) {
    const auto [lesson, virtual_time] = GetParam();
    const std::shared_ptr<const Snapshot> snap = finished_run(lesson, virtual_time);
    ASSERT_TRUE(snap->trace);
    const Snapshot end = replayed_snapshot(replay_events(*snap->trace, snap->trace_size), *snap);
    EXPECT_EQ(end.status, snap->status);
    EXPECT_EQ(end.output, snap->output);
    EXPECT_EQ(end.clock_ns, snap->clock_ns);
    ASSERT_EQ(end.goroutines.size(), snap->goroutines.size());
    for (size_t i = 0; i < end.goroutines.size(); ++i) {
        EXPECT_EQ(end.goroutines[i].id, snap->goroutines[i].id);
        EXPECT_EQ(end.goroutines[i].state, snap->goroutines[i].state)
            << "G" << end.goroutines[i].id;
    }
    ASSERT_EQ(end.waitgroups.size(), snap->waitgroups.size());
    for (size_t i = 0; i < end.waitgroups.size(); ++i) {
        EXPECT_EQ(end.waitgroups[i].count, snap->waitgroups[i].count);
    }
}

INSTANTIATE_TEST_SUITE_P(Lessons, ReplayLesson,
                         ::testing::Combine(::testing::Values("sequential", "go-no-wait",
                                                              "waitgroup"),
                                            ::testing::Values(true, false)));

TEST(ReplayLesson, WaitGroupLessonSleepsOverlap) {
    const std::shared_ptr<const Snapshot> snap = finished_run("waitgroup", true);
    const SleepSummary s = sleep_summary(*snap->trace, snap->trace_size);
    EXPECT_EQ(s.count, 5);
    EXPECT_GT(s.sum_ns, s.max_ns);
    // The run took about the longest delay, far less than the sum.
    EXPECT_LT(snap->clock_ns, s.max_ns + s.max_ns / 10);
    EXPECT_GE(snap->clock_ns, s.max_ns);
}

// In the forgotten-Done lesson main waits on the WaitGroup until the deadlock ends the
// program: its lane is waiting to that end, not lost, and not beyond it.
TEST(ReplayLesson, ADeadlockedGoroutineWaitsToTheEnd) {
    for (bool virtual_time : {true, false}) {
        const std::shared_ptr<const Snapshot> snap = finished_run("forgotten-done", virtual_time);
        ASSERT_EQ(snap->status, RunStatus::Deadlocked);
        TraceTimeline tl;
        tl.extend(snap->trace.get(), snap->trace_size);
        const TimelineLane* main_lane = tl.lane(1);
        ASSERT_NE(main_lane, nullptr);
        const TimelineSegment& last = main_lane->segments.back();
        EXPECT_EQ(last.state, GoroutineState::Waiting) << virtual_time;
        EXPECT_EQ(last.end_ns, tl.end_ns()) << virtual_time;
        EXPECT_GT(last.end_ns - last.start_ns, 200'000'000) << "main waits from the start";
    }
}

} // namespace
} // namespace golab

namespace golab {
namespace {

TEST(TraceTimeline, KnowsWhoWroteEachByteOfOutput) {
    Trace t;
    TraceEvent a;
    a.kind = TraceKind::Output;
    a.g = 3;
    a.arg = 0;
    a.len = 6; // "hello\n"
    a.clock_ns = 10;
    t.add(a);
    TraceEvent b = a;
    b.g = 1;
    b.arg = 6;
    b.len = 4; // "bye\n"
    b.clock_ns = 20;
    t.add(b);
    TraceTimeline tl;
    tl.extend(&t, t.size());
    ASSERT_EQ(tl.writes().size(), 2u);
    ASSERT_NE(tl.writer_of(0), nullptr);
    EXPECT_EQ(tl.writer_of(5)->g, 3);
    EXPECT_EQ(tl.writer_of(6)->g, 1);
    EXPECT_EQ(tl.writer_of(9)->clock_ns, 20);
    EXPECT_EQ(tl.writer_of(10), nullptr) << "past the output";
}

} // namespace
} // namespace golab
