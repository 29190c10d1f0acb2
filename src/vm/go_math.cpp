// go_math.cpp: math.Sin, Cos, Tan, Atan, Exp, Log, Pow and those built on them (Asin, Acos,
// Atan2, Sinh, Cosh, Tanh, Log10, Log2), with Cbrt and Hypot, computed the way Go 1.19
// computes them on amd64 (see go_math.h), step for step, so every rounding happens where
// Go's does.
//
// NOTE: the order of operations below is the point: do not simplify the expressions, and
// never let the compiler fuse a multiply and an add (CMakeLists.txt builds this file with
// -ffp-contract=off). Where Go fuses, std::fma says so.
#include "vm/go_math.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <utility>

namespace golab {

namespace {

// NOTE: std::bit_cast is missing from Emscripten 3.1.6's C++ library.
uint64_t bits_of(double x) {
    uint64_t b;
    std::memcpy(&b, &x, sizeof b);
    return b;
}

double from_bits(uint64_t b) {
    double x;
    std::memcpy(&x, &b, sizeof x);
    return x;
}

constexpr double kInf = std::numeric_limits<double>::infinity();
// Go's NaN() (what math.Float64bits shows of it), not the C library's.
const double kNaN = from_bits(uint64_t{0x7FF8000000000001});
constexpr double kPi = 3.14159265358979323846264338327950288;

// ---------------------------------------------------------------------------------------------
// Sin, Cos, Tan: Cephes polynomials on an argument reduced into [-Pi/4, Pi/4]
// ---------------------------------------------------------------------------------------------

// Pi/4 as three parts whose products with a small integer are exact (Cody and Waite).
constexpr double kPi4Part1 = 7.85398125648498535156e-1;
constexpr double kPi4Part2 = 3.77489470793079817668e-8;
constexpr double kPi4Part3 = 2.69515142907905952645e-15;
// 4/Pi rounded once, as Go's constant expression 4/Pi is (4 / double(Pi) rounds differently).
const double kFourOverPi = from_bits(uint64_t{0x3ff45f306dc9c883});
// From here on the three-part reduction loses bits; Payne and Hanek's method takes over.
constexpr double kReduceThreshold = 1 << 29;

// sin(z) = z + z^3 * S(z^2) and cos(z) = 1 - z^2/2 + z^4 * C(z^2) on [-Pi/4, Pi/4].
constexpr double kSinCoef[6] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
constexpr double kCosCoef[6] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9,  -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

// The binary digits of 4/Pi: word 0 is the integer part, then 1216 bits of fraction
// (tools/four_over_pi.py prints them).
constexpr uint64_t kFourOverPiBits[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// Returns the 128-bit product a * b as (high, low).
void multiply_128(uint64_t a, uint64_t b, uint64_t& high, uint64_t& low) {
    const uint64_t a_lo = a & 0xffffffff, a_hi = a >> 32;
    const uint64_t b_lo = b & 0xffffffff, b_hi = b >> 32;
    const uint64_t lo_lo = a_lo * b_lo;
    const uint64_t hi_lo = a_hi * b_lo;
    const uint64_t lo_hi = a_lo * b_hi;
    const uint64_t hi_hi = a_hi * b_hi;
    const uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xffffffff) + lo_hi;
    high = hi_hi + (hi_lo >> 32) + (middle >> 32);
    low = (middle << 32) | (lo_lo & 0xffffffff);
}

struct Octant {
    uint64_t j; // which eighth of the circle, made even
    double z;   // what is left, in [-Pi/4, Pi/4]
};

// Reduces a large x (at least kReduceThreshold) by multiplying its 53-bit mantissa with the
// 192 bits of 4/Pi that matter for its exponent: the integer part of the product is the
// octant, the fraction what is left of x, in units of Pi/4.
Octant reduce_large(double x) {
    if (x < kPi / 4) {
        return {0, x};
    }
    const uint64_t bits = bits_of(x);
    const int exponent = int((bits >> 52) & 0x7ff) - 1023 - 52;
    const uint64_t mantissa = (bits & ((uint64_t{1} << 52) - 1)) | (uint64_t{1} << 52);

    // The three words of 4/Pi that line up with the mantissa's bits, shifted into place.
    const unsigned word = unsigned(exponent + 61) / 64, shift = unsigned(exponent + 61) % 64;
    auto window = [&](unsigned i) {
        uint64_t w = kFourOverPiBits[i] << shift;
        if (shift != 0) {
            w |= kFourOverPiBits[i + 1] >> (64 - shift);
        }
        return w;
    };
    const uint64_t w0 = window(word), w1 = window(word + 1), w2 = window(word + 2);

    // mantissa * (w0, w1, w2), keeping the 128 bits from the top of w0's low half down.
    uint64_t p2_hi, p2_lo, p1_hi, p1_lo;
    multiply_128(w2, mantissa, p2_hi, p2_lo);
    multiply_128(w1, mantissa, p1_hi, p1_lo);
    const uint64_t p0_lo = w0 * mantissa;
    const uint64_t low = p1_lo + p2_hi;
    const uint64_t carry = low < p1_lo ? 1 : 0;
    uint64_t high = p0_lo + p1_hi + carry;

    // The top three bits are the octant; the rest, normalized, is the fraction.
    uint64_t j = high >> 61;
    high = high << 3 | low >> 61;
    const unsigned leading = unsigned(std::countl_zero(high));
    const uint64_t biased = uint64_t(1023 - (leading + 1));
    high = (high << (leading + 1)) | (low >> (64 - (leading + 1)));
    high >>= 64 - 52;
    high |= biased << 52;
    double z = from_bits(high);
    if (j & 1) {
        j = (j + 1) & 7;
        z--;
    }
    return {j, z * (kPi / 4)};
}

// Reduces x >= 0 to its octant (even) and remainder.
Octant reduce(double x) {
    if (x >= kReduceThreshold) {
        return reduce_large(x);
    }
    uint64_t j = uint64_t(x * kFourOverPi);
    double y = double(j);
    if (j & 1) {
        j++;
        y++;
    }
    const double z = ((x - y * kPi4Part1) - y * kPi4Part2) - y * kPi4Part3;
    return {j & 7, z};
}

double sin_poly(double z, double zz) {
    const double* s = kSinCoef;
    return z +
           z * zz * ((((((s[0] * zz) + s[1]) * zz + s[2]) * zz + s[3]) * zz + s[4]) * zz + s[5]);
}

double cos_poly(double zz) {
    const double* c = kCosCoef;
    return 1.0 - 0.5 * zz +
           zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) * zz + c[4]) * zz + c[5]);
}

