// go_rand.h: math/rand's generator, value for value as Go 1.19 computes it.
//
// Lessons print results in an order decided by rand.Float32(); to show what
// `go run` shows, the sequence must be Go's own: an additive lagged Fibonacci
// generator (length 607, tap 273) seeded through a Lehmer generator.
#pragma once

#include <array>
#include <cstdint>

namespace golab {

class GoRand {
  public:
    // An unseeded math/rand in Go 1.19 behaves as if seeded with 1.
    explicit GoRand(int64_t seed = 1) { seed_with(seed); }

    void seed_with(int64_t seed);

    // Returns a uniform 63-bit value, as rand.Int63.
    int64_t int63() { return static_cast<int64_t>(uint64() & kInt63Mask); }
    uint64_t uint64();

    int32_t int31() { return static_cast<int32_t>(int63() >> 32); }
    int32_t int31n(int32_t n);
    int64_t int63n(int64_t n);
    int64_t intn(int64_t n); // caller checks n > 0 (Go panics otherwise)
    double float64();
    float float32();

  private:
    static constexpr int kLen = 607;
    static constexpr int kTap = 273;
    static constexpr uint64_t kInt63Mask = (uint64_t{1} << 63) - 1;

    std::array<int64_t, kLen> vec_{};
    int tap_ = 0;
    int feed_ = 0;
};

} // namespace golab
