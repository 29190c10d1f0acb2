// app_draw.cpp: the views of the page, drawn from one Snapshot per frame.
//
// Index (grep for the banners):
// [SECTION] Measures
// [SECTION] Drawing helpers
// [SECTION] Legend
// [SECTION] Frame
// [SECTION] Header
// [SECTION] Controls
// [SECTION] Code panel
// [SECTION] Editor
// [SECTION] Clock and WaitGroups
// [SECTION] Goroutine table and timeline
// [SECTION] Console
//
// Every size is a multiple of the font size ("em"), so the page keeps its shape
// at any font size the platform picks; the few fixed pixels are hairlines.

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>

#include "app/app.h"
#include "app/gl_timeline.h"
#include "app/go_duration.h"
#include "app/layout.h"
#include "app/lesson_progress.h"
#include "app/state_json.h"
#include "app/theme.h"
#include "imgui.h"
// NOTE: for a window's content extent (DC.CursorMaxPos) and its clip rectangle, which 1.86's
// public API does not give: they tell whether a panel's contents were cut off.
#include "imgui_internal.h"
#include "lessons/lessons.h"

namespace golab {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Measures
//-----------------------------------------------------------------------------

constexpr float kCodeLineMinEm = 1.25f;     // code lines get air so markers fit inside them,
constexpr float kCodeLineMaxEm = 1.5f;      // and spread to fill the panel up to this
constexpr float kTimerEm = 2.6f;            // the program clock is the largest text on the page
constexpr float kCodeMinWidthShare = 0.34f; // the code panel takes this share of the width...
constexpr float kCodeMaxWidthShare = 0.52f; // ...up to this, so the goroutines keep room
constexpr int kCodeMinColumns = 64;         // typical gofmt'd lines: lessons keep one width
constexpr int kMarkerRoomColumns = 16;      // columns asked for beyond the longest code line
constexpr float kTableMaxShare = 0.62f;     // goroutine table: at most this share of its column
constexpr int kTableMinRows = 3;            // rows the table keeps even when it is crowded
constexpr int kConsoleMinLines = 5;         // lines the console keeps even when it is crowded
constexpr int kNarrowConsoleMinLines = 3;   // ...and on a narrow page, where height is scarcer
constexpr float kHairline = 1.0f;           // pixels: borders and ticks stay one pixel wide
constexpr float kEmbedLinkEm = 10.0f;       // embedded: the host page's link over the controls
constexpr float kShareEm = 4.4f;            // the page's Share button, at the header's right end
constexpr float kCompactCodeShare = 0.46f;  // embedded: the code's most, so the lanes keep room
constexpr float kLeanTableEm = 34.0f;       // a goroutine table narrower than this drops 3 columns
constexpr float kNarrowEm = 42.0f;          // a page narrower than this stacks code over the run
constexpr float kSyncBoxMinEm = 9.0f;       // ...and so does one whose run column leaves the sync
                                            // panel less than this beside the clock
constexpr float kStackedCodeShare = 0.36f;  // stacked: the code's share of the body's height
constexpr int kStackedCodeMinLines = 4;     // ...and the lines it shows at least
// The widest short status words the header shows (an exit status takes at most three digits,
// and the font is monospaced): the header keeps room for them.
constexpr const char* kWidestStatus = "deadlocked (exit 2)";

// How tall a timeline segment is, as a share of the row: the height tells the
// states apart even without colour (running tallest, finished a hairline).
float lane_height_share(GoroutineState s) {
    switch (s) {
    case GoroutineState::Running:
        return 0.9f;
    case GoroutineState::Runnable:
        return 0.6f;
    case GoroutineState::Sleeping:
    case GoroutineState::Waiting:
        return 0.36f;
    case GoroutineState::Done:
    case GoroutineState::Lost:
        return 0.12f;
    }
    return 0.5f;
}

//-----------------------------------------------------------------------------
// [SECTION] Drawing helpers
//-----------------------------------------------------------------------------

bool is_live(GoroutineState s) {
    return s != GoroutineState::Done && s != GoroutineState::Lost;
}

bool is_parked(GoroutineState s) {
    return s == GoroutineState::Sleeping || s == GoroutineState::Waiting;
}

// Returns the loaded font that draws size-pixel text best (sizes in layout
// units, as GetFontSize() gives them): the smallest one at least that big,
// else the biggest. A platform that loads a large font for the clock gets
// crisp digits; otherwise the default font is scaled.
ImFont* font_for_size(float size) {
    const float global_scale = ImGui::GetIO().FontGlobalScale;
    auto layout_size = [&](const ImFont* f) { return f->FontSize * global_scale; };
    ImFont* best = ImGui::GetFont();
    for (ImFont* f : ImGui::GetIO().Fonts->Fonts) {
        const bool big_enough = layout_size(f) >= size;
        const bool best_big_enough = layout_size(best) >= size;
        if ((big_enough && (!best_big_enough || layout_size(f) < layout_size(best))) ||
            (!big_enough && !best_big_enough && layout_size(f) > layout_size(best))) {
            best = f;
        }
    }
    return best;
}

// Returns the size to draw big text at: the chosen font's own size when it is
// close to the wish (glyphs drawn 1:1 stay crisp), else the wish itself.
float snapped_size(const ImFont* font, float size) {
    constexpr float kSnapTolerance = 0.2f; // 20% larger or smaller still reads as "big"
    const float own = font->FontSize * ImGui::GetIO().FontGlobalScale;
    return std::fabs(own - size) <= size * kSnapTolerance ? own : size;
}

// Returns the size of the clock's digits (and the WaitGroup counts beside it).
float big_text_size() {
    const float wish = ImGui::GetFontSize() * kTimerEm;
    return snapped_size(font_for_size(wish), wish);
}

// Draws text at about size pixels where the cursor is and moves the cursor past it.
// Returns the width of the program clock's box: room for the longest clock text at the
// timer's size, so the box does not move as the clock runs.
float clock_box_width() {
    const float size = big_text_size();
    return font_for_size(size)->CalcTextSizeA(size, FLT_MAX, 0.0f, "00m00.000s").x +
           ImGui::GetStyle().WindowPadding.x * 2;
}

void big_text(const char* text, float size, ImVec4 color) {
    ImFont* font = font_for_size(size);
    size = snapped_size(font, size);
    const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(font, size, pos, to_u32(color), text);
    ImGui::Dummy(extent);
}

void text_colored(ImVec4 color, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopStyleColor();
}

// Puts the next item, w wide, on the row after the last one when it fits there (gap pixels
// after it), else on a row of its own: a narrow window wraps a row rather than cutting it.
void same_line_if_fits(float w, float gap) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + w <= right) {
        ImGui::SameLine(0, gap);
    }
}

// Returns the start of text that wrapped at the window's width takes at most `lines` lines,
// room for "..." kept at the end of the last one.
std::string_view first_lines(std::string_view text, int lines) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const float width = ImGui::GetContentRegionAvail().x;
    const char* at = text.data();
    const char* end = text.data() + text.size();
    for (int line = 0; line < lines && at < end; ++line) {
        const float w = line + 1 == lines ? width - ImGui::CalcTextSize("...").x : width;
        const char* next = font->CalcWordWrapPositionA(size / font->FontSize, at, end, w);
        if (next == at) {
            ++next; // a word wider than the line: ImGui's wrap takes a character
        }
        if (line + 1 < lines) {
            while (next < end && (*next == ' ' || *next == '\n')) {
                ++next;
            }
        }
        at = next;
    }
    return text.substr(0, static_cast<size_t>(at - text.data()));
}

// Returns where text w wide starts in a slider's frame [f0, f1] (inside its padding) that
// has a grab at [g0, g1] (with a gap around it): centred in the frame where that misses the
// grab, else centred in the side of the grab that holds it; nothing when neither side does.
std::optional<float> scrubber_text_x(float w, float f0, float f1, float g0, float g1) {
    const float centred = (f0 + f1 - w) * 0.5f;
    if (centred >= f0 && (centred + w <= g0 || centred >= g1)) {
        return centred;
    }
    if (w <= g0 - f0) {
        return (f0 + g0 - w) * 0.5f;
    }
    if (w <= f1 - g1) {
        return (g1 + f1 - w) * 0.5f;
    }
    return std::nullopt;
}

// Returns how wide a button with label is.
float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void dim_text(std::string_view text) {
    text_colored(palette().dim_text, text);
}

// A dim one-word label above a panel.
void panel_label(const char* text) {
    ImGui::AlignTextToFramePadding();
    dim_text(text);
}

// Returns the program clock as the timer shows it: Go's duration text, rounded
// to four significant digits ("1.881s", "523.1ms", "1.043ms", "140µs"), so it
// reads at a glance and the last digits do not churn.
std::string clock_text(int64_t ns) {
    constexpr int kSignificantDigits = 4;
    int64_t unit = 1;
    for (int64_t rest = ns / 10; rest >= 1; rest /= 10) {
        unit *= 10;
    }
    for (int i = 1; i < kSignificantDigits && unit > 1; ++i) {
        unit /= 10;
    }
    return format_go_duration(round_go_duration(ns, unit));
}

// Returns the smallest m * 10^k >= ns over the given mantissas m.
int64_t round_number_at_least(int64_t ns, std::initializer_list<int64_t> mantissas) {
    for (int64_t power = 1;; power *= 10) {
        for (int64_t m : mantissas) {
            if (power * m >= ns) {
                return power * m;
            }
        }
        if (power > INT64_MAX / 100) {
            return ns;
        }
    }
}

// Returns the step between tick marks: 1, 2 or 5 times a power of ten.
int64_t nice_step(int64_t ns) {
    return round_number_at_least(ns, {1, 2, 5});
}

// Returns the end of the time axis: finer than the ticks, so a 2.1 s run gets
// a 3 s axis, not a 5 s one.
int64_t nice_axis_end(int64_t ns) {
    return round_number_at_least(ns, {1, 2, 3, 4, 5, 6, 8});
}

std::string goroutine_label(int64_t id) {
    return "G" + std::to_string(id);
}

// Tooltip body for one goroutine, shared by the code markers and the table.
void goroutine_tooltip(const GoroutineView& g) {
    ImGui::BeginTooltip();
    text_colored(goroutine_color(g.id), goroutine_label(g.id) + "  " + g.fn);
    std::string state = std::string(state_glyph(g.state)) + " " + to_string(g.state);
    if (!g.wait_reason.empty() && is_parked(g.state)) {
        state += " (" + g.wait_reason + ")";
    }
    text_colored(state_color(g.state), state);
    if (g.state == GoroutineState::Lost) {
        dim_text("the program ended while it was here (main returned, a panic, os.Exit or "
                 "Stop), so it never finished");
    }
    // The call stack, innermost first, as Go's traces list it.
    if (!g.stack.empty()) {
        dim_text("call stack:");
        for (const StackFrameView& f : g.stack) {
            ImGui::TextUnformatted(("  " + f.fn + "  line " + std::to_string(f.line)).c_str());
        }
    } else if (g.line > 0 && is_live(g.state)) {
        dim_text("call stack:");
        ImGui::TextUnformatted(("  " + g.fn + "  line " + std::to_string(g.line)).c_str());
    } else if (g.line > 0 && g.state != GoroutineState::Done) {
        dim_text("at line " + std::to_string(g.line));
    }
    if (g.worker >= 0) {
        dim_text("on worker thread M" + std::to_string(g.worker));
    }
    ImGui::EndTooltip();
}

// Tooltip for a timeline lane: what the goroutine did at program time t.
void lane_tooltip(const GoroutineView& g, const TimelineLane* lane, int64_t t) {
    if (lane == nullptr || lane->segments.empty()) {
        return;
    }
    const TimelineSegment* hit = nullptr;
    for (const TimelineSegment& seg : lane->segments) {
        if (seg.start_ns <= t) {
            hit = &seg;
        }
    }
    ImGui::BeginTooltip();
    text_colored(goroutine_color(g.id), goroutine_label(g.id) + "  " + g.fn);
    if (hit == nullptr) {
        dim_text("not started yet at " + clock_text(t));
    } else {
        std::string what = std::string(state_glyph(hit->state)) + " " + to_string(hit->state);
        if (hit->worker >= 0) {
            what += " on M" + std::to_string(hit->worker);
        }
        text_colored(state_color(hit->state), what);
        if (is_live(hit->state)) {
            dim_text("from " + clock_text(hit->start_ns) + " to " + clock_text(hit->end_ns) + " (" +
                     clock_text(hit->end_ns - hit->start_ns) + ")");
        } else {
            dim_text("since " + clock_text(hit->start_ns));
        }
    }
    ImGui::EndTooltip();
}

//-----------------------------------------------------------------------------
// Code markers: one pill per goroutine. Running: filled, with a play
// triangle. Runnable: outlined, hollow triangle. Parked: outlined, pause bars.
//-----------------------------------------------------------------------------

struct MarkerShape {
    float height = 0;
    float pad = 0;
    float icon = 0;
};

float marker_width(const MarkerShape& m, const std::string& label) {
    return m.pad + m.icon + m.pad * 0.7f + ImGui::CalcTextSize(label.c_str()).x + m.pad;
}

void draw_marker(ImDrawList* dl, ImVec2 pos, const MarkerShape& m, const GoroutineView& g,
                 const std::string& label) {
    const float w = marker_width(m, label);
    const ImVec2 max(pos.x + w, pos.y + m.height);
    const ImVec4 color = goroutine_color(g.id);
    const float round = m.height * 0.5f;
    const bool running = g.state == GoroutineState::Running;

    // A lost goroutine keeps its colour, faded: it is where main's return
    // cut it off, no longer a goroutine that can move.
    const bool lost = g.state == GoroutineState::Lost;
    const float ink_alpha = lost ? 0.55f : 1.0f;
    if (running) {
        dl->AddRectFilled(pos, max, to_u32(color), round);
    } else {
        dl->AddRectFilled(pos, max, to_u32(palette().panel_bg), round);
        dl->AddRectFilled(pos, max, to_u32(color, lost ? 0.06f : 0.16f), round);
        dl->AddRect(pos, max, to_u32(color, ink_alpha), round, 0, kHairline);
    }

    // The icon says running, ready, parked or lost without relying on colour.
    const ImU32 ink = running ? to_u32(palette().page_bg) : to_u32(color, ink_alpha);
    const float ix = pos.x + m.pad;
    const float iy = pos.y + (m.height - m.icon) * 0.5f;
    if (lost) {
        const ImU32 cross = to_u32(state_color(GoroutineState::Lost));
        dl->AddLine(ImVec2(ix, iy), ImVec2(ix + m.icon, iy + m.icon), cross, kHairline * 2);
        dl->AddLine(ImVec2(ix, iy + m.icon), ImVec2(ix + m.icon, iy), cross, kHairline * 2);
    } else if (g.state == GoroutineState::Running || g.state == GoroutineState::Runnable) {
        const ImVec2 a(ix, iy), b(ix, iy + m.icon), c(ix + m.icon * 0.85f, iy + m.icon * 0.5f);
        if (running) {
            dl->AddTriangleFilled(a, b, c, ink);
        } else {
            dl->AddTriangle(a, b, c, ink, kHairline);
        }
    } else {
        const float bar = m.icon * 0.3f;
        dl->AddRectFilled(ImVec2(ix, iy), ImVec2(ix + bar, iy + m.icon), ink);
        dl->AddRectFilled(ImVec2(ix + m.icon - bar, iy), ImVec2(ix + m.icon, iy + m.icon), ink);
    }

    const float text_x = ix + m.icon + m.pad * 0.7f;
    const float text_y = pos.y + (m.height - ImGui::GetFontSize()) * 0.5f;
    dl->AddText(ImVec2(text_x, text_y), ink, label.c_str());
}

ImVec4 token_color(TokenKind k) {
    switch (k) {
    case TokenKind::Keyword:
        return palette().keyword;
    case TokenKind::String:
        return palette().string;
    case TokenKind::Number:
        return palette().number;
    case TokenKind::Comment:
        return palette().comment;
    case TokenKind::Plain:
        break;
    }
    return palette().code_text;
}

//-----------------------------------------------------------------------------
// Timeline lanes: time to x and back within the shown window, and one lane.
//-----------------------------------------------------------------------------

float time_x(int64_t t, const TimeWindow& win, float x0, float w) {
    const double span = static_cast<double>(std::max<int64_t>(win.t1 - win.t0, 1));
    const double share = std::clamp(static_cast<double>(t - win.t0) / span, 0.0, 1.0);
    return x0 + w * static_cast<float>(share);
}

int64_t time_at(float x, const TimeWindow& win, float x0, float w) {
    const double share = w > 0 ? std::clamp(static_cast<double>((x - x0) / w), 0.0, 1.0) : 0.0;
    return win.t0 + static_cast<int64_t>(share * static_cast<double>(win.t1 - win.t0));
}

// Draws a goroutine's states across [x0, x0 + w]; the last segment of a
// goroutine still alive reaches open_until (the live program clock).
// NOTE: a table merges its columns' draw channels, so drawing is not clipped
// to the cell: positions are clamped to the lane.
void draw_lane(ImDrawList* dl, const TimelineLane* lane, ImVec2 p, float w, float h,
               const TimeWindow& win, int64_t open_until) {
    if (lane == nullptr) {
        return;
    }
    const float cy = p.y + h * 0.5f;
    const size_t n = lane->segments.size();
    for (size_t i = 0; i < n; ++i) {
        const TimelineSegment& seg = lane->segments[i];
        int64_t end = seg.end_ns;
        if (i + 1 == n && is_live(seg.state)) {
            end = std::max(end, std::min(open_until, win.t1));
        }
        if (end < win.t0 || seg.start_ns > win.t1) {
            continue;
        }
        const float x0 = time_x(seg.start_ns, win, p.x, w);
        const ImU32 col = to_u32(state_color(seg.state));
        if (seg.state == GoroutineState::Done) {
            // A finished goroutine ends with a short cap, then nothing.
            dl->AddLine(ImVec2(x0, p.y + h * 0.15f), ImVec2(x0, p.y + h * 0.85f), col,
                        kHairline * 2);
            continue;
        }
        if (seg.state == GoroutineState::Lost) {
            // Lost at main's exit: a cross where it was cut off.
            const float k = h * 0.28f;
            dl->AddLine(ImVec2(x0 - k, cy - k), ImVec2(x0 + k, cy + k), col, kHairline * 2);
            dl->AddLine(ImVec2(x0 - k, cy + k), ImVec2(x0 + k, cy - k), col, kHairline * 2);
            continue;
        }
        const float x1 = std::max(time_x(end, win, p.x, w), x0 + kHairline);
        const float half = h * lane_height_share(seg.state) * 0.5f;
        dl->AddRectFilled(ImVec2(x0, cy - half), ImVec2(x1, cy + half), col);
        // Waiting is hatched, so it differs from sleeping (same height) without colour.
        if (seg.state == GoroutineState::Waiting && x1 - x0 > half) {
            const float step = half * 1.5f;
            const ImU32 ink = to_u32(palette().panel_bg, 0.65f);
            dl->PushClipRect(ImVec2(x0, cy - half), ImVec2(x1, cy + half), true);
            for (float x = x0 - half * 2; x < x1; x += step) {
                dl->AddLine(ImVec2(x, cy + half), ImVec2(x + half * 2, cy - half), ink, kHairline);
            }
            dl->PopClipRect();
        }
        // Running says on which worker, where there is room for it.
        if (seg.state == GoroutineState::Running && seg.worker >= 0 &&
            x1 - x0 > ImGui::CalcTextSize("M0").x * 1.6f) {
            const std::string m = "M" + std::to_string(seg.worker);
            dl->AddText(ImVec2(x0 + (x1 - x0 - ImGui::CalcTextSize(m.c_str()).x) * 0.5f,
                               cy - ImGui::GetFontSize() * 0.5f),
                        to_u32(palette().page_bg), m.c_str());
        }
    }
}

