// format.cpp: Go's text forms of values (see format.h).
//
// Floats are formatted from the shortest decimal digits that read back to the
// same value, found with the C library's correctly rounded %e and strtod: the
// same digits Go's strconv picks, without a Ryu implementation of our own.
#include "vm/format.h"

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "vm/data.h"
#include "vm/go_time.h"
#include "vm/text.h"
#include "vm/vm.h"

namespace golab {
namespace {

// Returns the rune fmt's %q shows for an integer: out-of-range values become U+FFFD.
int32_t rune_of(int64_t c) {
    return static_cast<uint64_t>(c) > uint64_t(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
}

// Returns strconv.CanBackquote(s): whether s fits in a raw string literal unchanged.
bool can_backquote(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        DecodedRune d = decode_rune(s, i);
        i += size_t(d.width);
        if (d.width > 1) {
            if (d.rune == 0xFEFF) {
                return false;
            }
            continue;
        }
        if (d.rune == kRuneError || (d.rune < ' ' && d.rune != '\t') || d.rune == '`' ||
            d.rune == 0x7F) {
            return false;
        }
    }
    return true;
}

// Decimal digits of a float: value = 0.d1d2d3... x 10^point.
struct Digits {
    std::string digits; // no leading or trailing zeros; empty for zero
    int point = 0;
    bool negative = false;
};

// Parses the output of "%.*e" ("-1.2345e+03") into Digits.
Digits parse_e(const char* text) {
    Digits d;
    const char* p = text;
    if (*p == '-') {
        d.negative = true;
        p++;
    }
    std::string mantissa;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            mantissa += *p;
        }
    }
    int exp = (*p == 'e') ? std::atoi(p + 1) : 0;
    while (!mantissa.empty() && mantissa.back() == '0') {
        mantissa.pop_back();
    }
    if (mantissa.empty() || mantissa == "0") {
        d.digits.clear();
        d.point = 0;
        return d;
    }
    d.digits = mantissa;
    d.point = exp + 1;
    return d;
}

// Returns the shortest digits that read back as v (at float32 precision when bits == 32).
Digits shortest_digits(double v, int bits) {
    char buf[64];
    int max_digits = bits == 32 ? 9 : 17;
    for (int n = 1; n <= max_digits; n++) {
        std::snprintf(buf, sizeof buf, "%.*e", n - 1, v);
        bool exact = bits == 32 ? std::strtof(buf, nullptr) == static_cast<float>(v)
                                : std::strtod(buf, nullptr) == v;
        if (exact) {
            return parse_e(buf);
        }
    }
    std::snprintf(buf, sizeof buf, "%.*e", max_digits - 1, v);
    return parse_e(buf);
}

// Returns digits rounded to a fixed number of significant digits.
// Returns v printed by the C library with format ("%.*e" or "%.*f") and precision prec: the
// exact decimal digits, as Go gives them, however many prec asks for.
std::string print_exact(const char* format, int prec, double v) {
    int n = std::snprintf(nullptr, 0, format, prec, v);
    std::string out(size_t(std::max(n, 0)) + 1, '\0');
    std::snprintf(out.data(), out.size(), format, prec, v);
    out.pop_back();
    return out;
}

Digits precise_digits(double v, int significant) {
    return parse_e(print_exact("%.*e", significant > 0 ? significant - 1 : 0, v).c_str());
}

// %e with prec digits after the point, from Digits (padding with zeros).
std::string digits_to_e(const Digits& d, int prec, char e_char) {
    std::string out;
    std::string ds = d.digits.empty() ? "0" : d.digits;
    out += ds[0];
    if (prec > 0) {
        out += '.';
        for (int i = 1; i <= prec; i++) {
            out += i < static_cast<int>(ds.size()) ? ds[i] : '0';
        }
    }
    int exp = d.digits.empty() ? 0 : d.point - 1;
    out += e_char;
    out += exp < 0 ? '-' : '+';
    int a = exp < 0 ? -exp : exp;
    if (a < 10) {
        out += '0';
    }
    out += std::to_string(a);
    return out;
}

// %f with prec digits after the point (prec < 0: as many as the digits need).
std::string digits_to_f(const Digits& d, int prec) {
    std::string out;
    int n = static_cast<int>(d.digits.size());
    if (d.point > 0) {
        for (int i = 0; i < d.point; i++) {
            out += i < n ? d.digits[i] : '0';
        }
    } else {
        out += '0';
    }
    int frac = prec;
    if (prec < 0) {
        frac = n - d.point > 0 ? n - d.point : 0;
    }
    if (frac > 0) {
        out += '.';
        for (int i = 0; i < frac; i++) {
            int k = d.point + i;
            out += (k >= 0 && k < n) ? d.digits[k] : '0';
        }
    }
    return out;
}

void append_padded(std::string& out, std::string_view s, int width, bool minus, bool zero) {
    // Go pads to a width in runes, not bytes.
    int pad = width - static_cast<int>(rune_count(s));
    if (pad <= 0) {
        out += s;
        return;
    }
    if (minus) {
        out += s;
        out.append(pad, ' ');
        return;
    }
    if (zero) {
        // Zero padding goes after the sign.
        size_t sign = (!s.empty() && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) ? 1 : 0;
        out += s.substr(0, sign);
        out.append(pad, '0');
        out += s.substr(sign);
        return;
    }
    out.append(pad, ' ');
    out += s;
}

bool is_unsigned(IntKind k) {
    return k >= IntKind::Uint;
}

const TypeInfo* type_of(const Program& program, const Value& v) {
    if (v.type <= kNoType || v.type >= static_cast<TypeId>(program.types.size())) {
        return nullptr;
    }
    return &program.types[v.type];
}

// Where fmt says things live. Go prints machine addresses; ours have the same shape (heap
// objects from 0xc000000000, functions in a text segment near 0x480000, package variables in
// a data segment near 0x560000), differ between objects that differ, and stay put.
constexpr uint64_t kHeapBase = 0xc000000000;
constexpr uint64_t kTextBase = 0x480000;
constexpr uint64_t kDataBase = 0x560000;
// Where time.Local's Location lies, for a time printed as data (see print_time_fields).
constexpr uint64_t kLocalLocation = kDataBase + 0x9e0;

uint64_t object_address(const Object* o) {
    if (o->address != 0) {
        return kHeapBase + uint64_t(o->address) * 16;
    }
    // An object the Program owns (a constant, a library value) was never adopted: below the
    // heap, from where it lies in the host's memory.
    return kHeapBase - 0x40000000 + (reinterpret_cast<uintptr_t>(o) & 0x3ffffff0);
}

