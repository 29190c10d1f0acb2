// go_parse.cpp: strconv.ParseInt, ParseUint and ParseFloat, following Go 1.19's grammar.
//
// The float conversion itself is the C library's strtod/strtof, which round correctly for
// decimal and hexadecimal input; this file decides what Go accepts and reports.
#include "vm/go_parse.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace golab {

namespace {

char lower(char c) {
    return static_cast<char>(c | 0x20);
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Accepts "inf", "infinity" (any case, optional sign) and "nan" (any case, no sign), the
// whole of s; Go's ParseFloat takes nothing else spelled out.
bool parse_special(std::string_view s, double& out) {
    auto equal_fold = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (size_t i = 0; i < a.size(); i++) {
            if (lower(a[i]) != b[i]) {
                return false;
            }
        }
        return true;
    };
    if (equal_fold(s, "nan")) {
        out = NAN;
        return true;
    }
    double sign = 1;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        sign = s[0] == '-' ? -1 : 1;
        s.remove_prefix(1);
    }
    if (equal_fold(s, "inf") || equal_fold(s, "infinity")) {
        out = sign * INFINITY;
        return true;
    }
    return false;
}

// Checks s against Go's float grammar (readFloat): sign, optional 0x prefix, digits with
// one '.', an exponent ('e', or 'p' which hex needs), underscores between digits.
bool float_syntax_ok(std::string_view s) {
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        i++;
    }
    bool hex = false;
    if (i + 1 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        i += 2;
    }
    bool underscores = false, saw_dot = false, saw_digits = false;
    for (; i < s.size(); i++) {
        char c = s[i];
        if (c == '_') {
            underscores = true;
        } else if (c == '.') {
            if (saw_dot) {
                break;
            }
            saw_dot = true;
        } else if (is_digit(c) || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            saw_digits = true;
        } else {
            break;
        }
    }
    if (!saw_digits) {
        return false;
    }
    if (i < s.size() && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            i++;
        }
        if (i >= s.size() || !is_digit(s[i])) {
            return false;
        }
        while (i < s.size() && (is_digit(s[i]) || s[i] == '_')) {
            underscores = underscores || s[i] == '_';
            i++;
        }
    } else if (hex) {
        return false; // a hexadecimal mantissa needs its 'p' exponent
    }
    if (i != s.size()) {
        return false;
    }
    return !underscores || underscores_ok(s);
}

} // namespace

bool underscores_ok(std::string_view s) {
    // saw: '^' at the start, '0' after a digit (or a base prefix), '_' after an underscore,
    // '!' after anything else.
    char saw = '^';
    size_t i = 0;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        s.remove_prefix(1);
    }
    bool hex = false;
    if (s.size() >= 2 && s[0] == '0' &&
        (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < s.size(); i++) {
        if (is_digit(s[i]) || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0') {
                return false;
            }
            saw = '_';
            continue;
        }
        if (saw == '_') {
            return false;
        }
        saw = '!';
    }
    return saw != '_';
}

ParsedInt parse_uint(std::string_view s, int64_t base, int64_t bit_size) {
    ParsedInt r;
    if (s.empty()) {
        r.error = ParseError::Syntax;
        return r;
    }
    bool base0 = base == 0;
    std::string_view s0 = s;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (s.size() >= 3 && lower(s[1]) == 'b') {
                base = 2;
                s.remove_prefix(2);
            } else if (s.size() >= 3 && lower(s[1]) == 'o') {
                base = 8;
                s.remove_prefix(2);
            } else if (s.size() >= 3 && lower(s[1]) == 'x') {
                base = 16;
                s.remove_prefix(2);
            } else {
                base = 8;
                s.remove_prefix(1);
            }
        }
    } else if (base < 2 || base > 36) {
        r.error = ParseError::Base;
        return r;
    }
    if (bit_size == 0) {
        bit_size = 64;
    } else if (bit_size < 0 || bit_size > 64) {
        r.error = ParseError::BitSize;
        return r;
    }

    uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
    uint64_t max_value = bit_size == 64 ? UINT64_MAX : (uint64_t{1} << bit_size) - 1;
    bool underscores = false;
    uint64_t n = 0;
    for (char c : s) {
        uint64_t d = 0;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        }
        if (is_digit(c)) {
            d = static_cast<uint64_t>(c - '0');
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = static_cast<uint64_t>(lower(c) - 'a' + 10);
        } else {
            return ParsedInt{0, ParseError::Syntax};
        }
        if (d >= static_cast<uint64_t>(base)) {
            return ParsedInt{0, ParseError::Syntax};
        }
        if (n >= cutoff) {
            return ParsedInt{max_value, ParseError::Range};
        }
        n *= static_cast<uint64_t>(base);
        uint64_t n1 = n + d;
        if (n1 < n || n1 > max_value) {
            return ParsedInt{max_value, ParseError::Range};
        }
        n = n1;
    }
    if (underscores && !underscores_ok(s0)) {
        return ParsedInt{0, ParseError::Syntax};
    }
    r.value = n;
    return r;
}

ParsedInt parse_int(std::string_view s, int64_t base, int64_t bit_size) {
    if (s.empty()) {
        return ParsedInt{0, ParseError::Syntax};
    }
    bool neg = false;
    std::string_view digits = s;
    if (s[0] == '+' || s[0] == '-') {
        neg = s[0] == '-';
        digits.remove_prefix(1);
    }
    ParsedInt u = parse_uint(digits, base, bit_size);
    if (u.error != ParseError::None && u.error != ParseError::Range) {
        return ParsedInt{0, u.error};
    }
    if (bit_size == 0) {
        bit_size = 64;
    }
    uint64_t cutoff = uint64_t{1} << (bit_size - 1);
    if (!neg && u.value >= cutoff) {
        return ParsedInt{cutoff - 1, ParseError::Range};
    }
    if (neg && u.value > cutoff) {
        return ParsedInt{0 - cutoff, ParseError::Range};
    }
    return ParsedInt{neg ? 0 - u.value : u.value, ParseError::None};
}

ParsedFloat parse_float(std::string_view s, int64_t bit_size) {
    ParsedFloat r;
    if (parse_special(s, r.value)) {
        return r;
    }
    if (!float_syntax_ok(s)) {
        r.error = ParseError::Syntax;
        return r;
    }
    std::string text;
    text.reserve(s.size());
    for (char c : s) {
        if (c != '_') {
            text += c;
        }
    }
    errno = 0;
    char* end = nullptr;
    r.value = bit_size == 32 ? static_cast<double>(std::strtof(text.c_str(), &end))
                             : std::strtod(text.c_str(), &end);
    // Go reports overflow (the result is then infinite) but not underflow to zero.
    if (std::isinf(r.value)) {
        r.error = ParseError::Range;
    }
    return r;
}

} // namespace golab
