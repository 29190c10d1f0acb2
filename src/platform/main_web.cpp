// main_web.cpp: the page's entry point: SDL2 window, WebGL2 context, Dear ImGui, frame loop.
//
// main() sets everything up, hands frame() to the browser (emscripten_set_main_loop) and
// unwinds; the page then lives in frame(), once per animation frame. The Go program runs on
// the Session's worker threads (Web Workers); this thread only reads snapshots and draws.
// Built without pthreads (the fallback for pages without shared memory), frame() itself runs
// the program a few milliseconds at a time before drawing. The JavaScript bridge
// (window.goroutineLab) is in bridge.cpp.

#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/app.h"
#include "app/theme.h"
#include "golab_embedded_fonts.h"
#include "golab_glyph_ranges.h"
#include "imgui.h"
#include "imgui_impl_sdl.h"
#include "imgui_internal.h" // the text field being edited: its selection
#include "lessons/lessons.h"
#include "platform/platform.h"
#include "platform/webgl2_renderer.h"
#include "runtime/session.h"

namespace {

// Text sizes in CSS pixels; the atlas is rasterised at these sizes times devicePixelRatio.
constexpr float kFontSize = 15.0f;      // Fonts[0], the default: everything but the clock
constexpr float kLargeFontSize = 40.0f; // Fonts[1]: the program clock and the counters, so
                                        // they are drawn from glyphs of their own size

// The characters the atlas takes, first-last pairs ending in 0: CMakeLists.txt names them
// (glyph_ranges) and embeds only those glyphs of the font.
constexpr ImWchar kGlyphRanges[] = {GOLAB_GLYPH_RANGES};

#ifdef __EMSCRIPTEN_PTHREADS__
constexpr bool kPumped = false;
#else
constexpr bool kPumped = true;
#endif
// Without threads: the Ps simulated on this one thread, and the interpreter's share of each
// frame (a 60 Hz frame lasts 16.7 ms; drawing needs the rest).
constexpr int kPumpedProcs = 4;
constexpr int64_t kPumpBudgetNs = 6'000'000;

struct Platform {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    float font_scale = 0.0f;                // the devicePixelRatio the font atlas was built for
    std::vector<SDL_Event> deferred_events; // for the next frame (see frame(), step 1)
    std::unique_ptr<golab::Session> session;
    std::unique_ptr<golab::App> app;
    int width = 0, height = 0; // the drawable size last drawn at
    int after_input = 0;       // frames still to draw after the last input

    // A cut or paste the browser carried out, for the text field being edited to do too in
    // the next frame, as if Ctrl+X or Ctrl+V had been pressed there (see [clipboard]).
    SDL_Scancode clipboard_key = SDL_SCANCODE_UNKNOWN;
    std::string pasted; // what Ctrl+V gives the field: the text the browser pasted

    bool mark_frames = false; // tools/frame_bench.mjs asked for a mark in each frame drawn
    bool redo_held = false;   // Ctrl+Shift+Z is down, handed to ImGui as Ctrl+Y (see as_redo)

