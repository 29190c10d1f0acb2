// constant.h: exact values of Go constants, for the checker's constant folding.
//
// Go's untyped constants are arbitrary precision; we hold integers in 128 bits
// and floats in long double, which covers everything the lessons and ordinary
// programs write. NOTE: an integer constant beyond 128 bits is reported as
// an overflow instead of being carried exactly as Go would.
#pragma once

#include <cstdint>
#include <string>

namespace golab {

using Int128 = __int128;

struct Constant {
    enum class Kind : uint8_t { Unknown, Bool, String, Int, Float };
    Kind kind = Kind::Unknown;
    bool b = false;
    Int128 i = 0;
    long double f = 0;
    std::string s;

    static Constant make_bool(bool v) {
        Constant c;
        c.kind = Kind::Bool;
        c.b = v;
        return c;
    }
    static Constant make_int(Int128 v) {
        Constant c;
        c.kind = Kind::Int;
        c.i = v;
        return c;
    }
    static Constant make_float(long double v) {
        Constant c;
        c.kind = Kind::Float;
        c.f = v;
        return c;
    }
    static Constant make_string(std::string v) {
        Constant c;
        c.kind = Kind::String;
        c.s = std::move(v);
        return c;
    }
    bool known() const { return kind != Kind::Unknown; }
    // Returns the value as a long double (ints converted).
    long double as_float() const { return kind == Kind::Int ? (long double)i : f; }
    // Returns true if the value is a whole number that fits in 128 bits.
    bool is_integral() const;
    // Returns the value as Go prints it in error messages ("1180591620717411303424", "0.1").
    std::string to_string() const;
};

// Returns a 128-bit integer in decimal.
std::string int128_to_string(Int128 v);

} // namespace golab