// ---------------------------------------------------------------------------------------------
// Atan: Cephes, in three ranges
// ---------------------------------------------------------------------------------------------

// atan(x) for |x| <= 0.66, as a rational function.
double atan_core(double x) {
    constexpr double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01,
                     p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02,
                     p4 = -6.485021904942025371773e+01;
    constexpr double q0 = +2.485846490142306297962e+01, q1 = +1.650270098316988542046e+02,
                     q2 = +4.328810604912902668951e+02, q3 = +4.853903996359136964868e+02,
                     q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) /
        (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
    return x * z + x;
}

// atan(x) for x >= 0, reduced into atan_core's range.
double atan_positive(double x) {
    constexpr double kPiOver2Rest = 6.123233995736765886130e-17; // Pi/2 - double(Pi/2)
    constexpr double kTan3PiOver8 = 2.41421356237309504880;
    if (x <= 0.66) {
        return atan_core(x);
    }
    if (x > kTan3PiOver8) {
        return kPi / 2 - atan_core(1 / x) + kPiOver2Rest;
    }
    return kPi / 4 + atan_core((x - 1) / (x + 1)) + 0.5 * kPiOver2Rest;
}

// ---------------------------------------------------------------------------------------------
// Pow's helpers, as Go's Modf and isOddInt
// ---------------------------------------------------------------------------------------------

bool is_odd_integer(double x) {
    double whole;
    const double fraction = std::modf(x, &whole);
    // Beyond 2^53 every double is even (Go's int64 conversion says so too, beyond 2^63).
    if (fraction != 0 || std::fabs(whole) >= 0x1p53) {
        return false;
    }
    return (int64_t(whole) & 1) == 1;
}

} // namespace

