// lib_strings.cpp: package strings (the functions library.h lists), with Go 1.19's results
// for the corner cases: empty separators, invalid UTF-8, negative counts.
#include <string>
#include <string_view>
#include <vector>

#include "vm/format.h"
#include "vm/library.h"
#include "vm/text.h"

namespace golab {

namespace {

// Returns the byte offset of the first rune r in s, or -1, as strings.IndexRune does: the
// rune U+FFFD also matches each invalid byte, and an invalid rune matches nothing.
int64_t index_rune(std::string_view s, int32_t r) {
    if (r != kRuneError && rune_len(r) < 0) {
        return -1;
    }
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        if (d.rune == r) {
            return static_cast<int64_t>(i);
        }
        i += size_t(d.width);
    }
    return -1;
}

int64_t count(std::string_view s, std::string_view sub) {
    if (sub.empty()) {
        return rune_count(s) + 1;
    }
    int64_t n = 0;
    for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) {
        n++;
    }
    return n;
}

// Splits s into at most n pieces of one UTF-8 sequence each (all of them for a negative n),
// as Go's explode for Split with "": the last piece is the rest of s as it is, and every
// other piece that decodes as U+FFFD (an invalid byte among them) is U+FFFD.
std::vector<std::string> explode(std::string_view s, int64_t n) {
    int64_t runes = rune_count(s);
    if (n < 0 || n > runes) {
        n = runes;
    }
    std::vector<std::string> out;
    for (int64_t i = 0; i < n - 1; i++) {
        DecodedRune d = decode_rune(s);
        out.emplace_back(d.rune == kRuneError ? "\uFFFD" : s.substr(0, size_t(d.width)));
        s.remove_prefix(size_t(d.width));
    }
    if (n > 0) {
        out.emplace_back(s);
    }
    return out;
}

// Split, SplitN, SplitAfter and SplitAfterN as Go's genSplit: at most n pieces (all for a
// negative n), each keeping keep bytes of the separator after it. n == 0 is the caller's.
std::vector<std::string> split(std::string_view s, std::string_view sep, size_t keep = 0,
                               int64_t n = -1) {
    if (sep.empty()) {
        return explode(s, n);
    }
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = s.find(sep); i != std::string_view::npos; i = s.find(sep, start)) {
        if (n > 0 && int64_t(out.size()) == n - 1) {
            break;
        }
        out.emplace_back(s.substr(start, i - start + keep));
        start = i + sep.size();
    }
    out.emplace_back(s.substr(start));
    return out;
}

std::vector<std::string> fields(std::string_view s) {
    std::vector<std::string> out;
    size_t start = 0;
    bool in_field = false;
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        bool space = is_space(d.rune); // an invalid byte (U+FFFD) is not a space
        if (space && in_field) {
            out.emplace_back(s.substr(start, i - start));
            in_field = false;
        } else if (!space && !in_field) {
            start = i;
            in_field = true;
        }
        i += size_t(d.width);
    }
    if (in_field) {
        out.emplace_back(s.substr(start));
    }
    return out;
}

std::string replace(std::string_view s, std::string_view old_s, std::string_view new_s, int64_t n) {
    if (old_s == new_s || n == 0) {
        return std::string(s);
    }
    int64_t m = count(s, old_s);
    if (m == 0) {
        return std::string(s);
    }
    if (n < 0 || m < n) {
        n = m;
    }
    // An empty old string matches before every rune and at the end.
    std::string out;
    size_t start = 0;
    for (int64_t k = 0; k < n; k++) {
        size_t j = start;
        if (old_s.empty()) {
            if (k > 0) {
                j += size_t(decode_rune(s, start).width);
            }
        } else {
            j = s.find(old_s, start);
        }
        out.append(s.substr(start, j - start));
        out.append(new_s);
        start = j + old_s.size();
    }
    out.append(s.substr(start));
    return out;
}

bool is_ascii(std::string_view s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

// ToUpper and ToLower: byte by byte for ASCII; otherwise rune by rune, where each invalid
// byte becomes U+FFFD as it does in Go (strings.Map).
std::string map_case(std::string_view s, bool upper) {
    std::string out;
    out.reserve(s.size());
    if (is_ascii(s)) {
        for (char c : s) {
            if (upper && c >= 'a' && c <= 'z') {
                c = static_cast<char>(c - 32);
            } else if (!upper && c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c + 32);
            }
            out += c;
        }
        return out;
    }
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        append_rune(out, upper ? to_upper(d.rune) : to_lower(d.rune));
        i += size_t(d.width);
    }
    return out;
}

bool in_cutset(std::string_view cutset, int32_t r) {
    return index_rune(cutset, r) >= 0;
}