// Returns the address fmt prints for a pointer, channel, map, slice or function value; 0
// for nil. An element or field is 8 bytes past the one before it.
uint64_t value_address(const Value& v) {
    if (v.kind != ValueKind::Object || !v.obj) {
        return 0;
    }
    const Object* o = v.obj;
    switch (o->kind) {
    case ObjectKind::Closure:
        // Go prints a function's code address: closures of one function literal share it.
        return kTextBase + 0x20 * uint64_t(static_cast<const ClosureObject*>(o)->function);
    case ObjectKind::Slice: {
        const auto* s = static_cast<const SliceObject*>(o);
        return s->array ? object_address(s->array) + 8 * uint64_t(s->offset) : kDataBase;
    }
    case ObjectKind::Ref: {
        const auto* r = static_cast<const RefObject*>(o);
        return r->container ? object_address(r->container) + 8 * uint64_t(r->index)
                            : kDataBase + 16 * uint64_t(r->index);
    }
    default:
        return object_address(o);
    }
}

// Formatting state for one verb, as fmt parses it.
struct Spec {
    bool plus = false, minus = false, sharp = false, space = false, zero = false;
    bool plus_v = false; // %+v: field names, and no sign for numbers
    int width = -1;
    int prec = -1;
    char verb = 'v';
    // A verb of more than one byte (a non-ASCII letter) is always a bad verb: verb holds
    // kWideVerb, which matches nothing, and wide_verb its text for the error.
    std::string_view wide_verb;
};

constexpr char kWideVerb = '\x01';

// Appends the verb of spec as fmt's error texts show it.
void append_verb(std::string& out, const Spec& spec) {
    if (spec.verb == kWideVerb) {
        out += spec.wide_verb;
    } else {
        out += spec.verb;
    }
}

// Composite values print with an explicit work list, not by recursion in C++: a learner's
// value may nest 100,000 levels deep, which Go prints, and a browser worker's stack (1 MB of
// V8's) would not hold that many C++ frames.
class Printer {
    // What an open level's parts are.
    enum class Shape : uint8_t {
        Elements, // a slice's or array's elements
        Map,      // a map's keys and values, alternating, in map_parts_
        Struct,   // a struct's fields
    };
    // A composite value on the work list, part of the way printed.
    struct Level {
        const TypeInfo* type;
        Value value;
        Spec spec; // what its parts print with
        Shape shape;
        int depth;          // depth_ of the value itself
        bool methods;       // methods_ where the value was reached
        uint32_t next;      // the part that prints next
        uint32_t count;     // how many parts it has
        size_t parts_begin; // Map: where its keys and values start in map_parts_
    };

  public:
    explicit Printer(const Program& program, MethodCaller* caller = nullptr)
        : program_(program), caller_(caller), owner_(caller),
          outer_depth_(caller ? caller->nesting() : 0) {}

    std::string out;
    bool failed = false; // a String or Error method panicked, or the value nests too deep

    // Appends v formatted by spec.
    void print_arg(const Value& v, const Spec& spec) {
        // Once failed, nothing more is printed: a value holding itself twice would otherwise
        // be walked again for its second reference.
        if (failed) {
            return;
        }
        const size_t base = levels_.size();
        const size_t parts = map_parts_.size();
        const int depth = depth_;
        const bool methods = methods_;

        // The value's own text, or the opening of a composite value and a level for it;
        // then every open level's parts, innermost first, until the value is closed.
        print_one(v, spec);
        while (levels_.size() > base && !failed) {
            print_next_part();
        }
        levels_.resize(base);
        map_parts_.resize(parts);
        depth_ = depth;
        methods_ = methods;
        caller_ = methods ? owner_ : nullptr;
    }

  private:
    // Prints v if it is not composite; a composite value gets its opening text and a level
    // on the work list, whose parts print_arg's loop prints next.
    void print_one(const Value& v, const Spec& spec) {
        const TypeInfo* t = type_of(program_, v);
        if (spec.verb == 'T') {
            append_padded(out, t ? t->name : "<nil>", spec.width, spec.minus, false);
            return;
        }
        if (!t) {
            if (spec.verb == 'v') {
                append_padded(out, "<nil>", spec.width, spec.minus, false);
            } else {
                bad_verb(v, spec);
            }
            return;
        }
        // %p prints where the operand lives, whatever methods it has.
        if (spec.verb == 'p' && depth_ == 0) {
            format_address(*t, v, spec);
            return;
        }
        // %#v asks a GoStringer for its text, and nothing else.
        if (spec.verb == 'v' && spec.sharp && t->kind == TypeKind::Time && methods_ && !erroring_) {
            out += time_go_string(time_of(v, epoch_ns()));
            return;
        }
        if (spec.verb == 'v' && spec.sharp && t->go_string_function >= 0 && caller_ && !failed) {
            call_text_method(v, *t, t->go_string_function, "GoString", spec);
            return;
        }
        // A Stringer is asked for its text for %v and %s (and %q).
        bool text_verb = (spec.verb == 'v' && !spec.sharp) || spec.verb == 's' ||
                         spec.verb == 'q' || spec.verb == 'x' || spec.verb == 'X';
        text_verb = text_verb && !erroring_;
        if (t->string_native >= 0 && text_verb && methods_) {
            format_string_verb(library_text(t->string_native, v), spec, v);
            return;
        }
        // An error's Error() comes before a Stringer's String(), as in fmt.
        int32_t method = t->error_function >= 0 ? t->error_function : t->string_function;
        if (method >= 0 && text_verb && caller_ && !failed) {
            call_text_method(v, *t, method, t->error_function >= 0 ? "Error" : "String", spec);
            return;
        }
        if (spec.verb == 'v' && spec.sharp && print_go_syntax(*t, v)) {
            return;
        }
        switch (t->kind) {
        case TypeKind::Bool:
            if (spec.verb == 'v' || spec.verb == 't') {
                append_padded(out, v.b ? "true" : "false", spec.width, spec.minus, false);
            } else {
                bad_verb(v, spec);
            }
            return;
        case TypeKind::Int:
            format_int(*t, v, spec);
            return;
        case TypeKind::Float32:
        case TypeKind::Float64:
            format_float_verb(v.f, t->kind == TypeKind::Float32 ? 32 : 64, spec, v);
            return;
        case TypeKind::String:
            format_string_verb(std::string(string_bytes(v)), spec, v);
            return;
        case TypeKind::Slice:
            format_slice(*t, v, spec);
            return;
        case TypeKind::Map:
            format_map(*t, v, spec);
            return;
        case TypeKind::Time:
            // Reached as data, or by a verb that is not for text: time.Time's own fields.
            print_time_fields(v, spec);
            return;
        case TypeKind::Struct:
            format_struct(*t, v, spec);
            return;
        case TypeKind::Array:
            format_slice(*t, v, spec);
            return;
        case TypeKind::Pointer:
            format_pointer(*t, v, spec);
            return;
        case TypeKind::Mutex:
        case TypeKind::RWMutex:
        case TypeKind::WaitGroup:
        case TypeKind::Atomic:
        case TypeKind::AtomicBool: {
            GoField fields = sync_fields(*t, v);
            fields.type = t->name.c_str();
            print_go_field(fields, spec);
            return;
        }
        case TypeKind::Func:
        case TypeKind::Chan:
            format_address(*t, v, spec);
            return;
        default:
            append_padded(out, "{}", spec.width, spec.minus, false);
            return;
        }
    }