double go_sin(double x) {
    if (x == 0 || std::isnan(x)) {
        return x;
    }
    if (std::isinf(x)) {
        return kNaN;
    }
    bool negative = x < 0;
    Octant o = reduce(std::fabs(x));
    if (o.j > 3) {
        negative = !negative;
        o.j -= 4;
    }
    const double zz = o.z * o.z;
    const double y = (o.j == 1 || o.j == 2) ? cos_poly(zz) : sin_poly(o.z, zz);
    return negative ? -y : y;
}

double go_cos(double x) {
    if (std::isnan(x) || std::isinf(x)) {
        return kNaN;
    }
    bool negative = false;
    Octant o = reduce(std::fabs(x));
    if (o.j > 3) {
        o.j -= 4;
        negative = !negative;
    }
    if (o.j > 1) {
        negative = !negative;
    }
    const double zz = o.z * o.z;
    const double y = (o.j == 1 || o.j == 2) ? sin_poly(o.z, zz) : cos_poly(zz);
    return negative ? -y : y;
}

double go_tan(double x) {
    constexpr double p[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                             -1.79565251976484877988e7};
    constexpr double q[5] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6,
                             2.50083801823357915839e7, -5.38695755929454629881e7};
    if (x == 0 || std::isnan(x)) {
        return x;
    }
    if (std::isinf(x)) {
        return kNaN;
    }
    const bool negative = x < 0;
    const Octant o = reduce(std::fabs(x));
    const double z = o.z, zz = z * z;
    double y = z;
    if (zz > 1e-14) {
        y = z + z * (zz * (((p[0] * zz) + p[1]) * zz + p[2]) /
                     ((((zz + q[1]) * zz + q[2]) * zz + q[3]) * zz + q[4]));
    }
    if (o.j & 2) {
        y = -1 / y;
    }
    return negative ? -y : y;
}

double go_atan(double x) {
    if (x == 0) {
        return x;
    }
    return x > 0 ? atan_positive(x) : -atan_positive(-x);
}

// Exp: x = k ln2 + r, then e^(r/16) - 1 by a Taylor series, squared up four times as
// (1 + u)^2 - 1 = u (u + 2), and scaled by 2^k. Go's amd64 assembly, on a CPU with FMA.
double go_exp(double x) {
    constexpr double kLog2E = 1.4426950408889634073599246810018920;
    constexpr double kLn2High = 0.69314718055966295651160180568695068359375;
    constexpr double kLn2Low = 0.28235290563031577122588448175013436025525412068e-12;
    constexpr double kOverflow = 7.09782712893384e+02;
    // 1/n! for n = 8 down to 3.
    constexpr double kTaylor[6] = {2.4801587301587301587e-5, 1.9841269841269841270e-4,
                                   1.3888888888888888889e-3, 8.3333333333333333333e-3,
                                   4.1666666666666666667e-2, 1.6666666666666666667e-1};
    if (std::isnan(x) || x == kInf) {
        return x;
    }
    if (x == -kInf) {
        return 0;
    }
    if (x > kOverflow) {
        return kInf;
    }

    // k rounds to nearest, as CVTSD2SL does; out of int32's range it gives INT32_MIN.
    const double scaled = std::nearbyint(x * kLog2E);
    const int32_t k = scaled >= -2147483648.0 ? int32_t(scaled) : INT32_MIN;
    const double kd = double(k);
    double r = std::fma(-kd, kLn2High, x);
    r = std::fma(-kd, kLn2Low, r);
    r *= 0.0625;

    double series = kTaylor[0];
    for (int i = 1; i < 6; i++) {
        series = std::fma(series, r, kTaylor[i]);
    }
    series = std::fma(series, r, 0.5);
    series = std::fma(series, r, 1.0);
    double u = r * series;
    for (int i = 0; i < 3; i++) {
        u = u * (u + 2.0);
    }
    double result = std::fma(u + 2.0, u, 1.0);

    // Scaling by 2^k, through two steps when the result is subnormal.
    const int64_t biased = int64_t(k) + 1023;
    if (biased <= 0) {
        if (biased < -52) {
            return 0;
        }
        result *= from_bits(uint64_t(biased + 1022) << 52);
        return result * from_bits(uint64_t{1} << 52);
    }
    if (biased >= 0x7ff) {
        return kInf;
    }
    return result * from_bits(uint64_t(biased) << 52);
}

