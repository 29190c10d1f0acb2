// text.cpp: UTF-8 decoding and encoding, Unicode classes and case mapping, Go quoting.
//
// The case mappings and the printable runes come from Go's own unicode package, through the
// generated unicode_tables.inc (tools/gen_unicode_tables.go), so they agree rune for rune.
#include "vm/text.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

namespace golab {

namespace {

struct CaseRun {
    int32_t lo, hi, stride;
    int32_t upper, lower; // what to add to reach the upper and the lower case
};

struct RuneRange {
    int32_t lo, hi;
};

struct TitleException {
    int32_t rune, title;
};

// A run of runes in one class: lo, lo + stride, ..., up to lo + span.
struct ClassRun {
    int32_t lo;
    uint16_t span, stride;
};

#include "vm/unicode_tables.inc"

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

} // namespace

DecodedRune decode_rune(std::string_view s, size_t i) {
    if (i >= s.size()) {
        return {kRuneError, 0};
    }
    auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    size_t left = s.size() - i;
    unsigned char c0 = at(0);
    if (c0 < 0x80) {
        return {c0, 1};
    }
    // The second byte's allowed range depends on the first (Go's acceptRanges): this is
    // what rules out overlong forms, surrogates and runes past U+10FFFF.
    unsigned char lo = 0x80, hi = 0xBF;
    int need;
    int32_t r;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        need = 2;
        r = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        need = 3;
        r = c0 & 0x0F;
        if (c0 == 0xE0)
            lo = 0xA0;
        if (c0 == 0xED)
            hi = 0x9F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        need = 4;
        r = c0 & 0x07;
        if (c0 == 0xF0)
            lo = 0x90;
        if (c0 == 0xF4)
            hi = 0x8F;
    } else {
        return {kRuneError, 1};
    }
    if (left < size_t(need) || at(1) < lo || at(1) > hi) {
        return {kRuneError, 1};
    }
    r = (r << 6) | (at(1) & 0x3F);
    for (int k = 2; k < need; k++) {
        if (!is_continuation(at(k))) {
            return {kRuneError, 1};
        }
        r = (r << 6) | (at(k) & 0x3F);
    }
    return {r, need};
}

DecodedRune decode_last_rune(std::string_view s) {
    if (s.empty()) {
        return {kRuneError, 0};
    }
    // Walk back over at most three continuation bytes to a possible start byte.
    size_t end = s.size();
    size_t start = end - 1;
    size_t limit = end >= 4 ? end - 4 : 0;
    while (start > limit && is_continuation(static_cast<unsigned char>(s[start]))) {
        start--;
    }
    DecodedRune d = decode_rune(s, start);
    if (start + size_t(d.width) != end) {
        return {kRuneError, 1};
    }
    return d;
}

int rune_len(int32_t r) {
    if (r < 0) {
        return -1;
    }
    if (r < 0x80) {
        return 1;
    }
    if (r < 0x800) {
        return 2;
    }
    if (r >= 0xD800 && r <= 0xDFFF) {
        return -1;
    }
    if (r < 0x10000) {
        return 3;
    }
    return r <= kMaxRune ? 4 : -1;
}

void append_rune(std::string& out, int32_t r) {
    int n = rune_len(r);
    if (n < 0) {
        r = kRuneError;
        n = 3;
    }
    switch (n) {
    case 1:
        out += static_cast<char>(r);
        break;
    case 2:
        out += static_cast<char>(0xC0 | (r >> 6));
        out += static_cast<char>(0x80 | (r & 0x3F));
        break;
    case 3:
        out += static_cast<char>(0xE0 | (r >> 12));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
        break;
    default:
        out += static_cast<char>(0xF0 | (r >> 18));
        out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
        break;
    }
}

int64_t rune_count(std::string_view s) {
    int64_t n = 0;
    for (size_t i = 0; i < s.size(); i += size_t(decode_rune(s, i).width)) {
        n++;
    }
    return n;
}

bool valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        if (d.rune == kRuneError && d.width == 1) {
            return false;
        }
        i += size_t(d.width);
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Character classes

bool is_space(int32_t r) {
    switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return r >= 0x2000 && r <= 0x200A;
    }
}

bool is_print(int32_t r) {
    if (r < 0x7F) {
        return r >= 0x20;
    }
    if (r > kMaxRune) {
        return false;
    }
    // The last range starting at or before r decides.
    auto it = std::upper_bound(std::begin(kNotPrint), std::end(kNotPrint), r,
                               [](int32_t v, const RuneRange& range) { return v < range.lo; });
    return it == std::begin(kNotPrint) || r > std::prev(it)->hi;
}