    // Appends what the String, Error or GoString method `method` of v returns, formatted by
    // spec as a string, or what fmt prints when that method panics.
    void call_text_method(const Value& v, const TypeInfo& t, int32_t method, const char* name,
                          const Spec& spec) {
        std::string text;
        switch (caller_->call_format_method(v, method, outer_depth_ + 1, text)) {
        case MethodCaller::Outcome::Returned:
            format_string_verb(text, spec, v);
            return;
        case MethodCaller::Outcome::Failed:
        case MethodCaller::Outcome::Stopped:
            failed = true;
            return;
        case MethodCaller::Outcome::Panicked:
            // fmt's catchPanic: a nil pointer receiver prints as <nil>, anything else
            // names the method and the panic; neither is padded.
            if (t.kind == TypeKind::Pointer && v.kind == ValueKind::Nil) {
                out += "<nil>";
                return;
            }
            out += "%!";
            append_verb(out, spec);
            out += "(PANIC=";
            out += name;
            out += " method: ";
            out += text;
            out += ')';
            return;
        }
    }

    // Appends a sync or atomic value's field f as fmt prints a struct: each number by the
    // verb, %+v with names, %#v as Go syntax (unsigned numbers in hex).
    void print_go_field(const GoField& f, const Spec& spec) {
        if (!f.is_struct) {
            if (spec.verb == 'v' && spec.sharp) {
                char buf[32];
                std::snprintf(buf, sizeof buf, is_unsigned(f.int_kind) ? "0x%" PRIx64 : "%" PRId64,
                              f.number);
                out += buf;
                return;
            }
            static constexpr std::string_view kIntVerbs = "vdxXoObcqU";
            if (kIntVerbs.find(spec.verb) == std::string_view::npos) {
                out += "%!";
                append_verb(out, spec);
                out += '(';
                out += is_unsigned(f.int_kind) ? "uint" : "int";
                out += f.int_kind == IntKind::Int64 || f.int_kind == IntKind::Uint64 ? "64" : "32";
                out += '=' + std::to_string(f.number) + ')';
                return;
            }
            TypeInfo number;
            number.kind = TypeKind::Int;
            number.int_kind = f.int_kind;
            format_int(number, Value::make_int(f.number), spec);
            return;
        }
        if (spec.verb == 'v' && spec.sharp) {
            out += f.type;
        }
        out += '{';
        for (size_t i = 0; i < f.fields.size(); i++) {
            if (i > 0) {
                out += spec.verb == 'v' && spec.sharp ? ", " : " ";
            }
            if (spec.plus_v || (spec.verb == 'v' && spec.sharp)) {
                out += f.fields[i].name;
                out += ':';
            }
            print_go_field(f.fields[i], spec);
        }
        out += '}';
    }

    // Returns the Unix time in ns when the program clock read 0 (see MethodCaller).
    int64_t epoch_ns() const { return owner_ ? owner_->wall_epoch_ns() : 0; }