// Log: x = 2^k f with f in [sqrt(2)/2, sqrt(2)), then log(f) from s = (f-1)/(f+1) by a
// polynomial (FreeBSD's e_log.c). NOTE: Go's amd64 assembly reads the exponent straight from
// the bits, so a subnormal x gets a wrong k; Go prints that result, and so do we.
double go_log(double x) {
    constexpr double kHalfSqrt2 = 7.07106781186547524401e-01;
    constexpr double kLn2High = 6.93147180369123816490e-01;
    constexpr double kLn2Low = 1.90821492927058770002e-10;
    constexpr double l1 = 6.666666666666735130e-01, l2 = 3.999999999940941908e-01,
                     l3 = 2.857142874366239149e-01, l4 = 2.222219843214978396e-01,
                     l5 = 1.818357216161805012e-01, l6 = 1.531383769920937332e-01,
                     l7 = 1.479819860511658591e-01;
    const uint64_t bits = bits_of(x);
    if ((bits & ~(uint64_t{1} << 63)) == 0) {
        return -kInf;
    }
    if (int64_t(bits) < 0) {
        return kNaN;
    }
    if (bits >= 0x7ff0000000000000) {
        return x;
    }

    double f1 = from_bits((bits & 0x000fffffffffffff) | 0x3fe0000000000000);
    double k = double(int((bits >> 52) & 0x7ff) - 0x3fe);
    if (!(kHalfSqrt2 < f1)) {
        k -= 1;
        f1 *= 2;
    }
    const double f = f1 - 1;
    const double s = f / (2 + f);
    const double s2 = s * s;
    const double s4 = s2 * s2;
    const double t1 = s2 * (l1 + s4 * (l3 + s4 * (l5 + s4 * l7)));
    const double t2 = s4 * (l2 + s4 * (l4 + s4 * l6));
    const double big_r = t1 + t2;
    const double hfsq = 0.5 * f * f;
    return k * kLn2High - ((hfsq - (s * (hfsq + big_r) + k * kLn2Low)) - f);
}

// Pow: the integer part of y by repeated squaring of x's mantissa (exponents kept apart so
// nothing overflows early), the fraction by Exp(y_fraction * Log(x)).
double go_pow(double x, double y) {
    if (y == 0 || x == 1) {
        return 1;
    }
    if (y == 1) {
        return x;
    }
    if (std::isnan(x) || std::isnan(y)) {
        return kNaN;
    }
    if (x == 0) {
        if (y < 0) {
            return is_odd_integer(y) ? std::copysign(kInf, x) : kInf;
        }
        return is_odd_integer(y) ? x : 0;
    }
    if (std::isinf(y)) {
        if (x == -1) {
            return 1;
        }
        return (std::fabs(x) < 1) == (y > 0) ? 0 : kInf;
    }
    if (std::isinf(x)) {
        if (x < 0) {
            return go_pow(1 / x, -y); // Pow(-0, -y)
        }
        return y < 0 ? 0 : kInf;
    }
    if (y == 0.5) {
        return std::sqrt(x);
    }
    if (y == -0.5) {
        return 1 / std::sqrt(x);
    }

    double yi;
    double yf = std::modf(std::fabs(y), &yi);
    if (yf != 0 && x < 0) {
        return kNaN;
    }
    if (yi >= 0x1p63) {
        if (x == -1) {
            return 1;
        }
        return (std::fabs(x) < 1) == (y > 0) ? 0 : kInf;
    }

    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_exp(yf * go_log(x));
    }

    int xe_int;
    double x1 = std::frexp(x, &xe_int);
    int64_t xe = xe_int;
    for (int64_t i = int64_t(yi); i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            // Certain overflow or underflow: let the final scaling say which.
            ae += xe;
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }

    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    // Ldexp with an exponent clamped to int's range gives the same 0 or infinity.
    const int64_t clamped = ae < -100000 ? -100000 : (ae > 100000 ? 100000 : ae);
    return std::ldexp(a1, int(clamped));
}

} // namespace golab

