// app_frame_intake_test.cpp: the views' live readers take in at most kEventsPerFrame new
// events a frame (the timeline with its lanes and sleep totals, the sync panel, the
// narrator), and a trace read in such steps leaves each in the state that reading it whole
// does: the same lanes, WaitGroup marks, output writes, sleep totals, Mutexes and channels,
// and the same sentences.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "app/lane_instances.h"
#include "app/narration.h"
#include "app/replay.h"
#include "runtime/session.h"

#include "lesson_runs.h"

namespace golab {
namespace {

// Three thousand goroutines that sleep, take a Mutex, send on a buffered channel and are
// waited for: about eight events each, several frames' worth, with every kind the readers
// care about (creations, sleeps, WaitGroup changes, Mutex and channel states, output, ends).
constexpr const char* kBurst = R"(package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := make(chan int, 3000)
	total := 0
	for i := 0; i < 3000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%50) * time.Millisecond)
			mu.Lock()
			total += i
			mu.Unlock()
			done <- i
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total, len(done))
}
)";

std::shared_ptr<const Snapshot> finished(std::string_view source) {
    auto snap = test_support::finished_source(source, 4);
    EXPECT_TRUE(snap != nullptr) << "does not compile";
    return snap;
}

// Returns the lanes as text, one line a segment: two timelines read the same events when
// these are equal.
std::string lanes_text(const TraceTimeline& t) {
    std::string out;
    for (const TimelineLane& lane : t.lanes()) {
        out += "g" + std::to_string(lane.id) + ":";
        for (const TimelineSegment& s : lane.segments) {
            out += " " + std::to_string(s.start_ns) + "-" + std::to_string(s.end_ns) + "/" +
                   std::to_string(static_cast<int>(s.state)) + "@" + std::to_string(s.worker);
        }
        out += "\n";
    }
    return out;
}

std::string marks_text(const TraceTimeline& t) {
    std::string out;
    for (const WaitGroupMark& m : t.waitgroup_marks()) {
        out += std::to_string(m.clock_ns) + " g" + std::to_string(m.g) + " " +
               std::to_string(static_cast<int>(m.call)) + " " + std::to_string(m.count) + " " +
               std::to_string(m.object) + " " + std::to_string(m.event) + "\n";
    }
    for (const OutputWrite& w : t.writes()) {
        out += "write " + std::to_string(w.offset) + "+" + std::to_string(w.len) + " g" +
               std::to_string(w.g) + "\n";
    }
    return out;
}

std::string sync_text(const SyncState& s) {
    std::string out = std::to_string(s.events) + "\n";
    auto ids = [&](const std::vector<int64_t>& v) {
        for (int64_t id : v) {
            out += " " + std::to_string(id);
        }
        out += ";";
    };
    for (const MutexState& m : s.mutexes) {
        out += "mutex " + std::to_string(m.holder);
        ids(m.waiting);
        out += "\n";
    }
    for (const ChannelState& c : s.channels) {
        out += "chan " + std::to_string(c.len) + "/" + std::to_string(c.cap);
        ids(c.sending);
        ids(c.receiving);
        out += "\n";
    }
    out += std::to_string(s.selects.size()) + " selects, " + std::to_string(s.blocked.size()) +
           " blocked\n";
    return out;
}

