// app_layout_test.cpp: labels placed by layout.h never hide what they label:
// the delays brackets stay whole, the speed slider's value stays readable.

#include <gtest/gtest.h>

#include "app/layout.h"

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

} // namespace
} // namespace golab