    std::array<float, 4> share_rect{}; // where the Share button was last put
    bool share_light = false;          // and in which theme
};

// NOTE: ImGui settles over a few frames after input (hover, a button that
// changes what is drawn next), so drawing goes on this long after the last event.
constexpr int kFramesAfterInput = 4;

Platform platform;

// Returns the value of ?name=... in the page's URL (malloc'd), or null when absent.
// The body is JavaScript, which clang-format would mangle.
// clang-format off
EM_JS(char*, query_param, (const char* name), {
    const value = new URLSearchParams(location.search).get(UTF8ToString(name));
    return value === null ? 0 : stringToNewUTF8(value);
});
// clang-format on

std::string query(const char* name) {
    char* value = query_param(name);
    if (!value) {
        return {};
    }
    std::string result = value;
    std::free(value);
    return result;
}

// Returns the name the browser gives its GPU (malloc'd): WEBGL_debug_renderer_info's
// unmasked renderer, or null where the browser does not offer that extension; with plain, the
// RENDERER every browser answers (most mask it: "WebKit WebGL"). WebGL answers both from
// what it learnt when the context was made: no wait for the GPU process.
// clang-format off
EM_JS(char*, webgl_renderer_name, (int plain), {
    const info = plain ? null : GLctx.getExtension('WEBGL_debug_renderer_info');
    if (!plain && !info) return 0;
    const name = GLctx.getParameter(plain ? GLctx.RENDERER : info.UNMASKED_RENDERER_WEBGL);
    return name == null ? 0 : stringToNewUTF8(String(name));
});
// clang-format on

// Returns what the browser says of its GPU (see webgl_renderer_name).
golab::RendererInfo webgl_renderer() {
    golab::RendererInfo info;
    char* name = webgl_renderer_name(0);
    info.unmasked = name != nullptr;
    if (name == nullptr) {
        name = webgl_renderer_name(1);
    }
    info.name = name != nullptr ? name : "";
    std::free(name);
    return info;
}

// Adds lines to the page's live region (#narration, outside the canvas), keeping its last
// few, so screen readers announce what happens in the run.
// clang-format off
EM_JS(void, narrate_lines, (const char* text), {
    const region = document.getElementById('narration');
    if (!region) return;
    for (const line of UTF8ToString(text).split('\n')) {
        const p = document.createElement('p');
        p.textContent = line;
        region.appendChild(p);
    }
    while (region.childElementCount > 30) region.firstElementChild.remove();
});

// Downloads text as a file.
EM_JS(void, download_text, (const char* name, const char* mime, const char* text), {
    const blob = new Blob([UTF8ToString(text)], { type: UTF8ToString(mime) });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = UTF8ToString(name);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
});

// Downloads the canvas area (x, y, w, h in CSS pixels) as a PNG. Runs right after the frame
// was drawn, before the browser may clear the drawing buffer.
EM_JS(void, download_canvas_png, (const char* name, float x, float y, float w, float h), {
    const canvas = Module.canvas;
    const scale = canvas.width / canvas.clientWidth;
    const out = document.createElement('canvas');
    out.width = Math.max(1, Math.round(w * scale));
    out.height = Math.max(1, Math.round(h * scale));
    out.getContext('2d').drawImage(canvas, x * scale, y * scale, w * scale, h * scale,
                                   0, 0, out.width, out.height);
    const file = UTF8ToString(name);
    out.toBlob((blob) => {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = file;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    }, 'image/png');
});

// Puts text on the system clipboard (the click that asked for it grants the right).
EM_JS(void, copy_text, (const char* text), {
    const value = UTF8ToString(text);
    if (navigator.clipboard) navigator.clipboard.writeText(value).catch(() => {});
});

// Moves the page's hidden text area onto the caret (web/main.js: placeTextInput).
EM_JS(void, place_text_input, (int x, int y, float height), {
    if (Module.golabPlaceTextInput) Module.golabPlaceTextInput(x, y, height);
});

// Puts the page's Share button on the room the views left for it (web/main.js: placeShare).
EM_JS(void, place_share_button, (float x, float y, float w, float h, int light), {
    if (Module.golabPlaceShare) Module.golabPlaceShare(x, y, w, h, light !== 0);
});
// clang-format on

// Carries out what the learner asked the page for in this frame.
void carry_out_export() {
    using Export = golab::App::Export;
    golab::App& app = *platform.app;
    switch (app.take_export()) {
    case Export::None:
        break;
    case Export::TraceJson: {
        const std::string json = app.trace_json();
        if (!json.empty()) {
            download_text("goroutine-lab-trace.json", "application/json", json.c_str());
        }
        break;
    }
    case Export::TimelinePng: {
        const auto r = app.timeline_rect();
        download_canvas_png("goroutine-lab-timeline.png", r[0], r[1], r[2], r[3]);
        break;
    }
    case Export::CopyCode:
        copy_text(app.source().c_str());
        break;
    }
}

// Rasterises the embedded monospaced font at the screen's pixel density, so text stays
// crisp on HiDPI screens: the atlas holds device pixels, FontGlobalScale brings the glyphs
// back to CSS pixels, which is the unit ImGui lays out in.
void build_font_atlas(float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // the bytes live in the binary, not on the heap
    config.OversampleH = 1;              // already rasterised at device resolution
    config.PixelSnapH = true;
    auto* data = const_cast<unsigned char*>(golab::embedded::font_JetBrainsMono_Regular);
    const int size = int(sizeof golab::embedded::font_JetBrainsMono_Regular);
    for (float css_pixels : {kFontSize, kLargeFontSize}) {
        io.Fonts->AddFontFromMemoryTTF(data, size, css_pixels * pixel_ratio, &config, kGlyphRanges);
    }
    io.FontGlobalScale = 1.0f / pixel_ratio;
    platform.font_scale = pixel_ratio;
}

// Holds down (or lets go of) the shortcut modifier and the key for ImGui alone, for one frame;
// SDL never saw the key (web/main.js keeps clipboard shortcuts from it) and its own key state
// stays true. The modifier is Ctrl, or Cmd under ImGui's Mac behaviours, which take shortcuts
// with Cmd alone.
void press_shortcut(SDL_Scancode key, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = down;
    const SDL_Keymod mods = SDL_GetModState();
    const bool cmd = io.ConfigMacOSXBehaviors;
    io.KeyCtrl = !cmd && (down || (mods & KMOD_CTRL) != 0);
    io.KeyShift = !down && (mods & KMOD_SHIFT) != 0;
    io.KeyAlt = !down && (mods & KMOD_ALT) != 0;
    io.KeySuper = cmd ? down || (mods & KMOD_GUI) != 0 : !down && (mods & KMOD_GUI) != 0;
}

// Returns the key event as ImGui should see it: off a Mac, Ctrl+Shift+Z becomes Ctrl+Y, the
// redo that ImGui 1.86's text fields know there (on a Mac they take Cmd+Shift+Z themselves).
// The Z let go after it is the Y let go, with Shift or Ctrl still down or not; the caller
// keeps platform.redo_held for that once ImGui has taken the event.
SDL_Event as_redo(const SDL_Event& e) {
    if ((e.type != SDL_KEYDOWN && e.type != SDL_KEYUP) || e.key.keysym.scancode != SDL_SCANCODE_Z ||
        ImGui::GetIO().ConfigMacOSXBehaviors) {
        return e;
    }
    const Uint16 mod = e.key.keysym.mod;
    const bool redo =
        (mod & KMOD_CTRL) != 0 && (mod & KMOD_SHIFT) != 0 && (mod & (KMOD_ALT | KMOD_GUI)) == 0;
    if (e.type == SDL_KEYDOWN ? !redo : !platform.redo_held) {
        return e;
    }
    SDL_Event y = e;
    y.key.keysym.scancode = SDL_SCANCODE_Y;
    y.key.keysym.sym = SDLK_y;
    y.key.keysym.mod = Uint16(mod & ~KMOD_SHIFT);
    return y;
}

void frame();

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] clipboard
//-----------------------------------------------------------------------------
//
// SDL2 under Emscripten keeps a clipboard of its own that the system's never sees, and it
// cancels every key pressed with Ctrl, so the browser would neither copy nor paste on the
// page. web/main.js keeps the clipboard shortcuts from SDL and lets the browser turn them into
// copy, cut and paste events; while a text field is being edited it asks these functions for
// the selection, and hands them what was pasted. ImGui's own clipboard is not used.

