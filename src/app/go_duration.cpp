// go_duration.cpp: Go's Duration.String and Duration.Round, rewritten from
// their documented behaviour: under a second the unit is ns, µs or ms with
// the fraction's trailing zeros dropped; from a second on, h/m/s fields.

#include "app/go_duration.h"

#include <limits>

namespace golab {

namespace {

constexpr uint64_t kMicrosecond = 1000;
constexpr uint64_t kMillisecond = 1000 * kMicrosecond;
constexpr uint64_t kSecond = 1000 * kMillisecond;

// Appends the fraction v / 10^prec (".123") to digits written backwards,
// without trailing zeros and without the point when the fraction is 0.
// Returns v / 10^prec.
uint64_t put_fraction_reversed(std::string& rev, uint64_t v, int prec) {
    bool printed = false;
    for (int i = 0; i < prec; ++i) {
        const auto digit = static_cast<char>(v % 10);
        printed = printed || digit != 0;
        if (printed) {
            rev += static_cast<char>('0' + digit);
        }
        v /= 10;
    }
    if (printed) {
        rev += '.';
    }
    return v;
}

void put_int_reversed(std::string& rev, uint64_t v) {
    do {
        rev += static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0);
}

bool less_than_half(int64_t x, int64_t y) {
    return static_cast<uint64_t>(x) + static_cast<uint64_t>(x) < static_cast<uint64_t>(y);
}

} // namespace

std::string format_go_duration(int64_t ns) {
    const bool negative = ns < 0;
    uint64_t u = negative ? 0 - static_cast<uint64_t>(ns) : static_cast<uint64_t>(ns);
    if (u == 0) {
        return "0s";
    }

    // Built back to front, as Go does, then reversed once.
    std::string rev;
    if (u < kSecond) {
        int prec = 0;
        if (u < kMicrosecond) {
            rev = "sn";
        } else if (u < kMillisecond) {
            prec = 3;
            rev = "s\xb5\xc2"; // "µs" reversed byte by byte (U+00B5 is C2 B5)
        } else {
            prec = 6;
            rev = "sm";
        }
        u = put_fraction_reversed(rev, u, prec);
        put_int_reversed(rev, u);
    } else {
        rev = "s";
        u = put_fraction_reversed(rev, u, 9);
        put_int_reversed(rev, u % 60);
        u /= 60;
        if (u > 0) {
            rev += 'm';
            put_int_reversed(rev, u % 60);
            u /= 60;
            if (u > 0) {
                rev += 'h';
                put_int_reversed(rev, u);
            }
        }
    }
    if (negative) {
        rev += '-';
    }
    return std::string(rev.rbegin(), rev.rend());
}

int64_t round_go_duration(int64_t ns, int64_t unit) {
    if (unit <= 0) {
        return ns;
    }
    int64_t r = ns % unit;
    if (ns < 0) {
        r = -r;
        if (less_than_half(r, unit)) {
            return ns + r;
        }
        // Wrapping arithmetic (defined for unsigned, modular back to signed in
        // C++20) detects overflow the way Go's code does.
        const auto down =
            static_cast<int64_t>(static_cast<uint64_t>(ns) - static_cast<uint64_t>(unit - r));
        return down < ns ? down : std::numeric_limits<int64_t>::min();
    }
    if (less_than_half(r, unit)) {
        return ns - r;
    }
    const auto up =
        static_cast<int64_t>(static_cast<uint64_t>(ns) + static_cast<uint64_t>(unit - r));
    return up > ns ? up : std::numeric_limits<int64_t>::max();
}

} // namespace golab
