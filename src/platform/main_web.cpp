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
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/app.h"
#include "golab_embedded_fonts.h"
#include "imgui.h"
#include "imgui_impl_sdl.h"
#include "lessons/lessons.h"
#include "platform/platform.h"
#include "platform/webgl2_renderer.h"
#include "runtime/session.h"

namespace {

// Text sizes in CSS pixels; the atlas is rasterised at these sizes times devicePixelRatio.
constexpr float kFontSize = 15.0f;      // Fonts[0], the default: everything but the clock
constexpr float kLargeFontSize = 40.0f; // Fonts[1]: the program clock and the counters, so
                                        // they are drawn from glyphs of their own size

// Latin-1 plus the punctuation, arrows, box drawing and shapes (… → ─ ● ▶) views like to use;
// JetBrains Mono has them all.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, // Basic Latin, Latin-1 (µ in "µs")
    0x2010, 0x205E, // General Punctuation
    0x2190, 0x21FF, // Arrows
    0x2500, 0x25FF, // Box Drawing, Block Elements, Geometric Shapes
    0,
};

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
};

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
    std::vector<SDL_Scancode> pressed;
    for (size_t i = 0; i < events.size(); i++) {
        const SDL_Event& e = events[i];
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
    }

    // 2. Font atlas follows the pixel ratio (browser zoom, moving between screens)
    float pixel_ratio = float(emscripten_get_device_pixel_ratio());
    if (pixel_ratio != platform.font_scale) {
        build_font_atlas(pixel_ratio);
        golab::webgl2_renderer_upload_fonts();
    }

    // 3. Views
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    platform.app->draw();
    ImGui::Render();

    // 4. Present
    int width = 0;
    int height = 0;
    SDL_GL_GetDrawableSize(platform.window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.09f, 0.10f, 0.12f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    golab::webgl2_renderer_draw(ImGui::GetDrawData());
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
    // clang-format on

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
