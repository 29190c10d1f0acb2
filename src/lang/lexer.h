// lexer.h: turns Go source bytes into tokens, inserting semicolons as Go does.
//
// The spec's rule: a newline (or EOF, or a comment spanning lines) ends the
// statement when the line's last token is a name, a literal, one of the
// keywords break/continue/fallthrough/return, or one of ++ -- ) ] }.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/token.h"

namespace golab {

// Receives each lexical error at its position, in Go's wording.
using ErrorSink = std::function<void(Pos, std::string)>;

class Lexer {
  public:
    Lexer(std::string_view source, ErrorSink on_error);

    // Returns the next token; after the end it keeps returning Eof.
    Token next();

  private:
    void skip_whitespace_and_comments(bool& saw_newline, Pos& newline_pos);
    Token scan_number();
    Token scan_string();
    Token scan_raw_string();
    Token scan_rune();
    // Scans one escape after the backslash; returns false if malformed.
    bool scan_escape(char quote);
    void digits(int base, int& invalid_at, char& invalid_digit, long& bad_separator);
    void error(Pos p, std::string msg);
    // Returns how many bytes the character at the offset takes. Reports it, and sets refused,
    // when Go's source reader refuses it: a NUL byte, a byte that is not UTF-8, or a byte
    // order mark after the start (the reader then drops it).
    int source_char(bool& refused);
    Pos here() const { return Pos{line_, int(offset_ - line_start_) + 1}; }
    int peek(size_t ahead = 0) const {
        return offset_ + ahead < src_.size() ? (unsigned char)src_[offset_ + ahead] : -1;
    }

    std::string_view src_;
    ErrorSink on_error_;
    size_t offset_ = 0;
    size_t line_start_ = 0;
    int line_ = 1;
    bool insert_semi_ = false; // the last token allows an automatic semicolon
};

// Returns all tokens of a source (for tests and tools); errors go to on_error.
std::vector<Token> tokenize(std::string_view source, ErrorSink on_error = nullptr);

// What follows a backslash in a quoted literal: one character (\n, \\, the quote), or a
// number of digits in a base up to a largest value (\x, \u, \U after their letter, octal
// from the first digit), or nothing valid.
struct EscapeShape {
    enum Kind { Single, Digits, Unknown } kind = Unknown;
    bool letter = false; // a letter (x, u, U) comes before the digits
    int digits = 0;
    int base = 0;
    uint32_t max = 0;
};
EscapeShape escape_shape(int c, int quote);

// Returns the value of a Go string literal (interpreted or raw) as bytes.
// The literal must already have been checked by the lexer.
std::string unquote_string(std::string_view lit);

// Returns the code point of a rune literal ('a', '\n', '\u00e9').
int32_t unquote_rune(std::string_view lit);

// Appends the UTF-8 encoding of a code point (invalid ones become U+FFFD).
void append_utf8(std::string& out, int32_t r);

} // namespace golab
