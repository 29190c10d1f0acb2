// constant.cpp: printing and predicates for exact constant values.

#include "lang/constant.h"

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
        // Go prints floats in the shortest form that reads back, and in
        // exponent form for large and small magnitudes ("1e+100").
        char buf[64];
        if ((long double)(double)f == f) {
            // A float64 value (typed constants are rounded to theirs).
            double d = double(f);
            for (int prec = 1; prec <= 17; prec++) {
                std::snprintf(buf, sizeof buf, "%.*g", prec, d);
                if (std::strtod(buf, nullptr) == d)
                    break;
            }
            return buf;
        }
        for (int prec = 1; prec <= 21; prec++) {
            std::snprintf(buf, sizeof buf, "%.*Lg", prec, f);
            if (std::strtold(buf, nullptr) == f)
                break;
        }
        return buf;
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
