// loader.cpp: go run's first look at a file, as go/build and go/parser take it (see loader.h).
//
// [SECTION] Import reader: how many bytes go/build reads as the file's header
// [SECTION] Header scanner: go/scanner's tokens and error texts
// [SECTION] Header parser: go/parser's package clause and imports, first error only

#include "lang/loader.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

#include "lang/lexer.h"
#include "vm/text.h"

namespace golab {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_ascii_letter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Import reader
//
// go/build reads a file byte by byte, skipping blanks, semicolons and comments, through
// "package name" and the import declarations, and stops at the first byte that starts
// anything else. The bytes read so far, less that last one, are the header go/parser sees.
// It reads the whole file instead when the top does not have that shape, and it refuses a
// file with a NUL byte among the bytes it read. A leading byte order mark is not part of
// the header (so go/parser counts line 1's columns after it).

struct Header {
    std::string_view text;
    bool has_nul = false;
};

class ImportReader {
  public:
    explicit ImportReader(std::string_view source) : src_(source) {
        if (src_.substr(0, kBom.size()) == kBom)
            start_ = read_ = kBom.size();
    }

    Header read() {
        read_keyword("package");
        read_ident();
        while (peek_byte(true) == 'i') {
            read_keyword("import");
            if (peek_byte(true) == '(') {
                next_byte(false);
                while (peek_byte(true) != ')' && !failed())
                    read_import();
                next_byte(false);
            } else {
                read_import();
            }
        }

        Header h;
        if (nul_)
            return Header{{}, true};
        if (syntax_) {
            // The whole file goes to go/parser, which then finds what is wrong; a NUL byte
            // anywhere in it stops the reader first.
            h.has_nul = src_.find('\0', read_) != std::string_view::npos;
            h.text = src_.substr(start_);
            return h;
        }
        size_t end = eof_ ? read_ : read_ - 1; // the byte that ended the header is not in it
        h.text = src_.substr(start_, end - start_);
        return h;
    }

  private:
    bool failed() const { return nul_ || syntax_; }
    void syntax_error() {
        if (!failed())
            syntax_ = true;
    }

    // Returns the next byte, or 0 at the end of the file and for a NUL byte (which fails the
    // read when nothing failed before).
    int read_byte() {
        if (read_ >= src_.size()) {
            eof_ = true;
            return 0;
        }
        int c = static_cast<unsigned char>(src_[read_++]);
        if (c == 0 && !failed())
            nul_ = true;
        return c;
    }

    // Returns the byte ahead without taking it; with skip_space, after blanks and comments.
    int peek_byte(bool skip_space) {
        if (failed())
            return 0;
        int c = peek_ != 0 ? peek_ : read_byte();
        while (!failed() && !eof_) {
            if (!skip_space)
                break;
            if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';') {
                c = read_byte();
                continue;
            }
            if (c != '/')
                break;
            c = read_byte();
            if (c == '/') {
                while (c != '\n' && !failed() && !eof_)
                    c = read_byte();
            } else if (c == '*') {
                int after = 0; // the byte after c: the comment ends at "*/"
                while ((c != '*' || after != '/') && !failed()) {
                    if (eof_)
                        syntax_error();
                    c = after;
                    after = read_byte();
                }
            } else {
                syntax_error();
            }
            c = read_byte();
        }
        peek_ = c;
        return c;
    }

    int next_byte(bool skip_space) {
        int c = peek_byte(skip_space);
        peek_ = 0;
        return c;
    }

    static bool is_ident_byte(int c) { return is_ascii_letter(c) || is_digit(c) || c >= 0x80; }

    void read_keyword(std::string_view keyword) {
        peek_byte(true);
        for (char k : keyword) {
            if (next_byte(false) != k) {
                syntax_error();
                return;
            }
        }
        if (is_ident_byte(peek_byte(false)))
            syntax_error();
    }

    void read_ident() {
        if (!is_ident_byte(peek_byte(true))) {
            syntax_error();
            return;
        }
        while (is_ident_byte(peek_byte(false)))
            peek_ = 0;
    }

