// theme.cpp: the dark theme. Sizes are fractions of the font size ("em"), so
// a platform that rasterises the font at 2x for a HiDPI screen gets a page
// that is the same shape, only sharper.

#include "app/theme.h"

namespace golab {

namespace {

// Per-goroutine marker colours: light, mutually distinct hues that read on
// the dark code panel. They do not carry meaning; the id written on the
// marker does, so colour-blind users lose nothing.
const ImVec4 kGoroutinePalette[] = {
    {0.47f, 0.67f, 0.98f, 1.0f}, // cornflower
    {0.96f, 0.58f, 0.47f, 1.0f}, // salmon
    {0.58f, 0.86f, 0.52f, 1.0f}, // light green
    {0.84f, 0.64f, 0.96f, 1.0f}, // lilac
    {0.98f, 0.83f, 0.45f, 1.0f}, // sand
    {0.42f, 0.86f, 0.88f, 1.0f}, // aqua
    {0.96f, 0.60f, 0.80f, 1.0f}, // pink
    {0.78f, 0.80f, 0.50f, 1.0f}, // olive
};
const ImVec4 kMainGoroutine{0.90f, 0.91f, 0.94f, 1.0f};

ImVec4 rgb(float r, float g, float b, float a = 1.0f) {
    return ImVec4(r, g, b, a);
}

} // namespace

ImU32 to_u32(ImVec4 c, float a) {
    c.w *= a;
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImVec4 state_color(GoroutineState s) {
    switch (s) {
    case GoroutineState::Running:
        return rgb(0.20f, 0.80f, 0.60f); // bluish green
    case GoroutineState::Runnable:
        return rgb(0.93f, 0.65f, 0.10f); // amber
    case GoroutineState::Sleeping:
        return rgb(0.38f, 0.70f, 0.95f); // sky blue
    case GoroutineState::Waiting:
        return rgb(0.85f, 0.53f, 0.75f); // reddish purple
    case GoroutineState::Done:
        return rgb(0.52f, 0.55f, 0.60f); // grey
    case GoroutineState::Lost:
        return rgb(0.95f, 0.42f, 0.22f); // vermillion
    }
    return rgb(1, 1, 1);
}

ImVec4 status_color(RunStatus s) {
    switch (s) {
    case RunStatus::Idle:
        return palette::kDimText;
    case RunStatus::Running:
        return state_color(GoroutineState::Running);
    case RunStatus::Finished:
    case RunStatus::Stopped:
        return state_color(GoroutineState::Sleeping);
    case RunStatus::Panicked:
    case RunStatus::Deadlocked:
    case RunStatus::CompileError:
        return palette::kError;
    }
    return palette::kDimText;
}

ImVec4 goroutine_color(int64_t id) {
    if (id == 1) {
        return kMainGoroutine;
    }
    constexpr int64_t n = sizeof kGoroutinePalette / sizeof kGoroutinePalette[0];
    const int64_t k = ((id - 2) % n + n) % n;
    return kGoroutinePalette[k];
}

void apply_theme(ImGuiStyle& style, float em) {
    // Sizes: measured in font heights so the layout scales with the font.
    style.WindowPadding = ImVec2(0.75f * em, 0.6f * em);
    style.FramePadding = ImVec2(0.6f * em, 0.3f * em);
    style.CellPadding = ImVec2(0.45f * em, 0.2f * em);
    style.ItemSpacing = ImVec2(0.6f * em, 0.45f * em);
    style.ItemInnerSpacing = ImVec2(0.4f * em, 0.3f * em);
    style.IndentSpacing = 1.3f * em;
    style.ScrollbarSize = 0.75f * em;
    style.GrabMinSize = 0.7f * em;
    style.WindowRounding = 0.0f;
    style.ChildRounding = 0.35f * em;
    style.FrameRounding = 0.25f * em;
    style.PopupRounding = 0.25f * em;
    style.ScrollbarRounding = 0.5f * em;
    style.GrabRounding = 0.25f * em;
    style.TabRounding = 0.25f * em;
    // Hairlines stay one pixel whatever the font size.
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.FrameBorderSize = 0.0f;

    // Colours: near-black blue-grey surfaces, one teal accent.
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = rgb(0.86f, 0.88f, 0.91f);
    c[ImGuiCol_TextDisabled] = palette::kDimText;
    c[ImGuiCol_WindowBg] = palette::kPageBg;
    c[ImGuiCol_ChildBg] = palette::kPanelBg;
    c[ImGuiCol_PopupBg] = rgb(0.11f, 0.12f, 0.15f, 0.98f);
    c[ImGuiCol_Border] = rgb(0.20f, 0.22f, 0.27f);
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = rgb(0.13f, 0.15f, 0.19f);
    c[ImGuiCol_FrameBgHovered] = rgb(0.17f, 0.20f, 0.25f);
    c[ImGuiCol_FrameBgActive] = rgb(0.20f, 0.23f, 0.29f);
    c[ImGuiCol_TitleBg] = palette::kPageBg;
    c[ImGuiCol_TitleBgActive] = palette::kPageBg;
    c[ImGuiCol_TitleBgCollapsed] = palette::kPageBg;
    c[ImGuiCol_MenuBarBg] = palette::kPanelBg;
    c[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = rgb(0.24f, 0.27f, 0.32f);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(0.30f, 0.34f, 0.40f);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(0.36f, 0.40f, 0.47f);
    c[ImGuiCol_CheckMark] = palette::kAccent;
    c[ImGuiCol_SliderGrab] = palette::kAccent;
    c[ImGuiCol_SliderGrabActive] = rgb(0.45f, 0.90f, 0.82f);
    c[ImGuiCol_Button] = rgb(0.16f, 0.19f, 0.24f);
    c[ImGuiCol_ButtonHovered] = rgb(0.21f, 0.25f, 0.31f);
    c[ImGuiCol_ButtonActive] = rgb(0.25f, 0.30f, 0.37f);
    c[ImGuiCol_Header] = rgb(0.17f, 0.20f, 0.25f);
    c[ImGuiCol_HeaderHovered] = rgb(0.21f, 0.25f, 0.31f);
    c[ImGuiCol_HeaderActive] = rgb(0.25f, 0.30f, 0.37f);
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_SeparatorHovered] = rgb(0.30f, 0.34f, 0.40f);
    c[ImGuiCol_SeparatorActive] = palette::kAccent;
    c[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = rgb(0.30f, 0.34f, 0.40f);
    c[ImGuiCol_ResizeGripActive] = palette::kAccent;
    c[ImGuiCol_Tab] = c[ImGuiCol_Button];
    c[ImGuiCol_TabHovered] = c[ImGuiCol_ButtonHovered];
    c[ImGuiCol_TabActive] = c[ImGuiCol_ButtonActive];
    c[ImGuiCol_TabUnfocused] = c[ImGuiCol_Button];
    c[ImGuiCol_TabUnfocusedActive] = c[ImGuiCol_ButtonActive];
    c[ImGuiCol_PlotLines] = palette::kAccent;
    c[ImGuiCol_PlotLinesHovered] = palette::kWarning;
    c[ImGuiCol_PlotHistogram] = palette::kAccent;
    c[ImGuiCol_PlotHistogramHovered] = palette::kWarning;
    c[ImGuiCol_TableHeaderBg] = rgb(0.12f, 0.14f, 0.17f);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_Border];
    c[ImGuiCol_TableBorderLight] = rgb(0.16f, 0.18f, 0.22f);
    c[ImGuiCol_TableRowBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = rgb(1, 1, 1, 0.025f);
    c[ImGuiCol_TextSelectedBg] = rgb(0.33f, 0.80f, 0.72f, 0.30f);
    c[ImGuiCol_DragDropTarget] = palette::kWarning;
    c[ImGuiCol_NavHighlight] = palette::kAccent;
    c[ImGuiCol_NavWindowingHighlight] = rgb(1, 1, 1, 0.7f);
    c[ImGuiCol_NavWindowingDimBg] = rgb(0.8f, 0.8f, 0.8f, 0.2f);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0, 0, 0, 0.5f);
}

} // namespace golab
