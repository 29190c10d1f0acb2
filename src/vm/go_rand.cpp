// go_rand.cpp: math/rand's generator (see go_rand.h).
#include "vm/go_rand.h"

namespace golab {
namespace {

constexpr uint64_t kStartState[607] = {
#include "vm/rand_table.inc"
};

constexpr int32_t kInt32Max = 2147483647;

// Spreads a seed: x' = 48271 x mod (2^31 - 1).
int32_t lehmer_next(int32_t x) {
    return static_cast<int32_t>((static_cast<int64_t>(x) * 48271) % kInt32Max);
}

} // namespace

void GoRand::seed_with(int64_t seed) {
    tap_ = 0;
    feed_ = kLen - kTap;

    seed %= kInt32Max;
    if (seed < 0) {
        seed += kInt32Max;
    }
    if (seed == 0) {
        seed = 89482311; // Go's stand-in for a zero seed, which would stay zero
    }

    auto x = static_cast<int32_t>(seed);
    for (int i = -20; i < kLen; i++) {
        x = lehmer_next(x);
        if (i < 0) {
            continue;
        }
        uint64_t u = static_cast<uint64_t>(x) << 40;
        x = lehmer_next(x);
        u ^= static_cast<uint64_t>(x) << 20;
        x = lehmer_next(x);
        u ^= static_cast<uint64_t>(x);
        vec_[i] = static_cast<int64_t>(u ^ kStartState[i]);
    }
}

uint64_t GoRand::uint64() {
    if (--tap_ < 0) {
        tap_ += kLen;
    }
    if (--feed_ < 0) {
        feed_ += kLen;
    }
    // Wrap-around addition, as Go's int64 does.
    uint64_t x = static_cast<uint64_t>(vec_[feed_]) + static_cast<uint64_t>(vec_[tap_]);
    vec_[feed_] = static_cast<int64_t>(x);
    return x;
}

int32_t GoRand::int31n(int32_t n) {
    if ((n & (n - 1)) == 0) {
        return int31() & (n - 1);
    }
    // Reject the top partial range so every result is equally likely.
    auto max = static_cast<int32_t>((uint32_t{1} << 31) - 1 - (uint32_t{1} << 31) % uint32_t(n));
    int32_t v = int31();
    while (v > max) {
        v = int31();
    }
    return v % n;
}

int64_t GoRand::int63n(int64_t n) {
    if ((n & (n - 1)) == 0) {
        return int63() & (n - 1);
    }
    int64_t max = static_cast<int64_t>((uint64_t{1} << 63) - 1 - (uint64_t{1} << 63) % uint64_t(n));
    int64_t v = int63();
    while (v > max) {
        v = int63();
    }
    return v % n;
}

int64_t GoRand::intn(int64_t n) {
    if (n <= kInt32Max) {
        return int31n(static_cast<int32_t>(n));
    }
    return int63n(n);
}

double GoRand::float64() {
    for (;;) {
        double f = static_cast<double>(int63()) / 9223372036854775808.0; // 2^63
        if (f != 1) {
            return f;
        }
    }
}

float GoRand::float32() {
    for (;;) {
        auto f = static_cast<float>(float64());
        if (f != 1) {
            return f;
        }
    }
}

} // namespace golab
