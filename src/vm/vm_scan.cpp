// vm_scan.cpp: fmt.Sscan, Sscanln and Sscanf, as Go 1.19's fmt scans a string.
//
// Go's fmt/scan.go is the specification: the ScanState below reads runes one at a time with
// the same rules for spaces and newlines (Sscan takes newlines for spaces, Sscanln stops at
// one, Sscanf makes the format's newlines and spaces match the input's), the same width
// limits, the same token grammar per verb and operand type, and the same errors, which end
// the scan where Go's panicking scanner stops: the operand being scanned is left as it was,
// and n counts the ones before it. Operands are pointers to booleans, integers, floats,
// strings and byte slices, named or not; the Scanner interface is not supported.
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/data.h"
#include "vm/format.h"
#include "vm/go_parse.h"
#include "vm/text.h"
#include "vm/vm.h"

namespace golab {

namespace {

constexpr int32_t kEof = -1;
constexpr int64_t kHugeWidth = int64_t{1} << 30;

constexpr std::string_view kBinaryDigits = "01";
constexpr std::string_view kOctalDigits = "01234567";
constexpr std::string_view kDecimalDigits = "0123456789";
constexpr std::string_view kHexDigits = "0123456789aAbBcCdDeEfF";
constexpr std::string_view kFloatVerbs = "beEfFgGv";

// Why a scan stopped early: Go's io.EOF, io.ErrUnexpectedEOF, an error with a text of
// its own, or a *strconv.NumError of the number parsers.
struct ScanFailure {
    enum class Kind { None, Eof, UnexpectedEof, Text, Number } kind = Kind::None;
    std::string text;   // Text: the message; Number: the function ("ParseInt")
    std::string number; // Number: the text it parsed
    ParseError parse = ParseError::None;
};

// What one operand scanned to, for the Vm to store through the operand's pointer.
struct Scanned {
    int64_t i = 0; // integers (an unsigned one's bits) and booleans
    double f = 0;
    std::string s; // strings and byte slices
};

bool contains(std::string_view set, int32_t r) {
    return r >= 0 && r < 0x80 && set.find(char(r)) != std::string_view::npos;
}

int hex_digit(int32_t r) {
    if (r >= '0' && r <= '9') {
        return r - '0';
    }
    if (r >= 'a' && r <= 'f') {
        return 10 + r - 'a';
    }
    if (r >= 'A' && r <= 'F') {
        return 10 + r - 'A';
    }
    return -1;
}

// The scanner's state over one input string (Go's ss). Every method does nothing once the
// scan failed; callers check failed() where Go's would have unwound.
class ScanState {
  public:
    ScanState(std::string_view input, bool newline_is_space, bool newline_is_end)
        : input_(input), newline_is_space_(newline_is_space), newline_is_end_(newline_is_end) {}

    bool failed() const { return failure_.kind != ScanFailure::Kind::None; }
    const ScanFailure& failure() const { return failure_; }
    void fail_text(std::string text) {
        if (!failed()) {
            failure_.kind = ScanFailure::Kind::Text;
            failure_.text = std::move(text);
        }
    }
    void fail(ScanFailure::Kind kind) {
        if (!failed()) {
            failure_.kind = kind;
        }
    }
    void fail_number(const char* fn, std::string number, ParseError e) {
        if (!failed()) {
            failure_ = {ScanFailure::Kind::Number, fn, std::move(number), e};
        }
    }

    // Returns the next rune, or kEof at the end of the input, at a newline that ended a
    // Sscanln, or past the operand's width.
    int32_t get_rune() {
        if (failed() || at_eof_ || count_ >= arg_limit_) {
            return kEof;
        }
        if (pos_ >= input_.size()) {
            at_eof_ = true;
            return kEof;
        }
        DecodedRune d = decode_rune(input_, pos_);
        last_width_ = d.width;
        pos_ += size_t(d.width);
        count_++;
        if (newline_is_end_ && d.rune == '\n') {
            at_eof_ = true;
        }
        return d.rune;
    }
    void unread_rune() {
        pos_ -= size_t(last_width_);
        last_width_ = 0;
        at_eof_ = false;
        count_--;
    }
    int32_t must_read_rune() {
        int32_t r = get_rune();
        if (r == kEof) {
            fail(ScanFailure::Kind::UnexpectedEof);
        }
        return r;
    }
    void not_eof() {
        if (get_rune() == kEof) {
            fail(ScanFailure::Kind::Eof);
            return;
        }
        unread_rune();
    }

