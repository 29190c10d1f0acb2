// app_controls_test.cpp: every key in every run phase, the run button's
// label, and the scoring of a learner's guess of the total time.

#include <gtest/gtest.h>

#include "app/controls.h"

namespace golab {
namespace {

TEST(Keys, SpaceRunsPausesAndResumes) {
    EXPECT_EQ(command_for_key(LabKey::Space, RunPhase::Idle), Command::Run);
    EXPECT_EQ(command_for_key(LabKey::Space, RunPhase::Running), Command::Pause);
    EXPECT_EQ(command_for_key(LabKey::Space, RunPhase::Paused), Command::Resume);
    EXPECT_EQ(command_for_key(LabKey::Space, RunPhase::Ended), Command::Run);
}

TEST(Keys, ArrowsStepEvenFromIdleButStepBackNeedsARun) {
    EXPECT_EQ(command_for_key(LabKey::Right, RunPhase::Idle), Command::Step);
    EXPECT_EQ(command_for_key(LabKey::Right, RunPhase::Paused), Command::Step);
    EXPECT_EQ(command_for_key(LabKey::Left, RunPhase::Idle), Command::None);
    EXPECT_EQ(command_for_key(LabKey::Left, RunPhase::Ended), Command::StepBack);
    EXPECT_EQ(command_for_key(LabKey::Left, RunPhase::Running), Command::StepBack);
}

TEST(Keys, HomeEndResetAndHelp) {
    EXPECT_EQ(command_for_key(LabKey::Home, RunPhase::Ended), Command::First);
    EXPECT_EQ(command_for_key(LabKey::End, RunPhase::Paused), Command::Last);
    EXPECT_EQ(command_for_key(LabKey::Home, RunPhase::Idle), Command::None);
    EXPECT_EQ(command_for_key(LabKey::R, RunPhase::Running), Command::Reset);
    EXPECT_EQ(command_for_key(LabKey::Question, RunPhase::Idle), Command::ToggleHelp);
}

TEST(Keys, RunButtonSaysWhatSpaceDoes) {
    EXPECT_STREQ(run_button_label(RunPhase::Idle), "Run");
    EXPECT_STREQ(run_button_label(RunPhase::Running), "Pause");
    EXPECT_STREQ(run_button_label(RunPhase::Paused), "Resume");
    EXPECT_STREQ(run_button_label(RunPhase::Ended), "Run again");
}

struct ScoreCase {
    int64_t guess_ms;
    int64_t actual_ms;
    int stars;
    const char* words;
};

TEST(Prediction, ScoresAreSymmetricInRatio) {
    const ScoreCase cases[] = {
        {1000, 1000, 3, "spot on"},    {1090, 1000, 3, "spot on"},
        {920, 1000, 3, "spot on"},     {1200, 1000, 2, "a bit high"},
        {820, 1000, 2, "a bit low"},   {1900, 1000, 1, "too high"},
        {600, 1000, 1, "too low"},     {9000, 1000, 0, "far too high"},
        {100, 1000, 0, "far too low"}, {0, 1000, 0, "far too low"},
    };
    for (const ScoreCase& c : cases) {
        const PredictionScore s = score_prediction(c.guess_ms * 1'000'000, c.actual_ms * 1'000'000);
        EXPECT_EQ(s.stars, c.stars) << c.guess_ms << " vs " << c.actual_ms;
        EXPECT_EQ(s.words, c.words) << c.guess_ms << " vs " << c.actual_ms;
    }
}

TEST(Prediction, NoActualTotalGivesNoScore) {
    const PredictionScore s = score_prediction(1'000'000'000, 0);
    EXPECT_EQ(s.stars, 0);
    EXPECT_EQ(s.words, "no total to compare with yet");
}

} // namespace
} // namespace golab

namespace golab {
namespace {

constexpr int64_t kS = 1'000'000'000;

TEST(TimeWindow, ZoomKeepsTheInstantUnderTheMouse) {
    const TimeWindow w{0, 4 * kS};
    const TimeWindow z = zoom_window(w, 1 * kS, 0.5, 4 * kS);
    EXPECT_EQ(z, (TimeWindow{kS / 2, kS / 2 + 2 * kS}));
    // 1 s was a quarter in; it still is.
    EXPECT_EQ((1 * kS - z.t0) * 4, z.t1 - z.t0);
}

TEST(TimeWindow, ZoomOutStopsAtTheWholeRun) {
    const TimeWindow z = zoom_window(TimeWindow{kS, 2 * kS}, kS, 100.0, 3 * kS);
    EXPECT_EQ(z, (TimeWindow{0, 3 * kS}));
}

TEST(TimeWindow, ZoomInStopsAtAMicrosecond) {
    const TimeWindow z = zoom_window(TimeWindow{0, 2000}, 1000, 0.001, kS);
    EXPECT_EQ(z.t1 - z.t0, kMinWindowNs);
}

TEST(TimeWindow, PanStaysWithinTheRun) {
    const TimeWindow w{kS, 2 * kS};
    EXPECT_EQ(pan_window(w, kS / 2, 3 * kS), (TimeWindow{kS + kS / 2, 2 * kS + kS / 2}));
    EXPECT_EQ(pan_window(w, -5 * kS, 3 * kS), (TimeWindow{0, kS}));
    EXPECT_EQ(pan_window(w, 5 * kS, 3 * kS), (TimeWindow{2 * kS, 3 * kS}));
}

} // namespace
} // namespace golab