    void read_string() {
        int quote = next_byte(true);
        if (quote != '`' && quote != '"') {
            syntax_error();
            return;
        }
        while (!failed()) {
            int c = next_byte(false);
            if (c == quote)
                break;
            if (eof_ || (quote == '"' && c == '\n'))
                syntax_error();
            if (quote == '"' && c == '\\')
                next_byte(false);
        }
    }

    void read_import() {
        int c = peek_byte(true);
        if (c == '.')
            peek_ = 0;
        else if (is_ident_byte(c))
            read_ident();
        read_string();
    }

    std::string_view src_;
    size_t start_ = 0; // after a leading byte order mark
    size_t read_ = 0;  // bytes read so far
    int peek_ = 0;     // a byte read ahead, 0 for none
    bool eof_ = false;
    bool nul_ = false;
    bool syntax_ = false;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Header scanner
//
// go/scanner, as far as a header needs it: it reports a NUL byte, bytes that are not UTF-8
// and a byte order mark wherever it reads them (comments and strings included), and names
// the token the parser did not expect the way go/parser prints it.

struct Found {
    Pos pos;
    std::string message;
};

enum class Kind { Eof, Semi, Ident, String, Literal, Keyword, Operator, Illegal };

struct HeaderToken {
    Kind kind = Kind::Eof;
    std::string text; // the literal, keyword or operator; "\n" for an automatic semicolon
    Pos pos;
    bool bad = false; // a string literal with errors (go/parser cannot unquote it)
};

const std::string_view kKeywords[] = {"break",     "case",   "chan",    "const",       "continue",
                                      "default",   "defer",  "else",    "fallthrough", "for",
                                      "func",      "go",     "goto",    "if",          "import",
                                      "interface", "map",    "package", "range",       "return",
                                      "select",    "struct", "switch",  "type",        "var"};

// Go's operators, longer ones first so that the first match is the longest.
const std::string_view kOperators[] = {
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=",
    ">=",  ":=",  "+=",  "-=",  "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>",
    "&^",  "+",   "-",   "*",   "/",  "%",  "&",  "|",  "^",  "<",  ">",  "=",
    "!",   "(",   ")",   "[",   "]",  "{",  "}",  ",",  ";",  ".",  ":",  "~"};

class HeaderScanner {
  public:
    HeaderScanner(std::string_view text, std::vector<Found>& errors) : src_(text), errors_(errors) {
        advance();
    }

    HeaderToken scan() {
        for (;;) {
            while (ch_ == ' ' || ch_ == '\t' || ch_ == '\r' || (ch_ == '\n' && !insert_semi_))
                advance();
            HeaderToken t;
            t.pos = pos_of(offset_);
            if (ch_ == -1 || ch_ == '\n') {
                bool semi = insert_semi_;
                insert_semi_ = false;
                if (semi) {
                    advance();
                    t.kind = Kind::Semi;
                    t.text = "\n";
                }
                return t;
            }
            if (ch_ == '/' && (peek() == '/' || peek() == '*')) {
                if (insert_semi_ && comment_ends_line()) {
                    insert_semi_ = false;
                    t.kind = Kind::Semi;
                    t.text = "\n";
                    return t;
                }
                skip_comment();
                continue;
            }
            insert_semi_ = false;
            if (is_letter(ch_)) {
                size_t start = offset_;
                while (is_letter(ch_) || is_digit(ch_))
                    advance();
                t.text = std::string(src_.substr(start, offset_ - start));
                bool keyword = std::find(std::begin(kKeywords), std::end(kKeywords), t.text) !=
                               std::end(kKeywords);
                t.kind = keyword ? Kind::Keyword : Kind::Ident;
                insert_semi_ = !keyword || t.text == "break" || t.text == "continue" ||
                               t.text == "fallthrough" || t.text == "return";
                return t;
            }
            if (is_digit(ch_) || (ch_ == '.' && is_digit(peek()))) {
                scan_number(t);
                return t;
            }
            if (ch_ == '"' || ch_ == '`' || ch_ == '\'') {
                scan_quoted(t);
                return t;
            }
            for (std::string_view op : kOperators) {
                if (src_.substr(offset_, op.size()) == op) {
                    for (size_t i = 0; i < op.size(); i++)
                        advance();
                    t.kind = op == ";" ? Kind::Semi : Kind::Operator;
                    t.text = std::string(op);
                    insert_semi_ = op == ")" || op == "]" || op == "}" || op == "++" || op == "--";
                    return t;
                }
            }
            // Anything else is an illegal token (reported unless the reader reported it).
            if (ch_ != kByteOrderMarkRune)
                error(t.pos, "illegal character " + rune_description(ch_));
            t.kind = Kind::Illegal;
            advance();
            return t;
        }
    }

