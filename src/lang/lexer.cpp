// lexer.cpp: Go's lexical grammar (spec "Lexical elements") and the error
// texts Go's scanner uses, at the positions Go reports them.

#include "lang/lexer.h"

#include <cstdio>
#include <unordered_map>

namespace golab {

namespace {

bool is_letter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
bool is_decimal(int c) {
    return c >= '0' && c <= '9';
}
bool is_hex(int c) {
    return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int digit_value(int c) {
    if (is_decimal(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 16;
}

const std::unordered_map<std::string_view, Tok>& keywords() {
    static const std::unordered_map<std::string_view, Tok> k = {
        {"break", Tok::Break},
        {"case", Tok::Case},
        {"chan", Tok::Chan},
        {"const", Tok::Const},
        {"continue", Tok::Continue},
        {"default", Tok::Default},
        {"defer", Tok::Defer},
        {"else", Tok::Else},
        {"fallthrough", Tok::Fallthrough},
        {"for", Tok::For},
        {"func", Tok::Func},
        {"go", Tok::Go},
        {"goto", Tok::Goto},
        {"if", Tok::If},
        {"import", Tok::Import},
        {"interface", Tok::Interface},
        {"map", Tok::Map},
        {"package", Tok::Package},
        {"range", Tok::Range},
        {"return", Tok::Return},
        {"select", Tok::Select},
        {"struct", Tok::Struct},
        {"switch", Tok::Switch},
        {"type", Tok::Type},
        {"var", Tok::Var},
    };
    return k;
}

// Decodes one UTF-8 sequence at s[i]; returns the code point and its length
// (-1 and 1 when the bytes are not valid UTF-8).
constexpr int32_t kByteOrderMark = 0xFEFF;

std::pair<int32_t, int> decode_utf8(std::string_view s, size_t i) {
    unsigned char c = s[i];
    if (c < 0x80)
        return {c, 1};
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    if (n == 0 || c >= 0xF8 || i + n > s.size())
        return {-1, 1};
    int32_t r = c & (0x7F >> n);
    for (int k = 1; k < n; k++) {
        unsigned char d = s[i + k];
        if ((d & 0xC0) != 0x80)
            return {-1, 1};
        r = (r << 6) | (d & 0x3F);
    }
    // Overlong encodings and surrogates are invalid, as in Go.
    static const int32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (r < kMin[n] || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        return {-1, 1};
    return {r, n};
}

std::string format_rune_u(int32_t r) {
    // Go's %#U: U+0023 '#'
    char buf[32];
    std::snprintf(buf, sizeof buf, "U+%04X", unsigned(r));
    std::string s = buf;
    // Go adds the character only when it is printable.
    if (r >= 0x20 && r != 0x7F && !(r >= 0x80 && r < 0xA0) && !(r >= 0xD800 && r < 0xE000) &&
        r <= 0x10FFFF) {

        s += " '";
        append_utf8(s, r);
        s += "'";
    }
    return s;
}

} // namespace

void append_utf8(std::string& out, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        r = 0xFFFD;
    if (r < 0x80) {
        out += char(r);
    } else if (r < 0x800) {
        out += char(0xC0 | (r >> 6));
        out += char(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += char(0xE0 | (r >> 12));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    } else {
        out += char(0xF0 | (r >> 18));
        out += char(0x80 | ((r >> 12) & 0x3F));
        out += char(0x80 | ((r >> 6) & 0x3F));
        out += char(0x80 | (r & 0x3F));
    }
}

const char* token_spelling(Tok t) {
    switch (t) {
    case Tok::Eof:
        return "EOF";
    case Tok::Name:
        return "name";
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Rune:
    case Tok::String:
        return "literal";
    case Tok::Add:
        return "+";
    case Tok::Sub:
        return "-";
    case Tok::Mul:
        return "*";
    case Tok::Quo:
        return "/";
    case Tok::Rem:
        return "%";
    case Tok::And:
        return "&";
    case Tok::Or:
        return "|";
    case Tok::Xor:
        return "^";
    case Tok::Shl:
        return "<<";
    case Tok::Shr:
        return ">>";
    case Tok::AndNot:
        return "&^";
    case Tok::LAnd:
        return "&&";
    case Tok::LOr:
        return "||";
    case Tok::Arrow:
        return "<-";
    case Tok::Eql:
        return "==";
    case Tok::Neq:
        return "!=";
    case Tok::Lss:
        return "<";
    case Tok::Leq:
        return "<=";
    case Tok::Gtr:
        return ">";
    case Tok::Geq:
        return ">=";
    case Tok::Not:
        return "!";
    case Tok::Tilde:
        return "~";
    case Tok::Assign:
        return "=";
    case Tok::Define:
        return ":=";
    case Tok::AssignOp:
        return "op=";
    case Tok::Inc:
        return "++";
    case Tok::Dec:
        return "--";
    case Tok::LParen:
        return "(";
    case Tok::RParen:
        return ")";
    case Tok::LBrack:
        return "[";
    case Tok::RBrack:
        return "]";
    case Tok::LBrace:
        return "{";
    case Tok::RBrace:
        return "}";
    case Tok::Comma:
        return "comma";
    case Tok::Semi:
        return "semicolon";
    case Tok::Colon:
        return ":";
    case Tok::Dot:
        return ".";
    case Tok::Ellipsis:
        return "...";
    case Tok::Break:
        return "break";
    case Tok::Case:
        return "case";
    case Tok::Chan:
        return "chan";
    case Tok::Const:
        return "const";
    case Tok::Continue:
        return "continue";
    case Tok::Default:
        return "default";
    case Tok::Defer:
        return "defer";
    case Tok::Else:
        return "else";
    case Tok::Fallthrough:
        return "fallthrough";
    case Tok::For:
        return "for";
    case Tok::Func:
        return "func";
    case Tok::Go:
        return "go";
    case Tok::Goto:
        return "goto";
    case Tok::If:
        return "if";
    case Tok::Import:
        return "import";
    case Tok::Interface:
        return "interface";
    case Tok::Map:
        return "map";
    case Tok::Package:
        return "package";
    case Tok::Range:
        return "range";
    case Tok::Return:
        return "return";
    case Tok::Select:
        return "select";
    case Tok::Struct:
        return "struct";
    case Tok::Switch:
        return "switch";
    case Tok::Type:
        return "type";
    case Tok::Var:
        return "var";
    }
    return "?";
}

std::string token_description(const Token& t) {
    switch (t.kind) {
    case Tok::Name:
    case Tok::Semi:
        return t.text;
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Rune:
    case Tok::String:
        return "literal " + t.text;
    case Tok::AssignOp:
        return t.text;
    case Tok::Comma:
        return "comma";
    default:
        return token_spelling(t.kind);
    }
}

int binary_precedence(Tok t) {
    switch (t) {
    case Tok::LOr:
        return 1;
    case Tok::LAnd:
        return 2;
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
        return 3;
    case Tok::Add:
    case Tok::Sub:
    case Tok::Or:
    case Tok::Xor:
        return 4;
    case Tok::Mul:
    case Tok::Quo:
    case Tok::Rem:
    case Tok::Shl:
    case Tok::Shr:
    case Tok::And:
    case Tok::AndNot:
        return 5;
    default:
        return 0;
    }
}

Lexer::Lexer(std::string_view source, ErrorSink on_error)
    : src_(source), on_error_(std::move(on_error)) {
    // A byte order mark is allowed only as the very first thing in the file.
    if (src_.size() >= 3 && src_.substr(0, 3) == "\xEF\xBB\xBF")
        offset_ = line_start_ = 3;
}

void Lexer::error(Pos p, std::string msg) {
    if (on_error_)
        on_error_(p, std::move(msg));
}

int Lexer::source_char(bool& refused) {
    refused = false;
    int c = peek();
    if (c > 0 && c < 0x80)
        return 1;
    if (c == 0) {
        error(here(), "invalid NUL character");
        refused = true;
        return 1;
    }
    auto [r, n] = decode_utf8(src_, offset_);
    if (r < 0) {
        error(here(), "invalid UTF-8 encoding");
        refused = true;
    } else if (r == kByteOrderMark) {
        error(here(), "invalid BOM in the middle of the file");
        refused = true;
    }
    return n;
}

// Skips blanks and comments. A newline (or a comment containing one) is
// reported through saw_newline so the caller can insert a semicolon there.
void Lexer::skip_whitespace_and_comments(bool& saw_newline, Pos& newline_pos) {
    for (;;) {
        int c = peek();
        if (c == ' ' || c == '\t' || c == '\r') {
            offset_++;
        } else if (c == '\n') {
            if (!saw_newline) {
                saw_newline = true;
                newline_pos = here();
            }
            if (insert_semi_)
                return; // the caller emits the semicolon before the next line
            offset_++;
            line_++;
            line_start_ = offset_;
        } else if (c == 0 || c >= 0x80) {
            // Go's source reader drops what it refuses; anything else starts a token.
            bool refused;
            int n = source_char(refused);
            if (!refused)
                return;
            offset_ += n;
        } else if (c == '/' && peek(1) == '/') {
            bool refused;
            while (peek() != -1 && peek() != '\n')
                offset_ += source_char(refused);
        } else if (c == '/' && peek(1) == '*') {
            Pos start = here();
            offset_ += 2;
            bool closed = false;
            bool had_newline = false;
            while (peek() != -1) {
                if (peek() == '*' && peek(1) == '/') {
                    offset_ += 2;
                    closed = true;
                    break;
                }
                if (peek() == '\n') {
                    had_newline = true;
                    offset_++;
                    line_++;
                    line_start_ = offset_;
                    continue;
                }
                bool refused;
                offset_ += source_char(refused);
            }
            if (!closed)
                error(start, "comment not terminated");
            if (had_newline && !saw_newline) {
                saw_newline = true;
                newline_pos = start;
                if (insert_semi_)
                    return;
            }
        } else {
            return;
        }
    }
}

Token Lexer::next() {
    // A loop, not recursion: a file of a million stray characters must not deepen the stack.
    for (;;) {
        bool saw_newline = false;
        Pos newline_pos;
        skip_whitespace_and_comments(saw_newline, newline_pos);

        // Automatic semicolons: at a newline or at the end of the file.
        if (insert_semi_ && (saw_newline || peek() == -1)) {
            insert_semi_ = false;
            Token t;
            t.kind = Tok::Semi;
            if (saw_newline) {
                t.pos = newline_pos;
                t.text = "newline";
            } else {
                t.pos = here();
                t.text = "EOF";
            }
            return t;
        }

        Token t;
        t.pos = here();
        int c = peek();
        if (c == -1) {
            t.kind = Tok::Eof;
            t.text = "EOF";
            insert_semi_ = false;
            return t;
        }

        // Names and keywords. (What the source reader refuses was dropped above, as Go
        // does, instead of starting a name the parser then complains about too.)
        if (is_letter(c)) {
            size_t start = offset_;
            while (offset_ < src_.size()) {
                int d = peek();
                if (d >= 0x80 || d == 0) {
                    // Inside a name too, a refused character is dropped and the name goes on.
                    bool refused;
                    offset_ += source_char(refused);
                    continue;
                }
                if (!is_letter(d) && !is_decimal(d))
                    break;
                offset_++;
            }
            t.text = std::string(src_.substr(start, offset_ - start));
            auto kw = keywords().find(t.text);
            if (kw != keywords().end()) {
                t.kind = kw->second;
                insert_semi_ = t.kind == Tok::Break || t.kind == Tok::Continue ||
                               t.kind == Tok::Fallthrough || t.kind == Tok::Return;
            } else {
                t.kind = Tok::Name;
                insert_semi_ = true;
            }
            return t;
        }
        if (is_decimal(c) || (c == '.' && is_decimal(peek(1)))) {
            t = scan_number();
            insert_semi_ = true;
            return t;
        }
        if (c == '"') {
            t = scan_string();
            insert_semi_ = true;
            return t;
        }
        if (c == '`') {
            t = scan_raw_string();
            insert_semi_ = true;
            return t;
        }
        if (c == '\'') {
            t = scan_rune();
            insert_semi_ = true;
            return t;
        }

        // Operators and punctuation: longest match first.
        bool semi_before = insert_semi_;
        insert_semi_ = false;
        auto take = [&](Tok k, int n) {
            t.kind = k;
            t.text = std::string(src_.substr(offset_, n));
            offset_ += n;
            return t;
        };
        auto assign_op = [&](Tok op, int n) {
            t.kind = Tok::AssignOp;
            t.op = op;
            t.text = std::string(src_.substr(offset_, n));
            offset_ += n;
            return t;
        };
        int d = peek(1), e = peek(2);
        switch (c) {
        case '(':
            return take(Tok::LParen, 1);
        case ')':
            insert_semi_ = true;
            return take(Tok::RParen, 1);
        case '[':
            return take(Tok::LBrack, 1);
        case ']':
            insert_semi_ = true;
            return take(Tok::RBrack, 1);
        case '{':
            return take(Tok::LBrace, 1);
        case '}':
            insert_semi_ = true;
            return take(Tok::RBrace, 1);
        case ',':
            return take(Tok::Comma, 1);
        case ';': {
            take(Tok::Semi, 1);
            t.text = "semicolon";
            return t;
        }
        case ':':
            return d == '=' ? take(Tok::Define, 2) : take(Tok::Colon, 1);
        case '.':
            if (d == '.' && e == '.')
                return take(Tok::Ellipsis, 3);
            return take(Tok::Dot, 1);
        case '+':
            if (d == '+') {
                insert_semi_ = true;
                return take(Tok::Inc, 2);
            }
            return d == '=' ? assign_op(Tok::Add, 2) : take(Tok::Add, 1);
        case '-':
            if (d == '-') {
                insert_semi_ = true;
                return take(Tok::Dec, 2);
            }
            return d == '=' ? assign_op(Tok::Sub, 2) : take(Tok::Sub, 1);
        case '*':
            return d == '=' ? assign_op(Tok::Mul, 2) : take(Tok::Mul, 1);
        case '/':
            return d == '=' ? assign_op(Tok::Quo, 2) : take(Tok::Quo, 1);
        case '%':
            return d == '=' ? assign_op(Tok::Rem, 2) : take(Tok::Rem, 1);
        case '^':
            return d == '=' ? assign_op(Tok::Xor, 2) : take(Tok::Xor, 1);
        case '~':
            return take(Tok::Tilde, 1);
        case '<':
            if (d == '-')
                return take(Tok::Arrow, 2);
            if (d == '<')
                return e == '=' ? assign_op(Tok::Shl, 3) : take(Tok::Shl, 2);
            return d == '=' ? take(Tok::Leq, 2) : take(Tok::Lss, 1);
        case '>':
            if (d == '>')
                return e == '=' ? assign_op(Tok::Shr, 3) : take(Tok::Shr, 2);
            return d == '=' ? take(Tok::Geq, 2) : take(Tok::Gtr, 1);
        case '=':
            return d == '=' ? take(Tok::Eql, 2) : take(Tok::Assign, 1);
        case '!':
            return d == '=' ? take(Tok::Neq, 2) : take(Tok::Not, 1);
        case '&':
            if (d == '^')
                return e == '=' ? assign_op(Tok::AndNot, 3) : take(Tok::AndNot, 2);
            if (d == '&')
                return take(Tok::LAnd, 2);
            return d == '=' ? assign_op(Tok::And, 2) : take(Tok::And, 1);
        case '|':
            if (d == '|')
                return take(Tok::LOr, 2);
            return d == '=' ? assign_op(Tok::Or, 2) : take(Tok::Or, 1);
        default:
            break;
        }

        // Anything else is not Go: report it and skip it. (NUL bytes, bytes that are not
        // UTF-8 and byte order marks never get here: the source reader drops them.)
        auto [r, n] = decode_utf8(src_, offset_);
        error(t.pos, "invalid character " + format_rune_u(r));
        offset_ += n;
        // A skipped character leaves the automatic semicolon as it was: "x := @" + newline
        // still ends the statement.
        insert_semi_ = semi_before;
    }
}

// Scans digits of the given base (and '_' separators), remembering the first
// digit not valid in base (for "invalid digit" errors).
void Lexer::digits(int base, int& invalid_at, char& invalid_digit, long& bad_separator) {
    int prev = -1; // previous char: digit or '_'
    for (;;) {
        int c = peek();
        if (c == '_') {
            if (prev == '_' && bad_separator < 0)
                bad_separator = long(offset_);
            prev = '_';
            offset_++;
            continue;
        }
        int v = base <= 10 ? (is_decimal(c) ? c - '0' : 99) : (is_hex(c) ? digit_value(c) : 99);
        if (v == 99)
            break;
        if (v >= base && invalid_at < 0) {
            invalid_at = int(offset_);
            invalid_digit = char(c);
        }
        prev = c;
        offset_++;
    }
    if (prev == '_' && bad_separator < 0)
        bad_separator = long(offset_) - 1;
}

// int_lit, float_lit and imaginary_lit from the spec, with Go's errors.
Token Lexer::scan_number() {
    Token t;
    t.pos = here();
    size_t start = offset_;
    int base = 10;
    char prefix = 0;
    int invalid_at = -1;
    char invalid_digit = 0;
    long bad_sep = -1; // offset of a '_' that separates nothing
    bool is_float = false;
    bool has_digits = false;

    if (peek() != '.') {
        if (peek() == '0') {
            int p = peek(1) | 0x20;
            if (p == 'x' || p == 'o' || p == 'b') {
                offset_ += 2;
                prefix = char(p);
                base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
            } else {
                base = 8;
                prefix = '0';
                has_digits = true; // the 0 itself
            }
        }
        size_t before = offset_;
        digits(base, invalid_at, invalid_digit, bad_sep);
        if (offset_ > before)
            has_digits =
                has_digits || src_.substr(before, offset_ - before).find_first_not_of('_') !=
                                  std::string_view::npos;
        // A legacy octal literal may still be a decimal float ("09.5").
        if (prefix == '0' && invalid_at >= 0 &&
            !(peek() == '.' || (peek() | 0x20) == 'e' || peek() == 'i')) {
            // keep invalid_at for the error below
        } else if (prefix == '0' && invalid_at >= 0) {
            invalid_at = -1;
        }
    }
    if (peek() == '.') {
        is_float = true;
        if (prefix == 'o' || prefix == 'b') {
            error(here(), std::string("invalid radix point in ") +
                              (prefix == 'o' ? "octal" : "binary") + " literal");
        }
        offset_++;
        size_t before = offset_;
        int ia = -1;
        char id = 0;
        digits(base == 16 ? 16 : 10, ia, id, bad_sep);
        if (offset_ > before)
            has_digits = true;
        if (prefix == '0')
            invalid_at = -1;
    }
    if (!has_digits && prefix != 0 && prefix != '0') {
        const char* name = prefix == 'x' ? "hexadecimal" : prefix == 'o' ? "octal" : "binary";
        error(here(), std::string(name) + " literal has no digits");
        t.bad = true;
    }
    int e = peek() | 0x20;
    if (e == 'e' || e == 'p') {
        if (e == 'e' && prefix != 0 && prefix != '0') {
            error(here(), std::string("'") + char(peek()) + "' exponent requires decimal mantissa");
            t.bad = true;
        } else if (e == 'p' && prefix != 'x') {
            error(here(),
                  std::string("'") + char(peek()) + "' exponent requires hexadecimal mantissa");
            t.bad = true;
        }
        offset_++;
        is_float = true;
        if (peek() == '+' || peek() == '-')
            offset_++;
        size_t before = offset_;
        int ia = -1;
        char id = 0;
        digits(10, ia, id, bad_sep);
        if (offset_ == before) {
            error(here(), "exponent has no digits");
            t.bad = true;
        }
        if (prefix == '0')
            invalid_at = -1;
    } else if (prefix == 'x' && is_float && !t.bad) {
        error(here(), "hexadecimal mantissa requires a 'p' exponent");
        t.bad = true;
    }
    if (peek() == 'i') {
        offset_++;
        t.kind = Tok::Imag;
        if (prefix == '0')
            invalid_at = -1;
    } else {
        t.kind = is_float ? Tok::Float : Tok::Int;
    }
    if (invalid_at >= 0 && !t.bad) {
        const char* name = base == 16  ? "hexadecimal"
                           : base == 8 ? "octal"
                           : base == 2 ? "binary"
                                       : "decimal";
        error(Pos{line_, int(invalid_at - line_start_) + 1},
              std::string("invalid digit '") + invalid_digit + "' in " + name + " literal");
        t.bad = true;
    }
    if (bad_sep >= 0 && !t.bad) {
        error(Pos{line_, int(bad_sep - long(line_start_)) + 1},
              "'_' must separate successive digits");
        t.bad = true;
    }
    t.text = std::string(src_.substr(start, offset_ - start));
    return t;
}

EscapeShape escape_shape(int c, int quote) {
    EscapeShape s;
    switch (c) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\':
        s.kind = EscapeShape::Single;
        return s;
    case 'x':
        return EscapeShape{EscapeShape::Digits, true, 2, 16, 255};
    case 'u':
        return EscapeShape{EscapeShape::Digits, true, 4, 16, 0x10FFFF};
    case 'U':
        return EscapeShape{EscapeShape::Digits, true, 8, 16, 0x10FFFF};
    default:
        if (c == quote)
            s.kind = EscapeShape::Single;
        else if (c >= '0' && c <= '7')
            return EscapeShape{EscapeShape::Digits, false, 3, 8, 255};
        return s;
    }
}

// Scans an escape sequence; the backslash is already consumed.
bool Lexer::scan_escape(char quote) {
    int c = peek();
    EscapeShape shape = escape_shape(c, quote);
    if (shape.kind == EscapeShape::Single) {
        offset_++;
        return true;
    }
    if (shape.kind == EscapeShape::Unknown) {
        if (c == -1)
            return true; // the caller reports the missing end
        error(here(), "unknown escape");
        return false;
    }
    if (shape.letter)
        offset_++;
    int n = shape.digits, base = shape.base;
    uint32_t max = shape.max;
    uint32_t x = 0;
    for (int i = 0; i < n; i++) {
        int d = peek();
        if (d == -1)
            return true;
        int v = digit_value(d);
        if (v >= base) {
            std::string shown;
            if (d == '\n')
                shown = "'\\n'";
            else {
                shown = "'";
                shown += char(d);
                shown += "'";
            }
            error(here(), "invalid character " + shown + " in " +
                              (base == 8 ? "octal" : "hexadecimal") + " escape");
            return false;
        }
        x = x * base + v;
        offset_++;
    }
    if (x > max && base == 8) {
        error(here(), "octal escape value " + std::to_string(x) + " > 255");
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        error(here(), "escape is invalid Unicode code point " + format_rune_u(int32_t(x)));
        return false;
    }
    return true;
}

Token Lexer::scan_string() {
    Token t;
    t.kind = Tok::String;
    t.pos = here();
    size_t start = offset_;
    offset_++;
    for (;;) {
        int c = peek();
        if (c == '"') {
            offset_++;
            break;
        }
        if (c == '\n') {
            error(here(), "newline in string");
            t.bad = true;
            break;
        }
        if (c == -1) {
            error(t.pos, "string not terminated");

            t.bad = true;
            break;
        }
        bool refused;
        offset_ += source_char(refused);
        if (c == '\\' && !scan_escape('"'))
            t.bad = true;
    }
    t.text = std::string(src_.substr(start, offset_ - start));
    return t;
}

Token Lexer::scan_raw_string() {
    Token t;
    t.kind = Tok::String;
    t.pos = here();
    size_t start = offset_;
    offset_++;
    for (;;) {
        int c = peek();
        if (c == '`') {
            offset_++;
            break;
        }
        if (c == -1) {
            error(t.pos, "string not terminated");
            t.bad = true;
            break;
        }
        bool refused;
        offset_ += source_char(refused);
        if (c == '\n') {
            line_++;
            line_start_ = offset_;
        }
    }
    t.text = std::string(src_.substr(start, offset_ - start));
    return t;
}

Token Lexer::scan_rune() {
    Token t;
    t.kind = Tok::Rune;
    t.pos = here();
    size_t start = offset_;
    offset_++;
    int n = 0;
    bool ok = true;
    for (;;) {
        int c = peek();
        if (c == '\'') {
            if (ok) {
                if (n == 0) {
                    error(here(), "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    error(t.pos, "more than one character in rune literal");
                    ok = false;
                }
            }
            offset_++;
            break;
        }
        if (c == '\n') {
            if (ok) {
                error(here(), "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (c == -1) {
            if (ok) {
                error(t.pos, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        if (c == '\\') {
            n++;
            offset_++;
            if (!scan_escape('\''))
                ok = false;
        } else {
            bool refused;
            offset_ += source_char(refused);
            n += refused ? 0 : 1;
        }
    }
    t.bad = !ok;
    t.text = std::string(src_.substr(start, offset_ - start));
    return t;
}

std::vector<Token> tokenize(std::string_view source, ErrorSink on_error) {
    Lexer lx(source, std::move(on_error));
    std::vector<Token> out;
    for (;;) {
        out.push_back(lx.next());
        if (out.back().kind == Tok::Eof)
            return out;
    }
}

namespace {

// Decodes one character or escape of an interpreted literal at lit[i].
int32_t decode_char(std::string_view lit, size_t& i, bool& is_byte) {
    is_byte = false;
    if (lit[i] != '\\') {
        auto [r, n] = decode_utf8(lit, i);
        if (r < 0) {
            is_byte = true;
            r = (unsigned char)lit[i];
        }
        i += n;
        return r;
    }
    i++;
    char c = lit[i++];
    switch (c) {
    case 'a':
        return 7;
    case 'b':
        return 8;
    case 'f':
        return 12;
    case 'n':
        return 10;
    case 'r':
        return 13;
    case 't':
        return 9;
    case 'v':
        return 11;
    case 'x': {
        is_byte = true;
        int32_t v = digit_value(lit[i]) * 16 + digit_value(lit[i + 1]);
        i += 2;
        return v;
    }
    case 'u':
    case 'U': {
        int n = c == 'u' ? 4 : 8;
        int32_t v = 0;
        for (int k = 0; k < n; k++)
            v = v * 16 + digit_value(lit[i++]);
        return v;
    }
    default:
        if (c >= '0' && c <= '7') {
            is_byte = true;
            int32_t v = (c - '0') * 64 + (lit[i] - '0') * 8 + (lit[i + 1] - '0');
            i += 2;
            return v;
        }
        return (unsigned char)c; // \\ \' \"
    }
}

} // namespace

std::string unquote_string(std::string_view lit) {
    std::string out;
    if (lit.size() < 2)
        return out;
    if (lit[0] == '`') {
        // Carriage returns are discarded from raw strings (spec).
        for (char c : lit.substr(1, lit.size() - 2))
            if (c != '\r')
                out += c;
        return out;
    }
    std::string_view body = lit.substr(1, lit.size() - 2);
    size_t i = 0;
    while (i < body.size()) {
        bool is_byte;
        int32_t r = decode_char(body, i, is_byte);
        if (is_byte)
            out += char(r);
        else
            append_utf8(out, r);
    }
    return out;
}

int32_t unquote_rune(std::string_view lit) {
    if (lit.size() < 3)
        return 0;
    std::string_view body = lit.substr(1, lit.size() - 2);
    size_t i = 0;
    bool is_byte;
    return decode_char(body, i, is_byte);
}

} // namespace golab
