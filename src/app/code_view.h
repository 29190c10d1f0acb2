// code_view.h: Go source prepared for the code panel: split into lines, tabs
// expanded to tab stops (ImGui draws a tab as a fixed-width glyph), and
// coloured spans for keywords, strings, numbers and comments. Also reads the
// position out of a compile error. No ImGui here: tests link it directly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace golab {

inline constexpr int kTabWidth = 4; // columns per tab stop, as Go editors show gofmt code

enum class TokenKind : uint8_t { Plain, Keyword, String, Number, Comment };

struct CodeSpan {
    int begin = 0; // bytes of CodeLine::text, [begin, end)
    int end = 0;
    int column = 0; // display column where the span starts
    TokenKind kind = TokenKind::Plain;
};

struct CodeLine {
    std::string text;            // the line with tabs expanded to spaces
    std::vector<CodeSpan> spans; // cover text from left to right, no gaps
    std::vector<int> column_of;  // display column of each source byte, plus one past the end
    int columns = 0;             // display width of the whole line
};

// Returns src split into display lines (a final newline adds no empty line).
std::vector<CodeLine> layout_go_source(std::string_view src);

// Returns the display column just past the word (identifier or number) that
// starts at display column `column` of line; column + 1 when none starts there.
int word_end_column(const CodeLine& line, int column);

struct ErrorPosition {
    int line = 0; // 0 when the text carries no position
    int column = 0;
    std::string message;
};

// Reads "prog.go:19:2: undefined: t0" into {19, 2, "undefined: t0"}.
ErrorPosition parse_error_position(std::string_view error);

} // namespace golab