// ---------------------------------------------------------------------------------------------
// Asin, Acos, Atan2: from Atan's reduction, as Go's plain Go versions
// ---------------------------------------------------------------------------------------------

namespace golab {

double go_asin(double x) {
    if (x == 0) {
        return x; // keeps the sign of zero
    }
    bool negative = x < 0;
    if (negative) {
        x = -x;
    }
    if (x > 1) {
        return kNaN;
    }
    double t = std::sqrt(1 - x * x);
    t = x > 0.7 ? kPi / 2 - atan_positive(t / x) : atan_positive(x / t);
    return negative ? -t : t;
}

double go_acos(double x) {
    return kPi / 2 - go_asin(x);
}

double go_atan2(double y, double x) {
    constexpr double kThreePiOver4 = 2.35619449019234492884698253745962716;
    if (std::isnan(y) || std::isnan(x)) {
        return kNaN;
    }
    if (y == 0) {
        return x >= 0 && !std::signbit(x) ? std::copysign(0.0, y) : std::copysign(kPi, y);
    }
    if (x == 0) {
        return std::copysign(kPi / 2, y);
    }
    if (std::isinf(x)) {
        if (x > 0) {
            return std::isinf(y) ? std::copysign(kPi / 4, y) : std::copysign(0.0, y);
        }
        return std::isinf(y) ? std::copysign(kThreePiOver4, y) : std::copysign(kPi, y);
    }
    if (std::isinf(y)) {
        return std::copysign(kPi / 2, y);
    }
    double q = go_atan(y / x);
    if (x < 0) {
        return q <= 0 ? q + kPi : q - kPi;
    }
    return q;
}

// ---------------------------------------------------------------------------------------------
// Sinh, Cosh, Tanh: from Exp, with Hart and Cheney's (Sinh) and Cephes' (Tanh) rational
// functions near zero
// ---------------------------------------------------------------------------------------------

double go_sinh(double x) {
    constexpr double p0 = -0.6307673640497716991184787251e+6,
                     p1 = -0.8991272022039509355398013511e+5,
                     p2 = -0.2894211355989563807284660366e+4, p3 = -0.2630563213397497062819489e+2;
    constexpr double q0 = -0.6307673640497716991212077277e+6,
                     q1 = 0.1521517378790019070696485176e+5, q2 = -0.173678953558233699533450911e+3;
    bool negative = x < 0;
    if (negative) {
        x = -x;
    }
    double t;
    if (x > 21) {
        t = go_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = go_exp(x);
        t = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        t = (((p3 * sq + p2) * sq + p1) * sq + p0) * x;
        t = t / (((sq + q2) * sq + q1) * sq + q0);
    }
    return negative ? -t : t;
}

double go_cosh(double x) {
    x = std::fabs(x);
    if (x > 21) {
        return go_exp(x) * 0.5;
    }
    double ex = go_exp(x);
    return (ex + 1 / ex) * 0.5;
}

double go_tanh(double x) {
    constexpr double kMaxLog = 8.8029691931113054295988e+01; // log(2**127)
    constexpr double p0 = -9.64399179425052238628e-1, p1 = -9.92877231001918586564e1,
                     p2 = -1.61468768441708447952e3;
    constexpr double q0 = 1.12811678491632931402e2, q1 = 2.23548839060100448583e3,
                     q2 = 4.84406305325125486048e3;
    double z = std::fabs(x);
    if (z > 0.5 * kMaxLog) {
        return x < 0 ? -1 : 1;
    }
    if (z >= 0.625) {
        double s = go_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0) {
        return x;
    }
    double s = x * x;
    return x + x * s * ((p0 * s + p1) * s + p2) / (((s + q0) * s + q1) * s + q2);
}

// ---------------------------------------------------------------------------------------------
// Cbrt: a 5-bit guess from the exponent bits, a rational step to 23 bits, then Newton
// ---------------------------------------------------------------------------------------------

double go_cbrt(double x) {
    constexpr uint64_t b1 = 715094163; // (682-0.03306235651)*2**20
    constexpr uint64_t b2 = 696219795; // (664-0.03306235651)*2**20
    constexpr double c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01,
                     e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00,
                     g = 3.57142857142857150787e-01;
    constexpr double kSmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || std::isnan(x) || std::isinf(x)) {
        return x;
    }
    bool negative = x < 0;
    if (negative) {
        x = -x;
    }
    double t = from_bits(bits_of(x) / 3 + (b1 << 32));
    if (x < kSmallestNormal) {
        t = 0x1p54 * x;
        t = from_bits(bits_of(t) / 3 + (b2 << 32));
    }
    double r = t * t / x;
    double s = c + r * t;
    t *= g + f / (s + e + d / s);
    t = from_bits((bits_of(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return negative ? -t : t;
}

// ---------------------------------------------------------------------------------------------
// Log10, Log2, Hypot
// ---------------------------------------------------------------------------------------------

double go_log10(double x) {
    constexpr double kOneOverLn10 = 0.434294481903251827651128918916605082294397005803666566114;
    return go_log(x) * kOneOverLn10;
}

double go_log2(double x) {
    constexpr double kOneOverLn2 = 1.44269504088896340735992468100189213742664595415298593413;
    if (x == 0 || std::isinf(x) || std::isnan(x)) {
        return go_log(x) * kOneOverLn2; // Frexp returns these as they are, with exponent 0
    }
    int exp = 0;
    double frac = std::frexp(x, &exp); // exact, as Go's Frexp
    if (frac == 0.5) {
        return double(exp - 1); // powers of two exactly
    }
    return go_log(frac) * kOneOverLn2 + double(exp);
}

double go_hypot(double p, double q) {
    if (std::isinf(p) || std::isinf(q)) {
        return kInf;
    }
    if (std::isnan(p) || std::isnan(q)) {
        return kNaN;
    }
    p = std::fabs(p);
    q = std::fabs(q);
    if (p < q) {
        std::swap(p, q);
    }
    if (p == 0) {
        return 0;
    }
    q = q / p;
    return p * std::sqrt(1 + q * q);
}

// ---------------------------------------------------------------------------------------------
// Log1p, Expm1, Exp2 and the inverse hyperbolic functions: FreeBSD's msun algorithms as Go
// 1.19 writes them in plain Go (no assembly on amd64)
// ---------------------------------------------------------------------------------------------

double go_log1p(double x) {
    constexpr double kSqrt2M1 = 4.142135623730950488017e-01;      // Sqrt(2)-1
    constexpr double kSqrt2HalfM1 = -2.928932188134524755992e-01; // Sqrt(2)/2-1
    constexpr double kSmall = 0x1p-29;
    constexpr double kTiny = 0x1p-54;
    constexpr double kTwo53 = 0x1p53;
    constexpr double kLn2Hi = 6.93147180369123816490e-01;
    constexpr double kLn2Lo = 1.90821492927058770002e-10;
    constexpr double kLp[7] = {6.666666666666735130e-01, 3.999999999940941908e-01,
                               2.857142874366239149e-01, 2.222219843214978396e-01,
                               1.818357216161805012e-01, 1.531383769920937332e-01,
                               1.479819860511658591e-01};
    if (x < -1 || std::isnan(x)) {
        return kNaN;
    }
    if (x == -1) {
        return -kInf;
    }
    if (x == kInf) {
        return kInf;
    }

    // 1+x = 2^k * (1+f) with Sqrt(2)/2 < 1+f < Sqrt(2); c corrects the rounding of 1+x.
    double ax = std::fabs(x);
    double f = 0;
    uint64_t iu = 0;
    int64_t k = 1;
    if (ax < kSqrt2M1) {
        if (ax < kSmall) {
            return ax < kTiny ? x : x - x * x * 0.5;
        }
        if (x > kSqrt2HalfM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    double c = 0;
    if (k != 0) {
        double u = 0;
        if (ax < kTwo53) {
            u = 1.0 + x;
            iu = bits_of(u);
            k = int64_t(iu >> 52) - 1023;
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = bits_of(u);
            k = int64_t(iu >> 52) - 1023;
            c = 0;
        }
        iu &= 0x000fffffffffffff;
        if (iu < 0x0006a09e667f3bcd) { // the mantissa of Sqrt(2)
            u = from_bits(iu | 0x3ff0000000000000);
        } else {
            k++;
            u = from_bits(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }

    double hfsq = 0.5 * f * f;
    auto dk = double(k);
    if (iu == 0) { // |f| < 2**-20
        if (f == 0) {
            if (k == 0) {
                return 0;
            }
            c += dk * kLn2Lo;
            return dk * kLn2Hi + c;
        }
        double r = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0) {
            return f - r;
        }
        return dk * kLn2Hi - ((r - (dk * kLn2Lo + c)) - f);
    }
    double s = f / (2.0 + f);
    double z = s * s;
    double r =
        z * (kLp[0] +
             z * (kLp[1] + z * (kLp[2] + z * (kLp[3] + z * (kLp[4] + z * (kLp[5] + z * kLp[6]))))));
    if (k == 0) {
        return f - (hfsq - s * (hfsq + r));
    }
    return dk * kLn2Hi - ((hfsq - (s * (hfsq + r) + (dk * kLn2Lo + c))) - f);
}

double go_expm1(double x) {
    constexpr double kOverflow = 7.09782712893383973096e+02;
    constexpr double kLn2X56 = 3.88162421113569373274e+01;
    constexpr double kLn2HalfX3 = 1.03972077083991796413e+00;
    constexpr double kLn2Half = 3.46573590279972654709e-01;
    constexpr double kLn2Hi = 6.93147180369123816490e-01;
    constexpr double kLn2Lo = 1.90821492927058770002e-10;
    constexpr double kInvLn2 = 1.44269504088896338700e+00;
    constexpr double kTiny = 0x1p-54;
    constexpr double kQ[5] = {-3.33333333333331316428e-02, 1.58730158725481460165e-03,
                              -7.93650757867487942473e-05, 4.00821782732936239552e-06,
                              -2.01099218183624371326e-07};
    if (x == kInf || std::isnan(x)) {
        return x;
    }
    if (x == -kInf) {
        return -1;
    }
    bool negative = x < 0;
    double ax = negative ? -x : x;
    if (ax >= kLn2X56) {
        if (negative) {
            return -1;
        }
        if (ax >= kOverflow) {
            return kInf;
        }
    }

    // x = k*ln2 + r with |r| <= 0.5*ln2, r kept as hi - lo and c its rounding error.
    double c = 0;
    int64_t k = 0;
    if (ax > kLn2Half) {
        double hi = 0, lo = 0;
        if (ax < kLn2HalfX3) {
            hi = negative ? x + kLn2Hi : x - kLn2Hi;
            lo = negative ? -kLn2Lo : kLn2Lo;
            k = negative ? -1 : 1;
        } else {
            k = static_cast<int64_t>(negative ? kInvLn2 * x - 0.5 : kInvLn2 * x + 0.5);
            auto t = double(k);
            hi = x - t * kLn2Hi;
            lo = t * kLn2Lo;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (ax < kTiny) {
        return x;
    }

    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (kQ[0] + hxs * (kQ[1] + hxs * (kQ[2] + hxs * (kQ[3] + hxs * kQ[4]))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0) {
        return x - (x * e - hxs);
    }
    e = (x * (e - c) - c);
    e -= hxs;
    auto add_to_exponent = [](double y, int64_t n) {
        return from_bits(bits_of(y) + (static_cast<uint64_t>(n) << 52));
    };
    if (k == -1) {
        return 0.5 * (x - e) - 0.5;
    }
    if (k == 1) {
        return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        return add_to_exponent(y, k) - 1;
    }
    if (k < 20) {
        double one_minus = from_bits(0x3ff0000000000000 - (0x20000000000000 >> k)); // 1-2**-k
        return add_to_exponent(one_minus - (e - x), k);
    }
    double y = x - (e + from_bits(static_cast<uint64_t>(0x3ff - k) << 52)); // 2**-k
    y++;
    return add_to_exponent(y, k);
}

double go_exp2(double x) {
    constexpr double kLn2Hi = 6.93147180369123816490e-01;
    constexpr double kLn2Lo = 1.90821492927058770002e-10;
    constexpr double kP[5] = {1.66666666666666657415e-01, -2.77777777770155933842e-03,
                              6.61375632143793436117e-05, -1.65339022054652515390e-06,
                              4.13813679705723846039e-08};
    if (std::isnan(x) || x == kInf) {
        return x;
    }
    if (x == -kInf) {
        return 0;
    }
    if (x > 1.0239999999999999e+03) {
        return kInf;
    }
    if (x < -1.0740e+03) {
        return 0;
    }
    int64_t k = x > 0 ? static_cast<int64_t>(x + 0.5) : x < 0 ? static_cast<int64_t>(x - 0.5) : 0;
    double t = x - double(k);
    double hi = t * kLn2Hi;
    double lo = -t * kLn2Lo;

    // e**(hi-lo) * 2**k, as Go's expmulti (Ldexp rounds once, as std::ldexp does).
    double r = hi - lo;
    double rr = r * r;
    double c = r - rr * (kP[0] + rr * (kP[1] + rr * (kP[2] + rr * (kP[3] + rr * kP[4]))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return std::ldexp(y, int(k));
}

double go_asinh(double x) {
    constexpr double kLn2 = 6.93147180559945286227e-01;
    if (std::isnan(x) || std::isinf(x)) {
        return x;
    }
    bool negative = x < 0; // -0 stays -0: it is returned as it is below
    x = negative ? -x : x;
    double y = 0;
    if (x > 0x1p28) {
        y = go_log(x) + kLn2;
    } else if (x > 2) {
        y = go_log(2 * x + 1 / (std::sqrt(x * x + 1) + x));
    } else if (x < 0x1p-28) {
        y = x;
    } else {
        y = go_log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
    }
    return negative ? -y : y;
}

double go_acosh(double x) {
    constexpr double kLn2 = 6.93147180559945286227e-01;
    if (x < 1 || std::isnan(x)) {
        return kNaN;
    }
    if (x == 1) {
        return 0;
    }
    if (x >= 0x1p28) {
        return go_log(x) + kLn2;
    }
    if (x > 2) {
        return go_log(2 * x - 1 / (x + std::sqrt(x * x - 1)));
    }
    double t = x - 1;
    return go_log1p(t + std::sqrt(2 * t + t * t));
}

double go_atanh(double x) {
    if (x < -1 || x > 1 || std::isnan(x)) {
        return kNaN;
    }
    if (x == 1 || x == -1) {
        return x * kInf;
    }
    bool negative = x < 0;
    x = negative ? -x : x;
    double y = 0;
    if (x < 0x1p-28) {
        y = x;
    } else if (x < 0.5) {
        y = x + x;
        y = 0.5 * go_log1p(y + y * x / (1 - x));
    } else {
        y = 0.5 * go_log1p((x + x) / (1 - x));
    }
    return negative ? -y : y;
}

// ---------------------------------------------------------------------------------------------
// Pow10: Go's tables of exact powers, multiplied (or divided) once
// ---------------------------------------------------------------------------------------------

double go_nan() {
    return kNaN;
}

double go_pow10(int64_t n) {
    static const double kSmall[32] = {1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07,
                                      1e08, 1e09, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                      1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23,
                                      1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31};
    static const double kBig[10] = {1e00,  1e32,  1e64,  1e96,  1e128,
                                    1e160, 1e192, 1e224, 1e256, 1e288};
    static const double kTinyPowers[11] = {1e-00,  1e-32,  1e-64,  1e-96,  1e-128, 1e-160,
                                           1e-192, 1e-224, 1e-256, 1e-288, 1e-320};
    if (n >= 0 && n <= 308) {
        return kBig[n / 32] * kSmall[n % 32];
    }
    if (n < 0 && n >= -323) {
        return kTinyPowers[-n / 32] / kSmall[-n % 32];
    }
    return n > 0 ? kInf : 0;
}

} // namespace golab
