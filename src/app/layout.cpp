// layout.cpp: label placement for the timeline's brackets and the page's
// sliders, and the blocks of the sync panel's row (see layout.h).

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

std::vector<size_t> fit_row(const std::vector<float>& widths, const std::vector<int>& rank,
                            float avail, float gap, float more_w) {
    float all = 0;
    for (size_t i = 0; i < widths.size(); ++i) {
        all += widths[i] + (i > 0 ? gap : 0);
    }
    std::vector<size_t> shown(widths.size());
    for (size_t i = 0; i < shown.size(); ++i) {
        shown[i] = i;
    }
    if (all <= avail) {
        return shown;
    }

    // Not all fit: room for the "+N more" label first, then the busiest blocks that fit.
    auto rank_of = [&](size_t i) { return i < rank.size() ? rank[i] : 0; };
    std::stable_sort(shown.begin(), shown.end(),
                     [&](size_t a, size_t b) { return rank_of(a) > rank_of(b); });
    std::vector<size_t> kept;
    float used = more_w;
    for (size_t i : shown) {
        if (used + gap + widths[i] <= avail) {
            used += gap + widths[i];
            kept.push_back(i);
        }
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

} // namespace golab