// Returns the segments slots draw (hidden ones left out), in lane and time order.
std::vector<std::array<float, 4>> drawn(const LaneInstances& instances) {
    std::vector<std::array<float, 4>> out;
    for (const LaneInstance& s : instances.slots()) {
        if (s.state >= 0) {
            out.push_back({s.lane, s.start_s, s.end_s, s.state});
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(FrameIntake, TheTraceIsSeveralFramesLong) {
    const auto snap = finished(kBurst);
    ASSERT_EQ(snap->status, RunStatus::Finished);
    EXPECT_EQ(snap->output, "total 4498500 3000\n");
    EXPECT_GT(snap->trace_size, 4 * kEventsPerFrame);
}

// The timeline, its lanes on the GPU and the lesson's sleep totals, read a frame at a time.
TEST(FrameIntake, TimelineInStepsEndsAsReadWhole) {
    const auto snap = finished(kBurst);
    const Trace* trace = snap->trace.get();

    TraceTimeline whole;
    EXPECT_EQ(whole.extend(trace, snap->trace_size), snap->trace_size);

    TraceTimeline stepped;
    LaneInstances instances; // kept up to date frame by frame, as the overview does
    size_t changes_read = 0;
    size_t frames = 0;
    while (stepped.events() < snap->trace_size) {
        const size_t read = stepped.extend(trace, snap->trace_size, kEventsPerFrame);
        ASSERT_GT(read, 0u) << "frame " << frames << " read nothing";
        EXPECT_LE(read, kEventsPerFrame) << "frame " << frames;
        const std::vector<uint32_t>& changes = stepped.lane_changes();
        instances.update(stepped.lanes(), std::span(changes).subspan(changes_read));
        changes_read = changes.size();
        ++frames;
    }
    EXPECT_EQ(frames, (snap->trace_size + kEventsPerFrame - 1) / kEventsPerFrame);
    EXPECT_EQ(stepped.extend(trace, snap->trace_size, kEventsPerFrame), 0u);

    EXPECT_EQ(lanes_text(stepped), lanes_text(whole));
    EXPECT_EQ(marks_text(stepped), marks_text(whole));
    EXPECT_EQ(stepped.end_ns(), whole.end_ns());

    // The same segments go to the GPU, if not in the same slots: lanes take slots in the
    // order their first events come.
    LaneInstances at_once;
    std::vector<uint32_t> all(whole.lanes().size());
    for (size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<uint32_t>(i);
    }
    at_once.update(whole.lanes(), all);
    EXPECT_EQ(drawn(instances), drawn(at_once));

    // The sleep totals, added up as the events were read, are the whole trace's (a Sleep(0)
    // of every fiftieth goroutine does not park, as in Go).
    const SleepSummary sum = sleep_summary(*trace, snap->trace_size);
    EXPECT_EQ(sum.count, 2940);
    EXPECT_EQ(sum.max_ns, 49'000'000);
    EXPECT_TRUE(stepped.sleeps() == sum);
    EXPECT_TRUE(whole.sleeps() == sum);
}

// The sync panel's Mutexes and channels, read a frame at a time.
TEST(FrameIntake, SyncInStepsEndsAsReadWhole) {
    const auto snap = finished(kBurst);
    const Trace& trace = *snap->trace;
    SyncState whole;
    EXPECT_EQ(sync_forward(whole, trace, snap->trace_size), snap->trace_size);

    SyncState stepped;
    size_t frames = 0;
    std::string halfway;
    while (stepped.events < snap->trace_size) {
        const size_t read = sync_forward(stepped, trace, snap->trace_size, kEventsPerFrame);
        ASSERT_GT(read, 0u);
        EXPECT_LE(read, kEventsPerFrame);
        if (++frames == 2) {
            halfway = sync_text(stepped);
        }
    }
    EXPECT_GT(frames, 4u);
    EXPECT_EQ(sync_text(stepped), sync_text(whole));
    EXPECT_EQ(stepped.channels.at(0).len, 3000);
    EXPECT_TRUE(stepped.blocked == whole.blocked);
    // Each step is a real prefix: two frames in, the state of the first 2 * cap events.
    SyncState two_frames;
    sync_forward(two_frames, trace, 2 * kEventsPerFrame);
    EXPECT_EQ(halfway, sync_text(two_frames));
}

// The narrator tells a burst read in steps once, in the same words as read whole.
TEST(FrameIntake, NarrationInStepsSaysWhatReadWholeSays) {
    const auto snap = finished(kBurst);
    const Trace& trace = *snap->trace;
    Narrator whole;
    const std::vector<std::string> said_whole =
        whole.extend(trace, snap->trace_size, snap->output, snap->status);
    ASSERT_FALSE(said_whole.empty());
    EXPECT_EQ(said_whole.front(), "main started");
    EXPECT_EQ(said_whole.back().rfind("the program finished after", 0), 0u) << said_whole.back();

    Narrator stepped;
    std::vector<std::string> said;
    size_t frames = 0;
    for (;; ++frames) {
        std::vector<std::string> now =
            stepped.extend(trace, snap->trace_size, snap->output, snap->status, kEventsPerFrame);
        if (!stepped.holding()) {
            said = std::move(now);
            break;
        }
        EXPECT_TRUE(now.empty()) << "frame " << frames << " told part of the burst";
        ASSERT_LT(frames, Narrator::kMostCallsHeld);
    }
    EXPECT_GT(frames, 3u);
    EXPECT_EQ(said, said_whole);
    // Nothing new: nothing to tell, nothing held.
    EXPECT_TRUE(stepped.extend(trace, snap->trace_size, snap->output, snap->status, 1).empty());
    EXPECT_FALSE(stepped.holding());
}

// A run that makes events faster than the steps read them is still heard: a burst is held
// for at most kMostCallsHeld calls.
TEST(FrameIntake, NarrationHeldAtMostKMostCallsHeld) {
    const auto snap = finished(kBurst);
    Narrator n;
    size_t calls = 0;
    std::vector<std::string> said;
    while (said.empty()) {
        said = n.extend(*snap->trace, snap->trace_size, snap->output, snap->status, 10);
        ++calls;
        ASSERT_LE(calls, Narrator::kMostCallsHeld);
    }
    EXPECT_EQ(calls, Narrator::kMostCallsHeld);
    EXPECT_EQ(said.front(), "main started");
    EXPECT_TRUE(n.holding() == false);
}

} // namespace
} // namespace golab
