// theme.cpp: the dark and light themes. Sizes are fractions of the font size ("em"), so
// a platform that rasterises the font at 2x for a HiDPI screen gets a page
// that is the same shape, only sharper.

#include "app/theme.h"

namespace golab {

namespace {

ImVec4 rgb(float r, float g, float b, float a = 1.0f) {
    return ImVec4(r, g, b, a);
}

// Returns an sRGB colour given as 0xRRGGBB.
ImVec4 hex(uint32_t c) {
    return rgb(static_cast<float>((c >> 16) & 0xff) / 255.0f,
               static_cast<float>((c >> 8) & 0xff) / 255.0f, static_cast<float>(c & 0xff) / 255.0f);
}

// Per-goroutine marker colours: mutually distinct hues that read on the code
// panel. They carry no meaning; the id written on the marker does, so
// colour-blind learners lose nothing.
const ImVec4 kDarkGoroutines[] = {
    {0.47f, 0.67f, 0.98f, 1.0f}, // cornflower
    {0.96f, 0.58f, 0.47f, 1.0f}, // salmon
    {0.58f, 0.86f, 0.52f, 1.0f}, // light green
    {0.84f, 0.64f, 0.96f, 1.0f}, // lilac
    {0.98f, 0.83f, 0.45f, 1.0f}, // sand
    {0.42f, 0.86f, 0.88f, 1.0f}, // aqua
    {0.96f, 0.60f, 0.80f, 1.0f}, // pink
    {0.78f, 0.80f, 0.50f, 1.0f}, // olive
};
// The same hues, darkened to read on a white panel.
const ImVec4 kLightGoroutines[] = {
    {0.16f, 0.38f, 0.80f, 1.0f}, // blue
    {0.78f, 0.32f, 0.20f, 1.0f}, // brick
    {0.22f, 0.55f, 0.20f, 1.0f}, // green
    {0.52f, 0.30f, 0.72f, 1.0f}, // violet
    {0.66f, 0.48f, 0.05f, 1.0f}, // ochre
    {0.05f, 0.53f, 0.56f, 1.0f}, // teal
    {0.76f, 0.25f, 0.52f, 1.0f}, // magenta
    {0.45f, 0.47f, 0.12f, 1.0f}, // olive
};
static_assert(sizeof kDarkGoroutines == sizeof kLightGoroutines);

const Palette kDark = {
    .accent = {0.33f, 0.80f, 0.72f, 1.0f},
    .dim_text = {0.55f, 0.58f, 0.64f, 1.0f},
    .code_text = {0.84f, 0.86f, 0.90f, 1.0f},
    .strong_text = {0.95f, 0.96f, 0.98f, 1.0f},
    .keyword = {0.78f, 0.60f, 0.95f, 1.0f},
    .string = {0.90f, 0.75f, 0.50f, 1.0f},
    .number = {0.55f, 0.80f, 0.95f, 1.0f},
    .comment = {0.48f, 0.52f, 0.58f, 1.0f},
    .error = {0.96f, 0.45f, 0.33f, 1.0f},
    .warning = {0.93f, 0.70f, 0.30f, 1.0f},
    .primary_button = {0.16f, 0.42f, 0.38f, 1.0f},
    .primary_button_hovered = {0.20f, 0.52f, 0.47f, 1.0f},
    .primary_button_active = {0.24f, 0.60f, 0.54f, 1.0f},
    .panel_bg = {0.090f, 0.102f, 0.125f, 1.0f},
    .page_bg = {0.063f, 0.071f, 0.090f, 1.0f},
};

const Palette kLight = {
    .accent = {0.02f, 0.47f, 0.42f, 1.0f},
    .dim_text = {0.38f, 0.41f, 0.46f, 1.0f},
    .code_text = {0.13f, 0.15f, 0.19f, 1.0f},
    .strong_text = {0.02f, 0.03f, 0.05f, 1.0f},
    .keyword = {0.50f, 0.20f, 0.70f, 1.0f},
    .string = {0.60f, 0.36f, 0.02f, 1.0f},
    .number = {0.05f, 0.40f, 0.65f, 1.0f},
    .comment = {0.42f, 0.45f, 0.50f, 1.0f},
    .error = {0.75f, 0.20f, 0.08f, 1.0f},
    .warning = {0.62f, 0.40f, 0.00f, 1.0f},
    .primary_button = {0.60f, 0.85f, 0.80f, 1.0f},
    .primary_button_hovered = {0.52f, 0.80f, 0.74f, 1.0f},
    .primary_button_active = {0.44f, 0.74f, 0.68f, 1.0f},
    .panel_bg = {1.0f, 1.0f, 1.0f, 1.0f},
    .page_bg = {0.94f, 0.95f, 0.96f, 1.0f},
};

ThemeKind g_theme = ThemeKind::Dark;

} // namespace

const char* to_string(ThemeKind t) {
    return t == ThemeKind::Light ? "light" : "dark";
}

void set_theme(ThemeKind t) {
    g_theme = t;
}

ThemeKind current_theme() {
    return g_theme;
}

const Palette& palette() {
    return g_theme == ThemeKind::Light ? kLight : kDark;
}

ImU32 to_u32(ImVec4 c, float a) {
    c.w *= a;
    return ImGui::ColorConvertFloat4ToU32(c);
}

ImVec4 state_color(GoroutineState s) {
    // Okabe, M. and Ito, K., "Color Universal Design", the eight-colour set.
    switch (s) {
    case GoroutineState::Running:
        return hex(0x009E73); // bluish green
    case GoroutineState::Runnable:
        return hex(0xE69F00); // orange
    case GoroutineState::Sleeping:
        return hex(0x56B4E9); // sky blue
    case GoroutineState::Waiting:
        return hex(0xCC79A7); // reddish purple
    case GoroutineState::Done:
        return hex(0x8C8C8C); // grey: over, nothing to tell apart any more
    case GoroutineState::Lost:
        return hex(0xD55E00); // vermillion
    }
    return rgb(1, 1, 1);
}

const char* state_glyph(GoroutineState s) {
    switch (s) {
    case GoroutineState::Running:
        return "\u25B6";
    case GoroutineState::Runnable:
        return "\u25B7";
    case GoroutineState::Sleeping:
        return "\u25D4";
    case GoroutineState::Waiting:
        return "\u2225";
    case GoroutineState::Done:
        return "\u2713";
    case GoroutineState::Lost:
        return "\u2715";
    }
    return "?";
}

ImVec4 status_color(RunStatus s) {
    switch (s) {
    case RunStatus::Idle:
        return palette().dim_text;
    case RunStatus::Running:
        return state_color(GoroutineState::Running);
    case RunStatus::Finished:
    case RunStatus::Stopped:
        return state_color(GoroutineState::Sleeping);
    case RunStatus::Panicked:
    case RunStatus::Deadlocked:
    case RunStatus::CompileError:
        return palette().error;
    }
    return palette().dim_text;
}

ImVec4 goroutine_color(int64_t id) {
    if (id == 1) {
        return palette().strong_text;
    }
    const ImVec4* colors = g_theme == ThemeKind::Light ? kLightGoroutines : kDarkGoroutines;
    constexpr int64_t n = sizeof kDarkGoroutines / sizeof kDarkGoroutines[0];
    const int64_t k = ((id - 2) % n + n) % n;
    return colors[k];
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

    // Colours: near-black blue-grey surfaces (dark) or white and light grey
    // ones (light), one teal accent.
    const bool light = current_theme() == ThemeKind::Light;
    auto pick = [light](ImVec4 dark_color, ImVec4 light_color) {
        return light ? light_color : dark_color;
    };
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = pick(rgb(0.86f, 0.88f, 0.91f), rgb(0.13f, 0.15f, 0.19f));
    c[ImGuiCol_TextDisabled] = palette().dim_text;
    c[ImGuiCol_WindowBg] = palette().page_bg;
    c[ImGuiCol_ChildBg] = palette().panel_bg;
    c[ImGuiCol_PopupBg] = pick(rgb(0.11f, 0.12f, 0.15f, 0.98f), rgb(0.99f, 0.99f, 1.0f, 0.98f));
    c[ImGuiCol_Border] = pick(rgb(0.20f, 0.22f, 0.27f), rgb(0.80f, 0.82f, 0.86f));
    c[ImGuiCol_BorderShadow] = rgb(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = pick(rgb(0.13f, 0.15f, 0.19f), rgb(0.90f, 0.91f, 0.93f));
    c[ImGuiCol_FrameBgHovered] = pick(rgb(0.17f, 0.20f, 0.25f), rgb(0.85f, 0.87f, 0.90f));
    c[ImGuiCol_FrameBgActive] = pick(rgb(0.20f, 0.23f, 0.29f), rgb(0.80f, 0.83f, 0.87f));
    c[ImGuiCol_TitleBg] = palette().page_bg;
    c[ImGuiCol_TitleBgActive] = palette().page_bg;
    c[ImGuiCol_TitleBgCollapsed] = palette().page_bg;
    c[ImGuiCol_MenuBarBg] = palette().panel_bg;
    c[ImGuiCol_ScrollbarBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = pick(rgb(0.24f, 0.27f, 0.32f), rgb(0.76f, 0.78f, 0.82f));
    c[ImGuiCol_ScrollbarGrabHovered] = pick(rgb(0.30f, 0.34f, 0.40f), rgb(0.68f, 0.70f, 0.75f));
    c[ImGuiCol_ScrollbarGrabActive] = pick(rgb(0.36f, 0.40f, 0.47f), rgb(0.60f, 0.63f, 0.68f));
    c[ImGuiCol_CheckMark] = palette().accent;
    c[ImGuiCol_SliderGrab] = palette().accent;
    c[ImGuiCol_SliderGrabActive] = pick(rgb(0.45f, 0.90f, 0.82f), rgb(0.0f, 0.36f, 0.32f));
    c[ImGuiCol_Button] = pick(rgb(0.16f, 0.19f, 0.24f), rgb(0.88f, 0.89f, 0.92f));
    c[ImGuiCol_ButtonHovered] = pick(rgb(0.21f, 0.25f, 0.31f), rgb(0.82f, 0.84f, 0.88f));
    c[ImGuiCol_ButtonActive] = pick(rgb(0.25f, 0.30f, 0.37f), rgb(0.76f, 0.79f, 0.84f));
    c[ImGuiCol_Header] = pick(rgb(0.17f, 0.20f, 0.25f), rgb(0.86f, 0.88f, 0.91f));
    c[ImGuiCol_HeaderHovered] = pick(rgb(0.21f, 0.25f, 0.31f), rgb(0.82f, 0.84f, 0.88f));
    c[ImGuiCol_HeaderActive] = pick(rgb(0.25f, 0.30f, 0.37f), rgb(0.76f, 0.79f, 0.84f));
    c[ImGuiCol_Separator] = c[ImGuiCol_Border];
    c[ImGuiCol_SeparatorHovered] = pick(rgb(0.30f, 0.34f, 0.40f), rgb(0.68f, 0.70f, 0.75f));
    c[ImGuiCol_SeparatorActive] = palette().accent;
    c[ImGuiCol_ResizeGrip] = rgb(0, 0, 0, 0);
    c[ImGuiCol_ResizeGripHovered] = pick(rgb(0.30f, 0.34f, 0.40f), rgb(0.68f, 0.70f, 0.75f));
    c[ImGuiCol_ResizeGripActive] = palette().accent;
    c[ImGuiCol_Tab] = c[ImGuiCol_Button];
    c[ImGuiCol_TabHovered] = c[ImGuiCol_ButtonHovered];
    c[ImGuiCol_TabActive] = c[ImGuiCol_ButtonActive];
    c[ImGuiCol_TabUnfocused] = c[ImGuiCol_Button];
    c[ImGuiCol_TabUnfocusedActive] = c[ImGuiCol_ButtonActive];
    c[ImGuiCol_PlotLines] = palette().accent;
    c[ImGuiCol_PlotLinesHovered] = palette().warning;
    c[ImGuiCol_PlotHistogram] = palette().accent;
    c[ImGuiCol_PlotHistogramHovered] = palette().warning;
    c[ImGuiCol_TableHeaderBg] = pick(rgb(0.12f, 0.14f, 0.17f), rgb(0.91f, 0.92f, 0.94f));
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_Border];
    c[ImGuiCol_TableBorderLight] = pick(rgb(0.16f, 0.18f, 0.22f), rgb(0.86f, 0.88f, 0.91f));
    c[ImGuiCol_TableRowBg] = rgb(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = pick(rgb(1, 1, 1, 0.025f), rgb(0, 0, 0, 0.03f));
    c[ImGuiCol_TextSelectedBg] =
        pick(rgb(0.33f, 0.80f, 0.72f, 0.30f), rgb(0.02f, 0.47f, 0.42f, 0.25f));
    c[ImGuiCol_DragDropTarget] = palette().warning;
    c[ImGuiCol_NavHighlight] = palette().accent;
    c[ImGuiCol_NavWindowingHighlight] = pick(rgb(1, 1, 1, 0.7f), rgb(0, 0, 0, 0.7f));
    c[ImGuiCol_NavWindowingDimBg] = rgb(0.8f, 0.8f, 0.8f, 0.2f);
    c[ImGuiCol_ModalWindowDimBg] = pick(rgb(0, 0, 0, 0.5f), rgb(0, 0, 0, 0.25f));
}

} // namespace golab
