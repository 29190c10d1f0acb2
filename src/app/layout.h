// layout.h: where a few labels go so that they never hide what they label, and which
// blocks of a row fit in it.
// Pure geometry in screen pixels, kept apart from ImGui so tests can check it.
#pragma once

#include <cstddef>
#include <vector>

namespace golab {

// Where a bracket's label goes: beside the bracket's end on the bracket's own
// row when it fits there, else on the row above, ending at the bracket's end.
struct BracketLabel {
    float x = 0;        // left edge of the text
    bool above = false; // on the row above the line instead of beside it
};

// Returns the place of a label label_w wide for a bracket line that ends at x1
// inside [left, right], gap pixels from the line. A label beside the line
// never covers it: the whole line stays visible whatever its length.
BracketLabel place_bracket_label(float x1, float label_w, float left, float right, float gap);

// Returns the left edge of a slider's value text text_w wide, inside the frame
// [x0, x1] and clear of the grab [grab0, grab1]: in the middle when the grab
// leaves room, else in the wider of the two stretches beside the grab.
float place_slider_text(float x0, float x1, float grab0, float grab1, float text_w, float pad);

// Returns which of a row of blocks to show, in their order, when the row is avail wide:
// blocks are widths[i] wide with gap between them, and when some are left out a "+N more"
// label more_w wide (plus a gap) ends the row. Blocks of higher rank (someone waits: 2,
// someone holds or a buffer holds values: 1) are kept before lower ones; among equals,
// earlier before later. What is returned always fits, but for the label alone.
std::vector<size_t> fit_row(const std::vector<float>& widths, const std::vector<int>& rank,
                            float avail, float gap, float more_w);

} // namespace golab