    // Appends a time.Time as fmt prints the struct Go declares for it: {wall ext loc}, the
    // 64 bits that hold the nanoseconds (and seconds, with a monotonic reading), the
    // seconds since year 1 (or the monotonic reading), and the *Location.
    void print_time_fields(const Value& v, const Spec& spec) {
        // Seconds from year 1 (Go's "internal" epoch) to 1885, where a wall that holds its
        // seconds counts them from.
        constexpr int64_t kUnixToInternal = -kZeroTimeUnix;
        constexpr int64_t kWallToInternal = 59453308800;
        const GoTime t = time_of(v, epoch_ns());
        uint64_t wall = uint64_t(t.nsec);
        int64_t ext = t.sec + kUnixToInternal;
        // NOTE: Go's times are in the Local zone, except those made with time.UTC or the UTC
        // method, whose loc is nil. We keep no zone: a time.Now reading counts as Local
        // (its loc, our stand-in for &time.localLoc), every other time as UTC.
        uint64_t loc = 0;
        if (t.has_mono) {
            wall |= uint64_t{1} << 63 | uint64_t(t.sec + kUnixToInternal - kWallToInternal) << 30;
            ext = t.mono;
            loc = kLocalLocation;
        }
        const auto number = [](IntKind kind, int64_t n) {
            GoField f;
            f.int_kind = kind;
            f.number = n;
            return f;
        };
        const bool go_syntax = spec.verb == 'v' && spec.sharp;
        if (go_syntax) {
            out += "time.Time";
        }
        out += '{';
        const char* sep = go_syntax ? ", " : " ";
        const bool names = go_syntax || spec.plus_v;
        out += names ? "wall:" : "";
        print_go_field(number(IntKind::Uint64, int64_t(wall)), spec);
        out += sep;
        out += names ? "ext:" : "";
        print_go_field(number(IntKind::Int64, ext), spec);
        out += sep;
        out += names ? "loc:" : "";
        if (go_syntax) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "0x%" PRIx64, loc);
            out += "(*time.Location)(";
            out += loc ? buf : "nil";
            out += ')';
        } else if (spec.verb == 'v') {
            if (loc == 0) {
                append_padded(out, "<nil>", spec.width, spec.minus, false);
            } else {
                format_hex_address(loc, !spec.sharp, spec);
            }
        } else {
            print_go_field(number(IntKind::Uint64, int64_t(loc)), spec);
        }
        out += '}';
    }

    // Returns the String of a library type that has a native one (TypeInfo::string_native).
    std::string library_text(int32_t native, const Value& v) const {
        switch (NativeId(native)) {
        case NativeId::TimeMonthString:
            return month_string(v.i);
        case NativeId::TimeWeekdayString:
            return weekday_string(v.i);
        case NativeId::TimeTimeString:
            return time_string(time_of(v, epoch_ns()));
        default:
            return format_duration(v.i);
        }
    }

  public:
    // Appends %!verb(type=value), Go's text for a verb that does not fit the operand.
    void bad_verb(const Value& v, const Spec& spec) {
        const TypeInfo* t = type_of(program_, v);
        out += "%!";
        append_verb(out, spec);
        out += '(';
        if (!t) {
            out += "<nil>";
        } else {
            out += t->name;
            out += '=';
            // As fmt's badVerb: the value as %v with the same flags, width and precision, and
            // no String or Error method while printing a mistake.
            bool was_erroring = erroring_;
            erroring_ = true;
            Spec as_v = spec;
            as_v.verb = 'v';
            as_v.wide_verb = {};
            print_arg(v, as_v);
            erroring_ = was_erroring;
        }
        out += ')';
    }

  private:
    bool erroring_ = false; // inside bad_verb

    void format_int(const TypeInfo& t, const Value& v, const Spec& spec) {
        uint64_t mag;
        bool neg = false;
        if (is_unsigned(t.int_kind)) {
            mag = static_cast<uint64_t>(v.i);
        } else {
            neg = v.i < 0;
            mag = neg ? 0 - static_cast<uint64_t>(v.i) : static_cast<uint64_t>(v.i);
        }
        std::string body;
        switch (spec.verb) {
        case 'v':
        case 'd':
            body = std::to_string(mag);
            break;
        case 'x':
        case 'X':
        case 'o':
        case 'O':
        case 'b': {
            int base = spec.verb == 'o' || spec.verb == 'O' ? 8 : spec.verb == 'b' ? 2 : 16;
            const char* digits = spec.verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            do {
                body.insert(body.begin(), digits[mag % base]);
                mag /= base;
            } while (mag);
            if (spec.verb == 'O') {
                body.insert(0, "0o"); // %O always has its prefix
            } else if (spec.sharp) {
                body.insert(0, spec.verb == 'o'   ? "0"
                               : spec.verb == 'b' ? "0b"
                               : spec.verb == 'X' ? "0X"
                                                  : "0x");
            }
            break;
        }
        case 'c':
            append_padded(out, encode_rune(v.i), spec.width, spec.minus, false);
            return;
        case 'q':
            append_padded(out, quote_go_rune(rune_of(v.i), spec.plus), spec.width, spec.minus,
                          spec.zero);
            return;
        case 'U': {
            char buf[32];
            std::snprintf(buf, sizeof buf, "U+%04" PRIX64, static_cast<uint64_t>(v.i));
            std::string text = buf;
            // %#U adds the character itself when it prints.
            if (spec.sharp && v.i >= 0 && v.i <= kMaxRune && is_print(int32_t(v.i))) {
                text += " '" + encode_rune(v.i) + "'";
            }
            append_padded(out, text, spec.width, spec.minus, false);
            return;
        }
        default:
            bad_verb(v, spec);
            return;
        }
        if (spec.prec >= 0) {
            while (static_cast<int>(body.size()) < spec.prec) {
                body.insert(body.begin(), '0');
            }
        }
        std::string sign = neg ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        append_padded(out, sign + body, spec.width, spec.minus, spec.zero && spec.prec < 0);
    }

    // As fmt's fmtFloat: strconv's text, a sign as the flags ask, '#' keeping the point and
    // trailing zeros, and zero padding after the sign.
    void format_float_verb(double f, int bits, const Spec& spec, const Value& v) {
        char verb = spec.verb;
        int prec = -1;
        switch (verb) {
        case 'v':
            verb = 'g';
            break;
        case 'b':
        case 'g':
        case 'G':
        case 'x':
        case 'X':
            break;
        case 'F':
            verb = 'f';
            prec = 6;
            break;
        case 'f':
        case 'e':
        case 'E':
            prec = 6;
            break;
        default:
            bad_verb(v, spec);
            return;
        }
        if (spec.prec >= 0) {
            prec = spec.prec;
        }
        std::string num = format_float(f, verb, prec, bits);
        if (num[0] != '-' && num[0] != '+') {
            num.insert(num.begin(), '+');
        }
        if (spec.space && num[0] == '+' && !spec.plus) {
            num[0] = ' ';
        }
        if (num[1] == 'I' || num[1] == 'N') {
            // Neither is padded with zeros; NaN shows a sign only when one is asked for.
            std::string_view text = num;
            if (num[1] == 'N' && !spec.space && !spec.plus) {
                text.remove_prefix(1);
            }
            append_padded(out, text, spec.width, spec.minus, false);
            return;
        }
        // NOTE: with %v, '#' asks for Go syntax (fmt's sharpV), which for a float is %g.
        if (spec.sharp && spec.verb != 'v' && verb != 'b') {
            keep_point_and_zeros(num, verb, prec);
        }
        std::string_view text = num;
        if (!spec.plus && num[0] == '+') {
            text.remove_prefix(1); // no sign to show
        }
        append_padded(out, text, spec.width, spec.minus, spec.zero);
    }

    // '#' on a float (Go's fmtFloat): the text keeps its decimal point, and %g, %G, %v and %x
    // keep trailing zeros up to the precision (6 when none was given). num starts with a sign.
    static void keep_point_and_zeros(std::string& num, char verb, int prec) {
        int digits = 0;
        if (verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec == -1 ? 6 : prec;
        }
        std::string tail;
        bool has_point = false;
        bool saw_nonzero = false;
        for (size_t i = 1; i < num.size(); i++) {
            char ch = num[i];
            if (ch == '.') {
                has_point = true;
            } else if (ch == 'p' || ch == 'P' ||
                       ((ch == 'e' || ch == 'E') && verb != 'x' && verb != 'X')) {
                tail = num.substr(i);
                num.resize(i);
                break;
            } else {
                saw_nonzero = saw_nonzero || ch != '0';
                digits -= saw_nonzero ? 1 : 0; // significant digits from the first nonzero one
            }
        }
        if (!has_point) {
            if (num.size() == 2 && num[1] == '0') {
                digits--; // a lone 0 counts once
            }
            num += '.';
        }
        if (digits > 0) {
            num.append(size_t(digits), '0');
        }
        num += tail;
    }

    void format_string_verb(const std::string& s, const Spec& spec, const Value& v) {
        // For %v, %s and %q the precision counts runes, and cuts the text before quoting.
        std::string_view text = s;
        if (spec.prec >= 0) {
            size_t end = 0;
            for (int n = 0; n < spec.prec && end < text.size(); n++) {
                end += size_t(decode_rune(text, end).width);
            }
            text = text.substr(0, end);
        }
        switch (spec.verb) {
        case 'v':
        case 's':
            append_padded(out, text, spec.width, spec.minus, spec.zero);
            return;
        case 'q':
            // '#' prefers a raw string; '+' quotes to ASCII.
            append_padded(out,
                          spec.sharp && can_backquote(text) ? "`" + std::string(text) + "`"
                                                            : quote_go_string(text, spec.plus),
                          spec.width, spec.minus, spec.zero);
            return;
        case 'x':
        case 'X': {
            // As fmt's fmtSbx: the precision counts bytes; '#' puts 0x before the whole (or,
            // with ' ', before each byte).
            const char* digits = spec.verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            size_t length = s.size();
            if (spec.prec >= 0 && size_t(spec.prec) < length) {
                length = size_t(spec.prec);
            }
            std::string hex;
            if (spec.sharp && length > 0) {
                hex += '0';
                hex += spec.verb;
            }
            for (size_t i = 0; i < length; i++) {
                if (spec.space && i > 0) {
                    hex += ' ';
                    if (spec.sharp) {
                        hex += '0';
                        hex += spec.verb;
                    }
                }
                auto c = static_cast<unsigned char>(s[i]);
                hex += digits[c >> 4];
                hex += digits[c & 15];
            }
            append_padded(out, hex, spec.width, spec.minus, spec.zero);
            return;
        }
        default:
            bad_verb(v, spec);
            return;
        }
    }

    // Returns whether map key a sorts before b, as fmt orders keys when it prints a map:
    // numbers and strings by value (NaNs first), false before true, interfaces by dynamic
    // type (nil first) then value, structs and arrays field by field, element by element.
    // NOTE: keys nest as deep as values do, so the walk keeps its own list, not recursion.
    bool key_less(TypeId type, const Value& a, const Value& b) const {
        struct Pair {
            TypeId type;
            Value a, b;
        };
        std::vector<Pair> todo{{type, a, b}};
        while (!todo.empty()) {
            Pair p = todo.back();
            todo.pop_back();
            const TypeInfo& t = program_.types[p.type];
            int order = 0; // -1: p.a first, 1: p.b first
            switch (t.kind) {
            case TypeKind::Bool:
                order = int(p.a.b) - int(p.b.b);
                break;
            case TypeKind::Int:
                if (t.int_kind >= IntKind::Uint) {
                    order = three_way(static_cast<uint64_t>(p.a.i), static_cast<uint64_t>(p.b.i));
                } else {
                    order = three_way(p.a.i, p.b.i);
                }
                break;
            case TypeKind::Float32:
            case TypeKind::Float64: {
                const bool nan_a = p.a.f != p.a.f, nan_b = p.b.f != p.b.f;
                order = nan_a || nan_b ? int(nan_b) - int(nan_a) : three_way(p.a.f, p.b.f);
                break;
            }
            case TypeKind::String:
                order = string_bytes(p.a).compare(string_bytes(p.b));
                break;
            case TypeKind::Interface:
                if (p.a.type != p.b.type) {
                    return p.a.type < p.b.type;
                }
                if (p.a.type != kNoType) {
                    todo.push_back({p.a.type, p.a, p.b});
                }
                break;
            case TypeKind::Struct: {
                auto* x = static_cast<StructObject*>(p.a.obj);
                auto* y = static_cast<StructObject*>(p.b.obj);
                for (size_t i = x && y ? t.fields.size() : 0; i-- > 0;) {
                    todo.push_back({t.fields[i].type, x->fields[i], y->fields[i]});
                }
                break;
            }
            case TypeKind::Array: {
                std::span<const Value> x = elements(p.a), y = elements(p.b);
                for (size_t i = std::min(x.size(), y.size()); i-- > 0;) {
                    todo.push_back({t.elem, x[i], y[i]});
                }
                break;
            }
            default:
                break;
            }
            if (order != 0) {
                return order < 0;
            }
        }
        return false;
    }

    template <typename N> static int three_way(N x, N y) { return x < y ? -1 : y < x ? 1 : 0; }

    // Returns a map's live entries with the keys in fmt's order.
    std::vector<const MapEntry*> sorted_entries(const TypeInfo& t, const Value& v) const {
        auto* m = v.kind == ValueKind::Object ? static_cast<MapObject*>(v.obj) : nullptr;
        std::vector<const MapEntry*> entries;
        if (m) {
            for (const MapEntry& e : m->entries) {
                if (e.live) {
                    entries.push_back(&e);
                }
            }
        }
        std::stable_sort(entries.begin(), entries.end(), [&](const MapEntry* a, const MapEntry* b) {
            return key_less(t.key, a->key, b->key);
        });
        return entries;
    }

    // map[k1:v1 k2:v2] with the keys in fmt's order.
    void format_map(const TypeInfo& t, const Value& v, const Spec& spec) {
        out += "map[";
        open_map(t, v, spec, Shape::Map);
    }

    // Opens a level for a map's entries: its keys and values, in fmt's order, are copied
    // first, as fmt does, so that a String method that changes the map cannot move them.
    void open_map(const TypeInfo& t, const Value& v, const Spec& spec, Shape shape) {
        size_t first = map_parts_.size();
        for (const MapEntry* e : sorted_entries(t, v)) {
            map_parts_.push_back(e->key);
            map_parts_.push_back(e->value);
        }
        open_level(shape, t, v, spec, map_parts_.size() - first, first);
    }

    // Returns the elements of a slice or array value.
    static std::span<const Value> elements(const Value& v) {
        if (v.kind != ValueKind::Object || !v.obj) {
            return {};
        }
        if (v.obj->kind == ObjectKind::Array) {
            return static_cast<ArrayObject*>(v.obj)->elems;
        }
        auto* slice = static_cast<SliceObject*>(v.obj);
        return std::span<const Value>(slice->array->elems.data() + slice->offset,
                                      static_cast<size_t>(slice->len));
    }

    // Gives a value read from a field or element of static type t its type,
    // unless t is an interface (then the value carries its dynamic type).
    Value typed(Value v, TypeId t) const {
        if (program_.types[t].kind != TypeKind::Interface) {
            v.type = t;
        }
        return v;
    }

    static bool is_exported(const std::string& name) {
        return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
    }

    // Puts a composite value whose opening text is printed on the work list, with `count`
    // parts to print (map_parts_[parts...] for a map); an empty one is closed at once.
    // NOTE: fmt applies width and flags to each element, not to the whole: parts print
    // with the value's own spec (%#v's parts with a bare %#v).
    void open_level(Shape shape, const TypeInfo& t, const Value& v, const Spec& spec, size_t count,
                    size_t parts = 0) {
        if (count == 0) {
            out += closing(shape, spec);
            return;
        }
        // Go's walk nests on its goroutine stack and overflows it somewhere below
        // kMaxPrintDepth levels (a value that holds itself gets there); ours may also not
        // outgrow the memory the run has left.
        if (levels_.size() >= kMaxPrintDepth ||
            (levels_.size() % kRoomCheckLevels == 0 && owner_ && !owner_->has_room(walk_bytes()))) {
            failed = true;
            if (owner_) {
                owner_->value_too_deep();
            }
            return;
        }
        levels_.push_back(Level{&t, v, spec, shape, depth_, methods_, 0, uint32_t(count), parts});
    }

    // Returns the character that closes a composite value: [1 2], map[a:1], {1 2}, []int{1, 2}.
    static char closing(Shape shape, const Spec& spec) {
        return shape == Shape::Struct || (spec.sharp && spec.verb == 'v') ? '}' : ']';
    }

    // Returns the bytes the walk holds now: its levels, their map entries and the text.
    int64_t walk_bytes() const {
        return int64_t(levels_.capacity() * sizeof(Level) + map_parts_.capacity() * sizeof(Value) +
                       out.capacity());
    }

    // Prints the next part of the innermost open level (after its separator), or closes the
    // level when it has none left.
    void print_next_part() {
        Level& level = levels_.back();
        if (level.next == level.count) {
            out += closing(level.shape, level.spec);
            map_parts_.resize(level.parts_begin);
            levels_.pop_back();
            return;
        }
        const uint32_t i = level.next++;
        const TypeInfo& t = *level.type;
        const bool go_syntax = level.spec.sharp && level.spec.verb == 'v';
        depth_ = level.depth + 1;
        methods_ = level.methods;
        const Spec spec = level.spec; // `level` moves when the part opens a level of its own
        Value part;
        switch (level.shape) {
        case Shape::Elements: {
            std::span<const Value> elems = elements(level.value);
            if (i >= elems.size()) {
                return; // NOTE: fixed when opened; an array's elements never go away
            }
            if (i > 0) {
                out += go_syntax ? ", " : " ";
            }
            part = typed(elems[i], t.elem);
            break;
        }
        case Shape::Map:
            // Parts alternate: key, value.
            if (i % 2 == 1) {
                out += ':';
                part = typed(map_parts_[level.parts_begin + i], t.elem);
                break;
            }
            if (i > 0) {
                out += go_syntax ? ", " : " ";
            }
            part = typed(map_parts_[level.parts_begin + i], t.key);
            break;
        case Shape::Struct: {
            const std::string& name = t.fields[i].name;
            if (i > 0) {
                out += go_syntax ? ", " : " ";
            }
            if (spec.plus_v || go_syntax) {
                out += name;
                out += ':';
            }
            if (!is_exported(name)) {
                methods_ = false; // fmt cannot reach methods of unexported fields
            }
            part = typed(static_cast<StructObject*>(level.value.obj)->fields[i], t.fields[i].type);
            break;
        }
        }
        caller_ = methods_ ? owner_ : nullptr;
        print_one(part, spec);
    }

    void format_slice(const TypeInfo& t, const Value& v, const Spec& spec) {
        // Bytes (any element type whose kind is uint8) print as text for %s %q %x %X.
        const TypeInfo& elem = program_.types[static_cast<size_t>(t.elem)];
        bool text_verb =
            spec.verb == 's' || spec.verb == 'q' || spec.verb == 'x' || spec.verb == 'X';
        if (text_verb && elem.kind == TypeKind::Int && elem.int_kind == IntKind::Uint8) {
            std::string bytes;
            for (const Value& b : elements(v)) {
                bytes += static_cast<char>(b.i);
            }
            format_string_verb(bytes, spec, v);
            return;
        }
        out += '[';
        open_level(Shape::Elements, t, v, spec, elements(v).size());
    }

    // {1 2}, or {X:1 Y:2} for %+v.
    void format_struct(const TypeInfo& t, const Value& v, const Spec& spec) {
        out += '{';
        open_level(Shape::Struct, t, v, spec, v.obj ? t.fields.size() : 0);
    }

    // &{1 2} at the top level; deeper down Go prints the address.
    void format_pointer(const TypeInfo& t, const Value& v, const Spec& spec) {
        if (v.kind == ValueKind::Nil) {
            append_padded(out, "<nil>", spec.width, spec.minus, false);
            return;
        }
        TypeKind ek = program_.types[t.elem].kind;
        if (depth_ == 0 && (ek == TypeKind::Struct || ek == TypeKind::Array || is_sync_kind(ek))) {
            out += '&';
            Value target = v;
            target.type = t.elem;
            print_pointee(target, spec);
            return;
        }
        // A pointer to a slice or a map variable: &[1 2], &map[a:1].
        if (depth_ == 0 && (ek == TypeKind::Slice || ek == TypeKind::Map) &&
            v.obj->kind == ObjectKind::Cell) {
            out += '&';
            print_pointee(typed(static_cast<const CellObject*>(v.obj)->value, t.elem), spec);
            return;
        }
        format_address(t, v, spec);
    }

    // Prints what a pointer operand points to, one level down (a level it opens keeps that
    // depth).
    void print_pointee(const Value& target, const Spec& spec) {
        depth_++;
        print_one(target, spec);
        depth_--;
    }

    // fmt's fmtPointer: the address of a pointer, channel, function, map or slice.
    void format_address(const TypeInfo& t, const Value& v, const Spec& spec) {
        const bool addressable = t.kind == TypeKind::Pointer || t.kind == TypeKind::Chan ||
                                 t.kind == TypeKind::Func || t.kind == TypeKind::Map ||
                                 t.kind == TypeKind::Slice;
        if (!addressable) {
            bad_verb(v, spec);
            return;
        }
        const uint64_t u = value_address(v);
        switch (spec.verb) {
        case 'v':
            if (spec.sharp) {
                out += "(" + t.name + ")(";
                if (u == 0) {
                    out += "nil";
                } else {
                    char buf[32];
                    std::snprintf(buf, sizeof buf, "0x%" PRIx64, u);
                    out += buf;
                }
                out += ')';
            } else if (u == 0) {
                append_padded(out, "<nil>", spec.width, spec.minus, false);
            } else {
                format_hex_address(u, true, spec);
            }
            return;
        case 'p':
            format_hex_address(u, !spec.sharp, spec);
            return;
        case 'b':
        case 'o':
        case 'd':
        case 'x':
        case 'X': {
            TypeInfo number;
            number.kind = TypeKind::Int;
            number.int_kind = IntKind::Uint64;
            format_int(number, Value::make_int(int64_t(u)), spec);
            return;
        }
        default:
            bad_verb(v, spec);
            return;
        }
    }

    // fmt's fmt0x64: u in hex, with 0x before it when asked, padded as spec says.
    void format_hex_address(uint64_t u, bool with_0x, Spec spec) {
        spec.verb = 'x';
        spec.sharp = with_0x;
        TypeInfo number;
        number.kind = TypeKind::Int;
        number.int_kind = IntKind::Uint64;
        format_int(number, Value::make_int(int64_t(u)), spec);
    }

    // %#v: Go syntax for the value. Returns false for kinds printed as %v.
    bool print_go_syntax(const TypeInfo& t, const Value& v) {
        switch (t.kind) {
        case TypeKind::String:
            out += quote_string(string_bytes(v));
            return true;
        case TypeKind::Int:
            if (is_unsigned(t.int_kind)) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "0x%" PRIx64, static_cast<uint64_t>(v.i));
                out += buf;
                return true;
            }
            return false;
        case TypeKind::Interface:
            out += t.name + "(nil)";
            return true;
        case TypeKind::Struct:
            out += t.name;
            out += '{';
            open_level(Shape::Struct, t, v, kGoSyntax, v.obj ? t.fields.size() : 0);
            return true;
        case TypeKind::Slice:
        case TypeKind::Array: {
            // fmt spells an argument of type []byte so, but one inside another value by
            // its reflected type, []uint8.
            const std::string& name = depth_ == 0 && t.name == "[]uint8" ? kByteSlice : t.name;
            if (t.kind == TypeKind::Slice && v.kind == ValueKind::Nil) {
                out += name + "(nil)";
                return true;
            }
            out += name;
            out += '{';
            open_level(Shape::Elements, t, v, kGoSyntax, elements(v).size());
            return true;
        }
        case TypeKind::Map: {
            auto* m = v.kind == ValueKind::Object ? static_cast<MapObject*>(v.obj) : nullptr;
            if (!m) {
                out += t.name + "(nil)";
                return true;
            }
            out += t.name;
            out += '{';
            open_map(t, v, kGoSyntax, Shape::Map);
            return true;
        }
        case TypeKind::Pointer:
            if (v.kind == ValueKind::Nil) {
                out += "(" + t.name + ")(nil)";
                return true;
            }
            if (depth_ == 0 && (program_.types[t.elem].kind == TypeKind::Struct ||
                                is_sync_kind(program_.types[t.elem].kind))) {
                out += '&';
                Value target = v;
                target.type = t.elem;
                print_pointee(target, kGoSyntax);
                return true;
            }
            format_address(t, v, kGoSyntax);
            return true;
        default:
            return false;
        }
    }

    static constexpr Spec kGoSyntax = [] {
        Spec sharp;
        sharp.sharp = true;
        return sharp;
    }();
    // How often, in levels, a deepening walk asks whether the run has room for it: rarely
    // enough to cost nothing for the shallow values nearly every program prints.
    static constexpr size_t kRoomCheckLevels = 1024;

    inline static const std::string kByteSlice = "[]byte";

    const Program& program_;
    MethodCaller* caller_ = nullptr; // owner_ where fmt may call methods, else null
    MethodCaller* owner_ = nullptr;  // the caller given
    // Whether fmt can call the value's methods here: not inside an unexported field, which
    // fmt reaches only as data (time.Duration prints as a number there).
    bool methods_ = true;
    int depth_ = 0;       // how far below the operand the value printing now lies
    int outer_depth_ = 0; // host nesting already open below this printer (a String method's fmt)
    std::vector<Level> levels_;    // the work list: composite values open now, outermost first
    std::vector<Value> map_parts_; // the keys and values of the maps open in levels_
};

