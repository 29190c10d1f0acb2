// layout.cpp: label placement for the timeline's brackets and the page's
// sliders (see layout.h).

#include "app/layout.h"

#include <algorithm>

namespace golab {

BracketLabel place_bracket_label(float x1, float label_w, float left, float right, float gap) {
    // Beside the end, when the row has room for it right of the line.
    if (x1 + gap + label_w <= right) {
        return {x1 + gap, false};
    }
    // Above the line: right-aligned to its end, kept inside the lane.
    const float x = std::max(std::min(x1 - label_w, right - label_w), left);
    return {x, true};
}

float place_slider_text(float x0, float x1, float grab0, float grab1, float text_w, float pad) {
    // Centred, as sliders usually show their value, when that misses the grab.
    const float centred = (x0 + x1 - text_w) * 0.5f;
    if (centred + text_w + pad <= grab0 || centred >= grab1 + pad) {
        return centred;
    }
    // Else in the middle of the wider stretch beside the grab.
    const float left_room = grab0 - x0;
    const float right_room = x1 - grab1;
    if (left_room >= right_room) {
        return std::max(x0 + pad, (x0 + grab0 - text_w) * 0.5f);
    }
    return std::min(x1 - pad - text_w, (grab1 + x1 - text_w) * 0.5f);
}

} // namespace golab