// Draws the WaitGroup calls goroutine made over its lane: Add a triangle up
// from the top, Done a triangle down from the bottom, Wait a ring.
void draw_waitgroup_marks(ImDrawList* dl, const std::vector<const WaitGroupMark*>& marks, ImVec2 p,
                          float w, float h, const TimeWindow& win) {
    const float k = h * 0.22f;
    for (const WaitGroupMark* m : marks) {
        if (m->clock_ns < win.t0 || m->clock_ns > win.t1) {
            continue;
        }
        const float x = time_x(m->clock_ns, win, p.x, w);
        switch (m->call) {
        case WaitGroupCall::Add:
            dl->AddTriangleFilled(ImVec2(x - k, p.y + k * 1.2f), ImVec2(x + k, p.y + k * 1.2f),
                                  ImVec2(x, p.y), to_u32(palette().warning));
            break;
        case WaitGroupCall::Done:
            dl->AddTriangleFilled(ImVec2(x - k, p.y + h - k * 1.2f),
                                  ImVec2(x + k, p.y + h - k * 1.2f), ImVec2(x, p.y + h),
                                  to_u32(palette().warning));
            break;
        case WaitGroupCall::Wait:
            dl->AddCircle(ImVec2(x, p.y + h * 0.5f), k, to_u32(palette().warning), 0,
                          kHairline * 2);
            break;
        }
    }
}

// Draws a WaitGroup's counter over program time [0, end_ns] as a step line
// in [p, p + size], its highest count at the top, from the first `events` events.
void draw_counter_history(ImDrawList* dl, ImVec2 p, ImVec2 size,
                          const std::vector<WaitGroupMark>& marks, size_t events, int32_t object,
                          int64_t end_ns, int64_t peak, ImVec4 color) {
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), to_u32(palette().dim_text, 0.08f));
    if (end_ns <= 0 || peak <= 0) {
        return;
    }
    auto x_at = [&](int64_t t) {
        return p.x + size.x * static_cast<float>(std::clamp(
                                  static_cast<double>(t) / static_cast<double>(end_ns), 0.0, 1.0));
    };
    auto y_at = [&](int64_t count) {
        return p.y + size.y * (1.0f - static_cast<float>(count) / static_cast<float>(peak));
    };
    // NOTE: ten thousand Adds and Dones share a gauge a hundred pixels wide: each pixel
    // column is one vertical stroke over the counts it went through, so the gauge costs two
    // lines per column, not two per call.
    const ImU32 col = to_u32(color);
    ImVec2 at(p.x, y_at(0));
    const int columns = std::max(1, static_cast<int>(size.x));
    for (const CounterColumn& c : counter_columns(marks, events, object, end_ns, columns)) {
        const float x = p.x + size.x * static_cast<float>(c.column) / static_cast<float>(columns);
        dl->AddLine(at, ImVec2(x, at.y), col, kHairline * 2);
        dl->AddLine(ImVec2(x, y_at(c.high)), ImVec2(x, y_at(c.low)), col, kHairline * 2);
        at = ImVec2(x, y_at(c.last));
    }
    dl->AddLine(at, ImVec2(x_at(end_ns), at.y), col, kHairline * 2);
}

//-----------------------------------------------------------------------------
// The GPU overview of every lane (one per page, like the App).
//-----------------------------------------------------------------------------

// NOTE: more lanes than this get the overview above the table's rows: below
// it, every goroutine already has a row in view.
constexpr size_t kOverviewMinLanes = 12;
constexpr float kOverviewEm = 4.0f; // the overview's height

struct Overview {
    GlTimeline gl;
    LaneInstances instances;
    FoldView folded;                  // what the folded picture last showed
    std::vector<uint8_t> picture;     // and its texels
    uint64_t generation = UINT64_MAX; // the timeline's, when the instances last caught up
    size_t changes_read = 0;          // and how much of its lane_changes() they had read
};

Overview& overview() {
    static Overview o;
    return o;
}

//-----------------------------------------------------------------------------
// [SECTION] Legend
//-----------------------------------------------------------------------------

// What the marker shapes and lane heights mean, in a learner's words.
struct LegendMarker {
    GoroutineState state;
    const char* meaning;
};
constexpr LegendMarker kLegendMarkers[] = {
    {GoroutineState::Running, "running: executing on a worker thread (M)"},
    {GoroutineState::Runnable, "runnable: ready, waiting for a free worker"},
    {GoroutineState::Sleeping, "sleeping or waiting: parked, holds no worker"},
    {GoroutineState::Lost, "lost: the program ended before it finished"},
};
constexpr GoroutineState kLegendLanes[] = {
    GoroutineState::Running, GoroutineState::Runnable, GoroutineState::Sleeping,
    GoroutineState::Waiting, GoroutineState::Done,     GoroutineState::Lost,
};
constexpr int kLegendFixedRows = 1 + 4 + 1; // heading, markers, heading; then the lanes

// Returns the width of the lanes' swatch i with its word, and the gap after it.
float legend_lane_width(size_t i) {
    const float em = ImGui::GetFontSize();
    const GoroutineState s = kLegendLanes[i];
    const std::string word = std::string(state_glyph(s)) + " " + to_string(s);
    return em * 1.6f + em * 0.4f + ImGui::CalcTextSize(word.c_str()).x + em * 1.2f;
}

// Returns the row (from 0) of each lane swatch when a row is width wide.
std::vector<int> legend_lane_rows(float width) {
    std::vector<int> rows;
    float x = 0;
    int row = 0;
    for (size_t i = 0; i < std::size(kLegendLanes); ++i) {
        const float w = legend_lane_width(i);
        // The gap after the last on a row may run past the edge: only the swatch must fit.
        if (x > 0 && x + w - ImGui::GetFontSize() * 1.2f > width) {
            ++row;
            x = 0;
        }
        rows.push_back(row);
        x += w;
    }
    return rows;
}

// Returns the legend box's height when it is width wide (padding included).
float legend_height(float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const int rows =
        kLegendFixedRows + legend_lane_rows(width - style.WindowPadding.x * 2).back() + 1;
    return ImGui::GetFontSize() * kCodeLineMinEm * static_cast<float>(rows) +
           style.WindowPadding.y * 2;
}