  private:
    static constexpr int32_t kByteOrderMarkRune = 0xFEFF;

    // NOTE: Go asks unicode.IsLetter; we take every printable rune beyond ASCII for a letter,
    // which only differs for punctuation and symbols outside ASCII in a file's first lines.
    static bool is_letter(int32_t c) {
        return is_ascii_letter(c) ||
               (c >= 0x80 && c != kRuneError && c != kByteOrderMarkRune && is_print(c));
    }

    static std::string rune_description(int32_t r) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
        std::string s = buf;
        if (is_print(r)) {
            s += " '";
            append_utf8(s, r);
            s += "'";
        }
        return s;
    }

    void error(Pos p, std::string message) { errors_.push_back(Found{p, std::move(message)}); }

    Pos pos_of(size_t offset) const {
        return Pos{line_, static_cast<int>(offset - line_start_) + 1};
    }

    int peek() const { return read_ < src_.size() ? static_cast<unsigned char>(src_[read_]) : -1; }

    // Moves to the next character and reports it when go/scanner does.
    void advance() {
        // NOTE: go/token starts no line at the very end of a file: the end of "x\n" is on
        // line 1.
        if (ch_ == '\n' && read_ < src_.size()) {
            line_++;
            line_start_ = read_;
        }
        offset_ = read_;
        if (read_ >= src_.size()) {
            ch_ = -1;
            return;
        }
        int c = static_cast<unsigned char>(src_[read_]);
        int width = 1;
        if (c == 0) {
            error(pos_of(offset_), "illegal character NUL");
        } else if (c >= 0x80) {
            DecodedRune d = decode_rune(src_, read_);
            c = d.rune;
            width = d.width;
            if (c == kRuneError && width == 1)
                error(pos_of(offset_), "illegal UTF-8 encoding");
            else if (c == kByteOrderMarkRune && offset_ > 0)
                error(pos_of(offset_), "illegal byte order mark");
        }
        read_ += width;
        ch_ = c;
    }

    // Returns whether the comment starting here, and any comments after it on its line, reach
    // the end of the line (then an automatic semicolon comes first). Reads without reporting.
    bool comment_ends_line() const {
        size_t i = offset_;
        while (i + 1 < src_.size() && src_[i] == '/') {
            if (src_[i + 1] == '/')
                return true;
            if (src_[i + 1] != '*')
                return false;
            size_t close = src_.find("*/", i + 2);
            size_t newline = src_.find('\n', i + 2);
            if (newline < close)
                return true;
            if (close == std::string_view::npos)
                return true;
            i = close + 2;
            while (i < src_.size() && (src_[i] == ' ' || src_[i] == '\t' || src_[i] == '\r'))
                i++;
            if (i >= src_.size() || src_[i] == '\n')
                return true;
        }
        return false;
    }

    void skip_comment() {
        Pos start = pos_of(offset_);
        advance();
        if (ch_ == '/') {
            while (ch_ != '\n' && ch_ != -1)
                advance();
            return;
        }
        advance();
        for (;;) {
            if (ch_ == -1) {
                error(start, "comment not terminated");
                return;
            }
            int c = ch_;
            advance();
            if (c == '*' && ch_ == '/') {
                advance();
                return;
            }
        }
    }