bool is_string_value(const Program& program, const Value& v) {
    const TypeInfo* t = type_of(program, v);
    return t && t->kind == TypeKind::String;
}

// Appends the fraction v / 10^prec to the end of buf's digits, Go's fmtFrac:
// trailing zeros dropped, and no point at all when the fraction is zero.
// Returns v / 10^prec.
uint64_t prepend_fraction(std::string& buf, uint64_t v, int prec) {
    bool printed = false;
    for (int i = 0; i < prec; i++) {
        uint64_t digit = v % 10;
        printed = printed || digit != 0;
        if (printed) {
            buf.insert(buf.begin(), static_cast<char>('0' + digit));
        }
        v /= 10;
    }
    if (printed) {
        buf.insert(buf.begin(), '.');
    }
    return v;
}

void prepend_int(std::string& buf, uint64_t v) {
    buf.insert(0, std::to_string(v));
}

} // namespace

std::string_view string_bytes(const Value& v) {
    if (v.kind != ValueKind::Object || !v.obj) {
        return {};
    }
    return static_cast<const StringObject*>(v.obj)->bytes;
}

std::string format_duration(int64_t d) {
    constexpr uint64_t kMicrosecond = 1000, kMillisecond = 1000000, kSecond = 1000000000;
    bool neg = d < 0;
    uint64_t u = neg ? 0 - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
    std::string buf;
    if (u < kSecond) {
        // Below a second the unit shrinks so that the number stays readable: 1.2ms.
        int prec;
        if (u == 0) {
            return "0s";
        } else if (u < kMicrosecond) {
            prec = 0;
            buf = "ns";
        } else if (u < kMillisecond) {
            prec = 3;
            buf = "\xC2\xB5s"; // U+00B5 MICRO SIGN, as Go writes it
        } else {
            prec = 6;
            buf = "ms";
        }
        u = prepend_fraction(buf, u, prec);
        prepend_int(buf, u);
    } else {
        buf = "s";
        u = prepend_fraction(buf, u, 9);
        prepend_int(buf, u % 60);
        u /= 60;
        if (u > 0) {
            buf.insert(buf.begin(), 'm');
            prepend_int(buf, u % 60);
            u /= 60;
            if (u > 0) {
                buf.insert(buf.begin(), 'h');
                prepend_int(buf, u);
            }
        }
    }
    if (neg) {
        buf.insert(buf.begin(), '-');
    }
    return buf;
}