void draw_legend() {
    const float em = ImGui::GetFontSize();
    const float row_h = em * kCodeLineMinEm;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const MarkerShape marker{row_h * 0.78f, em * 0.35f, em * 0.55f};
    auto row_y = [&](int row) { return origin.y + row_h * static_cast<float>(row); };
    auto text_y = [&](int row) { return row_y(row) + (row_h - em) * 0.5f; };

    // Code markers, drawn by the same painter as the code panel's.
    dl->AddText(ImVec2(origin.x, text_y(0)), to_u32(palette().dim_text),
                "markers in the code, one per goroutine, in its colour:");
    GoroutineView sample;
    sample.id = 2;
    const float text_x = origin.x + marker_width(marker, "G2") + em;
    for (int i = 0; i < 4; ++i) {
        sample.state = kLegendMarkers[i].state;
        draw_marker(dl, ImVec2(origin.x, row_y(1 + i) + (row_h - marker.height) * 0.5f), marker,
                    sample, "G2");
        dl->AddText(ImVec2(text_x, text_y(1 + i)), to_u32(palette().code_text),
                    kLegendMarkers[i].meaning);
    }

    // Timeline lanes: the height tells the state as much as the colour does. They wrap where
    // the box is narrow.
    dl->AddText(ImVec2(origin.x, text_y(5)), to_u32(palette().dim_text),
                "timeline lanes, by state:");
    const std::vector<int> lane_rows = legend_lane_rows(ImGui::GetContentRegionAvail().x);
    float x = origin.x;
    float widest = 0;
    const float swatch_w = em * 1.6f;
    for (size_t i = 0; i < lane_rows.size(); ++i) {
        const GoroutineState s = kLegendLanes[i];
        if (i > 0 && lane_rows[i] != lane_rows[i - 1]) {
            x = origin.x;
        }
        const float cy = row_y(6 + lane_rows[i]) + row_h * 0.5f;
        // As the lanes draw them: a bar, a finishing cap, or a cross.
        const ImU32 col = to_u32(state_color(s));
        const float mid = x + swatch_w * 0.5f;
        const float k = em * 0.28f;
        if (s == GoroutineState::Done) {
            dl->AddLine(ImVec2(mid, cy - k * 1.2f), ImVec2(mid, cy + k * 1.2f), col, kHairline * 2);
        } else if (s == GoroutineState::Lost) {
            dl->AddLine(ImVec2(mid - k, cy - k), ImVec2(mid + k, cy + k), col, kHairline * 2);
            dl->AddLine(ImVec2(mid - k, cy + k), ImVec2(mid + k, cy - k), col, kHairline * 2);
        } else {
            const float half = em * lane_height_share(s) * 0.5f;
            dl->AddRectFilled(ImVec2(x, cy - half), ImVec2(x + swatch_w, cy + half), col);
            if (s == GoroutineState::Waiting) {
                const ImU32 ink = to_u32(palette().panel_bg, 0.65f);
                dl->PushClipRect(ImVec2(x, cy - half), ImVec2(x + swatch_w, cy + half), true);
                for (float hx = x - half * 2; hx < x + swatch_w; hx += half * 1.5f) {
                    dl->AddLine(ImVec2(hx, cy + half), ImVec2(hx + half * 2, cy - half), ink,
                                kHairline);
                }
                dl->PopClipRect();
            }
        }
        x += swatch_w + em * 0.4f;
        const std::string word = std::string(state_glyph(s)) + " " + to_string(s);
        dl->AddText(ImVec2(x, text_y(6 + lane_rows[i])), to_u32(state_color(s)), word.c_str());
        x += ImGui::CalcTextSize(word.c_str()).x;
        widest = std::max(widest, x - origin.x);
        x += em * 1.2f;
    }
    const int rows = kLegendFixedRows + lane_rows.back() + 1;
    ImGui::Dummy(ImVec2(widest, row_h * static_cast<float>(rows)));
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Frame
//-----------------------------------------------------------------------------

void App::observe(const Snapshot& snap) {
    timeline_behind_ = false;

    // The pool and the settings belong to the Session, not to a run, so even a snapshot the
    // views skip tells them: a page that reloaded the lesson it started with gets no newer one
    // before its first run, and its GOMAXPROCS field read 4 on a 2-core machine until then.
    pool_procs_ = std::max({pool_procs_, snap.procs, snap.gomaxprocs});
    if (!settings_known_ && snap.procs > 0) {
        settings_.procs = std::min(settings_.procs, pool_procs_);
    }
    if (!settings_known_ && snap.gomaxprocs > 0) {
        settings_known_ = true;
        settings_.procs = snap.gomaxprocs;
        settings_.virtual_time = snap.virtual_time;
        settings_.seed = snap.seed;
        settings_.speed = snap.speed;
    }

    if (snap.version <= stale_version_) {
        return;
    }
    // NOTE: at most kEventsPerFrame new events a frame; wants_frame() asks for the frames
    // that take in the rest.
    timeline_.extend(snap.trace.get(), snap.trace_size, kEventsPerFrame);
    timeline_behind_ = snap.trace && timeline_.events() < snap.trace_size;
    live_clock_ns_ = std::max<int64_t>(snap.clock_ns, 0);
    live_ended_ = run_is_over(snap.status);
    // The ended run's delays, added up by the timeline as it read them: once it has read
    // them all.
    if (live_ended_ && !sleeps_known_ && snap.trace && !timeline_behind_) {
        sleeps_ = timeline_.sleeps();
        sleeps_known_ = true;
    }

    // A lesson's total: the program clock when its run ended by itself (a
    // stopped run has no total and earns no tick).
    if (live_ended_ && !total_recorded_) {
        total_recorded_ = true;
        if (find_lesson(lesson_id_) != nullptr && snap.status != RunStatus::Stopped) {
            lesson_total_ns_[lesson_id_] = snap.clock_ns;
            if (lessons_done_.insert(lesson_id_).second) {
                save_lesson_progress(lessons_done_);
            }
        }
    }
}

void App::draw() {
    // 1. The theme follows the font size the platform chose, and the
    // learner's pick (or the browser's colour scheme).
    const float em = ImGui::GetFontSize();
    set_theme(light_ ? ThemeKind::Light : ThemeKind::Dark);
    if (em != theme_font_size_ || light_ != theme_applied_light_) {
        apply_theme(ImGui::GetStyle(), em);
        theme_font_size_ = em;
        theme_applied_light_ = light_;
    }
    controls_.clear();
    overview_drawn_.clear();
    hovered_.clear();
    overflow_.clear();
    sync_row_ = {};
    share_placed_ = false;
    ++frames_drawn_;
    // The first frame starts building the timeline's shaders; frames before a run finish
    // it (see GlTimeline::finish_link), so that a run's first frames with many lanes do not
    // wait for the GPU process.
    overview().gl.set_path(overview_choice_.path);
    overview().gl.prepare();
    if (phase() != RunPhase::Running) {
        overview().gl.finish_link();
    }
    shaders_linking_ = overview().gl.linking();
    if (settle_frames_ > 0) {
        --settle_frames_;
    }

    // Ticks from earlier visits, read once (the browser is ready by the first frame).
    if (!progress_loaded_) {
        progress_loaded_ = true;
        const std::set<std::string> stored = load_lesson_progress();
        lessons_done_.insert(stored.begin(), stored.end());
    }

    // 2. One snapshot for the whole frame, so every view shows the same instant.
    // The live one feeds the timeline; the views show the instant the
    // learner picked (the live one too, unless they stepped back or scrubbed).
    static const Snapshot kNothingYet;
    const std::shared_ptr<const Snapshot> held = session_.snapshot();
    const Snapshot& live = held ? *held : kNothingYet;
    observe(live);
    handle_keys();
    const Snapshot& snap = shown(held);
    narrate(live);
    drawn_version_ = live.version;

    // 3. One undecorated window that fills the viewport.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kPageFlags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Goroutine Lab##page", nullptr, kPageFlags);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float char_w = ImGui::CalcTextSize("0").x;
    int columns = kCodeMinColumns;
    for (const CodeLine& line : code_lines_) {
        columns = std::max(columns, line.columns);
    }
    const float gutter_w = char_w * 6.0f; // line numbers up to 999 plus the marker stripe
    const float code_wanted = gutter_w + char_w * static_cast<float>(columns + kMarkerRoomColumns) +
                              style.WindowPadding.x * 2 + style.ScrollbarSize;
    // The code's width beside the run, out of the body's width.
    const auto side_code_w = [&](float body_w) {
        return std::clamp(code_wanted, body_w * kCodeMinWidthShare,
                          body_w * (compact_ ? kCompactCodeShare : kCodeMaxWidthShare));
    };
    // Narrow (a phone, a column of course notes, a window 630-750 px wide): the run's column
    // beside the code would cut the sync panel off beside the clock.
    const float page_w = viewport->WorkSize.x - style.WindowPadding.x * 2;
    const float side_run_w = page_w - side_code_w(page_w) - style.ItemSpacing.x;
    narrow_ =
        !compact_ && (viewport->WorkSize.x < em * kNarrowEm ||
                      side_run_w < clock_box_width() + style.ItemSpacing.x + em * kSyncBoxMinEm);
    // Embedded in another page: only the code, the controls, the clock and the lanes.
    if (!compact_) {
        draw_header(snap);
    }
    draw_controls(live, snap);
    draw_help();

    // 4. Body: the code on the left, the run on the right.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float code_w = narrow_ ? avail.x : side_code_w(avail.x);

    // The run's column: the clock is fixed, the table takes what its rows need (within
    // limits) and the console gets the rest.
    const float label_h = ImGui::GetFrameHeightWithSpacing();
    const float clock_h = big_text_size() + style.WindowPadding.y * 2 + style.ItemSpacing.y;
    const float row_h = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    const float overview_h =
        timeline_.lanes().size() > kOverviewMinLanes
            ? em * kOverviewEm + ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y
            : 0.0f;
    const float workers_h = worker_lanes_ ? ImGui::GetTextLineHeightWithSpacing() *
                                                    static_cast<float>(proc_lanes(snap)) +
                                                style.ItemSpacing.y
                                          : 0.0f;
    const float console_min =
        ImGui::GetTextLineHeightWithSpacing() *
            static_cast<float>(narrow_ ? kNarrowConsoleMinLines : kConsoleMinLines) +
        style.WindowPadding.y * 2;
    const float table_min = row_h * kTableMinRows + style.WindowPadding.y * 2;
    const float fixed_h = clock_h + style.ItemSpacing.y * 3 + label_h * 3 + overview_h + workers_h;

    // Narrow: the code on top, its share of the height (short of what the run's column needs
    // at the least), the run under it at the full width: side by side, neither would have
    // room.
    const float stacked_code_h =
        std::max(std::min(avail.y * kStackedCodeShare, avail.y - label_h - style.ItemSpacing.y -
                                                           fixed_h - table_min - console_min),
                 em * kCodeLineMinEm * static_cast<float>(kStackedCodeMinLines) +
                     style.WindowPadding.y * 2 + style.ScrollbarSize);

    // The code takes the column; when the whole program fits with room to
    // spare (a tall window), a legend of the markers and lanes goes below it.
    ImGui::BeginGroup();
    panel_label("prog.go");
    draw_code_buttons();
    const float code_avail_h = ImGui::GetContentRegionAvail().y;
    const float code_full_h =
        em * kCodeLineMaxEm * static_cast<float>(std::max<size_t>(code_lines_.size(), 1)) +
        style.WindowPadding.y * 2 + style.ScrollbarSize;
    const float legend_h = legend_height(code_w);
    const bool legend_fits = code_avail_h - code_full_h >=
                             legend_h + ImGui::GetFrameHeightWithSpacing() + style.ItemSpacing.y;
    const bool with_legend = legend_fits && !compact_ && !narrow_;
    const float code_h = with_legend ? code_full_h
                         : narrow_   ? std::min(stacked_code_h, code_full_h)
                                     : 0.0f;
    ImGui::BeginChild("##code", ImVec2(code_w, code_h), true, ImGuiWindowFlags_HorizontalScrollbar);
    draw_code_panel(snap);
    ImGui::EndChild();
    if (with_legend) {
        panel_label("legend");
        ImGui::BeginChild("##legend", ImVec2(code_w, 0.0f), true,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        draw_legend();
        note_fit("legend");
        ImGui::EndChild();
    }
    ImGui::EndGroup();

    if (!narrow_) {
        ImGui::SameLine();
    }
    // The column itself is only a frame for the panels in it: no background.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0, 0, 0, 0));
    ImGui::BeginChild("##run", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleColor();
    {
        const float flexible = ImGui::GetContentRegionAvail().y - fixed_h;
        // Plus the header, and the lesson's bracket of the delays when it shows.
        const int rows = static_cast<int>(snap.goroutines.size()) + 1 + (shows_bracket() ? 4 : 0);
        const float table_wanted =
            row_h * static_cast<float>(std::max(rows, kTableMinRows)) + kHairline * 2;
        const float table_h =
            compact_ ? std::max(table_min, flexible + label_h)
                     : std::max(table_min, std::min({table_wanted, flexible * kTableMaxShare,
                                                     flexible - console_min}));

        draw_clock_and_waitgroups(live, snap, clock_h);
        draw_goroutine_table(snap, table_h);
        if (!compact_) {
            draw_console(snap);
        }
    }
    note_fit("run");
    ImGui::EndChild();

    note_fit("page");
    ImGui::End();
    if (!share_placed_) {
        share_rect_ = {};
    }
    shown_controls_.swap(controls_);
    shown_scrubber_ = {scrubber_text_, scrubber_grab_};
    shown_hovered_.swap(hovered_);
    shown_overflow_.swap(overflow_);
    drawn_view_ = view_key();
}

void App::note_fit(const char* panel) {
    // Anything laid out past the clip rectangle of a window that cannot scroll is cut off.
    const ImGuiWindow* w = ImGui::GetCurrentWindow();
    const ImVec2 reach = w->DC.CursorMaxPos;
    const ImRect& clip = w->InnerClipRect;
    constexpr float kSlack = 0.5f; // rounding of positions to pixels
    if (reach.x > clip.Max.x + kSlack || reach.y > clip.Max.y + kSlack) {
        overflow_.push_back(panel);
    }
}

void App::note_control(const char* name) {
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    controls_.push_back(ControlRect{name, a.x, a.y, b.x - a.x, b.y - a.y});
    // NOTE: of two items that overlap, a click goes to the one drawn first (ImGui's hovered
    // id is taken by then), and so does this: a control drawn under another is never hovered.
    if (hovered_.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        hovered_ = name;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Header
//-----------------------------------------------------------------------------

float App::header_right_width() const {
    const ImGuiStyle& style = ImGui::GetStyle();
    // NOTE: room for two digits of GOMAXPROCS, so the edge does not move with the number.
    const float theme_w = ImGui::CalcTextSize("Light theme").x + style.FramePadding.x * 2;
    float w = ImGui::CalcTextSize("GOMAXPROCS 00").x + theme_w + style.ItemSpacing.x;
    if (!isolated_) {
        w += ImGui::CalcTextSize("not cross-origin isolated").x + style.ItemSpacing.x;
    }
    return w + ImGui::GetFontSize() + share_room_width();
}

float App::share_room_width() const {
    // NOTE: the page draws the button (web/main.js), in a font of its own: room for "Share"
    // in it, or for "Open in full page" beside the embedded view's controls.
    return ImGui::GetFontSize() * (compact_ ? kEmbedLinkEm : kShareEm);
}

void App::draw_share_room(float w) {
    const float h = ImGui::GetFrameHeight();
    ImGui::Dummy(ImVec2(w, h));
    const ImVec2 at = ImGui::GetItemRectMin();
    share_rect_ = {at.x, at.y, w, h};
    share_placed_ = true;
    note_control("share");
}

void App::draw_header(const Snapshot& snap) {
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto lessons = all_lessons();
    const Lesson* current = find_lesson(lesson_id_);
    const bool showing_loaded = source_ == loaded_source_;

    // Lesson picker, as wide as the longest title, after the product name; a narrow page
    // leaves out the name and narrows the picker rather than cut it.
    float title_w = ImGui::CalcTextSize("Your program").x;
    for (const Lesson& l : lessons) {
        title_w = std::max(title_w,
                           ImGui::CalcTextSize(l.title.data(), l.title.data() + l.title.size()).x);
    }
    const float picker_w = title_w + ImGui::GetFrameHeight() + style.FramePadding.x * 2 + em * 1.5f;
    const char* product = "Goroutine Lab";
    const float product_w = ImGui::CalcTextSize(product).x + em * 1.5f;
    const float avail_w = ImGui::GetContentRegionAvail().x;

    // One row holds the picker, the status and the right edge's buttons (Share and the theme
    // toggle) where there is room for them and for the widest status; else the status and the
    // buttons take a second row. The widest status decides, not the one on screen, so the
    // header keeps its shape while the run goes on. The product's name makes way first.
    const float theme_w =
        ImGui::CalcTextSize(narrow_ ? "Light" : "Light theme").x + style.FramePadding.x * 2;
    const float edge_w = share_room_width() + em + theme_w;
    const float status_room = em + ImGui::CalcTextSize(kWidestStatus).x;
    const float one_row_w = picker_w + em + status_room + em + edge_w;
    const bool one_row = one_row_w <= avail_w;
    if (product_w + (one_row ? one_row_w : picker_w) <= avail_w) {
        ImGui::AlignTextToFramePadding();
        text_colored(palette().accent, product);
        ImGui::SameLine(0, em * 1.5f);
    }
    const std::string preview =
        (current != nullptr && showing_loaded) ? std::string(current->title) : "Your program";
    ImGui::SetNextItemWidth(narrow_ ? std::min(picker_w, ImGui::GetContentRegionAvail().x)
                                    : picker_w);
    if (ImGui::BeginCombo("##lesson", preview.c_str())) {
        for (const Lesson& l : lessons) {
            const std::string title(l.title);
            const bool selected = current == &l && showing_loaded;
            if (ImGui::Selectable(title.c_str(), selected)) {
                load_lesson(l.id);
            }
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em * 28);
                ImGui::TextUnformatted(l.summary.data(), l.summary.data() + l.summary.size());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
            // A tick after a lesson run to its end, here or on an earlier visit.
            if (lessons_done_.contains(std::string(l.id))) {
                const ImVec2 max = ImGui::GetItemRectMax();
                const ImVec2 min = ImGui::GetItemRectMin();
                const float k = em * 0.3f;
                const ImVec2 c(max.x - em * 0.6f, (min.y + max.y) * 0.5f);
                ImDrawList* dl = ImGui::GetWindowDrawList();
                dl->AddLine(ImVec2(c.x - k, c.y), ImVec2(c.x - k * 0.3f, c.y + k * 0.7f),
                            to_u32(palette().accent), kHairline * 2);
                dl->AddLine(ImVec2(c.x - k * 0.3f, c.y + k * 0.7f), ImVec2(c.x + k, c.y - k),
                            to_u32(palette().accent), kHairline * 2);
            }
            if (selected) {
                ImGui::SetItemDefaultFocus();
            }
        }
        ImGui::EndCombo();
    }
    note_control("lesson");

    // Status: a dot and the word the state object uses, plus the exit code ("(exit 2)" where
    // Go's "(exit status 2)" leaves the buttons no room).
    if (one_row) {
        ImGui::SameLine(0, em);
    }
    {
        const float status_x = ImGui::GetCursorScreenPos().x - ImGui::GetWindowPos().x;
        const float status_max = ImGui::GetWindowContentRegionMax().x - edge_w - em - status_x;
        std::string status = status_words(snap.status, snap.exit_code);
        if (em + ImGui::CalcTextSize(status.c_str()).x > status_max) {
            status = short_status_words(snap.status, snap.exit_code);
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r = em * 0.3f;
        const float cy = p.y + ImGui::GetFrameHeight() * 0.5f;
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r, cy), r,
                                                    to_u32(status_color(snap.status)));
        ImGui::Dummy(ImVec2(r * 2, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, em * 0.4f);
        ImGui::AlignTextToFramePadding();
        text_colored(status_color(snap.status), status);
        if (!live_) {
            // In full where the right edge's words leave room for it, in short where its
            // buttons do, else not at all: the Live button and the scrubber say it too.
            // The status is the instant's: "running" at an instant of a run that has since
            // ended read as a live run, so the words say it has ended.
            const char* kLookingBack = live_ended_ ? "looking back: the run has ended (End)"
                                                   : "looking back (End follows the run again)";
            const char* kShort = "looking back";
            const float status_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
            const float right = ImGui::GetWindowContentRegionMax().x;
            if (ImGui::CalcTextSize(kLookingBack).x <=
                right - header_right_width() - status_end - em * 2) {
                ImGui::SameLine(0, em);
                text_colored(palette().accent, kLookingBack);
            } else if (ImGui::CalcTextSize(kShort).x <= right - edge_w - status_end - em * 2) {
                ImGui::SameLine(0, em);
                text_colored(palette().accent, kShort);
            }
        }
    }
    // Where the status ends: what the right edge adds must start after it.
    const float status_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;

    // Right edge: each lesson's last total (the lesson's point: sum against
    // ~0 against max), worker threads, and the isolation notice.
    {
        std::string totals;
        for (size_t i = 0; i < lessons.size(); ++i) {
            const auto it = lesson_total_ns_.find(std::string(lessons[i].id));
            if (it != lesson_total_ns_.end()) {
                totals += (totals.empty() ? "" : "   ") + std::to_string(i + 1) + ". " +
                          clock_text(it->second);
            }
        }
        const char* totals_label = "last totals";
        const std::string procs = "GOMAXPROCS " + std::to_string(snap.procs);
        const char* isolation = "not cross-origin isolated";
        // NOTE: narrow, the toggle says only the theme it switches to.
        const char* theme_label = narrow_ ? (light_ ? "Dark###theme" : "Light###theme")
                                          : (light_ ? "Dark theme###theme" : "Light theme###theme");
        const float gap = em * 1.5f;
        const float spacing = style.ItemSpacing.x;

        // What fits after the status, most needed first: the Share button, the theme
        // toggle, GOMAXPROCS, the isolation notice. Each has a fixed room (the longer theme
        // label, two digits of GOMAXPROCS), so nothing moves when a label changes.
        const float right = ImGui::GetWindowContentRegionMax().x;
        const float room = right - (status_end + em);
        const float share_w = share_room_width();
        const float procs_w = ImGui::CalcTextSize("GOMAXPROCS 00").x;
        const float isolation_w = ImGui::CalcTextSize(isolation).x;
        float used = share_w;
        const bool with_share = used <= room;
        const bool with_theme = with_share && used + em + theme_w <= room;
        used += with_theme ? em + theme_w : 0.0f;
        const bool with_procs = with_theme && used + spacing + procs_w <= room;
        used += with_procs ? spacing + procs_w : 0.0f;
        const bool with_isolation =
            with_procs && !isolated_ && used + spacing + isolation_w <= room;
        used += with_isolation ? spacing + isolation_w : 0.0f;

        const float x = right - used;
        const float totals_w =
            ImGui::CalcTextSize(totals_label).x + spacing + ImGui::CalcTextSize(totals.c_str()).x;
        if (!totals.empty() && with_procs && x - totals_w - gap > status_end + em) {
            ImGui::SameLine(x - totals_w - gap);
            dim_text(totals_label);
            ImGui::SameLine();
            text_colored(palette().code_text, totals);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                dim_text("The program clock when each lesson's last run ended.");
                ImGui::EndTooltip();
            }
        }
        if (with_isolation) {
            ImGui::SameLine(x);
            text_colored(palette().warning, isolation);
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(em * 24);
                ImGui::TextUnformatted(
                    "This page was served without the Cross-Origin-Opener-Policy and "
                    "Cross-Origin-Embedder-Policy headers, so the browser gives it no "
                    "shared memory for worker threads. Serve it with ./build.sh serve, "
                    "or add both headers on your server.");
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }
        }
        if (with_procs) {
            ImGui::SameLine(right - share_w - em - theme_w - spacing - procs_w);
            dim_text(procs);
        }
        if (with_theme) {
            ImGui::SameLine(right - share_w - em - theme_w);
            if (ImGui::SmallButton(theme_label)) {
                toggle_theme();
            }
            note_control("theme");
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("Switch between the dark and the light look. The page starts "
                                  "in your\nbrowser's colour scheme.");
            }
        }
        if (with_share) {
            ImGui::SameLine(right - share_w);
            draw_share_room(share_w);
        }
    }

    // What to notice in this lesson, then the note, if any. A narrow page keeps the lesson's
    // words to two lines, the rest when hovered (or tapped), so the code and the run keep
    // their room.
    const std::string_view summary =
        current != nullptr && showing_loaded
            ? current->summary
            : "Your own program. Pick a lesson to go back to the lesson's code.";
    const std::string_view shown = narrow_ ? first_lines(summary, 2) : summary;
    ImGui::PushTextWrapPos(0.0f);
    dim_text(shown.size() == summary.size() ? std::string(summary) : std::string(shown) + "...");
    ImGui::PopTextWrapPos();
    if (shown.size() < summary.size() && ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x);
        ImGui::TextUnformatted(summary.data(), summary.data() + summary.size());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    if (!note_.empty()) {
        text_colored(palette().warning, note_);
    }
    ImGui::Spacing();
}

//-----------------------------------------------------------------------------
// [SECTION] Controls
//-----------------------------------------------------------------------------

void App::handle_keys() {
    // Keys belong to a text field while one is being edited, and to a widget
    // while it is held; the platform only delivers keys while the canvas has
    // focus, so the page around it keeps its own keys.
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsAnyItemActive()) {
        return;
    }
    auto pressed = [](ImGuiKey key, bool repeat) {
        return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
    };
    const std::pair<ImGuiKey, LabKey> kKeys[] = {
        {ImGuiKey_LeftArrow, LabKey::Left}, {ImGuiKey_RightArrow, LabKey::Right},
        {ImGuiKey_Space, LabKey::Space},    {ImGuiKey_Home, LabKey::Home},
        {ImGuiKey_End, LabKey::End},
    };
    for (const auto& [imgui_key, key] : kKeys) {
        const bool repeat = key == LabKey::Left || key == LabKey::Right;
        if (pressed(imgui_key, repeat)) {
            apply(command_for_key(key, phase()));
        }
    }

    // NOTE: ImGui 1.86 names no letter keys but A, C, V, X, Y, Z; R and ? come
    // as typed characters, which also follows the learner's keyboard layout.
    for (const ImWchar c : io.InputQueueCharacters) {
        if (c == 'r' || c == 'R') {
            apply(command_for_key(LabKey::R, phase()));
        } else if (c == '?') {
            apply(command_for_key(LabKey::Question, phase()));
        }
    }
    if (pressed(ImGuiKey_Escape, false)) {
        if (help_open_) {
            help_open_ = false;
        } else {
            selected_ = 0; // Escape lets go of the goroutine picked
        }
    }
}

