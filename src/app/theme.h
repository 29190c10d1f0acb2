// theme.h: the page's look in one place: a calm dark style whose spacing is
// measured in font heights (so it follows the font size the platform sets),
// the colours of goroutine states and run statuses, and one colour per
// goroutine for its markers. Needs ImGui.
#pragma once

#include <cstdint>

#include "imgui.h"
#include "runtime/session.h"

namespace golab {

// Sets every colour and size of style for a font of font_size pixels.
void apply_theme(ImGuiStyle& style, float font_size);

// Returns the colour of a goroutine state. Chosen after Okabe and Ito's
// colour-blind-safe set, lightened for a dark background; the state word or
// the lane height always tells the states apart too.
ImVec4 state_color(GoroutineState s);

// Returns the colour of a run status in the header.
ImVec4 status_color(RunStatus s);

// Returns the colour that marks goroutine id everywhere (code markers, table
// swatch). main (id 1) is near-white; the others cycle through a palette.
ImVec4 goroutine_color(int64_t id);

// Colours the views share, beyond ImGui's own.
namespace palette {
inline const ImVec4 kAccent{0.33f, 0.80f, 0.72f, 1.0f};        // teal: product name, Run
inline const ImVec4 kDimText{0.55f, 0.58f, 0.64f, 1.0f};       // labels, line numbers
inline const ImVec4 kCodeText{0.84f, 0.86f, 0.90f, 1.0f};      // plain code
inline const ImVec4 kKeyword{0.78f, 0.60f, 0.95f, 1.0f};       // Go keywords
inline const ImVec4 kString{0.90f, 0.75f, 0.50f, 1.0f};        // string literals
inline const ImVec4 kNumber{0.55f, 0.80f, 0.95f, 1.0f};        // number literals
inline const ImVec4 kComment{0.48f, 0.52f, 0.58f, 1.0f};       // comments
inline const ImVec4 kError{0.96f, 0.45f, 0.33f, 1.0f};         // compile errors
inline const ImVec4 kWarning{0.93f, 0.70f, 0.30f, 1.0f};       // notes, notices
inline const ImVec4 kPrimaryButton{0.16f, 0.42f, 0.38f, 1.0f}; // Run: the accent, darkened
inline const ImVec4 kPrimaryButtonHovered{0.20f, 0.52f, 0.47f, 1.0f};
inline const ImVec4 kPrimaryButtonActive{0.24f, 0.60f, 0.54f, 1.0f};
inline const ImVec4 kPanelBg{0.090f, 0.102f, 0.125f, 1.0f};
inline const ImVec4 kPageBg{0.063f, 0.071f, 0.090f, 1.0f};
} // namespace palette

// Returns c with its alpha multiplied by a, packed for ImDrawList.
ImU32 to_u32(ImVec4 c, float a = 1.0f);

} // namespace golab