namespace {

// Returns the ImGui text field being edited, or null.
ImGuiInputTextState* edited_field() {
    if (!platform.app || GImGui->ActiveId == 0) {
        return nullptr;
    }
    return ImGui::GetInputTextState(GImGui->ActiveId);
}

// Draws the frames that input waiting for one needs, now: a copy or paste right after keys
// (Ctrl+A, Ctrl+C typed quickly) acts on the selection they made, and a paste right after
// another one lands after it.
void catch_up() {
    if (platform.clipboard_key != SDL_SCANCODE_UNKNOWN) {
        frame();
    }
    // A frame takes each key once (see frame(), step 1), so keys tapped quickly need a few.
    constexpr int kMostFrames = 8;
    SDL_PumpEvents();
    for (int i = 0; i < kMostFrames && (SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT) ||
                                        !platform.deferred_events.empty());
         i++) {
        frame();
    }
}

} // namespace

extern "C" {

// Answers the input waiting (a press of the mouse) in a frame drawn now, not at the next
// animation frame: that one can be a second away when every core runs goroutines.
EMSCRIPTEN_KEEPALIVE void golab_input_now() {
    catch_up();
}

// Types text into ImGui (the field being edited, or the R and ? shortcuts): what the page's
// hidden text area received, composed by an input method or a dead key.
EMSCRIPTEN_KEEPALIVE void golab_type_text(const char* text) {
    catch_up(); // keys pressed before the text take effect before it
    if (platform.app && text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        platform.after_input = kFramesAfterInput;
    }
}

// Returns 1 while an ImGui text field (the code editor, the seed) is being edited.
EMSCRIPTEN_KEEPALIVE int golab_text_field_active() {
    catch_up();
    return edited_field() != nullptr ? 1 : 0;
}

// Returns the text selected in the field being edited ("" for none), valid until the next
// call.
EMSCRIPTEN_KEEPALIVE const char* golab_text_field_selection() {
    static std::string text;
    text.clear();
    catch_up();
    ImGuiInputTextState* field = edited_field();
    if (!field || !field->HasSelection()) {
        return text.c_str();
    }
    const int begin = std::min(field->Stb.select_start, field->Stb.select_end);
    const int end = std::max(field->Stb.select_start, field->Stb.select_end);
    const ImWchar* chars = field->TextW.Data;
    text.resize(size_t(ImTextCountUtf8BytesFromStr(chars + begin, chars + end)) + 1);
    ImTextStrToUtf8(text.data(), int(text.size()), chars + begin, chars + end);
    text.pop_back(); // the terminating zero
    return text.c_str();
}

// Has the field being edited put text in place of its selection, in the next frame. Line
// ends become Go's "\n" (text copied on Windows has "\r\n").
EMSCRIPTEN_KEEPALIVE void golab_text_field_paste(const char* text) {
    catch_up();
    if (!edited_field() || !text) {
        return;
    }
    platform.pasted.clear();
    for (const char* c = text; *c; c++) {
        if (*c == '\r') {
            platform.pasted += '\n';
            c += c[1] == '\n' ? 1 : 0;
        } else {
            platform.pasted += *c;
        }
    }
    platform.clipboard_key = SDL_SCANCODE_V;
}

// Has the field being edited delete its selection in the next frame (the browser has already
// put it on the clipboard).
EMSCRIPTEN_KEEPALIVE void golab_text_field_cut() {
    catch_up();
    ImGuiInputTextState* field = edited_field();
    if (!field || !field->HasSelection()) {
        return;
    }
    platform.clipboard_key = SDL_SCANCODE_X;
}

} // extern "C"