std::string format_float(double v, char fmt, int prec, int bits) {
    if (std::isnan(v)) {
        return "NaN";
    }
    if (std::isinf(v)) {
        return v > 0 ? "+Inf" : "-Inf";
    }
    if (fmt == 'b') {
        return format_float_binary(v, bits);
    }
    if (fmt == 'x' || fmt == 'X') {
        return format_float_hex(v, fmt, prec, bits);
    }
    bool neg = std::signbit(v);
    double a = std::fabs(v);
    std::string body;
    char lower = static_cast<char>(fmt | 0x20);
    if (lower == 'e') {
        Digits d = prec < 0 ? shortest_digits(a, bits) : precise_digits(a, prec + 1);
        body = digits_to_e(d, prec < 0 ? static_cast<int>(d.digits.size()) - 1 : prec, fmt);
    } else if (lower == 'f') {
        if (prec < 0) {
            body = digits_to_f(shortest_digits(a, bits), -1);
        } else {
            body = print_exact("%.*f", prec, a);
        }
    } else {
        // %g: %e for large and small exponents, else %f (strconv's rule, where
        // the shortest form decides as if the precision were 6).
        bool shortest = prec < 0;
        int want = prec == 0 ? 1 : prec;
        Digits d = shortest ? shortest_digits(a, bits) : precise_digits(a, want);
        int nd = static_cast<int>(d.digits.size());
        int p = shortest ? nd : want;
        int eprec = p;
        if (eprec > nd && nd >= d.point) {
            eprec = nd;
        }
        if (shortest) {
            eprec = 6;
        }
        int exp = d.digits.empty() ? -1 : d.point - 1;
        if (exp < -4 || exp >= eprec) {
            if (p > nd) {
                p = nd;
            }
            body = digits_to_e(d, std::max(p - 1, 0), fmt == 'G' ? 'E' : 'e');
        } else {
            if (p > d.point) {
                p = nd;
            }
            body = digits_to_f(d, std::max(p - d.point, 0));
        }
    }
    return neg ? "-" + body : body;
}