void App::draw_controls(const Snapshot& live, const Snapshot& snap) {
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const RunPhase now = phase();
    const bool has_trace = live.trace != nullptr && live.trace_size > 0 &&
                           live.version > stale_version_ && now != RunPhase::Idle;

    // 1. Run / Pause / Resume: the label says what pressing it (or Space) does.
    const char* run_label = run_button_label(now);
    float button_w = 0;
    for (RunPhase p : {RunPhase::Idle, RunPhase::Running, RunPhase::Paused, RunPhase::Ended}) {
        button_w = std::max(button_w, ImGui::CalcTextSize(run_button_label(p)).x);
    }
    button_w += style.FramePadding.x * 2;
    ImGui::PushStyleColor(ImGuiCol_Button, palette().primary_button);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette().primary_button_hovered);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, palette().primary_button_active);
    if (ImGui::Button((std::string(run_label) + "###run_button").c_str(), ImVec2(button_w, 0))) {
        apply(command_for_key(LabKey::Space, now));
    }
    note_control("run");
    ImGui::PopStyleColor(3);

    // 2. Step back, Step, Reset (a narrow row wraps between buttons).
    const float gap = style.ItemSpacing.x;
    same_line_if_fits(button_width("< Back"), gap);
    ImGui::BeginDisabled(!has_trace);
    if (ImGui::Button("< Back")) {
        step_back();
    }
    ImGui::EndDisabled();
    note_control("back");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("Step back to the previous event (left arrow)");
    }
    same_line_if_fits(button_width("Step >"), gap);
    ImGui::BeginDisabled(now == RunPhase::Ended && live_);
    if (ImGui::Button("Step >")) {
        step();
    }
    ImGui::EndDisabled();
    note_control("step");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("Step to the next event: a goroutine starts, parks, wakes, prints,\n"
                          "ends, or a counter changes (right arrow)");
    }
    same_line_if_fits(button_width("Reset"), gap);
    if (ImGui::Button("Reset")) {
        reset();
    }
    note_control("reset");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Forget the run and go back to the start (R)");
    }

    // Embedded: the scrubber takes the rest of the row, short of the page's "Open in full
    // page" link over its right end; settings and predictions belong to the full page.
    if (compact_) {
        ImGui::SameLine(0, em);
        const float scrub_w =
            ImGui::GetContentRegionAvail().x - em * kEmbedLinkEm - style.ItemSpacing.x;
        draw_scrubber(live, snap, has_trace, std::max(scrub_w, em * 4));
        ImGui::SameLine();
        draw_share_room(std::max(ImGui::GetContentRegionAvail().x, em));
        return;
    }

    // 3. Stop: ends a program that would never end by itself (a busy loop,
    // goroutines blocked for ever) and keeps its last state on show. It acts
    // on the press: when every core is busy a frame can take a second, and
    // the release would come frames later.
    same_line_if_fits(button_width("Stop"), gap);
    ImGui::BeginDisabled(now != RunPhase::Running && now != RunPhase::Paused);
    ImGui::Button("Stop");
    if (ImGui::IsItemActivated()) {
        stop();
    }
    ImGui::EndDisabled();
    note_control("stop");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("End the program where it is; what was still alive is lost");
    }

    // 4. The scrubber over the recorded run, in program time; on a row of its own when the
    // buttons' row leaves it too little.
    const float help_w = ImGui::CalcTextSize("?").x + style.FramePadding.x * 2;
    const float live_w = ImGui::CalcTextSize("Live").x + style.FramePadding.x * 2;
    constexpr float kScrubberMinEm = 10.0f;
    same_line_if_fits(em * kScrubberMinEm + live_w + help_w + style.ItemSpacing.x * 2 + em, em);
    const std::string where = has_trace
                                  ? "event " + std::to_string(live_ ? live.trace_size : cursor_) +
                                        " of " + std::to_string(live.trace_size)
                                  : std::string("no run recorded yet");
    const float where_w = ImGui::CalcTextSize("event 0000000 of 0000000").x;
    const float beside_w = live_w + help_w + style.ItemSpacing.x * 2 + em;
    float scrub_w = ImGui::GetContentRegionAvail().x - where_w - style.ItemSpacing.x - beside_w;
    // A narrow window leaves out the event count (the scrubber shows the time) before the
    // scrubber grows too short to use, or runs under Live.
    const bool with_where = scrub_w >= em * 6;
    if (!with_where) {
        scrub_w = ImGui::GetContentRegionAvail().x - beside_w;
    }
    draw_scrubber(live, snap, has_trace, std::max(scrub_w, em * 4));
    if (with_where) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        dim_text(where);
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - live_w - help_w - style.ItemSpacing.x);
    ImGui::BeginDisabled(live_);
    if (ImGui::Button("Live")) {
        go_live();
    }
    ImGui::EndDisabled();
    note_control("live");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::SetTooltip("Show the latest instant of the run again (End)");
    }
    ImGui::SameLine();
    if (ImGui::Button("?")) {
        help_open_ = !help_open_;
    }
    note_control("help");

    // 5. Settings for the next run, then the learner's prediction. A narrow row says less
    // (short labels, a shorter slider) and wraps between settings, never inside one.
    ImGui::AlignTextToFramePadding();
    dim_text(narrow_ ? "next:" : "next run:");
    RunSettings next = settings_;
    bool changed = false;
    const float inner = style.ItemInnerSpacing.x;
    const float speed_w = em * (narrow_ ? 7 : 9);
    same_line_if_fits(speed_w + inner + ImGui::CalcTextSize("speed").x, gap);
    ImGui::SetNextItemWidth(speed_w);
    float speed = static_cast<float>(next.speed);
    // The slider draws its value with an invisible colour (the format still
    // rounds it); the value is drawn again beside the grab, never under it.
    constexpr float kSpeedMin = 0.1f, kSpeedMax = 10.0f;
    const float grab_w = em * 0.5f;
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, grab_w);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    const bool speed_changed =
        ImGui::SliderFloat("##speed", &speed, kSpeedMin, kSpeedMax, "%.1fx",
                           ImGuiSliderFlags_Logarithmic | ImGuiSliderFlags_AlwaysClamp);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    note_control("speed");
    {
        // NOTE: ImGui keeps the grab 2 px inside the frame and places its
        // centre along the log scale between half a grab from either end.
        constexpr float kGrabInset = 2.0f;
        const ImVec2 f0 = ImGui::GetItemRectMin();
        const ImVec2 f1 = ImGui::GetItemRectMax();
        const float usable = f1.x - f0.x - kGrabInset * 2 - grab_w;
        const float share = std::log(std::clamp(speed, kSpeedMin, kSpeedMax) / kSpeedMin) /
                            std::log(kSpeedMax / kSpeedMin);
        const float grab_c = f0.x + kGrabInset + grab_w * 0.5f + usable * share;
        char value[16];
        std::snprintf(value, sizeof value, "%.1fx", static_cast<double>(speed));
        const float text_w = ImGui::CalcTextSize(value).x;
        const float x = place_slider_text(f0.x, f1.x, grab_c - grab_w * 0.5f,
                                          grab_c + grab_w * 0.5f, text_w, em * 0.3f);
        ImGui::GetWindowDrawList()->AddText(ImVec2(x, f0.y + ImGui::GetStyle().FramePadding.y),
                                            to_u32(palette().code_text), value);
    }
    if (speed_changed) {
        next.speed = speed;
        changed = true;
    }
    const bool speed_hovered = ImGui::IsItemHovered();
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted("speed");
    if (speed_hovered || ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Real time only: the program clock runs at this many times the wall "
                          "clock");
    }
    const char* procs_label = narrow_ ? "procs###GOMAXPROCS" : "GOMAXPROCS";
    same_line_if_fits(em * 6 + inner + ImGui::CalcTextSize(procs_label, nullptr, true).x, em);
    ImGui::SetNextItemWidth(em * 6);
    if (ImGui::InputInt(procs_label, &next.procs, 1, 1)) {
        next.procs = std::clamp(next.procs, 1, std::max(pool_procs_, 1));
        changed = true;
    }
    note_control("gomaxprocs");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("How many goroutines may run at the same instant: 1 to the %d "
                          "worker threads of this page",
                          std::max(pool_procs_, 1));
    }
    same_line_if_fits(em * 5 + inner + ImGui::CalcTextSize("seed").x, em);
    ImGui::SetNextItemWidth(em * 5);
    if (ImGui::InputScalar("seed", ImGuiDataType_U64, &next.seed)) {
        changed = true;
    }
    note_control("seed");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("Virtual time only: which ready goroutine runs next. 0 runs them\n"
                          "in the order they became ready; the same seed gives the same run.");
    }
    const char* virtual_label = narrow_ ? "virtual###virtual time" : "virtual time";
    same_line_if_fits(
        ImGui::GetFrameHeight() + inner + ImGui::CalcTextSize(virtual_label, nullptr, true).x, em);
    if (ImGui::Checkbox(virtual_label, &next.virtual_time)) {
        changed = true;
    }
    note_control("virtual_time");
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("One thread and a clock that jumps to the next timer: sleeps take no\n"
                          "real time and every run with the same seed is the same.");
    }
    if (changed) {
        configure(next);
    }
    const bool differs =
        live.gomaxprocs > 0 &&
        (settings_.procs != live.gomaxprocs || settings_.virtual_time != live.virtual_time ||
         settings_.seed != live.seed || std::fabs(settings_.speed - live.speed) > 1e-6);
    if (differs) {
        // On the row when it has room, else on a line of its own rather than cut off.
        const char* words = "applies at the next Run";
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        if (ImGui::GetItemRectMax().x + em + ImGui::CalcTextSize(words).x <= right) {
            ImGui::SameLine(0, em);
        }
        text_colored(palette().warning, words);
    }
    // The prediction (a slider, or guess against total) needs about this much room; a
    // narrow window gives it a row of its own.
    // NOTE: deciding before SameLine: a NewLine after it would count the gap, past the window's
    // edge, as drawn.
    constexpr float kPredictionEm = 22.0f;
    if (find_lesson(lesson_id_) != nullptr && source_ == loaded_source_) {
        same_line_if_fits(em * kPredictionEm, em * 2);
        draw_prediction(live);
    }
}

void App::draw_scrubber(const Snapshot& live, const Snapshot& snap, bool has_trace, float width) {
    const int64_t end_ns = has_trace ? std::max(live.clock_ns, timeline_.end_ns()) : 0;
    float t_s = static_cast<float>(static_cast<double>(snap.clock_ns) / 1e9);
    const std::string scrub_text =
        has_trace ? clock_text(std::max<int64_t>(snap.clock_ns, 0)) + " of " + clock_text(end_ns)
                  : std::string(compact_ ? "the run, to scrub" : "scrub the recorded run here");
    const float t_max = std::max(static_cast<float>(static_cast<double>(end_ns) / 1e9), 1e-6f);
    ImGui::SetNextItemWidth(width);
    ImGui::BeginDisabled(!has_trace);
    // The slider draws no text of its own: centred, its text ran under the grab.
    if (ImGui::SliderFloat("##scrubber", &t_s, 0.0f, t_max, "", ImGuiSliderFlags_NoInput)) {
        seek_time(static_cast<int64_t>(static_cast<double>(t_s) * 1e9));
    }
    note_control("scrubber");

    // Where Dear ImGui 1.86 draws a float slider's grab (SliderBehaviorT): GrabMinSize wide,
    // its centre moving over the frame less 2 pixels of padding at each end and the grab.
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 a = ImGui::GetItemRectMin();
    const ImVec2 b = ImGui::GetItemRectMax();
    constexpr float kGrabPadding = 2.0f;
    const float slider_w = b.x - a.x - kGrabPadding * 2;
    const float grab_w = std::min(style.GrabMinSize, slider_w);
    const float share = std::clamp(t_s / t_max, 0.0f, 1.0f);
    const float grab_x0 = a.x + kGrabPadding + share * (slider_w - grab_w);
    const float grab_x1 = grab_x0 + grab_w;
    scrubber_grab_ = {"", grab_x0, a.y, grab_w, b.y - a.y};

    // The text goes centred where the grab leaves room for it, else on the side of the grab
    // that has room (the time alone where "of" the end does not fit), else clipped there.
    const float pad = style.FramePadding.x;
    const float gap = pad * 0.5f;
    const float f0 = a.x + pad;
    const float f1 = b.x - pad;
    std::string text;
    float x0 = 0;
    float x1 = 0;
    std::vector<std::string> candidates = {scrub_text};
    if (has_trace) {
        candidates.push_back(clock_text(std::max<int64_t>(snap.clock_ns, 0)));
    }
    for (const std::string& candidate : candidates) {
        const float w = ImGui::CalcTextSize(candidate.c_str()).x;
        if (const auto x = scrubber_text_x(w, f0, f1, grab_x0 - gap, grab_x1 + gap)) {
            text = candidate;
            x0 = *x;
            x1 = *x + w;
            break;
        }
        text = candidate; // none fits: the last, clipped
        const bool left = grab_x0 - f0 >= f1 - grab_x1;
        x0 = left ? f0 : grab_x1 + gap;
        x1 = std::max(x0, left ? grab_x0 - gap : f1);
    }
    const float text_y = a.y + (b.y - a.y - ImGui::GetTextLineHeight()) * 0.5f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(ImVec2(x0, a.y), ImVec2(x1, b.y), true);
    dl->AddText(ImVec2(x0, text_y), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
    dl->PopClipRect();
    ImGui::EndDisabled();
    scrubber_text_ = {text, x0, text_y, x1 - x0, ImGui::GetTextLineHeight()};
}

void App::draw_prediction(const Snapshot& live) {
    const float em = ImGui::GetFontSize();
    const auto total_it = lesson_total_ns_.find(lesson_id_);
    const auto guess_it = guess_ns_.find(lesson_id_);

    // Before the first run: a guess, with nothing marked that gives it away.
    if (total_it == lesson_total_ns_.end()) {
        if (guess_it != guess_ns_.end()) {
            ImGui::AlignTextToFramePadding();
            dim_text("your guess: " + clock_text(guess_it->second) + "; run it to see");
            return;
        }
        ImGui::AlignTextToFramePadding();
        dim_text("guess the total first:");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em * 8);
        if (ImGui::SliderFloat("##guess", &guess_s_, 0.0f, 12.0f, "%.2f s")) {
            guess_touched_ = true;
        }
        note_control("guess");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("How long will the whole program take? Your guess is kept when\n"
                              "you press Run, and shown beside the real total afterwards.");
        }
        return;
    }

    // After it: the guess beside the actual total, and the delays that explain it.
    ImGui::AlignTextToFramePadding();
    if (guess_it == guess_ns_.end()) {
        dim_text("total " + clock_text(total_it->second));
    } else {
        const PredictionScore score = score_prediction(guess_it->second, total_it->second);
        dim_text("guess " + clock_text(guess_it->second) + ", actual " +
                 clock_text(total_it->second) + ":");
        ImGui::SameLine();
        text_colored(score.stars >= 2 ? palette().accent : palette().warning,
                     score.words + " " + std::string(static_cast<size_t>(score.stars), '*'));
    }
    // NOTE: the ended run's delays, as the timeline added them up (observe() takes them once
    // it has read the whole run): reading the trace of a run that goes on every frame cost the
    // frames of the 10,000-goroutine lesson most of a millisecond.
    if (sleeps_known_ && live.version > stale_version_) {
        const SleepSummary& sleeps = sleeps_;
        if (sleeps.count >= 2 && sleeps.count <= 20) {
            const std::string text = "sum of delays " + clock_text(sleeps.sum_ns) + ", longest " +
                                     clock_text(sleeps.max_ns);
            // On the row where it fits, else under it: never cut at the window's edge.
            same_line_if_fits(ImGui::CalcTextSize(text.c_str()).x, em);
            dim_text(text);
        }
    }
}

void App::draw_help() {
    if (!help_open_) {
        return;
    }
    const float em = ImGui::GetFontSize();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Narrow: the page's width, under the "?" button (last frame's place), so that the button
    // that opened the list stays there to close it.
    float below_help = 0;
    for (const ControlRect& c : shown_controls_) {
        below_help = c.name == "help" ? c.y + c.h + em * 0.5f : below_help;
    }
    if (narrow_ && below_help > 0) {
        ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + em * 0.5f, below_help));
        ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x - em, 0));
    } else {
        ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                       viewport->WorkPos.y + viewport->WorkSize.y * 0.4f),
                                ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(em * 34, 0));
    }
    bool open = true;
    constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("Keyboard shortcuts###help", &open, kFlags)) {
        struct Row {
            const char* keys;
            const char* what;
        };
        constexpr Row kRows[] = {
            {"Space", "run, pause, resume"},
            {"Right arrow", "step to the next event"},
            {"Left arrow", "step back to the previous event"},
            {"Home", "the run's first event"},
            {"End", "the latest instant (live)"},
            {"R", "reset"},
            {"?", "show or hide this list"},
            {"Wheel", "zooms the timeline around the mouse"},
            {"Drag", "pans the timeline"},
            {"Click", "shows that instant of the run"},
            {"Double-click", "shows the whole run again"},
            {"Click a G", "picks that goroutine; Esc lets it go"},
            {"On a lane", "triangle up: wg.Add, down: wg.Done, ring: wg.Wait"},
        };
        ImGui::PushTextWrapPos(0.0f);
        for (const Row& r : kRows) {
            text_colored(palette().accent, r.keys);
            ImGui::SameLine(em * 9);
            ImGui::TextUnformatted(r.what);
        }
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        dim_text("Keys work while the canvas has focus (click it once).");
    }
    ImGui::End();
    if (!open) {
        help_open_ = false;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Code panel
//-----------------------------------------------------------------------------

void App::draw_code_panel(const Snapshot& snap) {
    if (editing_) {
        draw_editor();
        return;
    }
    const float em = ImGui::GetFontSize();
    const float char_w = ImGui::CalcTextSize("0").x;
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Lines share the panel's height, within limits: a short program fills
    // the panel, a long one scrolls.
    const float fill_h = ImGui::GetContentRegionAvail().y /
                         static_cast<float>(std::max<size_t>(code_lines_.size(), 1));
    const float line_h = std::clamp(fill_h, em * kCodeLineMinEm, em * kCodeLineMaxEm);

    // Which goroutines sit on which line: running first, then the others alive, then the
    // lost ones, each by id. Lost goroutines stay where main's return cut them off: that is
    // the lesson. NOTE: ten thousand goroutines may share a line, every frame: one pass per
    // rank, no sorting, as snapshots list goroutines in creation order, which is id order.
    const int n_lines = static_cast<int>(code_lines_.size());
    std::vector<std::vector<const GoroutineView*>> on_line(code_lines_.size() + 1);
    auto rank = [](const GoroutineView& g) {
        return g.state == GoroutineState::Running ? 0 : is_live(g.state) ? 1 : 2;
    };
    for (int r = 0; r < 3; ++r) {
        for (const GoroutineView& g : snap.goroutines) {
            if ((is_live(g.state) || g.state == GoroutineState::Lost) && g.line > 0 &&
                g.line <= n_lines && rank(g) == r) {
                on_line[static_cast<size_t>(g.line)].push_back(&g);
            }
        }
    }
    if (!std::is_sorted(
            snap.goroutines.begin(), snap.goroutines.end(),
            [](const GoroutineView& a, const GoroutineView& b) { return a.id < b.id; })) {
        for (auto& gs : on_line) {
            std::stable_sort(gs.begin(), gs.end(), [&](const auto* a, const auto* b) {
                return rank(*a) != rank(*b) ? rank(*a) < rank(*b) : a->id < b->id;
            });
        }
    }

    // Compile errors belong to the code on screen only while it is the code
    // that failed (after Run, the kept program is shown instead).
    std::map<int, std::vector<ErrorPosition>> errors_on_line;
    if (snap.status == RunStatus::CompileError) {
        for (const std::string& e : snap.errors) {
            ErrorPosition pos = parse_error_position(e);
            if (pos.line > 0) {
                errors_on_line[pos.line].push_back(std::move(pos));
            }
        }
    }

    // Geometry: stripe, line numbers, code, then markers after each line.
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float win_x0 = ImGui::GetWindowPos().x;
    const float win_x1 = win_x0 + ImGui::GetWindowWidth();
    const float stripe_w = em * 0.2f;
    const int digits = std::max(2, static_cast<int>(std::to_string(code_lines_.size()).size()));
    const float number_x = origin.x + stripe_w + char_w;
    const float text_x = number_x + char_w * static_cast<float>(digits + 2);
    const MarkerShape marker{line_h * 0.78f, em * 0.35f, em * 0.55f};
    const float marker_gap = em * 0.3f;
    const float visible_right =
        win_x1 - ImGui::GetStyle().WindowPadding.x - ImGui::GetStyle().ScrollbarSize;

    const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
    const int n = n_lines;
    const int first = std::clamp(static_cast<int>((clip_min.y - origin.y) / line_h), 0, n);
    const int last = std::clamp(static_cast<int>((clip_max.y - origin.y) / line_h) + 1, 0, n);
    float content_w = text_x - origin.x;

    for (int i = first; i < last; ++i) {
        const CodeLine& line = code_lines_[static_cast<size_t>(i)];
        const int line_no = i + 1;
        const float y = origin.y + line_h * static_cast<float>(i);
        const float text_y = y + (line_h - em) * 0.5f;
        const std::vector<const GoroutineView*>& gs = on_line[static_cast<size_t>(line_no)];
        const auto err_it = errors_on_line.find(line_no);
        const bool has_gs = !gs.empty();
        const bool has_err = err_it != errors_on_line.end();

        // Band and stripe: the line's first goroutine colours it.
        if (has_err) {
            dl->AddRectFilled(ImVec2(win_x0, y), ImVec2(win_x1, y + line_h),
                              to_u32(palette().error, 0.14f));
            dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + stripe_w, y + line_h),
                              to_u32(palette().error));
        } else if (has_gs) {
            const GoroutineView& lead = *gs.front();
            const bool running = lead.state == GoroutineState::Running;
            const ImVec4 band = lead.state == GoroutineState::Lost ? state_color(lead.state)
                                                                   : goroutine_color(lead.id);
            dl->AddRectFilled(ImVec2(win_x0, y), ImVec2(win_x1, y + line_h),
                              to_u32(band, running ? 0.16f : 0.08f));
            dl->AddRectFilled(ImVec2(origin.x, y), ImVec2(origin.x + stripe_w, y + line_h),
                              to_u32(band));
        }

        // Line number, right-aligned.
        const std::string number = std::to_string(line_no);
        const float number_w = ImGui::CalcTextSize(number.c_str()).x;
        const ImVec4 number_color =
            (has_gs || has_err)
                ? palette().code_text
                : ImVec4(palette().dim_text.x, palette().dim_text.y, palette().dim_text.z, 0.7f);
        dl->AddText(ImVec2(number_x + char_w * static_cast<float>(digits) - number_w, text_y),
                    to_u32(number_color), number.c_str());

        // Code, span by span.
        for (const CodeSpan& span : line.spans) {
            const char* b = line.text.data() + span.begin;
            const char* e = line.text.data() + span.end;
            dl->AddText(ImVec2(text_x + char_w * static_cast<float>(span.column), text_y),
                        to_u32(token_color(span.kind)), b, e);
        }
        float line_end_x = text_x + char_w * static_cast<float>(line.columns);

        // Errors: a wavy underline from the error's column to the token's end.
        if (has_err) {
            for (const ErrorPosition& pos : err_it->second) {
                const auto byte = static_cast<size_t>(std::max(pos.column - 1, 0));
                const int col0 = byte < line.column_of.size() ? line.column_of[byte] : line.columns;
                const int col1 = word_end_column(line, col0);
                const float x0 = text_x + char_w * static_cast<float>(col0);
                const float x1 = text_x + char_w * static_cast<float>(col1);
                const float base = text_y + em;
                const float amp = em * 0.08f;
                const float step = em * 0.2f;
                for (float x = x0; x < x1; x += step) {
                    const float up = (static_cast<int>((x - x0) / step) % 2 == 0) ? -amp : amp;
                    dl->AddLine(ImVec2(x, base + up), ImVec2(std::min(x + step, x1), base - up),
                                to_u32(palette().error), kHairline);
                }
            }
            const ImVec2 hover_min(win_x0, y);
            const ImVec2 hover_max(win_x1, y + line_h);
            if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(hover_min, hover_max)) {
                ImGui::BeginTooltip();
                for (const ErrorPosition& pos : err_it->second) {
                    text_colored(palette().error, pos.message);
                }
                ImGui::EndTooltip();
            }
        }

        // Markers after the code: "G3" pills while they fit, then bare ids,
        // then as many as fit and a "+n" pill that lists the rest on hover.
        if (has_gs) {
            float x = line_end_x + char_w * 2.0f;
            const float right = std::max(visible_right, x + em * 4.0f);
            // Whether every "G3" pill fits; stops measuring once one does not.
            auto long_labels_fit = [&] {
                float end = x;
                for (const GoroutineView* g : gs) {
                    end += marker_width(marker, goroutine_label(g->id)) + marker_gap;
                    if (end > right) {
                        return false;
                    }
                }
                return true;
            };
            const bool short_labels = !long_labels_fit();
            const float my = y + (line_h - marker.height) * 0.5f;
            size_t shown = 0;
            for (const GoroutineView* g : gs) {
                const std::string label =
                    short_labels ? std::to_string(g->id) : goroutine_label(g->id);
                const float w = marker_width(marker, label);
                const size_t rest = gs.size() - shown - 1;
                const float more_w =
                    rest > 0 ? marker_width(marker, "+" + std::to_string(rest)) + marker_gap : 0;
                if (shown > 0 && x + w + marker_gap + more_w > right) {
                    break;
                }
                draw_marker(dl, ImVec2(x, my), marker, *g, label);
                if (g->id == selected_) {
                    const float k = kHairline * 2;
                    dl->AddRect(ImVec2(x - k, my - k), ImVec2(x + w + k, my + marker.height + k),
                                to_u32(palette().accent), marker.height * 0.5f + k, 0, k);
                }
                if (ImGui::IsWindowHovered() &&
                    ImGui::IsMouseHoveringRect(ImVec2(x, my), ImVec2(x + w, my + marker.height))) {
                    goroutine_tooltip(*g);
                    if (ImGui::IsMouseClicked(0)) {
                        selected_ = selected_ == g->id ? 0 : g->id;
                    }
                }
                x += w + marker_gap;
                ++shown;
            }
            if (shown < gs.size()) {
                const std::string more = "+" + std::to_string(gs.size() - shown);
                const float w = ImGui::CalcTextSize(more.c_str()).x + marker.pad * 2;
                const ImVec2 a(x, my), b(x + w, my + marker.height);
                dl->AddRect(a, b, to_u32(palette().dim_text), marker.height * 0.5f, 0, kHairline);
                dl->AddText(ImVec2(x + marker.pad, my + (marker.height - em) * 0.5f),
                            to_u32(palette().dim_text), more.c_str());
                if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(a, b)) {
                    // NOTE: a tooltip as tall as the screen at most; the table lists them all.
                    constexpr size_t kMostListed = 24;
                    const size_t listed = std::min(gs.size(), shown + kMostListed);
                    ImGui::BeginTooltip();
                    for (size_t k = shown; k < listed; ++k) {
                        text_colored(goroutine_color(gs[k]->id),
                                     goroutine_label(gs[k]->id) + "  " + to_string(gs[k]->state));
                    }
                    if (listed < gs.size()) {
                        dim_text("and " + std::to_string(gs.size() - listed) + " more");
                    }
                    ImGui::EndTooltip();
                }
                x += w + marker_gap;
            }
            line_end_x = x;
        }
        content_w = std::max(content_w, line_end_x - origin.x);
    }

    // Content size for scrolling: every line, not only the visible ones.
    for (const CodeLine& line : code_lines_) {
        content_w =
            std::max(content_w, text_x - origin.x + char_w * static_cast<float>(line.columns));
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(content_w, line_h * static_cast<float>(n)));
}

