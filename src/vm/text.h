// text.h: UTF-8 and the bits of Unicode that Go's strings, strconv and fmt rely on.
//
// Decoding follows Go's unicode/utf8 exactly (an invalid byte decodes as U+FFFD with width
// 1; surrogates and overlong forms are invalid). The character classes and case mappings
// are Go's own for every rune (tables generated from Go by tools/gen_unicode_tables.go).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golab {

inline constexpr int32_t kRuneError = 0xFFFD;
inline constexpr int32_t kMaxRune = 0x10FFFF;

struct DecodedRune {
    int32_t rune = kRuneError;
    int width = 0; // bytes used; 0 only for empty input
};

// Returns the rune starting at s[i], as utf8.DecodeRuneInString(s[i:]) does.
DecodedRune decode_rune(std::string_view s, size_t i = 0);
// Returns the rune ending s, as utf8.DecodeLastRuneInString does.
DecodedRune decode_last_rune(std::string_view s);
// Appends r in UTF-8; an invalid rune appends U+FFFD, as Go's string(r) does.
void append_rune(std::string& out, int32_t r);
// Returns the bytes r needs in UTF-8, or -1 for an invalid rune (utf8.RuneLen).
int rune_len(int32_t r);
// Returns utf8.RuneCountInString(s).
int64_t rune_count(std::string_view s);
// Returns utf8.ValidString(s).
bool valid_utf8(std::string_view s);

// Returns unicode.IsSpace(r).
bool is_space(int32_t r);
// Returns unicode.IsPrint(r).
bool is_print(int32_t r);
// Return unicode.IsLetter(r), IsDigit, IsNumber, IsUpper, IsLower, IsTitle, IsPunct,
// IsControl and IsGraphic: Go's Unicode 13 tables for every rune.
bool is_letter(int32_t r);
bool is_digit(int32_t r);
bool is_number(int32_t r);
bool is_upper(int32_t r);
bool is_lower(int32_t r);
bool is_title(int32_t r);
bool is_punct(int32_t r);
bool is_control(int32_t r);
bool is_graphic(int32_t r);
// Returns unicode.ToUpper(r), unicode.ToLower(r) and unicode.ToTitle(r).
int32_t to_upper(int32_t r);
int32_t to_lower(int32_t r);
int32_t to_title(int32_t r);

// Returns s quoted as strconv.Quote does (quote '"') or the rune r as strconv.QuoteRune
// does (quote '\''); ascii_only escapes as QuoteToASCII and QuoteRuneToASCII do.
std::string quote_go_string(std::string_view s, bool ascii_only = false);
std::string quote_go_rune(int32_t r, bool ascii_only = false);
// Reads the Go literal in ("abc", 'a' or `abc`) into out, as strconv.Unquote does; false
// when Unquote would return ErrSyntax.
bool unquote_go(std::string_view in, std::string& out);

} // namespace golab
