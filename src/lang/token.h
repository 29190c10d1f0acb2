// token.h: the tokens of Go source text and their positions.
//
// The lexer produces these and the parser consumes them. Names follow the Go
// spec ("Operators and punctuation", "Keywords"); error messages print a token
// the way Go's own parser does (see token_description).
#pragma once

#include <cstdint>
#include <string>

namespace golab {

// A place in the source: 1-based line, and 1-based column in bytes (a tab is
// one column), as Go counts them. line 0 means "no position".
struct Pos {
    int line = 0;
    int col = 0;
    bool valid() const { return line > 0; }
    friend bool operator==(const Pos&, const Pos&) = default;
    friend auto operator<=>(const Pos&, const Pos&) = default;
};

enum class Tok : uint8_t {
    Eof,
    Name,
    // Literals.
    Int,
    Float,
    Imag,
    Rune,
    String,
    // Operators (binary and unary) that do not need a class of their own.
    Add,    // +
    Sub,    // -
    Mul,    // *
    Quo,    // /
    Rem,    // %
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Arrow,  // <-
    Eql,    // ==
    Neq,    // !=
    Lss,    // <
    Leq,    // <=
    Gtr,    // >
    Geq,    // >=
    Not,    // !
    Tilde,  // ~
    // Assignment and friends.
    Assign,   // =
    Define,   // :=
    AssignOp, // += -= *= ... (op holds the operator)
    Inc,      // ++
    Dec,      // --
    // Punctuation.
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Semi, // ";" written or inserted (text is "newline" / "EOF" when inserted)
    Colon,
    Dot,
    Ellipsis,
    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
};

struct Token {
    Tok kind = Tok::Eof;
    Pos pos;
    // Source text for names and literals (a literal keeps its quotes); for a
    // semicolon: ";", "newline" or "EOF"; for AssignOp the whole "+=".
    std::string text;
    // For AssignOp: the binary operator it applies (Tok::Add for "+=").
    Tok op = Tok::Eof;
    // A literal the lexer already reported as malformed (the parser and
    // checker stay quiet about it).
    bool bad = false;
};

// Returns the spelling of an operator, punctuation or keyword token ("+", "func").
const char* token_spelling(Tok t);

// Returns how Go's parser names a token in "unexpected X": "name x" is just
// "x", literals are "literal 2", semicolons "newline" / "EOF" / "semicolon".
std::string token_description(const Token& t);

// Binary operator precedence per the spec (5 = * / ..., 1 = ||); 0 if not binary.
int binary_precedence(Tok t);

} // namespace golab