//-----------------------------------------------------------------------------
// [SECTION] Editor
//-----------------------------------------------------------------------------

namespace {

// Lets ImGui grow the std::string it edits, and reports where the caret is.
int edit_callback(ImGuiInputTextCallbackData* data) {
    auto* app_state = static_cast<std::pair<std::string*, int*>*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        std::string& text = *app_state->first;
        text.resize(static_cast<size_t>(data->BufTextLen));
        data->Buf = text.data();
    } else {
        *app_state->second = data->CursorPos;
    }
    return 0;
}

} // namespace

void App::draw_code_buttons() {
    const Lesson* lesson = find_lesson(lesson_id_);
    ImGui::SameLine();
    if (!editing_) {
        if (ImGui::SmallButton("Edit")) {
            editing_ = true;
            edit_buffer_ = source_;
            focus_editor_ = true; // typing goes to the editor at once, no second click
        }
        note_control("edit");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Change the program; Run this code compiles and runs it");
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Copy")) {
            export_ = Export::CopyCode;
        }
        note_control("copy_code");
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("Copy the program to the clipboard");
        }
    } else {
        ImGui::PushStyleColor(ImGuiCol_Button, palette().primary_button);
        const bool run_it = ImGui::SmallButton("Run this code");
        ImGui::PopStyleColor();
        note_control("run_code");
        if (run_it) {
            // A program that does not compile shows its errors underlined in
            // the panel; Edit opens it again to fix them.
            editing_ = false;
            load_source(edit_buffer_);
            if (lesson_id_ == "custom" && source_ == loaded_source_) {
                run();
            }
        }
        ImGui::SameLine();
        if (ImGui::SmallButton("Cancel")) {
            editing_ = false;
        }
        note_control("cancel_edit");
    }
    if (lesson == nullptr || source_ != lesson->source) {
        // Back to the lesson the learner last picked, as it was written.
        const Lesson* back = lesson;
        if (back == nullptr) {
            for (const Lesson& l : all_lessons()) {
                if (l.id == last_lesson_id_) {
                    back = &l;
                }
            }
        }
        if (back != nullptr) {
            ImGui::SameLine();
            if (ImGui::SmallButton("Lesson's original")) {
                editing_ = false;
                forget_draft(back->id);
                load_lesson(back->id);
            }
            note_control("original");
        }
    }
}

void App::draw_editor() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line_h = ImGui::GetTextLineHeight();
    const int lines =
        static_cast<int>(std::count(edit_buffer_.begin(), edit_buffer_.end(), '\n')) + 1;

    // NOTE: the field is as tall as its text, so it never scrolls itself:
    // the panel scrolls, and the coloured copy drawn over it stays aligned.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(avail.x, std::max(avail.y, line_h * static_cast<float>(lines + 3) +
                                                     style.FramePadding.y * 2));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    std::pair<std::string*, int*> user{&edit_buffer_, &edit_cursor_};

    // Escape leaves the field and keeps what was typed. ImGui's own Escape puts back the text
    // the field held when it was entered, and with it went every edit since (Ctrl+Z alone
    // brought them back). Letting go of the field first leaves it nothing to undo.
    if (ImGui::GetActiveID() == ImGui::GetID("##editor") &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        ImGui::ClearActiveID();
    }
    if (std::exchange(focus_editor_, false)) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 0));
    // NOTE: the field is a child window, drawn after (over) this panel's draw
    // list: with no background of its own, the coloured text below shows through.
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0, 0, 0, 0));
    const bool changed = ImGui::InputTextMultiline(
        "##editor", edit_buffer_.data(), edit_buffer_.capacity() + 1, size,
        ImGuiInputTextFlags_AllowTabInput | ImGuiInputTextFlags_CallbackResize |
            ImGuiInputTextFlags_CallbackAlways,
        edit_callback, &user);
    note_control("editor");
    if (changed) {
        keep_draft(); // once an edit, not once a frame
    }
    const bool active = ImGui::IsItemActive();
    ImGui::PopStyleColor(2);

    // The same colours as the code panel, drawn over the invisible text.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float char_w = ImGui::CalcTextSize(" ").x;
    const ImVec2 text0(origin.x + style.FramePadding.x, origin.y + style.FramePadding.y);
    const std::vector<CodeLine> laid = layout_go_source(edit_buffer_);
    for (size_t i = 0; i < laid.size(); ++i) {
        const CodeLine& line = laid[i];
        const float y = text0.y + line_h * static_cast<float>(i);
        for (const CodeSpan& span : line.spans) {
            dl->AddText(ImVec2(text0.x + char_w * static_cast<float>(span.column), y),
                        to_u32(token_color(span.kind)), line.text.data() + span.begin,
                        line.text.data() + span.end);
        }
    }

    // The caret, which the invisible text colour hid.
    if (active) {
        const size_t at =
            std::min(static_cast<size_t>(std::max(edit_cursor_, 0)), edit_buffer_.size());
        const size_t line_start = edit_buffer_.rfind('\n', at == 0 ? 0 : at - 1);
        const size_t begin = (at == 0 || line_start == std::string::npos) ? 0 : line_start + 1;
        const int row = static_cast<int>(std::count(
            edit_buffer_.begin(), edit_buffer_.begin() + static_cast<long>(begin), '\n'));
        const std::vector<CodeLine> one =
            layout_go_source(std::string_view(edit_buffer_).substr(begin, at - begin));
        const int column = one.empty() ? 0 : one.front().columns;
        const float x = text0.x + char_w * static_cast<float>(column);
        const float y = text0.y + line_h * static_cast<float>(row);
        dl->AddLine(ImVec2(x, y), ImVec2(x, y + line_h), to_u32(palette().accent), kHairline * 2);
        // An input method shows its words at this caret, through ImGui's own hook
        // (io.ImeSetInputScreenPosFn): ImGui's hidden one runs ahead of it after a tab in a
        // line, which ImGui draws four spaces wide, and this panel to the next tab stop. A
        // caret scrolled out of the panel leaves them at the panel's nearest edge.
        const ImRect seen = ImGui::GetCurrentWindow()->InnerClipRect;
        ImGui::GetCurrentContext()->PlatformImePos =
            ImVec2(std::clamp(x, seen.Min.x, std::max(seen.Min.x, seen.Max.x - 1.0f)),
                   std::clamp(y, seen.Min.y, std::max(seen.Min.y, seen.Max.y - line_h)));

        // The panel scrolls, not the field (see above), so ImGui's own following of the
        // caret never moves it: a caret that moved out of sight brings it along. Only when it
        // moved, so that the wheel can still scroll away from it.
        if (edit_cursor_ != caret_shown_) {
            caret_shown_ = edit_cursor_;
            if (y < seen.Min.y) {
                ImGui::SetScrollY(ImGui::GetScrollY() - (seen.Min.y - y));
            } else if (y + line_h > seen.Max.y) {
                ImGui::SetScrollY(ImGui::GetScrollY() + (y + line_h - seen.Max.y));
            }
            if (x < seen.Min.x + char_w) {
                ImGui::SetScrollX(std::max(0.0f, ImGui::GetScrollX() - (seen.Min.x + char_w - x)));
            } else if (x + char_w > seen.Max.x) {
                ImGui::SetScrollX(ImGui::GetScrollX() + (x + char_w - seen.Max.x));
            }
        }
    } else {
        caret_shown_ = -1;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Clock and WaitGroups
//-----------------------------------------------------------------------------

namespace {

// The sync panel's row is made of blocks, one per Mutex, RWMutex, channel and blocked
// select: a few lines of coloured pieces, measured before anything is drawn so that the row
// shows the blocks that fit and counts the rest, never cutting one at the panel's edge.
struct SyncPiece {
    std::string text;
    ImVec4 color;
};

struct SyncLine {
    std::vector<SyncPiece> pieces;
    int64_t cells = -1; // a channel's buffer drawn as cells (or a bar): its capacity
    int64_t fill = 0;
};

struct SyncBlock {
    std::vector<SyncLine> lines;
    int rank = 0;      // 2: someone waits on it; 1: someone holds it, or it buffers values
    std::string words; // the block as one sentence, for the "+N more" tooltip
};

constexpr int64_t kMaxCells = 12;

float piece_gap() {
    return ImGui::GetFontSize() * 0.4f;
}

float line_width(const SyncLine& line) {
    const float em = ImGui::GetFontSize();
    if (line.cells >= 0) {
        return line.cells <= kMaxCells ? em * 0.9f * static_cast<float>(line.cells) : em * 8;
    }
    float w = 0;
    for (const SyncPiece& p : line.pieces) {
        w += ImGui::CalcTextSize(p.text.c_str()).x + (w > 0 ? piece_gap() : 0);
    }
    return w;
}

float block_width(const SyncBlock& b) {
    float w = 0;
    for (const SyncLine& line : b.lines) {
        w = std::max(w, line_width(line));
    }
    return w;
}

// Appends "G3 G4 +2" in the goroutines' colours to line, as many as keep it within width.
void add_ids(SyncLine& line, const std::vector<int64_t>& ids, float width) {
    for (size_t i = 0; i < ids.size(); ++i) {
        const bool last = i + 1 == ids.size();
        const std::string more = "+" + std::to_string(ids.size() - i);
        line.pieces.push_back({goroutine_label(ids[i]), goroutine_color(ids[i])});
        const float more_w = last ? 0 : piece_gap() + ImGui::CalcTextSize(more.c_str()).x;
        if (line_width(line) + more_w > width && line.pieces.size() > 1) {
            line.pieces.back() = {more, palette().dim_text};
            return;
        }
    }
}

std::string ids_text(const std::vector<int64_t>& ids) {
    std::string t;
    for (int64_t id : ids) {
        t += (t.empty() ? "" : " ") + goroutine_label(id);
    }
    return t;
}

void draw_sync_line(const SyncLine& line) {
    const float em = ImGui::GetFontSize();
    if (line.cells < 0) {
        for (size_t i = 0; i < line.pieces.size(); ++i) {
            if (i > 0) {
                ImGui::SameLine(0, piece_gap());
            }
            text_colored(line.pieces[i].color, line.pieces[i].text);
        }
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = em * 0.7f;
    const ImU32 full = to_u32(state_color(GoroutineState::Runnable));
    const ImU32 empty = to_u32(palette().dim_text, 0.25f);
    const float w = line_width(line);
    if (line.cells <= kMaxCells) {
        const float cell = em * 0.9f;
        for (int64_t c = 0; c < line.cells; ++c) {
            const ImVec2 a(p.x + cell * static_cast<float>(c), p.y);
            const ImVec2 b(a.x + cell - kHairline * 2, a.y + h);
            if (c < line.fill) {
                dl->AddRectFilled(a, b, full, kHairline);
            } else {
                dl->AddRect(a, b, empty, kHairline, 0, kHairline);
            }
        }
    } else {
        dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), empty);
        dl->AddRectFilled(
            p,
            ImVec2(p.x + w * static_cast<float>(line.fill) / static_cast<float>(line.cells),
                   p.y + h),
            full);
    }
    ImGui::Dummy(ImVec2(w, h));
}

// Returns the sync panel's blocks at the instant shown: one per Mutex, RWMutex and channel
// and one per goroutine blocked in select, none wider than item_w.
std::vector<SyncBlock> sync_blocks(const Snapshot& live, const SyncState& sync, float item_w) {
    const ImVec4 dim = palette().dim_text;
    const ImVec4 text = palette().code_text;
    auto name_of = [](const std::vector<std::string>& names, size_t i, const char* kind) {
        return i < names.size() ? names[i] : std::string(kind) + " " + std::to_string(i + 1);
    };
    // A line that starts with a dim label and lists goroutines after it.
    auto ids_line = [&](const char* label, const std::vector<int64_t>& ids) {
        SyncLine line;
        line.pieces.push_back({label, dim});
        add_ids(line, ids, item_w);
        return line;
    };
    std::vector<SyncBlock> blocks;

    // A Mutex: who holds it, and who waits for it in the order they came.
    for (size_t i = 0; i < sync.mutexes.size(); ++i) {
        const MutexState& m = sync.mutexes[i];
        SyncBlock b;
        const std::string name = name_of(live.mutex_names, i, "Mutex");
        SyncLine first{{{name + ":", text}}};
        if (m.holder > 0) {
            first.pieces.push_back({"held by", dim});
            first.pieces.push_back({goroutine_label(m.holder), goroutine_color(m.holder)});
        } else {
            first.pieces.push_back({"unlocked", dim});
        }
        b.lines.push_back(std::move(first));
        b.lines.push_back(m.waiting.empty() ? SyncLine{{{"nobody waits", dim}}}
                                            : ids_line("waiting:", m.waiting));
        b.rank = !m.waiting.empty() ? 2 : m.holder > 0 ? 1 : 0;
        b.words = name + (m.holder > 0 ? " held by " + goroutine_label(m.holder) : " unlocked") +
                  (m.waiting.empty() ? "" : ", waiting: " + ids_text(m.waiting));
        blocks.push_back(std::move(b));
    }

    // An RWMutex: the writer inside or how many read, and who waits to write or to read.
    for (size_t i = 0; i < sync.rwmutexes.size(); ++i) {
        const RWMutexState& rw = sync.rwmutexes[i];
        SyncBlock b;
        const std::string name = name_of(live.rwmutex_names, i, "RWMutex");
        SyncLine first{{{name + ":", text}}};
        std::string holds;
        if (rw.writer > 0) {
            first.pieces.push_back({"written by", dim});
            first.pieces.push_back({goroutine_label(rw.writer), goroutine_color(rw.writer)});
            holds = " written by " + goroutine_label(rw.writer);
        } else if (rw.readers > 0) {
            holds = " " + std::to_string(rw.readers) + (rw.readers == 1 ? " reader" : " readers");
            first.pieces.push_back({holds.substr(1), state_color(GoroutineState::Running)});
        } else {
            holds = " unlocked";
            first.pieces.push_back({"unlocked", dim});
        }
        b.lines.push_back(std::move(first));
        if (!rw.waiting_write.empty()) {
            b.lines.push_back(ids_line("Lock waits:", rw.waiting_write));
        }
        if (!rw.waiting_read.empty()) {
            b.lines.push_back(ids_line("RLock waits:", rw.waiting_read));
        }
        if (rw.waiting_write.empty() && rw.waiting_read.empty()) {
            b.lines.push_back(SyncLine{{{"nobody waits", dim}}});
        }
        b.rank = !rw.waiting_write.empty() || !rw.waiting_read.empty() ? 2
                 : rw.writer > 0 || rw.readers > 0                     ? 1
                                                                       : 0;
        b.words = name + holds +
                  (rw.waiting_write.empty() ? "" : ", Lock waits: " + ids_text(rw.waiting_write)) +
                  (rw.waiting_read.empty() ? "" : ", RLock waits: " + ids_text(rw.waiting_read));
        blocks.push_back(std::move(b));
    }

    // A channel: its buffer as cells (or a bar when it is long), and who is blocked on it.
    for (size_t i = 0; i < sync.channels.size(); ++i) {
        const ChannelState& ch = sync.channels[i];
        SyncBlock b;
        const std::string name = name_of(live.channel_names, i, "chan");
        const std::string fill =
            ch.cap == 0 ? "unbuffered"
                        : std::to_string(ch.len) + " of " + std::to_string(ch.cap) + " buffered";
        b.lines.push_back(SyncLine{{{name + ":", text}, {fill, dim}}});
        if (ch.cap > 0) {
            SyncLine cells;
            cells.cells = ch.cap;
            cells.fill = ch.len;
            b.lines.push_back(std::move(cells));
        }
        if (!ch.sending.empty()) {
            b.lines.push_back(ids_line("sending:", ch.sending));
        }
        if (!ch.receiving.empty()) {
            b.lines.push_back(ids_line("receiving:", ch.receiving));
        }
        b.rank = !ch.sending.empty() || !ch.receiving.empty() ? 2 : ch.len > 0 ? 1 : 0;
        b.words = name + " " + fill +
                  (ch.sending.empty() ? "" : ", sending: " + ids_text(ch.sending)) +
                  (ch.receiving.empty() ? "" : ", receiving: " + ids_text(ch.receiving));
        blocks.push_back(std::move(b));
    }

    // A goroutine blocked in select: the channels of its cases, as Go writes the operations.
    for (const SelectWait& w : sync.selects) {
        SyncBlock b;
        b.lines.push_back(
            SyncLine{{{goroutine_label(w.g), goroutine_color(w.g)}, {"in select on", dim}}});
        SyncLine cases;
        std::string listed;
        const size_t total = w.recv.size() + w.send.size();
        for (size_t k = 0; k < total; ++k) {
            const bool recv = k < w.recv.size();
            const auto ch = static_cast<size_t>(recv ? w.recv[k] : w.send[k - w.recv.size()]);
            const std::string op = recv ? "<-" + name_of(live.channel_names, ch, "chan")
                                        : name_of(live.channel_names, ch, "chan") + "<-";
            listed += (listed.empty() ? "" : " ") + op;
            cases.pieces.push_back({op, text});
            const std::string more = "+" + std::to_string(total - k - 1);
            const float more_w =
                k + 1 == total ? 0 : piece_gap() + ImGui::CalcTextSize(more.c_str()).x;
            if (line_width(cases) + more_w > item_w && cases.pieces.size() > 1) {
                cases.pieces.back() = {"+" + std::to_string(total - k), dim};
                break;
            }
        }
        b.lines.push_back(std::move(cases));
        b.rank = 2;
        b.words = goroutine_label(w.g) + " in select on " + listed;
        blocks.push_back(std::move(b));
    }
    return blocks;
}

// Draws the blocks that fit in the rest of the row, the busiest first, and a "+N more" for
// the others and for the WaitGroups folded (their sentences) that had no room before them.
// Returns the sentences of the blocks shown.
std::vector<std::string> draw_sync_row(const std::vector<SyncBlock>& blocks,
                                       const std::vector<std::string>& folded) {
    const float em = ImGui::GetFontSize();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const float avail = ImGui::GetWindowContentRegionMax().x - ImGui::GetCursorPosX();
    // The blocks that fit beside what is already in the row, busy ones first.
    std::vector<float> widths;
    std::vector<int> rank;
    for (const SyncBlock& b : blocks) {
        widths.push_back(block_width(b));
        rank.push_back(b.rank);
    }
    if (!folded.empty()) {
        widths.push_back(FLT_MAX); // stands for the folded WaitGroups: the label must show
        rank.push_back(-1);
    }
    // "+N more", or only "+N" where even that has no room (its tooltip says what they are).
    // NOTE: the gap and then the label narrow before the busiest block is left out: a narrow
    // panel still shows one.
    const std::string count = "+" + std::to_string(blocks.size() + folded.size());
    const float long_w = ImGui::CalcTextSize((count + " more").c_str()).x;
    const float short_w = ImGui::CalcTextSize(count.c_str()).x;
    float gap = em * 2;
    bool short_more = long_w > avail;
    std::vector<size_t> shown;
    const std::pair<float, bool> tries[] = {
        {em * 2, false}, {em, false}, {em, true}, {em * 0.5f, true}};
    for (const auto& [g, short_label] : tries) {
        gap = g;
        short_more = short_label || long_w > avail;
        shown = fit_row(widths, rank, avail, gap, short_more ? short_w : long_w);
        if (!shown.empty() || blocks.empty()) {
            break;
        }
    }

    // Each block centred in the box's height, side by side.
    const float box_h = ImGui::GetWindowContentRegionMax().y - ImGui::GetCursorStartPos().y;
    auto begin_block = [&](size_t lines) {
        ImGui::BeginGroup();
        ImGui::SetCursorPosY(ImGui::GetCursorStartPos().y +
                             std::max((box_h - line_h * static_cast<float>(lines)) * 0.5f, 0.0f));
    };
    for (size_t i : shown) {
        begin_block(blocks[i].lines.size());
        for (const SyncLine& line : blocks[i].lines) {
            draw_sync_line(line);
        }
        ImGui::EndGroup();
        ImGui::SameLine(0, gap);
    }
    const size_t left_out = blocks.size() - shown.size() + folded.size();
    if (left_out > 0) {
        begin_block(1);
        dim_text("+" + std::to_string(left_out) + (short_more ? "" : " more"));
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            for (const std::string& words : folded) {
                ImGui::TextUnformatted(words.c_str());
            }
            for (size_t i = 0, k = 0; i < blocks.size(); ++i) {
                if (k < shown.size() && shown[k] == i) {
                    ++k;
                    continue;
                }
                ImGui::TextUnformatted(blocks[i].words.c_str());
            }
            ImGui::EndTooltip();
        }
    }
    std::vector<std::string> drawn;
    for (size_t i : shown) {
        drawn.push_back(blocks[i].words);
    }
    return drawn;
}