    void skip_space() {
        for (;;) {
            int32_t r = get_rune();
            if (r == kEof) {
                return;
            }
            if (r == '\r' && peek("\n")) {
                continue;
            }
            if (r == '\n') {
                if (newline_is_space_) {
                    continue;
                }
                fail_text("unexpected newline");
                return;
            }
            if (!is_space(r)) {
                unread_rune();
                return;
            }
        }
    }

    // Reads the next rune when it is in set; accept keeps it in the token.
    bool consume(std::string_view set, bool accept) {
        int32_t r = get_rune();
        if (r == kEof) {
            return false;
        }
        if (contains(set, r)) {
            if (accept) {
                append_rune(token_, r);
            }
            return true;
        }
        if (accept) {
            unread_rune();
        }
        return false;
    }
    bool accept(std::string_view set) { return consume(set, true); }
    bool peek(std::string_view set) {
        int32_t r = get_rune();
        if (r != kEof) {
            unread_rune();
        }
        return contains(set, r);
    }

    bool ok_verb(int32_t verb, std::string_view verbs, const char* type) {
        if (contains(verbs, verb)) {
            return true;
        }
        std::string v;
        append_rune(v, verb);
        fail_text("bad verb '%" + v + "' for " + type);
        return false;
    }

    bool scan_bool(int32_t verb) {
        skip_space();
        not_eof();
        if (failed() || !ok_verb(verb, "tv", "boolean")) {
            return false;
        }
        // Go is not fastidious about case, nor about a word that stops after its first letter.
        switch (get_rune()) {
        case '1':
            return true;
        case 't':
        case 'T':
            if (accept("rR") && (!accept("uU") || !accept("eE"))) {
                fail_text("syntax error scanning boolean");
            }
            return true;
        case 'f':
        case 'F':
            if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) {
                fail_text("syntax error scanning boolean");
            }
            return false;
        default:
            return false;
        }
    }

    // Returns the next rune as a %c operand of bits bits.
    int64_t scan_rune(int bits) {
        not_eof();
        int32_t r = get_rune();
        if (failed()) {
            return 0;
        }
        const int shift = 64 - bits;
        if (shift > 0 && ((int64_t(uint64_t(int64_t(r)) << shift)) >> shift) != r) {
            std::string c;
            append_rune(c, r);
            fail_text("overflow on character value " + c);
        }
        return r;
    }