std::string_view trim_left(std::string_view s, std::string_view cutset) {
    while (!s.empty()) {
        DecodedRune d = decode_rune(s);
        if (!in_cutset(cutset, d.rune)) {
            break;
        }
        s.remove_prefix(size_t(d.width));
    }
    return s;
}

std::string_view trim_right(std::string_view s, std::string_view cutset) {
    while (!s.empty()) {
        DecodedRune d = decode_last_rune(s);
        if (!in_cutset(cutset, d.rune)) {
            break;
        }
        s.remove_suffix(size_t(d.width));
    }
    return s;
}

std::string_view trim_space(std::string_view s) {
    while (!s.empty()) {
        DecodedRune d = decode_rune(s);
        if (!is_space(d.rune)) {
            break;
        }
        s.remove_prefix(size_t(d.width));
    }
    while (!s.empty()) {
        DecodedRune d = decode_last_rune(s);
        if (!is_space(d.rune)) {
            break;
        }
        s.remove_suffix(size_t(d.width));
    }
    return s;
}

bool equal_fold(std::string_view s, std::string_view t) {
    size_t i = 0, j = 0;
    while (i < s.size() && j < t.size()) {
        DecodedRune a = decode_rune(s, i);
        DecodedRune b = decode_rune(t, j);
        i += size_t(a.width);
        j += size_t(b.width);
        if (a.rune == b.rune || to_lower(a.rune) == to_lower(b.rune) ||
            to_upper(a.rune) == to_upper(b.rune)) {
            continue;
        }
        return false;
    }
    return i == s.size() && j == t.size();
}

// Returns whether r ends a word for strings.Title: ASCII other than letters, digits and '_',
// or a space beyond ASCII.
bool is_title_separator(int32_t r) {
    if (r <= 0x7F) {
        return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
                 r == '_');
    }
    if (is_letter(r) || is_digit(r)) {
        return false;
    }
    return is_space(r);
}

// strings.Title and ToTitle: strings.Map with unicode.ToTitle, on every rune or on the first
// of each word. As in Map, each invalid byte becomes U+FFFD.
std::string title(std::string_view s, bool every_rune) {
    std::string out;
    out.reserve(s.size());
    int32_t prev = ' ';
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        bool first = every_rune || is_title_separator(prev);
        prev = d.rune;
        append_rune(out, first ? to_title(d.rune) : d.rune);
        i += size_t(d.width);
    }
    return out;
}

// strings.IndexAny and LastIndexAny: the first (last) rune of s that is in chars, where an
// invalid byte reads as U+FFFD.
int64_t index_any(std::string_view s, std::string_view chars, bool last) {
    if (chars.empty()) {
        return -1;
    }
    if (!last) {
        for (size_t i = 0; i < s.size();) {
            DecodedRune d = decode_rune(s, i);
            if (index_rune(chars, d.rune) >= 0) {
                return int64_t(i);
            }
            i += size_t(d.width);
        }
        return -1;
    }
    for (size_t i = s.size(); i > 0;) {
        DecodedRune d = decode_last_rune(s.substr(0, i));
        i -= size_t(d.width);
        if (index_rune(chars, d.rune) >= 0) {
            return int64_t(i);
        }
    }
    return -1;
}

} // namespace

