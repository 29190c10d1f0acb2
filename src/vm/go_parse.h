// go_parse.h: strconv's number parsers, with Go 1.19's grammar and results.
//
// Pure functions: each returns the value Go returns and which error Go reports (none, syntax,
// range, or a bad base or bit size). vm_stdlib.cpp turns the error into a *strconv.NumError.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golab {

enum class ParseError : uint8_t { None, Syntax, Range, Base, BitSize };

struct ParsedInt {
    uint64_t value = 0; // the bits of the int64 (ParseInt) or the uint64 (ParseUint)
    ParseError error = ParseError::None;
};

// strconv.ParseUint and strconv.ParseInt (base 0 reads Go's prefixes and underscores).
ParsedInt parse_uint(std::string_view s, int64_t base, int64_t bit_size);
ParsedInt parse_int(std::string_view s, int64_t base, int64_t bit_size);

// strconv.ParseFloat: correctly rounded to bit_size (32 or 64) bits.
struct ParsedFloat {
    double value = 0;
    ParseError error = ParseError::None;
};
ParsedFloat parse_float(std::string_view s, int64_t bit_size);

// Returns whether s uses underscores only between digits, as Go's number literals may.
bool underscores_ok(std::string_view s);

} // namespace golab