// A sync object on one line, for a panel too narrow for the blocks: its name and its state in
// a few words, a channel's buffer as cells.
struct CompactEntry {
    std::vector<SyncLine> parts; // side by side; a part is text pieces or a channel's cells
    int rank = 0;                // as SyncBlock's; a WaitGroup counting: 1
    std::string words;           // the object as one sentence, for the state and the tooltip
};

float entry_width(const CompactEntry& e) {
    float w = 0;
    for (size_t i = 0; i < e.parts.size(); ++i) {
        w += line_width(e.parts[i]) + (i > 0 ? piece_gap() : 0);
    }
    return w;
}

// Returns the one-line forms of the blocks (see sync_blocks), each at most width wide: what
// does not fit of a line (the goroutines waiting, then the words after the name) is left to
// the tooltip and the state object.
std::vector<CompactEntry> compact_entries(const Snapshot& live, const SyncState& sync,
                                          float width) {
    const ImVec4 dim = palette().dim_text;
    const ImVec4 text = palette().code_text;
    auto name_of = [](const std::vector<std::string>& names, size_t i, const char* kind) {
        return i < names.size() ? names[i] : std::string(kind) + " " + std::to_string(i + 1);
    };
    auto waiting = [&](size_t n) {
        return SyncPiece{std::to_string(n) + " waiting", state_color(GoroutineState::Waiting)};
    };
    std::vector<CompactEntry> entries;
    for (size_t i = 0; i < sync.mutexes.size(); ++i) {
        const MutexState& m = sync.mutexes[i];
        const std::string name = name_of(live.mutex_names, i, "Mutex");
        SyncLine line{{{name, text}}};
        line.pieces.push_back(m.holder > 0
                                  ? SyncPiece{goroutine_label(m.holder), goroutine_color(m.holder)}
                                  : SyncPiece{"unlocked", dim});
        if (!m.waiting.empty()) {
            line.pieces.push_back(waiting(m.waiting.size()));
        }
        entries.push_back(
            {{line},
             !m.waiting.empty() ? 2
             : m.holder > 0     ? 1
                                : 0,
             name + (m.holder > 0 ? " held by " + goroutine_label(m.holder) : " unlocked") +
                 (m.waiting.empty() ? "" : ", waiting: " + ids_text(m.waiting))});
    }
    for (size_t i = 0; i < sync.rwmutexes.size(); ++i) {
        const RWMutexState& rw = sync.rwmutexes[i];
        const std::string name = name_of(live.rwmutex_names, i, "RWMutex");
        SyncLine line{{{name, text}}};
        std::string holds = " unlocked";
        if (rw.writer > 0) {
            line.pieces.push_back({"written by", dim});
            line.pieces.push_back({goroutine_label(rw.writer), goroutine_color(rw.writer)});
            holds = " written by " + goroutine_label(rw.writer);
        } else if (rw.readers > 0) {
            holds = " " + std::to_string(rw.readers) + (rw.readers == 1 ? " reader" : " readers");
            line.pieces.push_back({holds.substr(1), state_color(GoroutineState::Running)});
        } else {
            line.pieces.push_back({"unlocked", dim});
        }
        const size_t waits = rw.waiting_write.size() + rw.waiting_read.size();
        if (waits > 0) {
            line.pieces.push_back(waiting(waits));
        }
        entries.push_back(
            {{line},
             waits > 0                         ? 2
             : rw.writer > 0 || rw.readers > 0 ? 1
                                               : 0,
             name + holds +
                 (rw.waiting_write.empty() ? "" : ", Lock waits: " + ids_text(rw.waiting_write)) +
                 (rw.waiting_read.empty() ? "" : ", RLock waits: " + ids_text(rw.waiting_read))});
    }
    for (size_t i = 0; i < sync.channels.size(); ++i) {
        const ChannelState& ch = sync.channels[i];
        const std::string name = name_of(live.channel_names, i, "chan");
        const std::string fill =
            ch.cap == 0 ? "unbuffered"
                        : std::to_string(ch.len) + " of " + std::to_string(ch.cap) + " buffered";
        CompactEntry e;
        e.parts.push_back(SyncLine{{{name, text}}});
        if (ch.cap > 0 && ch.cap <= kMaxCells) {
            SyncLine cells;
            cells.cells = ch.cap;
            cells.fill = ch.len;
            e.parts.push_back(std::move(cells));
        }
        e.parts.push_back(SyncLine{
            {{ch.cap == 0 ? "unbuffered" : std::to_string(ch.len) + "/" + std::to_string(ch.cap),
              dim}}});
        if (!ch.sending.empty() || !ch.receiving.empty()) {
            e.parts.back().pieces.push_back(waiting(ch.sending.size() + ch.receiving.size()));
        }
        e.rank = !ch.sending.empty() || !ch.receiving.empty() ? 2 : ch.len > 0 ? 1 : 0;
        e.words = name + " " + fill +
                  (ch.sending.empty() ? "" : ", sending: " + ids_text(ch.sending)) +
                  (ch.receiving.empty() ? "" : ", receiving: " + ids_text(ch.receiving));
        entries.push_back(std::move(e));
    }
    for (const SelectWait& w : sync.selects) {
        std::string listed;
        for (size_t k = 0; k < w.recv.size() + w.send.size(); ++k) {
            const bool recv = k < w.recv.size();
            const auto ch = static_cast<size_t>(recv ? w.recv[k] : w.send[k - w.recv.size()]);
            const std::string channel = name_of(live.channel_names, ch, "chan");
            listed += (listed.empty() ? "" : " ") + (recv ? "<-" + channel : channel + "<-");
        }
        entries.push_back(
            {{SyncLine{{{goroutine_label(w.g), goroutine_color(w.g)}, {"in select", dim}}}},
             2,
             goroutine_label(w.g) + " in select on " + listed});
    }

    // Too wide: the last words go first, then whole parts, down to the name.
    for (CompactEntry& e : entries) {
        while (entry_width(e) > width && (e.parts.size() > 1 || e.parts[0].pieces.size() > 1)) {
            SyncLine& last = e.parts.back();
            if (last.cells < 0 && last.pieces.size() > 1) {
                last.pieces.pop_back();
            } else {
                e.parts.pop_back();
            }
        }
    }
    return entries;
}

// Draws the entries in columns of as many lines as the box holds, the busiest kept when not
// all fit, with a "+N" in the last place for the others. Returns the sentences shown.
std::vector<std::string> draw_compact_sync(const std::vector<CompactEntry>& entries) {
    const float em = ImGui::GetFontSize();
    const float text_h = ImGui::GetTextLineHeight();
    const float line_h = text_h + ImGui::GetStyle().ItemSpacing.y * 0.5f;
    const float x0 = ImGui::GetCursorPosX();
    const float avail = ImGui::GetWindowContentRegionMax().x - x0;
    const float top = ImGui::GetCursorStartPos().y;
    const float box_h = ImGui::GetWindowContentRegionMax().y - top;
    const size_t rows =
        std::max<size_t>(1, static_cast<size_t>((box_h - text_h) / line_h + 1.0f + 1e-3f));
    const float col_gap = em;

    // Width of the columns the first n entries (in the order given) take, plus a last place
    // for "+N" when with_more.
    std::vector<size_t> order(entries.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return entries[a].rank > entries[b].rank; });
    auto columns_width = [&](const std::vector<size_t>& kept, bool with_more) {
        const std::string more = "+" + std::to_string(entries.size() - kept.size());
        float total = 0;
        float column = 0;
        const size_t places = kept.size() + (with_more ? 1 : 0);
        for (size_t k = 0; k < places; ++k) {
            const float w = k < kept.size() ? entry_width(entries[kept[k]])
                                            : ImGui::CalcTextSize(more.c_str()).x;
            if (k % rows == 0 && k > 0) {
                total += column + col_gap;
                column = 0;
            }
            column = std::max(column, w);
        }
        return total + column;
    };
    std::vector<size_t> kept;
    for (size_t n = entries.size() + 1; n-- > 0;) {
        kept.assign(order.begin(), order.begin() + static_cast<long>(n));
        std::sort(kept.begin(), kept.end());
        if (columns_width(kept, n < entries.size()) <= avail || n == 0) {
            break;
        }
    }
    const size_t left_out = entries.size() - kept.size();
    const size_t places = kept.size() + (left_out > 0 ? 1 : 0);
    const size_t used_rows = std::min(rows, places);
    const float y0 =
        top +
        std::max((box_h - line_h * static_cast<float>(used_rows) + (line_h - text_h)) * 0.5f, 0.0f);

    // Column by column, each line at its row.
    float x = x0;
    float column = 0;
    for (size_t k = 0; k < places; ++k) {
        if (k % rows == 0 && k > 0) {
            x += column + col_gap;
            column = 0;
        }
        ImGui::SetCursorPos(ImVec2(x, y0 + line_h * static_cast<float>(k % rows)));
        if (k == kept.size()) {
            dim_text("+" + std::to_string(left_out));
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                for (size_t i = 0, j = 0; i < entries.size(); ++i) {
                    if (j < kept.size() && kept[j] == i) {
                        ++j;
                        continue;
                    }
                    ImGui::TextUnformatted(entries[i].words.c_str());
                }
                ImGui::EndTooltip();
            }
            column = std::max(column, ImGui::GetItemRectSize().x);
            break;
        }
        const CompactEntry& e = entries[kept[k]];
        ImGui::BeginGroup();
        for (size_t i = 0; i < e.parts.size(); ++i) {
            if (i > 0) {
                ImGui::SameLine(0, piece_gap());
            }
            if (e.parts[i].cells >= 0) {
                // Cells are shorter than text: centred on the line.
                const ImVec2 at = ImGui::GetCursorPos();
                ImGui::SetCursorPosY(at.y + (text_h - em * 0.7f) * 0.5f);
                draw_sync_line(e.parts[i]);
            } else {
                draw_sync_line(e.parts[i]);
            }
        }
        ImGui::EndGroup();
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", e.words.c_str());
        }
        column = std::max(column, entry_width(e));
    }
    std::vector<std::string> drawn;
    for (size_t i : kept) {
        drawn.push_back(entries[i].words);
    }
    return drawn;
}

} // namespace