namespace {

// Returns whether r is in a class table (sorted, disjoint runs).
template <size_t N> bool in_class(const ClassRun (&runs)[N], int32_t r) {
    auto it = std::upper_bound(std::begin(runs), std::end(runs), r,
                               [](int32_t v, const ClassRun& run) { return v < run.lo; });
    if (it == std::begin(runs)) {
        return false;
    }
    const ClassRun& run = *std::prev(it);
    return r - run.lo <= run.span && (r - run.lo) % run.stride == 0;
}

} // namespace

bool is_letter(int32_t r) {
    if (r < 0x80) {
        return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
    }
    return in_class(kLetter, r);
}

bool is_digit(int32_t r) {
    if (r < 0x80) {
        return r >= '0' && r <= '9';
    }
    return in_class(kDigit, r);
}

bool is_number(int32_t r) {
    return in_class(kNumber, r);
}

bool is_upper(int32_t r) {
    if (r < 0x80) {
        return r >= 'A' && r <= 'Z';
    }
    return in_class(kUpper, r);
}

bool is_lower(int32_t r) {
    if (r < 0x80) {
        return r >= 'a' && r <= 'z';
    }
    return in_class(kLower, r);
}

bool is_title(int32_t r) {
    return in_class(kTitle, r);
}

bool is_punct(int32_t r) {
    return in_class(kPunct, r);
}

bool is_control(int32_t r) {
    return (r >= 0 && r < 0x20) || (r >= 0x7F && r <= 0x9F);
}

