// json_writer.cpp: JSON string escaping with UTF-8 validation, and the writer.
//
// UTF-8 is checked as Go's utf8.DecodeRune checks it: no overlong forms, no
// surrogates (U+D800..U+DFFF), nothing above U+10FFFF. A bad byte is replaced
// on its own and decoding resumes at the next byte.

#include "trace/json_writer.h"

#include <cassert>
#include <cstdio>

namespace golab {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void append_u_escape(std::string& out, unsigned code) {
    out += "\\u";
    out += kHexDigits[(code >> 12) & 0xf];
    out += kHexDigits[(code >> 8) & 0xf];
    out += kHexDigits[(code >> 4) & 0xf];
    out += kHexDigits[code & 0xf];
}

bool is_continuation(unsigned char c) {
    return (c & 0xc0) == 0x80;
}

// Returns the length of the valid UTF-8 sequence starting at s[i] (2..4), or
// 0 when s[i] does not start one. s[i] is known to be >= 0x80.
size_t valid_sequence_length(std::string_view s, size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const size_t left = s.size() - i;
    auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };

    // The second byte's range depends on the first, which rules out overlong
    // forms, surrogates and code points above U+10FFFF in one place.
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        return (left >= 2 && is_continuation(at(1))) ? 2 : 0;
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
        if (left < 3) {
            return 0;
        }
        const unsigned char lo = (b0 == 0xe0) ? 0xa0 : 0x80;
        const unsigned char hi = (b0 == 0xed) ? 0x9f : 0xbf;
        return (at(1) >= lo && at(1) <= hi && is_continuation(at(2))) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        if (left < 4) {
            return 0;
        }
        const unsigned char lo = (b0 == 0xf0) ? 0x90 : 0x80;
        const unsigned char hi = (b0 == 0xf4) ? 0x8f : 0xbf;
        return (at(1) >= lo && at(1) <= hi && is_continuation(at(2)) && is_continuation(at(3))) ? 4
                                                                                                : 0;
    }
    return 0;
}

} // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);

        // ASCII: escape what JSON requires, pass the rest.
        if (c < 0x80) {
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
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    append_u_escape(out, c);
                } else {
                    out += static_cast<char>(c);
                }
            }
            ++i;
            continue;
        }

        // Multi-byte: copy a valid sequence, replace a bad byte.
        const size_t n = valid_sequence_length(s, i);
        if (n == 0) {
            append_u_escape(out, 0xfffd);
            ++i;
            continue;
        }
        // NOTE: U+2028 and U+2029 are legal in JSON but end a line in older
        // JavaScript; escaping them lets the text be pasted into a script.
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        const auto b2 = n > 2 ? static_cast<unsigned char>(s[i + 2]) : 0;
        if (c == 0xe2 && b1 == 0x80 && (b2 == 0xa8 || b2 == 0xa9)) {
            append_u_escape(out, b2 == 0xa8 ? 0x2028 : 0x2029);
        } else {
            out.append(s.substr(i, n));
        }
        i += n;
    }
    out += '"';
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    assert((open_.empty() || open_.back() == 'a') && "json: object member needs a key first");
    if (!open_.empty()) {
        if (has_member_.back() == '1') {
            out_ += ',';
        }
        has_member_.back() = '1';
    }
}

void JsonWriter::begin_object() {
    before_value();
    out_ += '{';
    open_ += 'o';
    has_member_ += '0';
}

void JsonWriter::end_object() {
    assert(!open_.empty() && open_.back() == 'o' && !after_key_ && "json: unbalanced object");
    out_ += '}';
    open_.pop_back();
    has_member_.pop_back();
}

void JsonWriter::begin_array() {
    before_value();
    out_ += '[';
    open_ += 'a';
    has_member_ += '0';
}

void JsonWriter::end_array() {
    assert(!open_.empty() && open_.back() == 'a' && "json: unbalanced array");
    out_ += ']';
    open_.pop_back();
    has_member_.pop_back();
}

void JsonWriter::key(std::string_view name) {
    assert(!open_.empty() && open_.back() == 'o' && !after_key_ && "json: key outside an object");
    if (has_member_.back() == '1') {
        out_ += ',';
    }
    has_member_.back() = '1';
    append_json_string(out_, name);
    out_ += ':';
    after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
    before_value();
    append_json_string(out_, s);
}

void JsonWriter::value(int64_t n) {
    before_value();
    out_ += std::to_string(n);
}

void JsonWriter::value(bool b) {
    before_value();
    out_ += b ? "true" : "false";
}

void JsonWriter::null() {
    before_value();
    out_ += "null";
}

void JsonWriter::number_text(std::string_view digits) {
    before_value();
    out_.append(digits);
}

std::string ns_to_ms_text(int64_t ns) {
    // Work in unsigned so that INT64_MIN has a magnitude too.
    const bool negative = ns < 0;
    const uint64_t mag = negative ? 0 - static_cast<uint64_t>(ns) : static_cast<uint64_t>(ns);
    std::string text = negative ? "-" : "";
    text += std::to_string(mag / 1000000);

    uint64_t frac = mag % 1000000;
    if (frac != 0) {
        char digits[8];
        std::snprintf(digits, sizeof digits, "%06llu", static_cast<unsigned long long>(frac));
        std::string_view d(digits, 6);
        while (d.back() == '0') {
            d.remove_suffix(1);
        }
        text += '.';
        text += d;
    }
    return text;
}

} // namespace golab
