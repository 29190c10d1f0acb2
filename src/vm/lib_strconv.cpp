// lib_strconv.cpp: package strconv (the functions library.h lists).
#include <string>

#include "vm/library.h"
#include "vm/text.h"

namespace golab {

namespace {

// Returns i in base 2..36 with lower-case digits, as strconv.FormatInt does.
std::string format_int(int64_t i, int base) {
    static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    // Work on the magnitude as unsigned, so the most negative int64 has one too.
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    std::string out;
    do {
        out.insert(out.begin(), kDigits[u % uint64_t(base)]);
        u /= uint64_t(base);
    } while (u != 0);
    if (i < 0) {
        out.insert(out.begin(), '-');
    }
    return out;
}

} // namespace

bool call_strconv(LibraryId id, LibraryCall& c) {
    switch (id) {
    case LibraryId::StrconvItoa:
        c.results.push_back(c.make_string(format_int(c.args[0].i, 10)));
        return true;
    case LibraryId::StrconvFormatInt: {
        int64_t base = c.args[1].i;
        if (base < 2 || base > 36) {
            c.panic = "strconv: illegal AppendInt/FormatInt base";
            return true;
        }
        c.results.push_back(c.make_string(format_int(c.args[0].i, int(base))));
        return true;
    }
    case LibraryId::StrconvQuote:
        c.results.push_back(c.make_string(quote_go_string(c.string_arg(0))));
        return true;
    default:
        return false;
    }
}

} // namespace golab