    // Reads an integer's digits (and, for %v, its base prefix) into the token; returns the
    // base strconv is to parse it in.
    int scan_number_token(int32_t verb, bool is_signed) {
        if (!ok_verb(verb, "bdoUxXv", "integer")) {
            return 10;
        }
        int base = 10;
        std::string digits(kDecimalDigits);
        if (verb == 'b') {
            base = 2;
            digits = kBinaryDigits;
        } else if (verb == 'o') {
            base = 8;
            digits = kOctalDigits;
        } else if (verb == 'x' || verb == 'X' || verb == 'U') {
            base = 16;
            digits = kHexDigits;
        }
        bool have_digits = false;
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false)) {
                fail_text("bad unicode format ");
            }
        } else {
            if (is_signed) {
                accept("+-");
            }
            if (verb == 'v') {
                // The base prefix: 0b, 0o, 0x, or a leading 0 for octal.
                base = 0;
                digits = std::string(kDecimalDigits) + "_";
                if (peek("0")) {
                    accept("0");
                    have_digits = true;
                    if (peek("bB")) {
                        consume("bB", true);
                        digits = std::string(kBinaryDigits) + "_";
                    } else if (peek("oO")) {
                        consume("oO", true);
                        digits = std::string(kOctalDigits) + "_";
                    } else if (peek("xX")) {
                        consume("xX", true);
                        digits = std::string(kHexDigits) + "_";
                    } else {
                        digits = std::string(kOctalDigits) + "_";
                    }
                }
            }
        }
        if (!have_digits) {
            not_eof();
            if (!failed() && !accept(digits)) {
                fail_text("expected integer");
            }
        }
        while (accept(digits)) {
        }
        return base;
    }

    int64_t scan_int(int32_t verb, int bits) {
        if (verb == 'c') {
            return scan_rune(bits);
        }
        skip_space();
        not_eof();
        if (failed()) {
            return 0;
        }
        int base = scan_number_token(verb, true);
        if (failed()) {
            return 0;
        }
        ParsedInt p = parse_int(token_, base, 64);
        if (p.error != ParseError::None) {
            fail_number("ParseInt", token_, p.error);
            return 0;
        }
        auto i = static_cast<int64_t>(p.value);
        const int shift = 64 - bits;
        if (shift > 0 && (int64_t(uint64_t(i) << shift) >> shift) != i) {
            fail_text("integer overflow on token " + token_);
        }
        return i;
    }

    uint64_t scan_uint(int32_t verb, int bits) {
        if (verb == 'c') {
            return uint64_t(scan_rune(bits));
        }
        skip_space();
        not_eof();
        if (failed()) {
            return 0;
        }
        int base = scan_number_token(verb, false);
        if (failed()) {
            return 0;
        }
        ParsedInt p = parse_uint(token_, base, 64);
        if (p.error != ParseError::None) {
            fail_number("ParseUint", token_, p.error);
            return 0;
        }
        const int shift = 64 - bits;
        if (shift > 0 && ((p.value << shift) >> shift) != p.value) {
            fail_text("unsigned integer overflow on token " + token_);
        }
        return p.value;
    }

    // Reads a float's text, leniently: strconv judges it.
    std::string float_token() {
        token_.clear();
        if (accept("nN") && accept("aA") && accept("nN")) {
            return token_;
        }
        accept("+-");
        if (accept("iI") && accept("nN") && accept("fF")) {
            return token_;
        }
        std::string digits = std::string(kDecimalDigits) + "_";
        std::string_view exponent = "eEpP";
        if (accept("0") && accept("xX")) {
            digits = std::string(kHexDigits) + "_";
            exponent = "pP";
        }
        while (accept(digits)) {
        }
        if (accept(".")) {
            while (accept(digits)) {
            }
        }
        if (accept(exponent)) {
            accept("+-");
            while (accept(std::string(kDecimalDigits) + "_")) {
            }
        }
        return token_;
    }

    double convert_float(const std::string& text, int bits) {
        if (failed()) {
            return 0;
        }
        // A decimal mantissa with a binary exponent (1.5p3) is fmt's own: Go splits it.
        size_t p = text.find('p');
        if (p != std::string::npos && text.find_first_of("xX") == std::string::npos) {
            ParsedFloat mantissa = parse_float(std::string_view(text).substr(0, p), bits);
            if (mantissa.error != ParseError::None) {
                fail_number("ParseFloat", text, mantissa.error);
                return 0;
            }
            ParsedInt exp = parse_int(std::string_view(text).substr(p + 1), 10, 64);
            if (exp.error != ParseError::None) {
                fail_number("Atoi", text, exp.error);
                return 0;
            }
            return std::ldexp(mantissa.value, int(static_cast<int64_t>(exp.value)));
        }
        ParsedFloat f = parse_float(text, bits);
        if (f.error != ParseError::None) {
            fail_number("ParseFloat", text, f.error);
            return 0;
        }
        return f.value;
    }

    double scan_float(int32_t verb, int bits, const char* type, bool check_verb) {
        if (check_verb && !ok_verb(verb, kFloatVerbs, type)) {
            return 0;
        }
        skip_space();
        not_eof();
        if (failed()) {
            return 0;
        }
        return convert_float(float_token(), bits);
    }

    std::string convert_string(int32_t verb) {
        if (!ok_verb(verb, "svqxX", "string")) {
            return {};
        }
        skip_space();
        not_eof();
        if (failed()) {
            return {};
        }
        if (verb == 'q') {
            return quoted_string();
        }
        if (verb == 'x' || verb == 'X') {
            return hex_string();
        }
        skip_space(); // %s and %v: the next word
        for (;;) {
            int32_t r = get_rune();
            if (r == kEof) {
                break;
            }
            if (is_space(r)) {
                unread_rune();
                break;
            }
            append_rune(token_, r);
        }
        return token_;
    }

    std::string quoted_string() {
        not_eof();
        int32_t quote = get_rune();
        if (quote == '`') {
            for (;;) {
                int32_t r = must_read_rune();
                if (failed() || r == quote) {
                    break;
                }
                append_rune(token_, r);
            }
            return token_;
        }
        if (quote == '"') {
            token_ += '"';
            for (;;) {
                int32_t r = must_read_rune();
                if (failed()) {
                    return {};
                }
                append_rune(token_, r);
                if (r == '\\') {
                    // Only the rune right after a backslash can be a quote or a backslash.
                    int32_t escaped = must_read_rune();
                    if (failed()) {
                        return {};
                    }
                    append_rune(token_, escaped);
                } else if (r == '"') {
                    break;
                }
            }
            std::string out;
            if (!unquote_go(token_, out)) {
                failure_ = {ScanFailure::Kind::Number, "", "", ParseError::Syntax};
                return {};
            }
            return out;
        }
        if (!failed()) {
            fail_text("expected quoted string");
        }
        return {};
    }

    std::string hex_string() {
        not_eof();
        for (;;) {
            int32_t r1 = get_rune();
            if (r1 == kEof) {
                break;
            }
            int v1 = hex_digit(r1);
            if (v1 < 0) {
                unread_rune();
                break;
            }
            int v2 = hex_digit(must_read_rune());
            if (failed()) {
                return {};
            }
            if (v2 < 0) {
                fail_text("illegal hex digit");
                return {};
            }
            token_ += char(v1 << 4 | v2);
        }
        if (token_.empty() && !failed()) {
            fail_text("no hex data for %x string");
        }
        return token_;
    }

    // Matches the format's text up to its next verb against the input (Go's advance):
    // returns the bytes of format used, 0 at a verb or at the input's end, -1 on a mismatch.
    int64_t advance(std::string_view format) {
        size_t i = 0;
        while (i < format.size() && !failed()) {
            DecodedRune fc = decode_rune(format, i);
            if (is_space(fc.rune)) {
                // A newline in the format matches spaces then a newline (or the end); other
                // spaces match one or more spaces (or the end); spaces after a newline in
                // the format match zero or more after the input's newline.
                int newlines = 0;
                bool trailing_space = false;
                while (i < format.size() && is_space(fc.rune)) {
                    if (fc.rune == '\n') {
                        newlines++;
                        trailing_space = false;
                    } else {
                        trailing_space = true;
                    }
                    i += size_t(fc.width);
                    if (i < format.size()) {
                        fc = decode_rune(format, i);
                    }
                }
                for (int j = 0; j < newlines; j++) {
                    int32_t in = get_rune();
                    while (is_space(in) && in != '\n') {
                        in = get_rune();
                    }
                    if (in != '\n' && in != kEof) {
                        fail_text("newline in format does not match input");
                    }
                }
                if (trailing_space) {
                    int32_t in = get_rune();
                    if (newlines == 0) {
                        if (!is_space(in) && in != kEof) {
                            fail_text("expected space in input to match format");
                        }
                        if (in == '\n') {
                            fail_text("newline in input does not match format");
                        }
                    }
                    while (is_space(in) && in != '\n') {
                        in = get_rune();
                    }
                    if (in != kEof) {
                        unread_rune();
                    }
                }
                continue;
            }
            if (fc.rune == '%') {
                if (i + 1 == format.size()) {
                    fail_text("missing verb: % at end of format string");
                    return 0;
                }
                if (format[i + 1] != '%') {
                    return int64_t(i);
                }
                i++; // %% matches a percent sign
            }
            int32_t in = must_read_rune();
            if (failed()) {
                return 0;
            }
            if (in != fc.rune) {
                unread_rune();
                return -1;
            }
            i += size_t(fc.width);
        }
        return int64_t(i);
    }

    void start_operand(int64_t width) {
        token_.clear();
        arg_limit_ =
            width < kHugeWidth && count_ + width < kHugeWidth ? count_ + width : kHugeWidth;
    }
    void end_operand() { arg_limit_ = kHugeWidth; }

    // Sscanln: what follows the last operand must be spaces up to a newline or the end.
    void expect_line_end() {
        for (;;) {
            int32_t r = get_rune();
            if (r == '\n' || r == kEof) {
                return;
            }
            if (!is_space(r)) {
                fail_text("expected newline");
                return;
            }
        }
    }

    std::string& token() { return token_; }

  private:
    std::string_view input_;
    size_t pos_ = 0;
    int last_width_ = 0;
    int64_t count_ = 0;
    int64_t arg_limit_ = kHugeWidth;
    bool at_eof_ = false;
    bool newline_is_space_;
    bool newline_is_end_;
    std::string token_;
    ScanFailure failure_;
};

