// session_stack_test.cpp: a parked goroutine's snapshot carries its calls,
// innermost first, with the line each call is at; a shallow one carries none
// (its fn and line already say everything).

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "runtime/session.h"

namespace golab {
namespace {

constexpr const char* kNested = R"(package main

import (
	"sync"
	"time"
)

var wg sync.WaitGroup

func inner() { time.Sleep(2 * time.Second) }

func outer() {
	inner()
	wg.Done()
}

func main() {
	wg.Add(1)
	go outer()
	wg.Wait()
}
)";

TEST(SessionStack, ParkedGoroutineShowsItsCalls) {
    SessionOptions o;
    o.procs = 2;
    Session session(o);
    ASSERT_TRUE(session.load(kNested));
    session.run();

    // Wait for outer's goroutine to sleep inside inner.
    std::shared_ptr<const Snapshot> s;
    const GoroutineView* g2 = nullptr;
    for (int i = 0; i < 400 && g2 == nullptr; i++) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        s = session.snapshot();
        for (const GoroutineView& g : s->goroutines) {
            if (g.id == 2 && g.state == GoroutineState::Sleeping) {
                g2 = &g;
            }
        }
    }
    ASSERT_NE(g2, nullptr) << "goroutine 2 never slept";
    ASSERT_EQ(g2->stack.size(), 2u);
    EXPECT_EQ(g2->stack[0].fn, "main.inner");
    EXPECT_EQ(g2->stack[0].line, 10);
    EXPECT_EQ(g2->stack[1].fn, "main.outer");
    EXPECT_EQ(g2->stack[1].line, 13);

    // main waits in its own function: no stack beyond fn and line.
    for (const GoroutineView& g : s->goroutines) {
        if (g.id == 1) {
            EXPECT_TRUE(g.stack.empty());
        }
    }
    session.reset();
}

} // namespace
} // namespace golab
