// lib_strconv.cpp: package strconv (the functions library.h lists).
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "vm/format.h"
#include "vm/library.h"
#include "vm/text.h"

namespace golab {

namespace {

// Returns u in base 2..36 with lower-case digits, as strconv.FormatUint does.
std::string format_uint(uint64_t u, int base) {
    static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    do {
        out.insert(out.begin(), kDigits[u % uint64_t(base)]);
        u /= uint64_t(base);
    } while (u != 0);
    return out;
}

// Returns i as strconv.FormatInt does.
std::string format_int(int64_t i, int base) {
    // Work on the magnitude as unsigned, so the most negative int64 has one too.
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    return (i < 0 ? "-" : "") + format_uint(u, base);
}

} // namespace

namespace {

// A finite float's significand, the implicit leading bit made explicit, and the power of two
// of its leading bit's place: f = mant * 2^(exp - mant_bits), mant_bits 23 or 52 by bits.
struct FloatParts {
    uint64_t mant = 0;
    int exp = 0;
    int mant_bits = 52;
};

FloatParts float_parts(double f, int bits) {
    FloatParts p;
    uint64_t b = 0;
    int bias = 1023;
    int exp_mask = 0x7FF;
    if (bits == 32) {
        auto x = static_cast<float>(f);
        uint32_t b32 = 0;
        std::memcpy(&b32, &x, sizeof b32);
        b = b32;
        p.mant_bits = 23;
        bias = 127;
        exp_mask = 0xFF;
    } else {
        std::memcpy(&b, &f, sizeof b);
    }
    p.mant = b & ((uint64_t(1) << p.mant_bits) - 1);
    p.exp = int(b >> p.mant_bits) & exp_mask;
    if (p.exp == 0) {
        p.exp = 1; // subnormal: no implicit bit, the smallest exponent
    } else {
        p.mant |= uint64_t(1) << p.mant_bits;
    }
    p.exp -= bias;
    return p;
}

} // namespace

// Returns f as strconv.FormatFloat(f, 'b', -1, bits) does: the binary mantissa and exponent.
std::string format_float_binary(double f, int bits) {
    FloatParts p = float_parts(f, bits);
    int exp = p.exp - p.mant_bits;
    std::string out = std::signbit(f) ? "-" : "";
    out += std::to_string(p.mant) + "p" + (exp >= 0 ? "+" : "") + std::to_string(exp);
    return out;
}

// Returns f as strconv.FormatFloat(f, 'x' or 'X', prec, bits) does: "-0x1.8p+01", the
// mantissa rounded to prec hex digits (half to even), or as few as it needs when prec < 0.
std::string format_float_hex(double f, char fmt, int64_t prec, int bits) {
    auto [mant, exp, mant_bits] = float_parts(f, bits);
    if (mant == 0) {
        exp = 0;
    }

    // Put the leading 1 at bit 60, so that each hex digit after it is a nibble below.
    constexpr uint64_t kLead = uint64_t(1) << 60;
    mant <<= 60 - mant_bits;
    while (mant != 0 && (mant & kLead) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        auto shift = static_cast<unsigned>(prec * 4);
        uint64_t rest = (mant << shift) & (kLead - 1);
        mant >>= 60 - shift;
        if ((rest | (mant & 1)) > kLead / 2) {
            mant++;
        }
        mant <<= 60 - shift;
        if (mant & (kLead << 1)) { // rounding carried into a new leading digit
            mant >>= 1;
            exp++;
        }
    }

    const char* digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string out = std::signbit(f) ? "-" : "";
    out += '0';
    out += fmt;
    out += char('0' + ((mant >> 60) & 1));
    mant <<= 4;
    if ((prec < 0 && mant != 0) || prec > 0) {
        out += '.';
        for (int64_t i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
            out += digits[(mant >> 60) & 15];
            mant <<= 4;
        }
    }
    out += fmt == 'X' ? 'P' : 'p';
    out += exp < 0 ? '-' : '+';
    std::string e = std::to_string(exp < 0 ? -exp : exp);
    out += (e.size() < 2 ? "0" : "") + e;
    return out;
}

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
    case LibraryId::StrconvQuoteToASCII:
        c.results.push_back(c.make_string(quote_go_string(c.string_arg(0), true)));
        return true;
    case LibraryId::StrconvQuoteRune:
    case LibraryId::StrconvQuoteRuneToASCII:
        c.results.push_back(c.make_string(quote_go_rune(static_cast<int32_t>(c.args[0].i),
                                                        id == LibraryId::StrconvQuoteRuneToASCII)));
        return true;
    case LibraryId::StrconvFormatBool:
        c.results.push_back(c.make_string(c.args[0].b ? "true" : "false"));
        return true;
    case LibraryId::StrconvFormatUint: {
        int64_t base = c.args[1].i;
        if (base < 2 || base > 36) {
            c.panic = "strconv: illegal AppendInt/FormatInt base";
            return true;
        }
        c.results.push_back(
            c.make_string(format_uint(static_cast<uint64_t>(c.args[0].i), int(base))));
        return true;
    }
    case LibraryId::StrconvFormatFloat: {
        double f = c.args[0].f;
        auto fmt = static_cast<char>(c.args[1].i);
        int64_t prec = c.args[2].i;
        int64_t bits = c.args[3].i;
        if (bits != 32 && bits != 64) {
            c.panic = "strconv: illegal AppendFloat/FormatFloat bitSize";
            return true;
        }
        if (bits == 32) {
            f = static_cast<float>(f);
        }
        std::string out;
        if (std::isnan(f) || std::isinf(f)) {
            out = format_float(f, 'g', -1, int(bits)); // whatever fmt says
        } else if (fmt == 'b') {
            out = format_float_binary(f, int(bits));
        } else if (fmt == 'x' || fmt == 'X') {
            out = format_float_hex(f, fmt, std::min<int64_t>(prec, 1 << 20), int(bits));
        } else if (fmt == 'e' || fmt == 'E' || fmt == 'f' || fmt == 'g' || fmt == 'G') {
            out = format_float(f, fmt, prec < 0 ? -1 : int(std::min<int64_t>(prec, 1 << 20)),
                               int(bits));
        } else {
            out = std::string("%") + fmt;
        }
        c.results.push_back(c.make_string(std::move(out)));
        return true;
    }
    default:
        return false;
    }
}

} // namespace golab
