// app_layout_test.cpp: labels placed by layout.h never hide what they label:
// the delays brackets stay whole, the speed slider's value stays readable, and the sync
// panel's row shows whole blocks only.

#include <gtest/gtest.h>

#include "app/layout.h"

#include <algorithm>
#include <vector>

namespace golab {
namespace {

// The waitgroup lesson's lanes as the page drew them: the sum of the five
// delays reaches near the right edge, the longest delay a quarter of the way.
constexpr float kLeft = 930, kRight = 1385, kGap = 6;

TEST(BracketLabel, BesideTheEndWhenThereIsRoom) {
    const BracketLabel l = place_bracket_label(1035, 150, kLeft, kRight, kGap);
    EXPECT_FALSE(l.above);
    EXPECT_FLOAT_EQ(l.x, 1035 + kGap);
}

// The bug: the sum's label did not fit after its end, was drawn over the line
// with a background, and the sum looked shorter than the longest delay.
TEST(BracketLabel, NeverCoversALongBracket) {
    const float x0 = kLeft, x1 = 1277, label_w = 190;
    const BracketLabel l = place_bracket_label(x1, label_w, kLeft, kRight, kGap);
    const bool same_row_overlap = !l.above && l.x < x1 && l.x + label_w > x0;
    EXPECT_FALSE(same_row_overlap);
    EXPECT_TRUE(l.above);
    EXPECT_GE(l.x, kLeft);
    EXPECT_LE(l.x + label_w, kRight);
    EXPECT_FLOAT_EQ(l.x + label_w, x1); // ends where the bracket ends
}

TEST(BracketLabel, StaysInsideTheLanesWhenWiderThanTheBracket) {
    const BracketLabel l =
        place_bracket_label(kLeft + 20, kRight - kLeft + 50, kLeft, kRight, kGap);
    EXPECT_TRUE(l.above);
    EXPECT_FLOAT_EQ(l.x, kLeft);
}

// The bug: at 1.0x the speed slider's grab sits in the middle of its log
// scale, right over the centred "1.0x".
TEST(SliderText, MovesAwayFromAGrabInTheMiddle) {
    const float x0 = 84, x1 = 218, grab0 = 146, grab1 = 154, text_w = 32, pad = 4;
    const float x = place_slider_text(x0, x1, grab0, grab1, text_w, pad);
    EXPECT_TRUE(x + text_w <= grab0 || x >= grab1) << x;
    EXPECT_GE(x, x0);
    EXPECT_LE(x + text_w, x1);
}

TEST(SliderText, CentredWhenTheGrabIsAtAnEnd) {
    const float x = place_slider_text(84, 218, 84, 92, 32, 4);
    EXPECT_FLOAT_EQ(x, (84 + 218 - 32) * 0.5f);
}

TEST(SliderText, TakesTheWiderSide) {
    const float left_grab = place_slider_text(0, 200, 40, 48, 30, 4);
    EXPECT_GE(left_grab, 48);
    const float right_grab = place_slider_text(0, 200, 150, 158, 30, 4);
    EXPECT_LE(right_grab + 30, 150);
}

// Returns how wide the row of the picked blocks is, with the "+N more" label when some are
// left out.
float row_width(const std::vector<float>& widths, const std::vector<size_t>& picked, float gap,
                float more_w) {
    float w = picked.size() < widths.size() ? more_w : 0;
    for (size_t i : picked) {
        w += widths[i] + (w > 0 ? gap : 0);
    }
    return w;
}

TEST(SyncRow, AllBlocksInOrderWhenTheyFit) {
    const std::vector<float> widths{100, 150, 80};
    EXPECT_EQ(fit_row(widths, {0, 2, 1}, 400, 30, 60), (std::vector<size_t>{0, 1, 2}));
}

// The bug: at 1280x720 the panel drew every block side by side and cut the last one
// ("Mutex 1: held by G1") at its right edge.
TEST(SyncRow, BlocksThatDoNotFitAreCountedNotCut) {
    const std::vector<float> widths{200, 180, 190, 170, 160};
    const std::vector<int> rank{1, 0, 2, 0, 2};
    const float avail = 520, gap = 30, more_w = 70;
    const std::vector<size_t> picked = fit_row(widths, rank, avail, gap, more_w);
    EXPECT_LE(row_width(widths, picked, gap, more_w), avail);
    EXPECT_TRUE(std::is_sorted(picked.begin(), picked.end()));
    // The ones someone waits on are kept before one that is only held.
    EXPECT_EQ(picked, (std::vector<size_t>{2, 4}));
}

TEST(SyncRow, ANarrowPanelShowsOnlyTheCount) {
    const std::vector<size_t> picked = fit_row({300, 250}, {2, 2}, 200, 30, 70);
    EXPECT_TRUE(picked.empty());
}

TEST(SyncRow, EveryWidthFitsWhateverTheRoom) {
    const std::vector<float> widths{120, 90, 200, 60, 150, 75, 110};
    const std::vector<int> rank{2, 0, 1, 2, 0, 1, 0};
    for (float avail = 0; avail < 900; avail += 7) {
        const std::vector<size_t> picked = fit_row(widths, rank, avail, 24, 64);
        if (picked.size() < widths.size()) {
            EXPECT_LE(row_width(widths, picked, 24, 64), std::max(avail, 64.0f)) << avail;
        } else {
            EXPECT_LE(row_width(widths, picked, 24, 64), avail) << avail;
        }
    }
}

} // namespace
} // namespace golab