    // Numbers only need their extent here: go/parser prints them as written.
    void scan_number(HeaderToken& t) {
        size_t start = offset_;
        bool hex = false;
        if (ch_ == '0' && peek() > 0 && std::strchr("xXbBoO", peek())) {
            hex = (peek() | 0x20) == 'x';
            advance();
            advance();
        }
        auto digits = [&] {
            while (is_digit(ch_) || ch_ == '_' ||
                   (hex && (ch_ | 0x20) >= 'a' && (ch_ | 0x20) <= 'f'))
                advance();
        };
        digits();
        if (ch_ == '.') {
            advance();
            digits();
        }
        if (ch_ > 0 && (ch_ | 0x20) == (hex ? 'p' : 'e')) {
            advance();
            if (ch_ == '+' || ch_ == '-')
                advance();
            hex = false;
            digits();
        }
        if (ch_ == 'i')
            advance();
        t.kind = Kind::Literal;
        t.text = std::string(src_.substr(start, offset_ - start));
        insert_semi_ = true;
    }

    // "..." and `...` strings and '.' runes, with go/scanner's errors for them.
    void scan_quoted(HeaderToken& t) {
        size_t start = offset_;
        int quote = ch_;
        advance();
        int count = 0;
        for (;;) {
            if (ch_ == -1 || (ch_ == '\n' && quote != '`')) {
                error(t.pos, quote == '"'   ? "string literal not terminated"
                             : quote == '`' ? "raw string literal not terminated"
                                            : "rune literal not terminated");
                t.bad = true;
                break;
            }
            int c = ch_;
            advance();
            if (c == quote)
                break;
            count++;
            if (c == '\\' && quote != '`' && !scan_escape(quote))
                t.bad = true;
        }
        if (quote == '\'' && !t.bad && count != 1) {
            error(t.pos, "illegal rune literal");
            t.bad = true;
        }
        t.kind = quote == '\'' ? Kind::Literal : Kind::String;
        t.text = std::string(src_.substr(start, offset_ - start));
        insert_semi_ = true;
    }

    // One escape after its backslash; returns whether it is valid.
    bool scan_escape(int quote) {
        Pos at = pos_of(offset_);
        EscapeShape shape = escape_shape(ch_, quote);
        if (shape.kind == EscapeShape::Single) {
            advance();
            return true;
        }
        if (shape.kind == EscapeShape::Unknown) {
            error(at, ch_ < 0 ? "escape sequence not terminated" : "unknown escape sequence");
            return false;
        }
        if (shape.letter)
            advance();
        int digits = shape.digits, base = shape.base;
        uint32_t max = shape.max;
        uint32_t value = 0;
        for (; digits > 0; digits--) {
            int d = is_digit(ch_)                                ? ch_ - '0'
                    : (ch_ | 0x20) >= 'a' && (ch_ | 0x20) <= 'f' ? (ch_ | 0x20) - 'a' + 10
                                                                 : 16;
            if (d >= base) {
                error(pos_of(offset_), ch_ < 0 ? "escape sequence not terminated"
                                               : "illegal character " + rune_description(ch_) +
                                                     " in escape sequence");
                return false;
            }
            value = value * base + d;
            advance();
        }
        if (value > max || (value >= 0xD800 && value < 0xE000)) {
            error(at, "escape sequence is invalid Unicode code point");
            return false;
        }
        return true;
    }

    std::string_view src_;
    std::vector<Found>& errors_;
    int32_t ch_ = 0;    // the current character, -1 at the end
    size_t offset_ = 0; // where ch_ starts
    size_t read_ = 0;   // where the character after it starts
    int line_ = 1;
    size_t line_start_ = 0;
    bool insert_semi_ = false;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Header parser
//
// go/parser in its imports-only mode: "package" name ";" then import declarations. It drops
// an error on the line of the error before it, and go run prints the first error in position
// order, so parsing can stop at the parser's first complaint.

// Returns whether go/parser takes the quoted import path lit.
bool valid_import_path(const HeaderToken& t) {
    if (t.bad)
        return false;
    std::string path = unquote_string(t.text);
    if (path.empty())
        return false;
    constexpr std::string_view kIllegal = "!\"#$%&'()*,:;<=>?[\\]^{|}`";
    for (size_t i = 0; i < path.size();) {
        DecodedRune d = decode_rune(path, i);
        i += d.width;
        if (d.rune == kRuneError || !is_print(d.rune) || is_space(d.rune) ||
            (d.rune < 0x80 && kIllegal.find(static_cast<char>(d.rune)) != std::string_view::npos))
            return false;
    }
    return true;
}

class HeaderParser {
  public:
    HeaderParser(std::string_view text, LoadedHeader& out) : scanner_(text, errors_), out_(out) {
        next();
    }

