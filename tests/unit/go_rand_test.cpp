// go_rand_test.cpp: math/rand's sequence, value for value against Go 1.19.
//
// The expected numbers were printed by Go (rand.NewSource(42) and the
// unseeded global source, which Go 1.19 seeds with 1).
#include <gtest/gtest.h>

#include "vm/go_rand.h"

namespace golab {
namespace {

TEST(GoRand, SeededSourceMatchesGo) {
    GoRand r(42);
    EXPECT_EQ(r.int63(), 3440579354231278675);
    EXPECT_EQ(r.intn(100), 87);
    EXPECT_DOUBLE_EQ(r.float64(), 0.604093851558642);
}

TEST(GoRand, UnseededIsSeedOne) {
    GoRand r;
    EXPECT_EQ(r.int63(), 5577006791947779410);
    EXPECT_EQ(r.intn(1000), 887);
    EXPECT_EQ(r.intn(int64_t{1} << 40), 856419562013);
}

TEST(GoRand, SeedLessonDelays) {
    // rand.Float32() * 2000 five times, as the lesson's dbCalls draw them.
    const float expected[] = {1209.3206f, 1881.0182f, 1329.1201f, 875.4284f, 849.27496f};
    GoRand r;
    for (float e : expected) {
        EXPECT_FLOAT_EQ(r.float32() * 2000, e);
    }
}

TEST(GoRand, ReseedingRestartsTheSequence) {
    GoRand r;
    int64_t first = r.int63();
    r.int63();
    r.seed_with(1);
    EXPECT_EQ(r.int63(), first);
}

} // namespace
} // namespace golab