int int_bits(IntKind k) {
    switch (k) {
    case IntKind::Int8:
    case IntKind::Uint8:
        return 8;
    case IntKind::Int16:
    case IntKind::Uint16:
        return 16;
    case IntKind::Int32:
    case IntKind::Uint32:
        return 32;
    default:
        return 64;
    }
}

} // namespace

bool Vm::call_scan(Goroutine& g, NativeId id, std::span<const Value> args,
                   std::vector<Value>& results) {
    const bool scanf = id == NativeId::FmtSscanf;
    ScanState s(string_bytes(args[0]), id == NativeId::FmtSscan, id == NativeId::FmtSscanln);
    std::string_view format = scanf ? string_bytes(args[1]) : std::string_view{};
    const Value operands_slice = args[scanf ? 2 : 1];
    std::vector<Value> operands;
    if (operands_slice.kind == ValueKind::Object && operands_slice.obj) {
        auto* sl = static_cast<SliceObject*>(operands_slice.obj);
        auto first = sl->array->elems.begin() + sl->offset;
        operands.assign(first, first + sl->len);
    }

    // Scans one operand and stores it; false when Go would panic (g.panic_message set).
    auto scan_one = [&](int32_t verb, const Value& arg) {
        if (arg.type == kNoType) {
            g.panic_message = "reflect: call of reflect.Value.Type on zero Value";
            return false;
        }
        const TypeInfo& pointer = program_.types[size_t(arg.type)];
        if (pointer.kind != TypeKind::Pointer) {
            s.fail_text("type not a pointer: " + pointer.name);
            return true;
        }
        const TypeInfo& elem = program_.types[size_t(pointer.elem)];
        Value v;
        switch (elem.kind) {
        case TypeKind::Bool:
            v = Value::make_bool(s.scan_bool(verb));
            break;
        case TypeKind::Int:
            if (elem.int_kind >= IntKind::Uint) {
                v = Value::make_int(int64_t(s.scan_uint(verb, int_bits(elem.int_kind))));
            } else {
                v = Value::make_int(s.scan_int(verb, int_bits(elem.int_kind)));
            }
            break;
        case TypeKind::Float32:
        case TypeKind::Float64: {
            // Only the unnamed float types check the verb, as Go's type switch does.
            const bool f32 = elem.kind == TypeKind::Float32;
            const bool unnamed = elem.name == (f32 ? "float32" : "float64");
            v = Value::make_float(
                s.scan_float(verb, f32 ? 32 : 64, f32 ? "float32" : "float64", unnamed));
            break;
        }
        case TypeKind::String:
            v = make_string(s.convert_string(verb));
            break;
        case TypeKind::Slice: {
            const TypeInfo& byte = program_.types[size_t(elem.elem)];
            if (byte.kind != TypeKind::Int || byte.int_kind != IntKind::Uint8) {
                s.fail_text("can't scan type: " + pointer.name);
                return true;
            }
            std::string text = s.convert_string(verb);
            if (s.failed()) {
                return true;
            }
            v = new_slice(elem.elem, int64_t(text.size()), int64_t(text.size()));
            auto* sl = static_cast<SliceObject*>(v.obj);
            for (size_t k = 0; k < text.size(); k++) {
                sl->array->elems[k] = Value::make_int(static_cast<uint8_t>(text[k]));
            }
            break;
        }
        default:
            s.fail_text("can't scan type: " + pointer.name);
            return true;
        }
        if (s.failed()) {
            return true;
        }
        if (std::string err = store_through(arg, v); !err.empty()) {
            g.panic_message = err; // the scan is done; storing it faults, as in Go
            return false;
        }
        return true;
    };

    int64_t n = 0;
    if (!scanf) {
        for (const Value& arg : operands) {
            s.start_operand(kHugeWidth);
            if (!scan_one('v', arg)) {
                return false;
            }
            if (s.failed()) {
                break;
            }
            s.end_operand();
            n++;
        }
        if (!s.failed() && id == NativeId::FmtSscanln) {
            s.expect_line_end();
        }
    } else {
        // One operand per verb; the text between verbs must match (Go's doScanf).
        const size_t end = format.empty() ? 0 : format.size() - 1;
        size_t i = 0;
        while (i <= end && !format.empty() && !s.failed()) {
            int64_t w = s.advance(format.substr(i));
            if (s.failed()) {
                break;
            }
            if (w > 0) {
                i += size_t(w);
                continue;
            }
            if (format[i] != '%') {
                if (w < 0) {
                    s.fail_text("input does not match format");
                }
                break; // at the input's end: "too many operands" below
            }
            i++;
            int64_t width = 0;
            bool has_width = false;
            while (i < end && format[i] >= '0' && format[i] <= '9' && width < 1000000) {
                width = width * 10 + (format[i] - '0');
                has_width = true;
                i++;
            }
            if (!has_width) {
                width = kHugeWidth;
            }
            if (i >= format.size()) {
                break;
            }
            DecodedRune verb = decode_rune(format, i);
            i += size_t(verb.width);
            if (verb.rune != 'c') {
                s.skip_space();
            }
            if (s.failed()) {
                break;
            }
            if (verb.rune == '%') {
                s.skip_space();
                s.not_eof();
                if (!s.failed() && !s.accept("%")) {
                    s.fail_text("missing literal %");
                }
                continue;
            }
            if (n >= int64_t(operands.size())) {
                s.fail_text("too few operands for format '%" +
                            std::string(format.substr(i - size_t(verb.width))) + "'");
                break;
            }
            s.start_operand(width);
            if (!scan_one(verb.rune, operands[size_t(n)])) {
                return false;
            }
            if (s.failed()) {
                break;
            }
            s.end_operand();
            n++;
        }
        if (!s.failed() && n < int64_t(operands.size())) {
            s.fail_text("too many operands");
        }
    }

    // The error as Go's: io.EOF itself, or a new error value.
    Value err;
    const ScanFailure& f = s.failure();
    auto boxed = [&](const char* type, std::vector<Value> fields) {
        auto* st = static_cast<StructObject*>(hooks_.adopt(new StructObject()));
        st->fields = std::move(fields);
        Value v = Value::make_object(st);
        v.type = program_.library_type(type);
        return v;
    };
    switch (f.kind) {
    case ScanFailure::Kind::None:
        break;
    case ScanFailure::Kind::Eof:
        err = program_.io_eof;
        break;
    case ScanFailure::Kind::UnexpectedEof:
        // TODO: io.ErrUnexpectedEOF is not declared, so this is an error of the same text
        // that == does not find equal to it.
        err = boxed("*errors.errorString", {make_string("unexpected EOF")});
        break;
    case ScanFailure::Kind::Text:
        err = boxed("*errors.errorString", {make_string(f.text)});
        break;
    case ScanFailure::Kind::Number:
        if (f.text.empty()) {
            err = program_.err_syntax; // strconv.Unquote's own error
            break;
        }
        err = boxed("*strconv.NumError",
                    {make_string(f.text), make_string(f.number),
                     f.parse == ParseError::Range ? program_.err_range : program_.err_syntax});
        break;
    }
    results.push_back(Value::make_int(n));
    results.push_back(err);
    return true;
}

} // namespace golab
