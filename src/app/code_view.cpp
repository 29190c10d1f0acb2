// code_view.cpp: a small Go highlighter. It only needs to look right, not to
// be a lexer: the front end in src/lang decides what the program means. Block
// comments and raw strings may span lines, so their state carries over.

#include "app/code_view.h"

#include <algorithm>
#include <array>

namespace golab {

namespace {

constexpr std::array<std::string_view, 25> kKeywords = {
    "break",  "case",        "chan", "const",   "continue", "default", "defer",
    "else",   "fallthrough", "for",  "func",    "go",       "goto",    "if",
    "import", "interface",   "map",  "package", "range",    "return",  "select",
    "struct", "switch",      "type", "var",
};

bool is_ident_start(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           static_cast<unsigned char>(c) >= 0x80;
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ident_char(char c) {
    return is_ident_start(c) || is_digit(c);
}

bool is_keyword(std::string_view w) {
    return std::find(kKeywords.begin(), kKeywords.end(), w) != kKeywords.end();
}

// Where a token that can span lines left off at the end of the last line.
enum class Carry { None, BlockComment, RawString };

struct LineBuilder {
    CodeLine line;
    int col = 0;

    // Appends source bytes [b, e) of src as kind, expanding tabs.
    void add(std::string_view src, size_t b, size_t e, TokenKind kind) {
        if (b >= e) {
            return;
        }
        const int start_col = col;
        const auto start_byte = static_cast<int>(line.text.size());
        for (size_t i = b; i < e; ++i) {
            line.column_of.push_back(col);
            if (src[i] == '\t') {
                const int next = (col / kTabWidth + 1) * kTabWidth;
                line.text.append(static_cast<size_t>(next - col), ' ');
                col = next;
            } else {
                line.text += src[i];
                // Count columns by characters: UTF-8 continuation bytes add none.
                if ((static_cast<unsigned char>(src[i]) & 0xc0) != 0x80) {
                    ++col;
                }
            }
        }
        const auto end_byte = static_cast<int>(line.text.size());
        if (!line.spans.empty() && line.spans.back().kind == kind) {
            line.spans.back().end = end_byte;
        } else {
            line.spans.push_back(CodeSpan{start_byte, end_byte, start_col, kind});
        }
    }
};

// Returns the end of a string or rune literal that opens at s[i] with quote q.
size_t quoted_end(std::string_view s, size_t i, char q) {
    size_t j = i + 1;
    while (j < s.size() && s[j] != q) {
        j += (s[j] == '\\' && j + 1 < s.size()) ? 2 : 1;
    }
    return std::min(j + 1, s.size());
}

CodeLine layout_line(std::string_view s, Carry& carry) {
    LineBuilder b;
    size_t i = 0;

    // A token carried over from the previous line ends first.
    if (carry != Carry::None) {
        const std::string_view close = carry == Carry::BlockComment ? "*/" : "`";
        const size_t at = s.find(close);
        const size_t end = at == std::string_view::npos ? s.size() : at + close.size();
        b.add(s, 0, end, carry == Carry::BlockComment ? TokenKind::Comment : TokenKind::String);
        if (at != std::string_view::npos) {
            carry = Carry::None;
        }
        i = end;
    }

    while (i < s.size()) {
        const char c = s[i];
        size_t j = i + 1;
        TokenKind kind = TokenKind::Plain;

        if (c == '/' && i + 1 < s.size() && s[i + 1] == '/') {
            j = s.size();
            kind = TokenKind::Comment;
        } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
            const size_t at = s.find("*/", i + 2);
            j = at == std::string_view::npos ? s.size() : at + 2;
            carry = at == std::string_view::npos ? Carry::BlockComment : Carry::None;
            kind = TokenKind::Comment;
        } else if (c == '"' || c == '\'') {
            j = quoted_end(s, i, c);
            kind = TokenKind::String;
        } else if (c == '`') {
            const size_t at = s.find('`', i + 1);
            j = at == std::string_view::npos ? s.size() : at + 1;
            carry = at == std::string_view::npos ? Carry::RawString : Carry::None;
            kind = TokenKind::String;
        } else if (is_digit(c) || (c == '.' && i + 1 < s.size() && is_digit(s[i + 1]))) {
            while (j < s.size() && (is_ident_char(s[j]) || s[j] == '.')) {
                ++j;
            }
            kind = TokenKind::Number;
        } else if (is_ident_start(c)) {
            while (j < s.size() && is_ident_char(s[j])) {
                ++j;
            }
            kind = is_keyword(s.substr(i, j - i)) ? TokenKind::Keyword : TokenKind::Plain;
        }
        b.add(s, i, j, kind);
        i = j;
    }
    b.line.column_of.push_back(b.col);
    b.line.columns = b.col;
    return std::move(b.line);
}

} // namespace

std::vector<CodeLine> layout_go_source(std::string_view src) {
    std::vector<CodeLine> lines;
    Carry carry = Carry::None;
    size_t start = 0;
    while (start < src.size()) {
        size_t nl = src.find('\n', start);
        if (nl == std::string_view::npos) {
            nl = src.size();
        }
        std::string_view line = src.substr(start, nl - start);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        lines.push_back(layout_line(line, carry));
        start = nl + 1;
    }
    return lines;
}

int word_end_column(const CodeLine& line, int column) {
    // Walk the text to the byte at `column`, counting characters, not bytes.
    size_t i = 0;
    int col = 0;
    while (i < line.text.size() && col < column) {
        ++i;
        if (i >= line.text.size() || (static_cast<unsigned char>(line.text[i]) & 0xc0) != 0x80) {
            ++col;
        }
    }
    int end = col;
    while (i < line.text.size() && is_ident_char(line.text[i])) {
        ++i;
        if (i >= line.text.size() || (static_cast<unsigned char>(line.text[i]) & 0xc0) != 0x80) {
            ++end;
        }
    }
    return std::max(end, column + 1);
}

ErrorPosition parse_error_position(std::string_view error) {
    // Find the first ":<digits>:<digits>: " so a file name may hold colons.
    for (size_t i = error.find(':'); i != std::string_view::npos; i = error.find(':', i + 1)) {
        size_t j = i + 1;
        int line = 0;
        while (j < error.size() && is_digit(error[j]) && line < 10'000'000) {
            line = line * 10 + (error[j++] - '0');
        }
        if (j == i + 1 || j >= error.size() || error[j] != ':') {
            continue;
        }
        size_t k = j + 1;
        int column = 0;
        while (k < error.size() && is_digit(error[k]) && column < 10'000'000) {
            column = column * 10 + (error[k++] - '0');
        }
        if (k == j + 1 || k + 1 >= error.size() || error[k] != ':' || error[k + 1] != ' ') {
            continue;
        }
        return ErrorPosition{line, column, std::string(error.substr(k + 2))};
    }
    return ErrorPosition{0, 0, std::string(error)};
}

} // namespace golab
