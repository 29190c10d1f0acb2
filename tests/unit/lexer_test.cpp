// lexer_test.cpp: tokens, Go's automatic semicolons, literal values, byte
// columns, and the scanner's error texts and positions (taken from go 1.19
// on the same lines inside small programs).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/lexer.h"

namespace golab {
namespace {

// Renders tokens compactly: names and literals as written, operators and
// keywords by spelling, "\n;" for a semicolon Go inserts at a newline, "EOF;"
// for one inserted at the end, ";" for a written one.
std::string render(std::string_view src) {
    std::string out;
    for (const Token& t : tokenize(src)) {
        if (t.kind == Tok::Eof)
            break;
        if (!out.empty())
            out += ' ';
        switch (t.kind) {
        case Tok::Semi:
            out += t.text == "newline" ? "\\n;" : t.text == "EOF" ? "EOF;" : ";";
            break;
        case Tok::Name:
        case Tok::Int:
        case Tok::Float:
        case Tok::Imag:
        case Tok::Rune:
        case Tok::String:
        case Tok::AssignOp:
            out += t.text;
            break;
        default:
            out += token_spelling(t.kind);
            break;
        }
    }
    return out;
}

struct SemiCase {
    const char* source;
    const char* tokens;
};

const SemiCase kSemicolons[] = {
    {"x\ny", "x \\n; y EOF;"},
    {"return\n", "return \\n;"},
    {"break\ncontinue\nfallthrough\n", "break \\n; continue \\n; fallthrough \\n;"},
    {"f(a,\nb)\n", "f ( a comma b ) \\n;"},
    {"x++\ny--\n", "x ++ \\n; y -- \\n;"},
    {"}\n]\n)\n", "} \\n; ] \\n; ) \\n;"},
    {"a +\nb\n", "a + b \\n;"},
    {"if x {\n}\n", "if x { } \\n;"},
    {"x := 'a'\ny := \"s\"\nz := `r`\n", "x := 'a' \\n; y := \"s\" \\n; z := `r` \\n;"},
    {"1.5\n2i\n0x10\n", "1.5 \\n; 2i \\n; 0x10 \\n;"},
    {"a // comment\nb", "a \\n; b EOF;"},
    {"a /* one\ntwo */ b", "a \\n; b EOF;"},
    {"a /* same line */ b\n", "a b \\n;"},
    {"x; y\n", "x ; y \\n;"},
    {"func\n(", "func ("},
    {"s[i] += 2\n", "s [ i ] += 2 \\n;"},
    {"a &^= b <<= c >>= d\n", "a &^= b <<= c >>= d \\n;"},
    {"a && b || !c <- d ... e\n", "a && b || ! c <- d ... e \\n;"},
};

TEST(Lexer, InsertsSemicolonsAsGoDoes) {
    for (const SemiCase& c : kSemicolons)
        EXPECT_EQ(render(c.source), c.tokens) << "source: " << c.source;
}

TEST(Lexer, RecognisesKeywordsAndNames) {
    std::vector<Token> t = tokenize("package main\nfunc go_ goto chan select Élan");
    ASSERT_GE(t.size(), 9u);
    EXPECT_EQ(t[0].kind, Tok::Package);
    EXPECT_EQ(t[1].kind, Tok::Name);
    EXPECT_EQ(t[3].kind, Tok::Func);
    EXPECT_EQ(t[4].kind, Tok::Name); // go_ is a name, not the keyword
    EXPECT_EQ(t[5].kind, Tok::Goto);
    EXPECT_EQ(t[6].kind, Tok::Chan);
    EXPECT_EQ(t[7].kind, Tok::Select);
    EXPECT_EQ(t[8].kind, Tok::Name);
    EXPECT_EQ(t[8].text, "Élan");
}

TEST(Lexer, ClassifiesNumberLiterals) {
    struct {
        const char* text;
        Tok kind;
    } cases[] = {
        {"0", Tok::Int},      {"42", Tok::Int},       {"0x1F", Tok::Int},  {"0X_1f", Tok::Int},
        {"0o17", Tok::Int},   {"017", Tok::Int},      {"0b101", Tok::Int}, {"1_000_000", Tok::Int},
        {"1e3", Tok::Float},  {".5", Tok::Float},     {"1.", Tok::Float},  {"0x1p-2", Tok::Float},
        {"09.5", Tok::Float}, {"1.5e-3", Tok::Float}, {"2i", Tok::Imag},   {"0.5i", Tok::Imag},
    };
    for (auto& c : cases) {
        std::vector<std::string> errors;
        std::vector<Token> t = tokenize(c.text, [&](Pos, std::string m) { errors.push_back(m); });
        ASSERT_FALSE(t.empty());
        EXPECT_EQ(t[0].kind, c.kind) << c.text;
        EXPECT_EQ(t[0].text, c.text);
        EXPECT_TRUE(errors.empty()) << c.text << ": " << (errors.empty() ? "" : errors[0]);
    }
}

TEST(Lexer, DecodesStringAndRuneLiterals) {
    EXPECT_EQ(unquote_string("\"a\\tb\\n\""), "a\tb\n");
    EXPECT_EQ(unquote_string("\"\\x41\\101\\u00e9\\U0001F600\""), "AA\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(unquote_string("\"\\\"q\\\\\""), "\"q\\");
    EXPECT_EQ(unquote_string("`raw\\n\r\nline`"), "raw\\n\nline"); // raw: no escapes, no \r
    EXPECT_EQ(unquote_string("\"\xff\""), "\xff");                 // bytes pass through
    EXPECT_EQ(unquote_rune("'a'"), 'a');
    EXPECT_EQ(unquote_rune("'\\n'"), '\n');
    EXPECT_EQ(unquote_rune("'\\x41'"), 0x41);
    EXPECT_EQ(unquote_rune("'\\u00e9'"), 0xE9);
    EXPECT_EQ(unquote_rune("'é'"), 0xE9);
    EXPECT_EQ(unquote_rune("'\\''"), '\'');
}

TEST(Lexer, CountsColumnsInBytesWithTabsAsOne) {
    std::vector<Token> t = tokenize("\tx := \"é\" + y\n  z");
    // x at 1:2, := at 1:4, "é" at 1:7 (é is two bytes), + at 1:12, y at 1:14.
    EXPECT_EQ(t[0].pos, (Pos{1, 2}));
    EXPECT_EQ(t[1].pos, (Pos{1, 4}));
    EXPECT_EQ(t[2].pos, (Pos{1, 7}));
    EXPECT_EQ(t[3].pos, (Pos{1, 12}));
    EXPECT_EQ(t[4].pos, (Pos{1, 14}));
    EXPECT_EQ(t[5].kind, Tok::Semi); // the newline, at its own position
    EXPECT_EQ(t[5].pos, (Pos{1, 15}));
    EXPECT_EQ(t[6].pos, (Pos{2, 3}));
}

struct ErrorCase {
    const char* source;
    Pos pos;
    const char* message;
};

// Each line is the one go 1.19 complained about, with its column.
const ErrorCase kErrors[] = {
    {"\tx := 'ab'", {1, 7}, "more than one character in rune literal"},
    {"\ty := \"abc\n", {1, 11}, "newline in string"},
    {"\tz := 0x\n", {1, 9}, "hexadecimal literal has no digits"},
    {"\t_ = 08\n", {1, 7}, "invalid digit '8' in octal literal"},
    {"\tw := 1 # 2\n", {1, 9}, "invalid character U+0023 '#'"},
    {"\tx := \"a\\qb\"\n", {1, 10}, "unknown escape"},
    {"\ty := '\\400'\n", {1, 12}, "octal escape value 256 > 255"},
    {"\tz := /* abc\n", {1, 7}, "comment not terminated"},
    {"x := `abc", {1, 6}, "string not terminated"},
    {"x := \"abc", {1, 6}, "string not terminated"},
    {"x := 'a", {1, 6}, "rune literal not terminated"},
    {"x := ''", {1, 7}, "empty rune literal or unescaped '"},
    {"x := 1__0", {1, 8}, "'_' must separate successive digits"},
    {"x := 1_", {1, 7}, "'_' must separate successive digits"},
    {"x := 1e", {1, 8}, "exponent has no digits"},
    {"x := 0x1.5", {1, 11}, "hexadecimal mantissa requires a 'p' exponent"},
    {"x := \"\\uD800\"", {1, 13}, "escape is invalid Unicode code point U+D800"},
};

TEST(Lexer, ReportsGoScannerErrors) {
    for (const ErrorCase& c : kErrors) {
        std::vector<std::pair<Pos, std::string>> errors;
        tokenize(c.source, [&](Pos p, std::string m) { errors.push_back({p, m}); });
        ASSERT_EQ(errors.size(), 1u) << c.source;
        EXPECT_EQ(errors[0].second, c.message) << c.source;
        EXPECT_EQ(errors[0].first, c.pos)
            << c.source << " got " << errors[0].first.line << ":" << errors[0].first.col;
    }
}

TEST(Lexer, SurvivesHostileInput) {
    std::string nul("x\0y", 3);
    std::vector<std::string> errors;
    std::vector<Token> t = tokenize(nul, [&](Pos, std::string m) { errors.push_back(m); });
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "invalid NUL character");
    EXPECT_EQ(t.back().kind, Tok::Eof);

    errors.clear();
    tokenize("a \xff b", [&](Pos, std::string m) { errors.push_back(m); });
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0], "invalid UTF-8 encoding");

    // A byte order mark at the start is skipped.
    EXPECT_EQ(render("\xEF\xBB\xBFx"), "x EOF;");
}

} // namespace
} // namespace golab