namespace {

void frame() {
    // 0. The program, when no worker threads run it
    if (kPumped) {
        platform.session->pump(kPumpBudgetNs);
    }

    // 1. Events
    // NOTE: ImGui 1.86 reads each key's state once per frame, so a key pressed and released
    // within one frame would never be seen down (a quick tap when frames are slow). Such a
    // release, and every event after it, waits for the next frame.
    std::vector<SDL_Event> events = std::move(platform.deferred_events);
    platform.deferred_events.clear();
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        events.push_back(event);
    }
    // A cut or paste takes a frame of its own: ImGui's text field does one shortcut per frame,
    // so with another key (Ctrl+A) in the same frame the paste would be lost.
    const SDL_Scancode clipboard_key = platform.clipboard_key;
    if (clipboard_key != SDL_SCANCODE_UNKNOWN) {
        platform.deferred_events = std::move(events);
        events.clear();
        press_shortcut(clipboard_key, true);
    }
    std::vector<SDL_Scancode> pressed;
    for (size_t i = 0; i < events.size(); i++) {
        const SDL_Event e = as_redo(events[i]);
        const bool tapped =
            e.type == SDL_KEYUP &&
            std::find(pressed.begin(), pressed.end(), e.key.keysym.scancode) != pressed.end();
        if (tapped) {
            platform.deferred_events.assign(events.begin() + long(i), events.end());
            break;
        }
        if (e.type == SDL_KEYDOWN) {
            pressed.push_back(e.key.keysym.scancode);
        }
        ImGui_ImplSDL2_ProcessEvent(&e);
        // NOTE: the backend takes Ctrl, Shift, Alt and Super from SDL's state now, not as they
        // were with the key: Ctrl+A typed and let go before this frame would lose its Ctrl.
        if (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) {
            if (e.key.keysym.scancode != events[i].key.keysym.scancode) {
                platform.redo_held = e.type == SDL_KEYDOWN;
            }
            ImGuiIO& io = ImGui::GetIO();
            io.KeyCtrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
            io.KeyShift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
            io.KeyAlt = (e.key.keysym.mod & KMOD_ALT) != 0;
            io.KeySuper = (e.key.keysym.mod & KMOD_GUI) != 0;
        }
    }