void App::draw_clock_and_waitgroups(const Snapshot& live, const Snapshot& snap, float height) {
    const float em = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    constexpr ImGuiWindowFlags kBoxFlags =
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;

    // Two boxes side by side, each with its label above it like every panel.
    const float timer_size = big_text_size();
    const float clock_w = clock_box_width();
    const SyncState& sync = shown_sync(live, kEventsPerFrame);
    const bool has_sync = !sync.mutexes.empty() || !sync.rwmutexes.empty() ||
                          !sync.channels.empty() || !sync.selects.empty();
    panel_label("program clock");
    if (!compact_) {
        ImGui::SameLine(clock_w + style.ItemSpacing.x);
        panel_label(has_sync ? "sync and channels" : "sync.WaitGroup");
    }

    // The program clock: live while running, frozen when the program ends.
    ImGui::BeginChild("##clock", ImVec2(clock_w, height), true, kBoxFlags);
    const ImVec4 clock_color =
        snap.status == RunStatus::Running ? palette().code_text : palette().strong_text;
    big_text(clock_text(std::max<int64_t>(snap.clock_ns, 0)).c_str(), timer_size, clock_color);
    note_fit("clock");
    ImGui::EndChild();
    note_control("clock");
    if (compact_) {
        return; // embedded: the clock and the lanes tell the lesson
    }

    // WaitGroups: name, count, and a bar against this run's highest count.
    ImGui::SameLine();
    ImGui::BeginChild("##waitgroups", ImVec2(0, height), true, kBoxFlags);
    if (snap.waitgroups.empty() && !has_sync) {
        const float text_h = ImGui::GetTextLineHeight();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (timer_size - text_h) * 0.5f);
        // NOTE: the short form where the box is narrow (a phone).
        const char* kNone = "none in this program";
        dim_text(ImGui::CalcTextSize(kNone).x <= ImGui::GetContentRegionAvail().x ? kNone : "none");
    }
    const float count_size = timer_size;
    const float bar_w_most = em * 8.0f;
    const float bar_h = em * 0.45f;
    const size_t shown_events = live_ ? SIZE_MAX : cursor_;
    const std::vector<WaitGroupReading> readings =
        waitgroup_readings(snap, timeline_.waitgroup_marks(), shown_events);

    // The row: the WaitGroups in order, then the sync blocks. The WaitGroups leave room for
    // the busiest sync block and for a "+N more" when not everything fits; those that find
    // no room fold into it.
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    // NOTE: no block is wider than the box leaves beside the shortest "+N": in a narrow box
    // a block lists fewer goroutines rather than folding away itself.
    const std::vector<SyncBlock> blocks =
        sync_blocks(live, sync,
                    std::min(em * 13, right - ImGui::GetCursorScreenPos().x - em * 0.5f -
                                          ImGui::CalcTextSize("+9").x));
    const size_t wg_count = snap.waitgroups.size();
    const float count_gap = em * 0.6f;
    // Each WaitGroup at its narrowest (the count and its name), and the blocks, each with the
    // gap before it.
    std::vector<float> narrowest(wg_count);
    for (size_t i = 0; i < wg_count; ++i) {
        const WaitGroupView& wg = snap.waitgroups[i];
        narrowest[i] =
            font_for_size(count_size)
                ->CalcTextSizeA(count_size, FLT_MAX, 0.0f, std::to_string(wg.count).c_str())
                .x +
            count_gap + std::max(em * 3, ImGui::CalcTextSize(wg.name.c_str()).x);
    }
    float blocks_w = 0;
    for (const SyncBlock& b : blocks) {
        blocks_w += em * 2 + block_width(b);
    }

    // Where the blocks and every WaitGroup at its narrowest do not fit side by side (a small
    // window, a phone), each object gets one line instead, so none folds away for want of room.
    if (wg_count + blocks.size() > 1) {
        float need = blocks_w;
        for (size_t i = 0; i < wg_count; ++i) {
            need += narrowest[i] + em * 2;
        }
        const float avail = right - ImGui::GetCursorScreenPos().x;
        if (need - em * 2 > avail) {
            std::vector<CompactEntry> entries;
            for (size_t i = 0; i < wg_count; ++i) {
                const WaitGroupView& wg = snap.waitgroups[i];
                const ImVec4 count_color =
                    wg.count > 0 ? state_color(GoroutineState::Waiting) : palette().code_text;
                entries.push_back({{SyncLine{{{wg.name, palette().code_text},
                                              {std::to_string(wg.count), count_color}}}},
                                   wg.count > 0 ? 1 : 0,
                                   readings[i].says});
            }
            for (CompactEntry& e : compact_entries(live, sync, avail)) {
                entries.push_back(std::move(e));
            }
            sync_row_.shown = draw_compact_sync(entries);
            sync_row_.more = entries.size() - sync_row_.shown.size();
            note_fit("waitgroups");
            ImGui::EndChild();
            note_control("waitgroups");
            return;
        }
    }
    std::vector<std::string> folded;
    for (size_t wg_index = 0; wg_index < wg_count; ++wg_index) {
        const WaitGroupView& wg = snap.waitgroups[wg_index];
        const int64_t peak = readings[wg_index].peak;
        // Room for this one at its narrowest, and for everything after it at theirs: the
        // sentence wraps into what is left.
        float after = blocks_w;
        for (size_t k = wg_index + 1; k < wg_count; ++k) {
            after += em * 2 + narrowest[k];
        }
        if ((wg_index > 0 || !blocks.empty()) &&
            ImGui::GetCursorScreenPos().x + narrowest[wg_index] + after > right) {
            for (size_t k = wg_index; k < wg_count; ++k) {
                folded.push_back(readings[k].says);
            }
            break;
        }
        const ImVec4 count_color =
            wg.count > 0 ? state_color(GoroutineState::Waiting) : palette().code_text;

        // The count, big; beside it the name with what the count means, and a
        // bar of the count against this run's highest.
        ImGui::BeginGroup();
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + (timer_size - count_size) * 0.5f));
        big_text(std::to_string(wg.count).c_str(), count_size, count_color);
        ImGui::SameLine(0, count_gap);

        // A narrow box (a small window) wraps the sentence rather than cutting it.
        const float block_x = ImGui::GetCursorScreenPos().x;
        // It leaves room for what follows it (see above); a lone WaitGroup also for the
        // counter's history when the sentence still fits in two lines beside it. One of
        // several takes no more than its share.
        const std::string& says = readings[wg_index].says;
        const float max_text_h = ImGui::GetTextLineHeight() * 2.5f;
        const float history_w = em * 9;
        float room = right - block_x - after;
        if (wg_count > 1) {
            room = std::min(room, em * 11);
        }
        const bool with_history =
            !has_sync && wg_count == 1 && room > history_w + em * 4 &&
            ImGui::CalcTextSize(says.c_str(), nullptr, false, room - history_w).y <= max_text_h;
        room -= with_history ? history_w : 0.0f;
        const float wrap_w = std::max(room, em * 3);
        const float bar_w = std::min(bar_w_most, wrap_w);
        // NOTE: where the sentence would take more lines than the box has, the name stands
        // for it (the tooltip and the big count say the rest).
        const bool squeezed =
            ImGui::CalcTextSize(says.c_str(), nullptr, false, wrap_w).y > max_text_h;
        const std::string& meaning = squeezed ? wg.name : says;
        const float text_h = ImGui::CalcTextSize(meaning.c_str(), nullptr, false, wrap_w).y;
        const float block_h = text_h + ImGui::GetStyle().ItemSpacing.y + bar_h;
        ImGui::SetCursorScreenPos(
            ImVec2(block_x, top.y + std::max((timer_size - block_h) * 0.5f, 0.0f)));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_w);
        text_colored(palette().code_text, meaning);
        if (squeezed && ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s", says.c_str());
        }
        ImGui::PopTextWrapPos();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(p, ImVec2(p.x + bar_w, p.y + bar_h), to_u32(palette().dim_text, 0.18f),
                          bar_h * 0.3f);
        if (peak > 0 && wg.count > 0) {
            const float f =
                std::clamp(static_cast<float>(wg.count) / static_cast<float>(peak), 0.0f, 1.0f);
            dl->AddRectFilled(p, ImVec2(p.x + bar_w * f, p.y + bar_h), to_u32(count_color),
                              bar_h * 0.3f);
        }
        ImGui::Dummy(ImVec2(bar_w, bar_h));
        ImGui::EndGroup();

        // The counter over the run so far: up with each Add, down with each Done.
        // NOTE: the trace numbers WaitGroups in the order they are first
        // changed, which is the order the snapshot lists them in.
        // NOTE: left out beside Mutexes and channels, which need the room more.
        if (with_history) {
            ImGui::SameLine(0, em);
            const ImVec2 hp(ImGui::GetCursorScreenPos().x, top.y + timer_size * 0.15f);
            const ImVec2 hs(em * 8.0f, timer_size * 0.7f);
            draw_counter_history(dl, hp, hs, timeline_.waitgroup_marks(), shown_events,
                                 static_cast<int32_t>(wg_index),
                                 std::max(snap.clock_ns, int64_t{1}), peak,
                                 state_color(GoroutineState::Waiting));
            ImGui::Dummy(hs);
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip(
                    "%s's counter over the run: up with each Add, down with each Done",
                    wg.name.c_str());
            }
        }
        ImGui::EndGroup();
        ImGui::SameLine(0, em * 2);
    }
    for (size_t i = 0; i + folded.size() < wg_count; ++i) {
        sync_row_.shown.push_back(readings[i].says);
    }
    const std::vector<std::string> drawn = draw_sync_row(blocks, folded);
    sync_row_.shown.insert(sync_row_.shown.end(), drawn.begin(), drawn.end());
    sync_row_.more = blocks.size() - drawn.size() + folded.size();
    note_fit("waitgroups");
    ImGui::EndChild();
    note_control("waitgroups");
}

//-----------------------------------------------------------------------------
// [SECTION] Goroutine table and timeline
//-----------------------------------------------------------------------------

void App::draw_goroutine_table(const Snapshot& snap, float height) {
    const float em = ImGui::GetFontSize();

    // Label with a count per state, so the table's story reads in one line.
    {
        int counts[6] = {}; // one per GoroutineState, in declaration order
        for (const GoroutineView& g : snap.goroutines) {
            ++counts[static_cast<int>(g.state)];
        }
        // The counts in words, else glyph and number only (words on hover); the buttons
        // at the right end in words, else in short ones. The first of these that fits.
        const ImGuiStyle& style = ImGui::GetStyle();
        std::vector<std::pair<GoroutineState, std::string>> words;
        float long_w = 0;
        float short_w = 0;
        for (int s = 0; s < 6; ++s) {
            if (counts[s] > 0) {
                const auto state = static_cast<GoroutineState>(s);
                words.emplace_back(state, std::string(state_glyph(state)) + " " +
                                              std::to_string(counts[s]) + " " + to_string(state));
                long_w += ImGui::CalcTextSize(words.back().second.c_str()).x + em;
                short_w +=
                    ImGui::CalcTextSize(
                        (std::string(state_glyph(state)) + std::to_string(counts[s])).c_str())
                        .x +
                    em * 0.6f;
            }
        }
        auto buttons_width = [&](std::initializer_list<const char*> labels) {
            float w = 0;
            for (const char* l : labels) {
                w += ImGui::CalcTextSize(l).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
            }
            return w;
        };
        const float long_buttons_w =
            buttons_width({"Per goroutine", "Save trace", "Save PNG"}) - style.ItemSpacing.x;
        const float short_buttons_w =
            buttons_width({"Per G", "Trace", "PNG"}) - style.ItemSpacing.x;
        const float right = ImGui::GetWindowContentRegionMax().x;
        const float start = ImGui::GetCursorPosX() + ImGui::CalcTextSize("goroutines").x + em;
        // Embedded pages have no exports: the counts may take the whole line.
        auto fits = [&](float counts_w, float buttons_w) {
            return start + counts_w + em <= right - (compact_ ? 0 : buttons_w);
        };
        const bool in_words = fits(long_w, long_buttons_w);
        const bool short_buttons = !in_words && !fits(short_w, long_buttons_w);
        const float buttons_x = right - (compact_        ? 0
                                         : short_buttons ? short_buttons_w
                                                         : long_buttons_w);

        panel_label("goroutines");
        const ImVec2 counts_min = ImGui::GetItemRectMin();
        for (const auto& [state, text] : words) {
            ImGui::SameLine(0, in_words ? em : em * 0.6f);
            text_colored(state_color(state),
                         in_words ? text
                                  : std::string(state_glyph(state)) +
                                        std::to_string(counts[static_cast<int>(state)]));
            if (!in_words && ImGui::IsItemHovered()) {
                ImGui::SetTooltip("%s", text.c_str());
            }
        }
        const ImVec2 counts_max = ImGui::GetItemRectMax();
        controls_.push_back(ControlRect{"goroutine_counts", counts_min.x, counts_min.y,
                                        counts_max.x - counts_min.x, counts_max.y - counts_min.y});

        // Exports of the ended run, at the right end of the label's line.
        if (!compact_) {
            ImGui::SameLine(std::max(buttons_x, ImGui::GetCursorPosX() + em));
            const char* toggle = worker_lanes_ ? (short_buttons ? "Per G" : "Per goroutine")
                                               : (short_buttons ? "Per M" : "Per worker");
            if (ImGui::SmallButton((std::string(toggle) + "###worker_lanes").c_str())) {
                worker_lanes_ = !worker_lanes_;
            }
            note_control("worker_lanes");
            if (ImGui::IsItemHovered()) {
                ImGui::SetTooltip("Also show the timeline from the worker threads' side: one lane "
                                  "per M,\nwith the goroutine each one ran");
            }
            ImGui::SameLine();
            ImGui::BeginDisabled(!live_ended_);
            if (ImGui::SmallButton(short_buttons ? "Trace###trace" : "Save trace###trace")) {
                export_ = Export::TraceJson;
            }
            note_control("export_trace");
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
                ImGui::SetTooltip("Download the run as Chrome trace-event JSON, for Perfetto or\n"
                                  "chrome://tracing (once the run has ended)");
            }
            ImGui::SameLine();
            if (ImGui::SmallButton(short_buttons ? "PNG###png" : "Save PNG###png")) {
                export_ = Export::TimelinePng;
            }
            note_control("export_png");
            if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
                ImGui::SetTooltip("Download the goroutines and their timeline as a PNG picture");
            }
            ImGui::EndDisabled();
        }
    }
    const ImVec2 table_min = ImGui::GetCursorScreenPos();

    // NOTE: embedded, a table of its own hides function, line and M, so the lanes keep
    // their room (ImGui hides columns only in a table that allows hiding).
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_SizingFixedFit |
                                       ImGuiTableFlags_BordersOuter | ImGuiTableFlags_PadOuterX;
    // A narrow column (a small window) does the same rather than squeeze every column.
    const bool lean = compact_ || ImGui::GetContentRegionAvail().x < em * kLeanTableEm;
    const ImGuiTableColumnFlags detail =
        ImGuiTableColumnFlags_WidthFixed | (lean ? ImGuiTableColumnFlags_DefaultHide : 0);
    // The lesson's bracket of the delays ends the table's rows when they all fit; else it
    // stays in view under the table, rather than peeking out at the bottom of the scroll.
    const float line_h = ImGui::GetTextLineHeight();
    const float row_h = line_h + ImGui::GetStyle().CellPadding.y * 2;
    const float bracket_h = line_h * 4;
    // NOTE: a short table keeps its rows rather than the bracket: the controls' line above
    // says the same totals in words.
    constexpr float kRowsBesideBracket = 5;
    const bool bracket_overflows =
        shows_bracket() &&
        row_h * static_cast<float>(snap.goroutines.size() + 1) + bracket_h + kHairline * 2 > height;
    const bool bracket_below =
        bracket_overflows && height - bracket_h >= row_h * kRowsBesideBracket;
    const float rows_h =
        bracket_below ? height - bracket_h - ImGui::GetStyle().ItemSpacing.y : height;
    if (!ImGui::BeginTable(lean ? "##goroutines_lean" : "##goroutines", 6,
                           kFlags | (lean ? ImGuiTableFlags_Hideable : 0), ImVec2(0, rows_h))) {
        return;
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("G", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("function", detail);
    // NOTE: a fixed column fits what its first frames showed ("✓ done" at the end of a
    // run), which cut "waiting" and "sleeping" off later: it is as wide as its widest word.
    float state_w = 0;
    for (int s = 0; s <= static_cast<int>(GoroutineState::Lost); s++) {
        const auto state = static_cast<GoroutineState>(s);
        const std::string word = std::string(state_glyph(state)) + " " + to_string(state);
        state_w = std::max(state_w, ImGui::CalcTextSize(word.c_str()).x);
    }
    ImGui::TableSetupColumn("state", ImGuiTableColumnFlags_WidthFixed, state_w);
    ImGui::TableSetupColumn("line", detail);
    ImGui::TableSetupColumn("M", detail);
    ImGui::TableSetupColumn("over program time", ImGuiTableColumnFlags_WidthStretch);

    // The time window: the whole run, its end rounded so the axis jumps
    // rarely while it grows, or what the learner zoomed to. Once the run
    // ended, the lesson's bracket (the sum of the delays) fits in it too.
    // Before anything ran, a one-second axis reads better than a zero one.
    constexpr int64_t kIdleAxisNs = 1'000'000'000;
    const bool bracket = shows_bracket() && (!bracket_overflows || bracket_below);
    const int64_t seen_ns = std::max(
        {snap.clock_ns, timeline_.end_ns(), live_clock_ns_, bracket ? sleeps_.sum_ns : int64_t{0}});
    const int64_t full_ns = seen_ns > 0 ? nice_axis_end(seen_ns) : kIdleAxisNs;
    if (zoomed_ && view_t1_ <= view_t0_) {
        zoomed_ = false;
    }
    // A zoomed window stays inside the run even when the run's axis shrinks.
    const TimeWindow win =
        zoomed_ ? pan_window(TimeWindow{view_t0_, view_t1_}, 0, full_ns) : TimeWindow{0, full_ns};
    const double span = static_cast<double>(win.t1 - win.t0);
    float lanes_x = 0;
    float lanes_w = 0;
    float lanes_top = 0;

    // Header row, with tick labels drawn into the timeline's header cell.
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int c = 0; c < 6; ++c) {
        ImGui::TableSetColumnIndex(c);
        if (c < 5) {
            ImGui::TableHeader(ImGui::TableGetColumnName(c));
            continue;
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        lanes_x = p.x;
        lanes_w = w;
        lanes_top = p.y;
        ImGui::TableHeader("##axis");
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float label_w = ImGui::CalcTextSize("00.0ms").x * 1.6f;
        const int max_ticks = std::max(1, static_cast<int>(w / label_w));
        const int64_t step = nice_step(std::max<int64_t>(1, (win.t1 - win.t0) / max_ticks));
        float last_label_end = -FLT_MAX;
        for (int64_t t = (win.t0 + step - 1) / step * step; t <= win.t1; t += step) {
            const float x = p.x + w * static_cast<float>(static_cast<double>(t - win.t0) / span);
            const std::string label = format_go_duration(t);
            const float lw = ImGui::CalcTextSize(label.c_str()).x;
            // Labels sit right of their tick, or left of it at the right edge;
            // one that would touch the previous label is left out.
            const float gap = em * 0.25f;
            const float lx = x + gap + lw <= p.x + w ? x + gap : x - gap - lw;
            dl->AddLine(ImVec2(x, p.y), ImVec2(x, p.y + em * 0.3f), to_u32(palette().dim_text),
                        kHairline);
            if (lx >= last_label_end + gap * 2) {
                dl->AddText(ImVec2(lx, p.y), to_u32(palette().dim_text), label.c_str());
                last_label_end = lx + lw;
            }
        }
    }

    // NOTE: the wheel scrolled the rows before this frame's code ran; over
    // the lanes the wheel zooms instead, so the rows go back where they were.
    const ImGuiIO& io = ImGui::GetIO();
    const bool over_lanes = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows) &&
                            io.MousePos.x >= lanes_x0_ && io.MousePos.x < lanes_x1_ &&
                            io.MousePos.y >= lanes_y0_ && io.MousePos.y < lanes_y1_;
    if (over_lanes && io.MouseWheel != 0.0f) {
        ImGui::SetScrollY(lanes_scroll_y_);
    }

    if (snap.goroutines.empty()) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(5);
        dim_text(snap.status == RunStatus::CompileError ? "nothing runs: fix the errors"
                                                        : "none yet: press Run");
        // The first errors themselves, for the embedded view, which has no console to show
        // them in (the code panel only underlines them).
        constexpr size_t kErrorsShown = 3;
        for (size_t i = 0; i < std::min(snap.errors.size(), kErrorsShown); ++i) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(5);
            text_colored(palette().error, snap.errors[i]);
        }
    }

    // WaitGroup calls by goroutine, for the marks on the lanes.
    // NOTE: past this many the marks would be a smear; the gauge still shows the counter.
    constexpr size_t kMaxMarks = 2000;
    std::unordered_map<int64_t, std::vector<const WaitGroupMark*>> marks_by_g;
    if (timeline_.waitgroup_marks().size() <= kMaxMarks) {
        for (const WaitGroupMark& m : timeline_.waitgroup_marks()) {
            if (m.clock_ns <= snap.clock_ns) {
                marks_by_g[m.g].push_back(&m);
            }
        }
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(snap.goroutines.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const GoroutineView& g = snap.goroutines[static_cast<size_t>(row)];
            ImGui::TableNextRow();

            // G: colour swatch (the same colour as its code marker) and id;
            // a click picks the goroutine, which stands out in the table and the code.
            ImGui::TableSetColumnIndex(0);
            if (g.id == selected_) {
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, to_u32(palette().accent, 0.18f));
            }
            {
                ImGui::PushID(static_cast<int>(g.id));
                const ImVec2 cell = ImGui::GetCursorScreenPos();
                const float pick_w =
                    em * 1.0f + ImGui::CalcTextSize(goroutine_label(g.id).c_str()).x;
                if (ImGui::Selectable("##pick", g.id == selected_, 0,
                                      ImVec2(pick_w, ImGui::GetTextLineHeight()))) {
                    selected_ = selected_ == g.id ? 0 : g.id;
                }
                ImGui::PopID();
                // The first rows' picks, for tests and host pages (a few suffice).
                constexpr int kPicksListed = 12;
                if (row < kPicksListed) {
                    note_control(("pick_g" + std::to_string(g.id)).c_str());
                }
                ImGui::SetCursorScreenPos(cell);
                const ImVec2 p = ImGui::GetCursorScreenPos();
                const float r = em * 0.3f;
                ImGui::GetWindowDrawList()->AddCircleFilled(
                    ImVec2(p.x + r, p.y + ImGui::GetTextLineHeight() * 0.5f), r,
                    to_u32(goroutine_color(g.id)));
                ImGui::Dummy(ImVec2(r * 2, ImGui::GetTextLineHeight()));
                ImGui::SameLine(0, em * 0.4f);
                ImGui::TextUnformatted(goroutine_label(g.id).c_str());
            }
            ImGui::TableSetColumnIndex(1);
            // Every function of a program is in package main: the table leaves "main." out
            // so that the lanes keep their room (the tooltip has the whole name).
            const std::string_view fn = g.fn;
            ImGui::TextUnformatted(fn.substr(fn.rfind("main.", 0) == 0 ? 5 : 0).data(),
                                   fn.data() + fn.size());
            if (ImGui::IsItemHovered()) {
                goroutine_tooltip(g);
            }
            ImGui::TableSetColumnIndex(2);
            text_colored(state_color(g.state),
                         std::string(state_glyph(g.state)) + " " + to_string(g.state));
            if (ImGui::IsItemHovered()) {
                goroutine_tooltip(g);
            }
            // A state word must never be cut by its column (the cell clips to it).
            if (ImGui::GetItemRectMax().x > ImGui::GetCurrentWindow()->ClipRect.Max.x + 0.5f &&
                std::find(overflow_.begin(), overflow_.end(), "goroutine states") ==
                    overflow_.end()) {
                overflow_.push_back("goroutine states");
            }
            ImGui::TableSetColumnIndex(3);
            // A goroutine that ended is at no line: the last one the trace saw it at is only
            // where it last parked, which read as if it were still there.
            if (g.line > 0 && g.state != GoroutineState::Done) {
                ImGui::Text("%d", g.line);
            } else {
                dim_text("-");
            }
            ImGui::TableSetColumnIndex(4);
            if (g.worker >= 0) {
                text_colored(state_color(GoroutineState::Running), "M" + std::to_string(g.worker));
            } else {
                dim_text("-");
            }

            // Timeline lane: one rectangle per recorded state.
            ImGui::TableSetColumnIndex(5);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float w = ImGui::GetContentRegionAvail().x;
            const float h = ImGui::GetTextLineHeight();
            draw_lane(ImGui::GetWindowDrawList(), timeline_.lane(g.id), p, w, h, win,
                      live_ended_ ? timeline_.end_ns() : live_clock_ns_);
            if (const auto it = marks_by_g.find(g.id); it != marks_by_g.end()) {
                draw_waitgroup_marks(ImGui::GetWindowDrawList(), it->second, p, w, h, win);
            }

            // The instant on show; while looking back, what comes after it is dimmed.
            if (snap.status != RunStatus::Idle && snap.status != RunStatus::CompileError) {
                ImDrawList* dl = ImGui::GetWindowDrawList();
                const float now_x = time_x(snap.clock_ns, win, p.x, w);
                if (!live_) {
                    dl->AddRectFilled(ImVec2(now_x, p.y - ImGui::GetStyle().CellPadding.y),
                                      ImVec2(p.x + w, p.y + h + ImGui::GetStyle().CellPadding.y),
                                      to_u32(palette().page_bg, 0.55f));
                }
                dl->AddLine(ImVec2(now_x, p.y - ImGui::GetStyle().CellPadding.y),
                            ImVec2(now_x, p.y + h + ImGui::GetStyle().CellPadding.y),
                            live_ ? to_u32(palette().code_text, 0.35f) : to_u32(palette().accent),
                            live_ ? kHairline : kHairline * 2);
            }
            ImGui::Dummy(ImVec2(w, h));
            if (ImGui::IsItemHovered() && w > 0 && !lane_dragging_) {
                lane_tooltip(g, timeline_.lane(g.id), time_at(io.MousePos.x, win, p.x, w));
            }
        }
    }

    // The lesson's point, under the lanes: the sum of the delays (what one
    // goroutine doing every call waits) against the longest (what overlapping
    // them waits). Each bracket has two rows: its line below, and the label either
    // beside the line's end or, when that does not fit, above it.
    auto draw_delays = [&](ImVec2 p, float w) {
        const float h = ImGui::GetTextLineHeight();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        auto draw_bracket = [&](float y, int64_t ns, const std::string& label, ImVec4 color) {
            const float x0 = time_x(0, win, p.x, w);
            const float x1 = time_x(ns, win, p.x, w);
            const float line_y = y + h;
            const ImU32 col = to_u32(color);
            dl->AddLine(ImVec2(x0, line_y + h * 0.5f), ImVec2(x1, line_y + h * 0.5f), col,
                        kHairline * 2);
            dl->AddLine(ImVec2(x0, line_y + h * 0.15f), ImVec2(x0, line_y + h * 0.85f), col,
                        kHairline * 2);
            dl->AddLine(ImVec2(x1, line_y + h * 0.15f), ImVec2(x1, line_y + h * 0.85f), col,
                        kHairline * 2);
            const float lw = ImGui::CalcTextSize(label.c_str()).x;
            const BracketLabel at = place_bracket_label(x1, lw, p.x, p.x + w, em * 0.4f);
            dl->AddText(ImVec2(at.x, at.above ? y + h * 0.3f : line_y), col, label.c_str());
        };
        draw_bracket(p.y, sleeps_.max_ns, "longest delay " + clock_text(sleeps_.max_ns),
                     state_color(GoroutineState::Sleeping));
        draw_bracket(p.y + h * 2, sleeps_.sum_ns,
                     "sum of the " + std::to_string(sleeps_.count) + " delays " +
                         clock_text(sleeps_.sum_ns),
                     palette().warning);
    };
    if (bracket && !bracket_below) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(1);
        dim_text("delays");
        ImGui::TableSetColumnIndex(5);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        draw_delays(p, w);
        ImGui::Dummy(ImVec2(w, bracket_h));
    }
    lanes_scroll_y_ = ImGui::GetScrollY();
    ImGui::EndTable();
    float table_bottom = ImGui::GetItemRectMax().y;
    if (bracket_below && lanes_w > 0) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float label_w = ImGui::CalcTextSize("delays").x;
        ImGui::GetWindowDrawList()->AddText(ImVec2(std::max(p.x, lanes_x - label_w - em), p.y),
                                            to_u32(palette().dim_text), "delays");
        draw_delays(ImVec2(lanes_x, p.y), lanes_w);
        ImGui::Dummy(ImVec2(ImGui::GetContentRegionAvail().x, bracket_h));
        table_bottom = ImGui::GetItemRectMax().y;
    }

    if (worker_lanes_ && lanes_w > 0) {
        draw_worker_lanes(snap, win, lanes_x, lanes_w);
    }

    // Every lane at once, drawn by the GPU, when the rows hold only some.
    const std::vector<TimelineLane>& lanes = timeline_.lanes();
    if (lanes.size() > kOverviewMinLanes && lanes_w > 0 && overview().gl.usable()) {
        Overview& ov = overview();
        const float h = em * kOverviewEm;
        const int max_rows = std::max(1, static_cast<int>(h / 2.0f)); // 2 px a lane at least
        const int rows = overview_rows(lanes.size(), max_rows);

        // Only the lanes this frame's events touched are read again (a new run: all of them).
        const std::vector<uint32_t>& changes = timeline_.lane_changes();
        if (ov.generation != timeline_.generation()) {
            ov.instances.clear();
            ov.generation = timeline_.generation();
            ov.changes_read = 0;
        }
        ov.instances.update(lanes, std::span(changes).subspan(ov.changes_read));
        ov.changes_read = changes.size();
        // NOTE: stretches closer than this many instances (4 KB) go up as one upload.
        constexpr size_t kMergeGap = 256;
        const std::vector<InstanceRange> changed = ov.instances.take_changed(kMergeGap);
        const ImVec2 label_pos = ImGui::GetCursorScreenPos();
        dim_text(std::to_string(lanes.size()) + " goroutines" +
                 (rows < static_cast<int>(lanes.size())
                      ? ", " + std::to_string((lanes.size() + rows - 1) / rows) +
                            " a row: the stronger the colour, the more are in that state"
                      : ""));
        (void)label_pos;
        const ImVec2 min(lanes_x, ImGui::GetCursorScreenPos().y);
        const ImVec2 max(lanes_x + lanes_w, min.y + h);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(min, max, to_u32(palette().panel_bg));
        GlTimeline::Frame frame;
        frame.window = win;
        frame.rows = rows;
        frame.lanes = lanes.size();
        frame.open_until = live_ended_ ? 0 : live_clock_ns_;
        frame.alpha = fold_alpha(lanes.size(), rows);
        if (rows < static_cast<int>(lanes.size())) {
            // Folded rows: a picture added up here, one texel per device pixel.
            const float scale = ImGui::GetIO().DisplayFramebufferScale.x;
            auto seconds = [](int64_t ns) { return static_cast<float>(double(ns) / 1e9); };
            auto rgb = [](ImVec4 c) { return std::array<float, 3>{c.x, c.y, c.z}; };
            FoldView view;
            view.width = static_cast<int>(std::lround(lanes_w * scale));
            view.height = static_cast<int>(std::lround(h * scale));
            view.lanes = lanes.size();
            view.rows = rows;
            view.t0_s = seconds(win.t0);
            view.span_s = seconds(win.t1 - win.t0);
            view.open_until_s = seconds(frame.open_until);
            view.min_width = scale;
            view.alpha = frame.alpha;
            view.darken = current_theme() == ThemeKind::Light;
            view.background = rgb(palette().panel_bg);
            for (size_t st = 0; st < view.colors.size(); ++st) {
                view.colors[st] = rgb(state_color(static_cast<GoroutineState>(st)));
            }
            const bool redo = !changed.empty() || !(view == ov.folded);
            if (redo) {
                fold_image(ov.instances.slots(), view, ov.picture);
                ov.folded = view;
            }
            ov.gl.draw_image(dl, min, max, ov.picture, view.width, view.height, redo);
            overview_drawn_ = "folded";
        } else if (ov.gl.draw(dl, min, max, ov.instances.slots(), changed, frame)) {
            overview_drawn_ = "lanes";
        }
        if (snap.status != RunStatus::Idle) {
            const float now_x = time_x(snap.clock_ns, win, lanes_x, lanes_w);
            dl->AddLine(ImVec2(now_x, min.y), ImVec2(now_x, max.y),
                        live_ ? to_u32(palette().code_text, 0.5f) : to_u32(palette().accent),
                        kHairline * 2);
        }
        ImGui::Dummy(ImVec2(lanes_w, h));
        controls_.push_back(ControlRect{"overview", min.x, min.y, max.x - min.x, max.y - min.y});
    }

    // What Save PNG takes: the table with its lanes, and the overview.
    {
        const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        const float bottom = std::max(table_bottom, ImGui::GetItemRectMax().y);
        timeline_rect_ = {table_min.x, table_min.y, right - table_min.x, bottom - table_min.y};
        controls_.push_back(
            ControlRect{"timeline", lanes_x, lanes_top, lanes_w, table_bottom - lanes_top});
        if (hovered_.empty() && over_lanes) {
            hovered_ = "timeline";
        }
    }

    // Zoom with the wheel, pan by dragging, click to look at an instant,
    // double-click to see the whole run again.
    lanes_x0_ = lanes_x;
    lanes_x1_ = lanes_x + lanes_w;
    lanes_y0_ = lanes_top;
    lanes_y1_ = table_bottom;
    if (lanes_w <= 0) {
        return;
    }
    const int64_t mouse_t = time_at(io.MousePos.x, win, lanes_x, lanes_w);
    if (over_lanes && io.MouseWheel != 0.0f) {
        const TimeWindow z = zoom_window(win, mouse_t, std::pow(0.8, io.MouseWheel), full_ns);
        zoomed_ = true;
        view_t0_ = z.t0;
        view_t1_ = z.t1;
    }
    if (over_lanes && ImGui::IsMouseDoubleClicked(0)) {
        zoomed_ = false;
        lane_pressed_ = false;
        return;
    }
    if (over_lanes && ImGui::IsMouseClicked(0) && !ImGui::IsAnyItemActive()) {
        lane_pressed_ = true;
        lane_dragging_ = false;
    }
    if (lane_pressed_ && ImGui::IsMouseDown(0)) {
        if (ImGui::IsMouseDragging(0)) {
            lane_dragging_ = true;
        }
        if (lane_dragging_ && io.MouseDelta.x != 0.0f) {
            const auto delta =
                static_cast<int64_t>(-static_cast<double>(io.MouseDelta.x) / lanes_w * span);
            const TimeWindow moved = pan_window(win, delta, full_ns);
            zoomed_ = true;
            view_t0_ = moved.t0;
            view_t1_ = moved.t1;
        }
    }
    if (lane_pressed_ && ImGui::IsMouseReleased(0)) {
        if (!lane_dragging_) {
            seek_time(mouse_t);
        }
        lane_pressed_ = false;
        lane_dragging_ = false;
    }
}