bool call_strings(LibraryId id, LibraryCall& c) {
    auto str = [&](size_t i) { return c.string_arg(i); };
    auto push_bool = [&](bool b) { c.results.push_back(Value::make_bool(b)); };
    auto push_int = [&](int64_t n) { c.results.push_back(Value::make_int(n)); };
    auto push_str = [&](std::string_view s) { c.results.push_back(c.make_string(std::string(s))); };
    auto find = [](std::string_view s, std::string_view sub, bool last) -> int64_t {
        size_t i = last ? s.rfind(sub) : s.find(sub);
        return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
    };

    switch (id) {
    case LibraryId::StringsContains:
        push_bool(find(str(0), str(1), false) >= 0);
        return true;
    case LibraryId::StringsContainsRune:
        push_bool(index_rune(str(0), static_cast<int32_t>(c.args[1].i)) >= 0);
        return true;
    case LibraryId::StringsHasPrefix:
        push_bool(str(0).substr(0, str(1).size()) == str(1));
        return true;
    case LibraryId::StringsHasSuffix:
        push_bool(str(0).size() >= str(1).size() &&
                  str(0).substr(str(0).size() - str(1).size()) == str(1));
        return true;
    case LibraryId::StringsIndex:
        push_int(find(str(0), str(1), false));
        return true;
    case LibraryId::StringsIndexByte:
        push_int(find(str(0), std::string(1, static_cast<char>(c.args[1].i)), false));
        return true;
    case LibraryId::StringsLastIndex:
        push_int(find(str(0), str(1), true));
        return true;
    case LibraryId::StringsSplit:
        c.results.push_back(c.make_string_slice(split(str(0), str(1))));
        return true;
    case LibraryId::StringsFields:
        c.results.push_back(c.make_string_slice(fields(str(0))));
        return true;
    case LibraryId::StringsJoin: {
        std::string out;
        std::span<Value> elems = c.slice_elems(c.args[0]);
        for (size_t i = 0; i < elems.size(); i++) {
            if (i > 0) {
                out += str(1);
            }
            out += string_bytes(elems[i]);
        }
        push_str(out);
        return true;
    }
    case LibraryId::StringsRepeat: {
        int64_t n = c.args[1].i;
        if (n < 0) {
            c.panic = "strings: negative Repeat count";
            return true;
        }
        auto len = static_cast<int64_t>(str(0).size());
        // NOTE: Go's limit is the address space; ours is what one string may hold here.
        if (len > 0 && n > (int64_t(1) << 31) / len) {
            c.panic = "strings: Repeat count causes overflow";
            return true;
        }
        std::string out;
        out.reserve(static_cast<size_t>(len * n));
        for (int64_t i = 0; i < n; i++) {
            out += str(0);
        }
        push_str(out);
        return true;
    }
    case LibraryId::StringsReplace:
        push_str(replace(str(0), str(1), str(2), c.args[3].i));
        return true;
    case LibraryId::StringsReplaceAll:
        push_str(replace(str(0), str(1), str(2), -1));
        return true;
    case LibraryId::StringsToUpper:
        push_str(map_case(str(0), true));
        return true;
    case LibraryId::StringsToLower:
        push_str(map_case(str(0), false));
        return true;
    case LibraryId::StringsTrimSpace:
        push_str(trim_space(str(0)));
        return true;
    case LibraryId::StringsTrim:
        push_str(trim_right(trim_left(str(0), str(1)), str(1)));
        return true;
    case LibraryId::StringsTrimLeft:
        push_str(trim_left(str(0), str(1)));
        return true;
    case LibraryId::StringsTrimRight:
        push_str(trim_right(str(0), str(1)));
        return true;
    case LibraryId::StringsTrimPrefix: {
        std::string_view s = str(0);
        if (s.substr(0, str(1).size()) == str(1)) {
            s.remove_prefix(str(1).size());
        }
        push_str(s);
        return true;
    }
    case LibraryId::StringsTrimSuffix: {
        std::string_view s = str(0);
        if (s.size() >= str(1).size() && s.substr(s.size() - str(1).size()) == str(1)) {
            s.remove_suffix(str(1).size());
        }
        push_str(s);
        return true;
    }
    case LibraryId::StringsEqualFold:
        push_bool(equal_fold(str(0), str(1)));
        return true;
    case LibraryId::StringsCount:
        push_int(count(str(0), str(1)));
        return true;
    case LibraryId::StringsSplitN:
    case LibraryId::StringsSplitAfterN:
        if (c.args[2].i == 0) {
            c.results.push_back(Value{}); // nil, as Go returns for n == 0
            return true;
        }
        c.results.push_back(c.make_string_slice(split(
            str(0), str(1), id == LibraryId::StringsSplitAfterN ? str(1).size() : 0, c.args[2].i)));
        return true;
    case LibraryId::StringsSplitAfter:
        c.results.push_back(c.make_string_slice(split(str(0), str(1), str(1).size())));
        return true;
    case LibraryId::StringsCut: {
        int64_t i = find(str(0), str(1), false);
        if (i < 0) {
            push_str(str(0));
            push_str("");
            push_bool(false);
            return true;
        }
        push_str(str(0).substr(0, size_t(i)));
        push_str(str(0).substr(size_t(i) + str(1).size()));
        push_bool(true);
        return true;
    }
    case LibraryId::StringsTitle:
        push_str(title(str(0), false));
        return true;
    case LibraryId::StringsToTitle:
        push_str(title(str(0), true));
        return true;
    case LibraryId::StringsIndexAny:
        push_int(index_any(str(0), str(1), false));
        return true;
    case LibraryId::StringsIndexRune:
        push_int(index_rune(str(0), static_cast<int32_t>(c.args[1].i)));
        return true;
    case LibraryId::StringsLastIndexAny:
        push_int(index_any(str(0), str(1), true));
        return true;
    case LibraryId::StringsLastIndexByte:
        push_int(find(str(0), std::string(1, static_cast<char>(c.args[1].i)), true));
        return true;
    case LibraryId::StringsContainsAny:
        push_bool(index_any(str(0), str(1), false) >= 0);
        return true;
    case LibraryId::StringsCompare: {
        int cmp = str(0).compare(str(1));
        push_int(cmp < 0 ? -1 : cmp > 0 ? 1 : 0);
        return true;
    }
    default:
        return false;
    }
}

} // namespace golab