    // 2. Font atlas follows the pixel ratio (browser zoom, moving between screens)
    float pixel_ratio = float(emscripten_get_device_pixel_ratio());
    const bool new_ratio = pixel_ratio != platform.font_scale;
    if (new_ratio) {
        build_font_atlas(pixel_ratio);
        golab::webgl2_renderer_upload_fonts();
    }

    // 3. Draw only when something changed: input, a resize, the run moving or
    // a new snapshot. An idle page keeps its last picture and costs next to nothing.
    int width = 0;
    int height = 0;
    SDL_GL_GetDrawableSize(platform.window, &width, &height);
    const bool resized = width != platform.width || height != platform.height;
    // A key or button held down is input too: ImGui times its repeats and drags per frame.
    const ImGuiIO& io = ImGui::GetIO();
    bool held = false;
    for (bool down : io.KeysDown) {
        held = held || down;
    }
    for (bool down : io.MouseDown) {
        held = held || down;
    }
    if (!events.empty() || clipboard_key != SDL_SCANCODE_UNKNOWN || resized || new_ratio || held) {
        platform.after_input = kFramesAfterInput;
    }
    if (platform.after_input == 0 && !platform.app->wants_frame()) {
        return;
    }
    if (platform.after_input > 0) {
        platform.after_input--;
    }
    platform.width = width;
    platform.height = height;
    const double started = emscripten_get_now();

    // 4. Views
    // NOTE: after frames left out, the first one drawn is one frame later for ImGui, not the
    // whole quiet time: a key pressed then would otherwise count as held that long and repeat.
    constexpr float kLongestFrameS = 1.0f / 30.0f;
    ImGui_ImplSDL2_NewFrame();
    // A frame drawn for the clipboard (catch_up) may follow the last one closely.
    constexpr float kShortestFrameS = 1.0f / 10000.0f;
    ImGui::GetIO().DeltaTime =
        std::clamp(ImGui::GetIO().DeltaTime, kShortestFrameS, kLongestFrameS);
    ImGui::NewFrame();
    platform.app->draw();
    ImGui::Render();
    if (clipboard_key != SDL_SCANCODE_UNKNOWN) {
        press_shortcut(clipboard_key, false);
        platform.clipboard_key = SDL_SCANCODE_UNKNOWN;
        platform.pasted.clear();
    }

    // 5. Present
    const ImVec4 bg = golab::palette().page_bg;
    glViewport(0, 0, width, height);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    golab::webgl2_renderer_draw(ImGui::GetDrawData());
    platform.app->record_frame_ms(emscripten_get_now() - started);
    // A benchmark tells the frames drawn from the callbacks that drew nothing by this mark in
    // the browser's trace.
    if (platform.mark_frames) {
        EM_ASM({ console.timeStamp('golab-frame'); });
    }

    // 6. What the frame asked of the browser: the Share button's place, live-region
    // sentences, downloads, clipboard
    if (platform.app->share_rect() != platform.share_rect ||
        platform.app->light_theme() != platform.share_light) {
        platform.share_rect = platform.app->share_rect();
        platform.share_light = platform.app->light_theme();
        const auto& r = platform.share_rect;
        place_share_button(r[0], r[1], r[2], r[3], platform.share_light ? 1 : 0);
    }
    const std::vector<std::string> said = platform.app->take_narration();
    if (!said.empty()) {
        std::string text;
        for (const std::string& line : said) {
            text += (text.empty() ? "" : "\n") + line;
        }
        narrate_lines(text.c_str());
    }
    carry_out_export();
}

} // namespace