bool is_graphic(int32_t r) {
    // Graphic is printable plus the spaces of category Zs that IsPrint leaves out.
    return is_print(r) || r == 0xA0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x202F ||
           r == 0x205F || r == 0x3000;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Case mapping

namespace {

// Returns the rune's entry in kCaseRuns, or nullptr when neither case mapping moves it.
const CaseRun* case_run(int32_t r) {
    // NOTE: runs of different strides interleave, so this is a scan; ASCII never gets here.
    for (const CaseRun& c : kCaseRuns) {
        if (r >= c.lo && r <= c.hi && (r - c.lo) % c.stride == 0) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

int32_t to_upper(int32_t r) {
    if (r < 0x80) {
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    }
    const CaseRun* c = case_run(r);
    return c ? r + c->upper : r;
}

int32_t to_lower(int32_t r) {
    if (r < 0x80) {
        return r >= 'A' && r <= 'Z' ? r + 32 : r;
    }
    const CaseRun* c = case_run(r);
    return c ? r + c->lower : r;
}

int32_t to_title(int32_t r) {
    for (const TitleException& t : kTitleExceptions) {
        if (t.rune == r) {
            return t.title;
        }
    }
    return to_upper(r);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Quoting

namespace {

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%0*x", prefix, digits, v);
    out += buf;
}

// Appends r escaped for a literal delimited by quote, as strconv's appendEscapedRune does;
// ascii_only escapes every rune beyond ASCII too (QuoteToASCII).
void append_escaped_rune(std::string& out, int32_t r, char quote, bool ascii_only) {
    if (r == quote || r == '\\') {
        out += '\\';
        out += static_cast<char>(r);
        return;
    }
    if (ascii_only ? r < 0x80 && is_print(r) : is_print(r)) {
        append_rune(out, r);
        return;
    }
    switch (r) {
    case '\a':
        out += "\\a";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\v':
        out += "\\v";
        return;
    default:
        break;
    }
    if (r < ' ' || r == 0x7F) {
        append_hex(out, "\\x", uint32_t(r), 2);
    } else if (rune_len(r) < 0 || r < 0x10000) {
        append_hex(out, "\\u", uint32_t(rune_len(r) < 0 ? kRuneError : r), 4);
    } else {
        append_hex(out, "\\U", uint32_t(r), 8);
    }
}

} // namespace

std::string quote_go_string(std::string_view s, bool ascii_only) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        if (d.rune == kRuneError && d.width == 1) {
            append_hex(out, "\\x", static_cast<unsigned char>(s[i]), 2);
        } else {
            append_escaped_rune(out, d.rune, '"', ascii_only);
        }
        i += size_t(d.width);
    }
    out += '"';
    return out;
}

std::string quote_go_rune(int32_t r, bool ascii_only) {
    std::string out = "'";
    append_escaped_rune(out, rune_len(r) < 0 ? kRuneError : r, '\'', ascii_only);
    out += '\'';
    return out;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Unquoting

namespace {

int unhex(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        return (c | 0x20) - 'a' + 10;
    }
    return -1;
}

// Reads one character of a quoted literal from the front of s, as strconv.UnquoteChar:
// false on a syntax error.
bool unquote_char(std::string_view& s, char quote, int32_t& value, bool& multibyte) {
    multibyte = false;
    if (s.empty()) {
        return false;
    }
    auto c = static_cast<unsigned char>(s[0]);
    if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) {
        return false;
    }
    if (c >= 0x80) {
        DecodedRune d = decode_rune(s);
        value = d.rune;
        multibyte = true;
        s.remove_prefix(size_t(d.width));
        return true;
    }
    if (c != '\\') {
        value = c;
        s.remove_prefix(1);
        return true;
    }
    if (s.size() <= 1) {
        return false;
    }
    char e = s[1];
    s.remove_prefix(2);
    switch (e) {
    case 'a':
        value = '\a';
        return true;
    case 'b':
        value = '\b';
        return true;
    case 'f':
        value = '\f';
        return true;
    case 'n':
        value = '\n';
        return true;
    case 'r':
        value = '\r';
        return true;
    case 't':
        value = '\t';
        return true;
    case 'v':
        value = '\v';
        return true;
    case 'x':
    case 'u':
    case 'U': {
        size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (s.size() < n) {
            return false;
        }
        int32_t v = 0;
        for (size_t j = 0; j < n; j++) {
            int x = unhex(s[j]);
            if (x < 0) {
                return false;
            }
            v = int32_t(uint32_t(v) << 4 | uint32_t(x));
        }
        s.remove_prefix(n);
        if (e != 'x') {
            // A \u or \U escape must name a valid rune; \x is one byte, UTF-8 or not.
            if (rune_len(v) < 0) {
                return false;
            }
            multibyte = true;
        }
        value = v;
        return true;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
        int32_t v = e - '0';
        if (s.size() < 2) {
            return false;
        }
        for (size_t j = 0; j < 2; j++) {
            int32_t x = s[j] - '0';
            if (x < 0 || x > 7) {
                return false;
            }
            v = (v << 3) | x;
        }
        s.remove_prefix(2);
        if (v > 255) {
            return false;
        }
        value = v;
        return true;
    }
    case '\\':
        value = '\\';
        return true;
    case '\'':
    case '"':
        if (e != quote) {
            return false;
        }
        value = e;
        return true;
    default:
        return false;
    }
}

} // namespace

bool unquote_go(std::string_view in, std::string& out) {
    out.clear();
    if (in.size() < 2) {
        return false;
    }
    char quote = in[0];
    size_t end = in.find(quote, 1);
    if (end == std::string_view::npos) {
        return false;
    }
    end++; // just past the first quote that follows, right unless there are escapes
    if (quote == '`') {
        if (end != in.size()) {
            return false; // something after the closing quote
        }
        for (char c : in.substr(1, end - 2)) {
            if (c != '\r') {
                out += c; // a raw string drops its carriage returns
            }
        }
        return true;
    }
    if (quote != '"' && quote != '\'') {
        return false;
    }

    // Without escapes: the text as it is, if it is valid UTF-8 (one rune, for '\'').
    std::string_view inner = in.substr(1, end - 2);
    if (inner.find('\\') == std::string_view::npos && inner.find('\n') == std::string_view::npos) {
        bool valid = false;
        if (quote == '"') {
            valid = valid_utf8(inner);
        } else {
            DecodedRune d = decode_rune(inner);
            valid = size_t(d.width) + 2 == end && (d.rune != kRuneError || d.width != 1);
        }
        if (valid) {
            if (end != in.size()) {
                return false;
            }
            out = std::string(inner);
            return true;
        }
    }

    // With escapes: one character at a time up to the closing quote.
    std::string_view rest = in.substr(1);
    while (!rest.empty() && rest[0] != quote) {
        int32_t r = 0;
        bool multibyte = false;
        if (rest[0] == '\n' || !unquote_char(rest, quote, r, multibyte)) {
            return false;
        }
        if (r < 0x80 || !multibyte) {
            out += static_cast<char>(r);
        } else {
            append_rune(out, r);
        }
        if (quote == '\'') {
            break; // one character
        }
    }
    if (rest.empty() || rest[0] != quote) {
        return false;
    }
    return rest.size() == 1; // nothing may follow the closing quote
}

} // namespace golab
