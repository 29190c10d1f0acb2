// theme.h: the page's look in one place: a dark and a light style whose
// spacing is measured in font heights (so it follows the font size the
// platform sets), the colours of goroutine states (Okabe and Ito's
// colour-blind-safe set, with a glyph per state so colour is never the only
// cue), of run statuses, and one colour per goroutine for its markers.
// Needs ImGui.
#pragma once

#include <cstdint>

#include "imgui.h"
#include "runtime/session.h"

namespace golab {

enum class ThemeKind : uint8_t { Dark, Light };

// Returns "dark" or "light", the words the state object uses.
const char* to_string(ThemeKind t);

// Colours the views share, beyond ImGui's own, for the theme in use.
struct Palette {
    ImVec4 accent;         // product name, Run
    ImVec4 dim_text;       // labels, line numbers
    ImVec4 code_text;      // plain code and plain text
    ImVec4 strong_text;    // the stopped program clock
    ImVec4 keyword;        // Go keywords
    ImVec4 string;         // string literals
    ImVec4 number;         // number literals
    ImVec4 comment;        // comments
    ImVec4 error;          // compile errors
    ImVec4 warning;        // notes, notices
    ImVec4 primary_button; // Run: the accent, darkened
    ImVec4 primary_button_hovered;
    ImVec4 primary_button_active;
    ImVec4 panel_bg;
    ImVec4 page_bg;
};

// Picks the theme every colour below comes from; apply_theme() then sets ImGui's.
void set_theme(ThemeKind t);
ThemeKind current_theme();

// Returns the colours of the theme in use.
const Palette& palette();

// Sets every colour and size of style for a font of font_size pixels, in the theme in use.
void apply_theme(ImGuiStyle& style, float font_size);

// Returns the colour of a goroutine state: Okabe and Ito's colour-blind-safe
// set, the same in both themes.
ImVec4 state_color(GoroutineState s);

// Returns a one-character glyph (UTF-8) per state, shown beside the state's
// colour wherever a state is named: running ▶, runnable ▷, sleeping ◔,
// waiting ∥, done ✓, lost ✕.
const char* state_glyph(GoroutineState s);

// Returns the colour of a run status in the header.
ImVec4 status_color(RunStatus s);

// Returns the colour that marks goroutine id everywhere (code markers, table
// swatch). main (id 1) has the text colour; the others cycle through a palette.
ImVec4 goroutine_color(int64_t id);

// Returns c with its alpha multiplied by a, packed for ImDrawList.
ImU32 to_u32(ImVec4 c, float a = 1.0f);

} // namespace golab