golab::App* golab::platform_app() {
    return platform.app.get();
}

int main() {
    // SDL2 and a WebGL2 context
    SDL_SetMainReady();
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        std::fprintf(stderr, "web: SDL_Init failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);

    // NOTE: RESIZABLE with a canvas sized by CSS makes SDL follow the page's size, and
    // ALLOW_HIGHDPI makes the canvas backing store CSS size times devicePixelRatio.
    auto flags =
        SDL_WindowFlags(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    platform.window = SDL_CreateWindow("Goroutine Lab", SDL_WINDOWPOS_UNDEFINED,
                                       SDL_WINDOWPOS_UNDEFINED, 1280, 800, flags);
    if (!platform.window) {
        std::fprintf(stderr, "web: SDL_CreateWindow failed: %s\n", SDL_GetError());
        return 1;
    }
    platform.gl = SDL_GL_CreateContext(platform.window);
    if (!platform.gl) {
        std::fprintf(stderr, "web: WebGL2 context failed: %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(platform.window, platform.gl);

    // Dear ImGui
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // no file system in the page
    ImGui::StyleColorsDark();
    build_font_atlas(float(emscripten_get_device_pixel_ratio()));
    ImGui_ImplSDL2_InitForOpenGL(platform.window, platform.gl);
    // The browser's clipboard, not SDL's (see [clipboard]): Ctrl+V in a text field gives what
    // the browser pasted, and a cut or copy has already reached the browser.
    io.GetClipboardTextFn = [](void*) -> const char* {
        return platform.clipboard_key == SDL_SCANCODE_V ? platform.pasted.c_str() : nullptr;
    };
    io.SetClipboardTextFn = [](void*, const char*) {};
    // On a Mac, shortcuts take Cmd (web/main.js tells which system the page runs on).
    // clang-format off
    io.ConfigMacOSXBehaviors = EM_ASM_INT({ return Module.golabMacKeys ? 1 : 0; }) != 0;
    platform.mark_frames = EM_ASM_INT({ return globalThis.golabMarkFrames ? 1 : 0; }) != 0;
    // clang-format on
    // An input method shows its words where ImGui says the caret is (see App::draw_editor).
    // NOTE: ImGui 1.86 calls this at the end of a frame in which the place moved, with the
    // top of the caret's line; the line is as tall as the font, in CSS pixels.
    io.ImeSetInputScreenPosFn = [](int x, int y) { place_text_input(x, y, kFontSize); };
    if (!golab::webgl2_renderer_init()) {
        return 1;
    }
    golab::webgl2_renderer_upload_fonts();

    // The runtime and the views
    golab::SessionOptions options;
    options.procs = int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
    if (kPumped) {
        options.procs = kPumpedProcs;
        options.pump = true;
    }
    platform.session = std::make_unique<golab::Session>(options);
    platform.app = std::make_unique<golab::App>(*platform.session);
    // clang-format off
    platform.app->set_isolated(EM_ASM_INT({ return self.crossOriginIsolated ? 1 : 0; }) != 0);
    platform.app->set_preferred_theme(
        EM_ASM_INT({ return matchMedia('(prefers-color-scheme: light)').matches ? 1 : 0; }) != 0);
    // clang-format on
    // ?overview=instanced|quads forces how the overview's lanes are drawn; else the renderer
    // chooses (see overview_path.h).
    const golab::RendererInfo renderer = webgl_renderer();
    platform.app->set_overview_path(golab::choose_overview_path(query("overview"), renderer),
                                    renderer);

    // ?lesson=<id> picks the lesson (an unknown id falls back with a note), &run=1 starts it
    std::string lesson = query("lesson");
    if (lesson.empty() && !golab::all_lessons().empty()) {
        lesson = std::string(golab::all_lessons().front().id);
    }
    platform.app->load_lesson(lesson);
    if (query("run") == "1") {
        platform.app->run();
    }

    // Hand the loop to the browser: main() unwinds here and frame() runs once per frame.
    // clang-format off
    EM_ASM({ if (Module.golabReady) Module.golabReady(); });
    // clang-format on
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
