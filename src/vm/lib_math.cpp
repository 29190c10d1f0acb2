// lib_math.cpp: packages math, unicode/utf8 and sort (the functions library.h lists).
//
// math's special cases (signed zeros, infinities, NaN) follow Go's documentation, which the
// C library agrees with except where the code below says otherwise. Functions whose last bit
// the C library rounds differently from Go come from vm/go_math.h.
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "vm/format.h"
#include "vm/go_math.h"
#include "vm/library.h"
#include "vm/text.h"

namespace golab {

namespace {

double go_max(double x, double y) {
    if (std::isinf(x) && x > 0) {
        return x;
    }
    if (std::isinf(y) && y > 0) {
        return y;
    }
    if (std::isnan(x) || std::isnan(y)) {
        return go_nan();
    }
    if (x == 0 && x == y) {
        return std::signbit(x) ? y : x; // +0 wins over -0
    }
    return x > y ? x : y;
}

double go_min(double x, double y) {
    if (std::isinf(x) && x < 0) {
        return x;
    }
    if (std::isinf(y) && y < 0) {
        return y;
    }
    if (std::isnan(x) || std::isnan(y)) {
        return go_nan();
    }
    if (x == 0 && x == y) {
        return std::signbit(x) ? x : y; // -0 wins over +0
    }
    return x < y ? x : y;
}

// The orders of sort's IntSlice, StringSlice and Float64Slice (whose Less puts NaNs first).
bool int_less(const Value& a, const Value& b) {
    return a.i < b.i;
}
bool string_less(const Value& a, const Value& b) {
    return string_bytes(a) < string_bytes(b);
}
bool float_less(const Value& a, const Value& b) {
    return a.f < b.f || (std::isnan(a.f) && !std::isnan(b.f));
}

// Returns math.Modf(f): the integer part by clearing the fraction's bits, as Go does, so
// that the signs of zeros, infinities and NaN come out as Go's.
std::pair<double, double> go_modf(double f) {
    if (f < 1) {
        if (f < 0) {
            auto [whole, frac] = go_modf(-f);
            return {-whole, -frac};
        }
        if (f == 0) {
            return {f, f};
        }
        return {0, f};
    }
    uint64_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    auto e = static_cast<unsigned>((bits >> 52) & 0x7FF) - 1023u;
    if (e < 64 - 12) {
        bits &= ~((uint64_t(1) << (64 - 12 - e)) - 1);
    }
    double whole = 0;
    std::memcpy(&whole, &bits, sizeof whole);
    return {whole, f - whole};
}

// Returns math.Ilogb(x)'s value for finite non-zero x: the binary exponent.
int64_t binary_exponent(double x) {
    int exp = 0;
    std::frexp(x, &exp);
    return exp - 1;
}

} // namespace

bool call_math(LibraryId id, LibraryCall& c) {
    auto f = [&](size_t i) { return c.args[i].f; };
    auto push_float = [&](double v) { c.results.push_back(Value::make_float(v)); };
    auto push_int = [&](int64_t v) { c.results.push_back(Value::make_int(v)); };
    auto push_bool = [&](bool v) { c.results.push_back(Value::make_bool(v)); };

    switch (id) {
    case LibraryId::MathLog1p:
        push_float(go_log1p(f(0)));
        return true;
    case LibraryId::MathExpm1:
        push_float(go_expm1(f(0)));
        return true;
    case LibraryId::MathExp2:
        push_float(go_exp2(f(0)));
        return true;
    case LibraryId::MathAsinh:
        push_float(go_asinh(f(0)));
        return true;
    case LibraryId::MathAcosh:
        push_float(go_acosh(f(0)));
        return true;
    case LibraryId::MathAtanh:
        push_float(go_atanh(f(0)));
        return true;
    case LibraryId::MathPow10:
        push_float(go_pow10(c.args[0].i));
        return true;
    case LibraryId::MathFrexp: {
        // Zeros, infinities and NaN come back as they are, with exponent 0.
        int exp = 0;
        bool special = f(0) == 0 || std::isinf(f(0)) || std::isnan(f(0));
        push_float(special ? f(0) : std::frexp(f(0), &exp));
        push_int(exp);
        return true;
    }
    case LibraryId::MathLdexp: {
        // The exponent clamped: beyond these the result is 0 or Inf whatever frac is.
        int64_t exp = std::clamp<int64_t>(c.args[1].i, -1 << 20, 1 << 20);
        push_float(std::ldexp(f(0), int(exp)));
        return true;
    }
    case LibraryId::MathModf: {
        auto [whole, frac] = go_modf(f(0));
        push_float(whole);
        push_float(frac);
        return true;
    }
    case LibraryId::MathRemainder:
        push_float(std::remainder(f(0), f(1)));
        return true;
    case LibraryId::MathDim:
        // Go: max(x-y, +0), and NaN for Inf-Inf and NaN operands (no comparison holds).
        push_float(f(0) - f(1) <= 0 ? 0 : f(0) - f(1));
        return true;
    case LibraryId::MathNextafter:
        // Go gives x itself when x == y (C gives y: they differ for 0 and -0).
        push_float(std::isnan(f(0)) || std::isnan(f(1)) ? go_nan()
                   : f(0) == f(1)                       ? f(0)
                                                        : std::nextafter(f(0), f(1)));
        return true;
    case LibraryId::MathLogb:
        push_float(f(0) == 0          ? -INFINITY
                   : std::isinf(f(0)) ? INFINITY
                   : std::isnan(f(0)) ? f(0)
                                      : double(binary_exponent(f(0))));
        return true;
    case LibraryId::MathIlogb:
        // Go's sentinels: MinInt32 for 0, MaxInt32 for Inf and NaN.
        push_int(f(0) == 0                              ? INT32_MIN
                 : std::isinf(f(0)) || std::isnan(f(0)) ? INT32_MAX
                                                        : binary_exponent(f(0)));
        return true;
    case LibraryId::MathFloat64bits: {
        uint64_t bits = 0;
        double x = f(0);
        std::memcpy(&bits, &x, sizeof bits);
        push_int(static_cast<int64_t>(bits));
        return true;
    }
    case LibraryId::MathFloat64frombits: {
        auto bits = static_cast<uint64_t>(c.args[0].i);
        double x = 0;
        std::memcpy(&x, &bits, sizeof x);
        push_float(x);
        return true;
    }
    case LibraryId::MathFloat32bits: {
        auto x = static_cast<float>(f(0));
        uint32_t bits = 0;
        std::memcpy(&bits, &x, sizeof bits);
        push_int(bits);
        return true;
    }
    case LibraryId::MathFloat32frombits: {
        auto bits = static_cast<uint32_t>(c.args[0].i);
        float x = 0;
        std::memcpy(&x, &bits, sizeof x);
        push_float(x);
        return true;
    }
    case LibraryId::MathSqrt:
        push_float(std::sqrt(f(0)));
        return true;
    case LibraryId::MathPow:
        push_float(go_pow(f(0), f(1)));
        return true;
    case LibraryId::MathAbs:
        push_float(std::fabs(f(0)));
        return true;
    case LibraryId::MathFloor:
        push_float(std::floor(f(0)));
        return true;
    case LibraryId::MathCeil:
        push_float(std::ceil(f(0)));
        return true;
    case LibraryId::MathTrunc:
        push_float(std::trunc(f(0)));
        return true;
    case LibraryId::MathRound:
        push_float(std::round(f(0))); // half away from zero, as Go's Round
        return true;
    case LibraryId::MathMax:
        push_float(go_max(f(0), f(1)));
        return true;
    case LibraryId::MathMin:
        push_float(go_min(f(0), f(1)));
        return true;
    case LibraryId::MathMod:
        push_float(std::fmod(f(0), f(1)));
        return true;
    case LibraryId::MathLog:
        push_float(go_log(f(0)));
        return true;
    case LibraryId::MathExp:
        push_float(go_exp(f(0)));
        return true;
    case LibraryId::MathSin:
        push_float(go_sin(f(0)));
        return true;
    case LibraryId::MathCos:
        push_float(go_cos(f(0)));
        return true;
    case LibraryId::MathTan:
        push_float(go_tan(f(0)));
        return true;
    case LibraryId::MathAtan:
        push_float(go_atan(f(0)));
        return true;
    case LibraryId::MathInf:
        push_float(c.args[0].i >= 0 ? HUGE_VAL : -HUGE_VAL);
        return true;
    case LibraryId::MathNaN:
        push_float(go_nan());
        return true;
    case LibraryId::MathIsNaN:
        push_bool(std::isnan(f(0)));
        return true;
    case LibraryId::MathIsInf: {
        int64_t sign = c.args[1].i;
        double x = f(0);
        push_bool((sign >= 0 && x == HUGE_VAL) || (sign <= 0 && x == -HUGE_VAL));
        return true;
    }
    case LibraryId::MathCopysign:
        push_float(std::copysign(f(0), f(1)));
        return true;
    case LibraryId::MathSignbit:
        push_bool(std::signbit(f(0)));
        return true;
    case LibraryId::MathRoundToEven:
        push_float(std::nearbyint(f(0))); // the default rounding mode: half to even
        return true;
    case LibraryId::MathAsin:
        push_float(go_asin(f(0)));
        return true;
    case LibraryId::MathAcos:
        push_float(go_acos(f(0)));
        return true;
    case LibraryId::MathAtan2:
        push_float(go_atan2(f(0), f(1)));
        return true;
    case LibraryId::MathSinh:
        push_float(go_sinh(f(0)));
        return true;
    case LibraryId::MathCosh:
        push_float(go_cosh(f(0)));
        return true;
    case LibraryId::MathTanh:
        push_float(go_tanh(f(0)));
        return true;
    case LibraryId::MathCbrt:
        push_float(go_cbrt(f(0)));
        return true;
    case LibraryId::MathLog10:
        push_float(go_log10(f(0)));
        return true;
    case LibraryId::MathLog2:
        push_float(go_log2(f(0)));
        return true;
    case LibraryId::MathHypot:
        push_float(go_hypot(f(0), f(1)));
        return true;

    case LibraryId::Utf8RuneLen:
        push_int(rune_len(static_cast<int32_t>(c.args[0].i)));
        return true;
    case LibraryId::Utf8RuneCountInString:
        push_int(rune_count(c.string_arg(0)));
        return true;
    case LibraryId::Utf8DecodeRuneInString: {
        DecodedRune d = decode_rune(c.string_arg(0));
        push_int(d.rune);
        push_int(d.width);
        return true;
    }
    case LibraryId::Utf8ValidString:
        push_bool(valid_utf8(c.string_arg(0)));
        return true;

    // Sorting in place: equal ints, strings and floats cannot be told apart, so an unstable
    // sort gives exactly Go's result.
    case LibraryId::SortInts: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        std::sort(xs.begin(), xs.end(), int_less);
        return true;
    }
    case LibraryId::SortStrings: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        std::sort(xs.begin(), xs.end(), string_less);
        return true;
    }
    case LibraryId::SortFloat64s: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        std::sort(xs.begin(), xs.end(), float_less);
        return true;
    }
    case LibraryId::SortIntsAreSorted: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        push_bool(std::is_sorted(xs.begin(), xs.end(), int_less));
        return true;
    }
    case LibraryId::SortStringsAreSorted: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        push_bool(std::is_sorted(xs.begin(), xs.end(), string_less));
        return true;
    }
    case LibraryId::SortFloat64sAreSorted: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        push_bool(std::is_sorted(xs.begin(), xs.end(), float_less));
        return true;
    }

    // Binary search for the first element >= x, as sort.Search does it.
    case LibraryId::SortSearchStrings: {
        std::span<Value> xs = c.slice_elems(c.args[0]);
        auto at = std::lower_bound(xs.begin(), xs.end(), c.args[1], string_less);
        push_int(at - xs.begin());
        return true;
    }
    case LibraryId::SortSearchFloat64s: {
        // NOTE: not lower_bound's float_less: Go's predicate is a[i] >= x, which NaN fails.
        std::span<Value> xs = c.slice_elems(c.args[0]);
        double x = c.args[1].f;
        int64_t lo = 0;
        auto hi = static_cast<int64_t>(xs.size());
        while (lo < hi) {
            auto h = static_cast<int64_t>(static_cast<uint64_t>(lo + hi) >> 1);
            if (!(xs[size_t(h)].f >= x)) {
                lo = h + 1;
            } else {
                hi = h;
            }
        }
        push_int(lo);
        return true;
    }
    default:
        return false;
    }
}

} // namespace golab