    // Returns the loader's first error, if any.
    std::optional<Found> parse() {
        file();
        if (errors_.empty())
            return std::nullopt;
        return *std::min_element(errors_.begin(), errors_.end(),
                                 [](const Found& a, const Found& b) {
                                     return a.pos != b.pos ? a.pos < b.pos : a.message < b.message;
                                 });
    }

  private:
    void next() { tok_ = scanner_.scan(); }
    bool is(Kind k, std::string_view text = {}) const {
        return tok_.kind == k && (text.empty() || tok_.text == text);
    }

    // Records go/parser's "expected X, found Y"; returns false, which ends the parse.
    bool expected(std::string_view what) {
        std::string found;
        switch (tok_.kind) {
        case Kind::Semi:
            found = tok_.text == "\n" ? "newline" : "';'";
            break;
        case Kind::Ident:
        case Kind::String:
        case Kind::Literal:
            found = tok_.text;
            break;
        case Kind::Eof:
            found = "'EOF'";
            break;
        case Kind::Illegal:
            found = "'ILLEGAL'";
            break;
        default:
            found = "'" + tok_.text + "'";
        }
        return parser_error(tok_.pos, "expected " + std::string(what) + ", found " + found);
    }

    bool parser_error(Pos p, std::string message) {
        if (errors_.empty() || errors_.back().pos.line != p.line)
            errors_.push_back(Found{p, std::move(message)});
        return false;
    }

    // ";" after a clause or declaration (go/parser lets a ")" stand for it).
    bool semi() {
        if (is(Kind::Operator, ")") || is(Kind::Operator, "}"))
            return true;
        if (!is(Kind::Semi))
            return expected("';'");
        next();
        return true;
    }

    // "package" name ";" { import_decl ";" }
    void file() {
        if (!is(Kind::Keyword, "package")) {
            expected("'package'");
            return;
        }
        next();
        if (!is(Kind::Ident)) {
            expected("'IDENT'");
            return;
        }
        out_.package_name = tok_.text;
        next();
        if (!semi() || !errors_.empty())
            return;
        while (is(Kind::Keyword, "import")) {
            next();
            if (!is(Kind::Operator, "(")) {
                if (!import_spec())
                    return;
                continue;
            }
            next();
            while (!is(Kind::Operator, ")") && !is(Kind::Eof)) {
                if (!import_spec())
                    return;
            }
            if (!is(Kind::Operator, ")")) {
                expected("')'");
                return;
            }
            next();
            if (!semi())
                return;
        }
    }

    // [ "." | name ] path ";"
    bool import_spec() {
        if (is(Kind::Operator, ".") || is(Kind::Ident))
            next();
        if (!is(Kind::String))
            return expected("'STRING'");
        if (!valid_import_path(tok_))
            return parser_error(tok_.pos, "invalid import path: " + tok_.text);
        out_.imports.push_back(HeaderImport{unquote_string(tok_.text), tok_.pos});
        next();
        return semi();
    }

    std::vector<Found> errors_; // in the order found, as go/parser records them
    HeaderScanner scanner_;
    LoadedHeader& out_;
    HeaderToken tok_;
};

} // namespace

LoadedHeader load_header(std::string_view file, std::string_view source) {
    LoadedHeader out;
    Header header = ImportReader(source).read();
    if (header.has_nul) {
        out.errors.push_back(CompileError{
            "", 0, 0, "go: reading " + std::string(file) + ": unexpected NUL in input"});
        return out;
    }
    if (std::optional<Found> first = HeaderParser(header.text, out).parse()) {
        out.errors.push_back(
            CompileError{std::string(file), first->pos.line, first->pos.col, first->message});
    }
    return out;
}

} // namespace golab
