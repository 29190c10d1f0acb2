// constant.cpp: printing and predicates for exact constant values.

#include "lang/constant.h"

#include <cfloat>
#include <cmath>
#include <cstdio>

namespace golab {

std::string int128_to_string(Int128 v) {
    if (v == 0)
        return "0";
    bool neg = v < 0;
    // Work in unsigned to survive the most negative value.
    unsigned __int128 u = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
    std::string s;
    while (u > 0) {
        s.insert(s.begin(), char('0' + int(u % 10)));
        u /= 10;
    }
    return neg ? "-" + s : s;
}

bool Constant::is_integral() const {
    if (kind == Kind::Int)
        return true;
    if (kind != Kind::Float)
        return false;
    return std::isfinite(f) && std::floor(f) == f && std::fabs(f) < 1.7e38L;
}

std::string Constant::to_string() const {
    switch (kind) {
    case Kind::Bool:
        return b ? "true" : "false";
    case Kind::Int:
        return int128_to_string(i);
    case Kind::Float: {
        // Go prints float constants in messages with %.6g ("0.333333", "1e+400").
        char buf[64];
        if (!std::isfinite(f))
            return f > 0 ? "+Inf" : "-Inf";
        if (std::fabs(f) <= DBL_MAX && (f == 0 || std::fabs(f) >= DBL_MIN)) {
            std::snprintf(buf, sizeof buf, "%.6g", double(f));
            return buf;
        }
        // Beyond float64: mantissa and exponent apart.
        // NOTE: Emscripten's printf formats long double as double (1e400
        // would read "inf"), so we never hand it a long double.
        // NOTE: so are Emscripten's long double log10 and pow: scale by hand,
        // with the plain arithmetic that works everywhere.
        long double mant = f < 0 ? -f : f;
        int e10 = 0;
        while (mant >= 1e100L) {
            mant /= 1e100L;
            e10 += 100;
        }
        while (mant >= 10) {
            mant /= 10;
            e10++;
        }
        while (mant < 1e-100L) {
            mant *= 1e100L;
            e10 -= 100;
        }
        while (mant < 1) {
            mant *= 10;
            e10--;
        }
        std::snprintf(buf, sizeof buf, "%.6g", double(mant));

        std::string out = (f < 0 ? "-" : "") + std::string(buf);
        std::snprintf(buf, sizeof buf, "e%+03d", e10);
        return out + buf;
    }
    case Kind::String: {
        std::string out = "\"";
        for (unsigned char c : s) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\x%02x", c);
                    out += buf;
                } else {
                    out += char(c);
                }
            }
        }
        return out + "\"";
    }
    default:
        return "unknown";
    }
}

} // namespace golab