void App::draw_worker_lanes(const Snapshot& snap, const TimeWindow& win, float lanes_x,
                            float lanes_w) {
    const float em = ImGui::GetFontSize();
    const int workers = proc_lanes(snap);
    const auto slices = worker_slices(timeline_.lanes(), workers,
                                      live_ended_ ? timeline_.end_ns() : live_clock_ns_);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float row_h = ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (int m = 0; m < workers; ++m) {
        const float y = top.y + row_h * static_cast<float>(m);
        const std::string name = "M" + std::to_string(m);
        dl->AddText(ImVec2(lanes_x - ImGui::CalcTextSize(name.c_str()).x - em * 0.5f, y),
                    to_u32(palette().dim_text), name.c_str());
        dl->AddRectFilled(ImVec2(lanes_x, y), ImVec2(lanes_x + lanes_w, y + row_h * 0.85f),
                          to_u32(palette().dim_text, 0.06f));
        // Each stretch in the colour of the goroutine that ran, labelled where it fits.
        for (const WorkerSlice& slice : slices[static_cast<size_t>(m)]) {
            if (slice.end_ns < win.t0 || slice.start_ns > win.t1) {
                continue;
            }
            const float x0 = time_x(slice.start_ns, win, lanes_x, lanes_w);
            const float x1 = std::max(time_x(slice.end_ns, win, lanes_x, lanes_w), x0 + kHairline);
            dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + row_h * 0.85f),
                              to_u32(goroutine_color(slice.g)));
            const std::string label = goroutine_label(slice.g);
            if (x1 - x0 > ImGui::CalcTextSize(label.c_str()).x + em * 0.4f) {
                dl->AddText(ImVec2(x0 + em * 0.2f, y), to_u32(palette().page_bg), label.c_str());
            }
        }
    }
    ImGui::Dummy(ImVec2(lanes_w, row_h * static_cast<float>(workers)));
}

//-----------------------------------------------------------------------------
// [SECTION] Console
//-----------------------------------------------------------------------------

void App::draw_console(const Snapshot& snap) {
    panel_label("console");
    // A header too narrow for the Share button leaves it the console's label row.
    if (!share_placed_) {
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - share_room_width());
        draw_share_room(share_room_width());
    }
    ImGui::BeginChild("##console", ImVec2(0, 0), true, ImGuiWindowFlags_HorizontalScrollbar);

    // Follow the end only if the reader is already there: scrolling up to
    // read must not be undone by the next line of output.
    // NOTE: within half a line of it, not exactly there: 100,000 lines make the console 1.5
    // million pixels tall, where a float's steps are an eighth of a pixel, and a printer that
    // fast left the console stuck a third of the way down, its end never shown.
    const bool at_end =
        ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - ImGui::GetTextLineHeight() * 0.5f;

    // The output exactly as the program wrote it: no wrapping, no trimming.
    const std::string& out = snap.output;
    if (out.empty() && snap.errors.empty()) {
        dim_text(snap.status == RunStatus::Idle ? "the program's output shows here" : "");
    } else if (snap.errors.empty()) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::TextUnformatted(out.data(), out.data() + out.size());

        // Hovering a line tells who wrote it and when (from the Output events).
        if (ImGui::IsWindowHovered()) {
            const float line_h = ImGui::GetTextLineHeight();
            const float my = ImGui::GetIO().MousePos.y - top.y;
            const int hovered = my >= 0 ? static_cast<int>(my / line_h) : -1;
            size_t start = 0;
            for (int i = 0; i < hovered && start < out.size(); ++i) {
                const size_t nl = out.find('\n', start);
                start = nl == std::string::npos ? out.size() : nl + 1;
            }
            const size_t end = std::min(out.find('\n', start), out.size());
            if (hovered >= 0 && start < out.size()) {
                // An empty line belongs to the write that holds its newline.
                if (const OutputWrite* w = timeline_.writer_of(start)) {
                    const float y = top.y + line_h * static_cast<float>(hovered);
                    const float x0 = ImGui::GetWindowPos().x;
                    ImGui::GetWindowDrawList()->AddRectFilled(
                        ImVec2(x0, y), ImVec2(x0 + ImGui::GetWindowWidth(), y + line_h),
                        to_u32(goroutine_color(w->g), 0.12f));
                    ImGui::BeginTooltip();
                    text_colored(goroutine_color(w->g), goroutine_label(w->g));
                    ImGui::SameLine();
                    dim_text((end > start ? "wrote this line at " : "wrote this newline at ") +
                             clock_text(w->clock_ns));
                    ImGui::EndTooltip();
                }
            }
        }
    } else {
        // Compile errors: the Session may already have written them to the
        // output, as `go build` prints them. Each shows once, in the error
        // colour. The output is a few lines here, so going line by line is cheap.
        auto is_error = [&](std::string_view line) {
            return std::find(snap.errors.begin(), snap.errors.end(), line) != snap.errors.end();
        };
        // Lines drawn one by one keep the spacing of one multi-line text.
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                            ImVec2(ImGui::GetStyle().ItemSpacing.x, 0.0f));
        std::string_view rest = out;
        while (!rest.empty()) {
            const size_t nl = rest.find('\n');
            const std::string_view line = rest.substr(0, nl);
            if (is_error(line)) {
                text_colored(palette().error, line);
            } else {
                ImGui::TextUnformatted(line.data(), line.data() + line.size());
            }
            rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        }
        for (const std::string& e : snap.errors) {
            if (out.find(e) == std::string::npos) {
                text_colored(palette().error, e);
            }
        }
        ImGui::PopStyleVar();
    }

    // The trace keeps its newest events (Trace::kWindowEvents): the views start later.
    if (snap.trace_dropped > 0) {
        text_colored(palette().error, trace_full_note(snap.trace_dropped,
                                                      snap.trace_size - std::min(snap.trace_dropped,
                                                                                 snap.trace_size)));
    }

    // The frame shows the last line if it was scrolled there and nothing came after it.
    const size_t seen = out.size() + snap.errors.size();
    console_at_end_ = at_end && seen == console_bytes_seen_;
    if (seen != console_bytes_seen_) {
        if (seen > console_bytes_seen_ && at_end) {
            ImGui::SetScrollHereY(1.0f);
        } else if (seen < console_bytes_seen_) {
            ImGui::SetScrollY(0.0f);
        }
        // ImGui scrolls in the next frame, which an idle page would not draw: the last lines
        // of a finished run stayed below the console's edge.
        settle_frames_ = std::max(settle_frames_, 2);
        console_bytes_seen_ = seen;
    }
    ImGui::EndChild();
    note_control("console");
}

} // namespace golab