std::string quote_string(std::string_view s) {
    return quote_go_string(s);
}

uint64_t value_address_of(const Value& v) {
    return value_address(v);
}

std::string format_value(const Program& program, const Value& v, MethodCaller* caller) {
    Printer p(program, caller);
    p.print_arg(v, Spec{});
    return std::move(p.out);
}

std::string go_sprint(const Program& program, std::span<const Value> args, MethodCaller* caller) {
    Printer p(program, caller);
    for (size_t i = 0; i < args.size(); i++) {
        // Print adds a space between operands when neither is a string.
        if (i > 0 && !is_string_value(program, args[i]) && !is_string_value(program, args[i - 1])) {
            p.out += ' ';
        }
        p.print_arg(args[i], Spec{});
    }
    return std::move(p.out);
}

std::string go_sprintln(const Program& program, std::span<const Value> args, MethodCaller* caller) {
    Printer p(program, caller);
    for (size_t i = 0; i < args.size(); i++) {
        if (i > 0) {
            p.out += ' ';
        }
        p.print_arg(args[i], Spec{});
    }
    p.out += '\n';
    return std::move(p.out);
}

std::string go_sprintf(const Program& program, std::string_view format, std::span<const Value> args,
                       MethodCaller* caller, ErrorfWrap* wrap) {
    Printer p(program, caller);
    size_t arg = 0;
    bool reordered = false; // an explicit index "[n]" was seen: no EXTRA report then
    const size_t end = format.size();

    // Go's parsenum: the decimal number in format[from, to); a number past 10^6 gives up and
    // jumps to the end. Returns where the number stopped.
    auto parse_num = [&](size_t from, size_t to, int& num, bool& present) {
        num = 0;
        present = false;
        size_t k = from;
        for (; k < to && format[k] >= '0' && format[k] <= '9'; k++) {
            if (num > 1000000) {
                num = 0;
                present = false;
                return to;
            }
            num = num * 10 + (format[k] - '0');
            present = true;
        }
        return from >= to ? to : k;
    };
    // An explicit argument index "[n]" at i (Go's argNumber): moves i past it and arg to n-1.
    // Returns whether a well-formed index was there; a malformed or out-of-range one leaves
    // good false, for %!v(BADINDEX).
    auto arg_number = [&](size_t& i, bool& good) {
        if (i >= end || format[i] != '[') {
            return false;
        }
        reordered = true;
        size_t close = format.find(']', i + 1);
        if (end - i < 3 || close == std::string_view::npos) {
            i++;
            good = false;
            return false;
        }
        int n = 0;
        bool present = false;
        bool ok = parse_num(i + 1, close, n, present) == close && present;
        i = close + 1;
        if (ok && n >= 1 && static_cast<size_t>(n) <= args.size()) {
            arg = static_cast<size_t>(n - 1);
            return true;
        }
        good = false;
        return ok;
    };
    // A '*' operand (Go's intFromArg): any integer that fits, up to 10^6 in size.
    auto int_arg = [&](int& into) {
        if (arg >= args.size()) {
            return false;
        }
        const Value& v = args[arg++];
        const TypeInfo* t = type_of(program, v);
        if (!t || t->kind != TypeKind::Int || (is_unsigned(t->int_kind) && v.i < 0) ||
            v.i > 1000000 || v.i < -1000000) {
            return false;
        }
        into = static_cast<int>(v.i);
        return true;
    };

    size_t i = 0;
    while (i < end) {
        char c = format[i];
        if (c != '%') {
            p.out += c;
            i++;
            continue;
        }
        i++;

        // Flags.
        Spec spec;
        bool good = true; // every explicit index so far was usable
        for (; i < end; i++) {
            char f = format[i];
            if (f == '+') {
                spec.plus = true;
            } else if (f == '-') {
                spec.minus = true;
                spec.zero = false; // no zeros on the right
            } else if (f == '#') {
                spec.sharp = true;
            } else if (f == ' ') {
                spec.space = true;
            } else if (f == '0') {
                spec.zero = !spec.minus;
            } else {
                break;
            }
        }

        // Width and precision, each a number or a '*' operand, with indexes among them.
        bool after_index = arg_number(i, good);
        if (i < end && format[i] == '*') {
            i++;
            if (!int_arg(spec.width)) {
                spec.width = -1;
                p.out += "%!(BADWIDTH)";
            } else if (spec.width < 0) {
                spec.minus = true;
                spec.zero = false;
                spec.width = -spec.width;
            }
            after_index = false;
        } else {
            bool present = false;
            i = parse_num(i, end, spec.width, present);
            if (!present) {
                spec.width = -1;
            } else if (after_index) {
                good = false; // "%[3]2d"
            }
        }
        if (i + 1 < end && format[i] == '.') {
            i++;
            if (after_index) {
                good = false; // "%[3].2d"
            }
            after_index = arg_number(i, good);
            if (i < end && format[i] == '*') {
                i++;
                if (!int_arg(spec.prec) || spec.prec < 0) {
                    spec.prec = -1;
                    p.out += "%!(BADPREC)";
                }
                after_index = false;
            } else {
                bool present = false;
                i = parse_num(i, end, spec.prec, present);
            }
        }
        if (!after_index) {
            after_index = arg_number(i, good);
        }
        if (i >= end) {
            p.out += "%!(NOVERB)";
            break;
        }

        // The verb: one UTF-8 character.
        size_t start = i;
        i++;
        while (i < end && (static_cast<unsigned char>(format[i]) & 0xC0) == 0x80) {
            i++;
        }
        std::string_view verb = format.substr(start, i - start);
        if (verb == "%") {
            p.out += '%';
            continue;
        }
        if (!good || arg >= args.size()) {
            p.out += "%!";
            p.out += verb;
            p.out += good ? "(MISSING)" : "(BADINDEX)";
            continue;
        }
        spec.verb = verb.size() == 1 ? verb[0] : kWideVerb;
        if (spec.verb == kWideVerb) {
            spec.wide_verb = verb;
        }
        if (spec.verb == 'w') {
            // fmt.Errorf wraps the one error operand of its one %w, printed as %v; anything
            // else (Sprintf's %w, a second %w, an operand that is not an error) is a bad verb
            // and leaves nothing wrapped.
            const TypeInfo* t = type_of(program, args[arg]);
            bool is_error =
                t && (t->error_function >= 0 || program.is_runtime_error(args[arg].type));
            if (wrap && wrap->allowed && is_error && wrap->index < 0) {
                wrap->index = static_cast<int>(arg);
                spec.verb = 'v';
            } else {
                if (wrap) {
                    wrap->allowed = false;
                    wrap->index = -1;
                }
                p.bad_verb(args[arg], spec);
                arg++;
                continue;
            }
        }
        if (spec.verb == 'v' && spec.plus) {
            spec.plus = false;
            spec.plus_v = true;
        }
        p.print_arg(args[arg], spec);
        arg++;
    }
    if (!reordered && arg < args.size()) {
        p.out += "%!(EXTRA ";
        for (size_t k = arg; k < args.size(); k++) {
            if (k > arg) {
                p.out += ", ";
            }
            const TypeInfo* t = type_of(program, args[k]);
            p.out += t ? t->name + "=" + format_value(program, args[k], caller) : "<nil>";
        }
        p.out += ')';
    }
    return std::move(p.out);
}

} // namespace golab
