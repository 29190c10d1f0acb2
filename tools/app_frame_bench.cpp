// app_frame_bench.cpp: the page's per-frame work without a browser. Runs the
// `many` lesson (10,000 goroutines) on a real threaded Session, drives the
// App's views through Dear ImGui at 1280x800 every 16 ms with no GL behind
// them, and prints the CPU time of a frame (App::draw plus ImGui's own
// NewFrame and Render) while the run goes on and while its timeline is zoomed.
// A benchmark, not a test: natively it shows where a frame's time goes (run it
// under `perf record`) far faster than rebuilding the page. Built natively
// when GOLAB_IMGUI_DIR is set (see CMakeLists.txt):
//   build/native-prof/app_frame_bench [lesson] [zoom steps]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "app/app.h"
#include "imgui.h"

namespace golab_bench {
extern size_t uploaded_bytes; // app_frame_bench_gl.cpp: bytes given to glBuffer(Sub)Data
}

namespace {

constexpr float kWidth = 1280.0f;
constexpr float kHeight = 800.0f;
constexpr auto kFrameInterval = std::chrono::milliseconds(16);

// Returns the calling thread's CPU time in milliseconds.
double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Stretch {
    std::vector<double> cpu_ms;
    size_t vertices = 0; // the largest frame's
    size_t uploaded = 0; // bytes of instance buffers sent to the GPU over the stretch
};

double percentile(std::vector<double> v, int p) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const size_t k = (v.size() * static_cast<size_t>(p) + 99) / 100 - 1; // nearest rank
    return v[std::min(k, v.size() - 1)];
}

void report(const char* name, const Stretch& s) {
    std::printf("%-8s frames %4zu  cpu p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  vertices %zu"
                "  uploaded %zu KB\n",
                name, s.cpu_ms.size(), percentile(s.cpu_ms, 50), percentile(s.cpu_ms, 95),
                s.cpu_ms.empty() ? 0.0 : *std::max_element(s.cpu_ms.begin(), s.cpu_ms.end()),
                s.vertices, s.uploaded / 1024);
}

// Draws one frame and adds its CPU time to s.
void frame(golab::App& app, Stretch& s) {
    const double t0 = thread_cpu_ms();
    const size_t uploaded0 = golab_bench::uploaded_bytes;
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    app.draw();
    ImGui::Render();
    s.cpu_ms.push_back(thread_cpu_ms() - t0);
    app.take_narration(); // as the page hands it to the live region, or the App waits for that
    s.vertices = std::max(s.vertices, static_cast<size_t>(ImGui::GetDrawData()->TotalVtxCount));
    s.uploaded += golab_bench::uploaded_bytes - uploaded0;
}

// Loads the page's font at its two sizes, as main_web.cpp does.
void load_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    const char* path = "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf";
    std::ifstream in(path, std::ios::binary);
    static std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
    if (bytes.empty()) {
        io.Fonts->AddFontDefault();
    } else {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        for (float size : {15.0f, 40.0f}) {
            io.Fonts->AddFontFromMemoryTTF(bytes.data(), static_cast<int>(bytes.size()), size,
                                           &config);
        }
    }
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

} // namespace

int main(int argc, char** argv) {
    const std::string lesson = argc > 1 ? argv[1] : "many";
    const int zoom_steps = argc > 2 ? std::atoi(argv[2]) : 120;

    // ImGui without a window: the App draws into draw lists nobody renders.
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kWidth, kHeight);
    load_fonts();

    golab::SessionOptions options;
    options.procs = 4;
    golab::Session session(options);
    golab::App app(session);
    app.load_lesson(lesson);

    // 1. Idle frames, then the run, one frame every 16 ms like the page.
    Stretch idle;
    Stretch running;
    Stretch zooming;
    for (int i = 0; i < 10; ++i) {
        frame(app, idle);
    }
    app.run();
    // The frames after the end that the page still asks for (taking in the last events)
    // belong to the run too.
    int after_end = 0;
    for (int i = 0; i < 6000; ++i) {
        const auto next = std::chrono::steady_clock::now() + kFrameInterval;
        frame(app, running);
        if (app.phase() == golab::RunPhase::Ended && (!app.wants_frame() || ++after_end >= 200)) {
            break;
        }
        std::this_thread::sleep_until(next);
    }

    // 2. The ended run, zoomed in and out with the wheel over its lanes.
    const auto [x, y, w, h] = app.timeline_rect();
    for (int i = 0; i < zoom_steps; ++i) {
        io.MousePos = ImVec2(x + w * (0.2f + 0.004f * static_cast<float>(i)), y + h * 0.5f);
        io.MouseWheel = i % 40 < 20 ? 1.0f : -1.0f;
        frame(app, zooming);
    }
    io.MouseWheel = 0;

    // 3. The state object, which host pages and tests poll.
    Stretch state;
    for (int i = 0; i < 10; ++i) {
        const double t0 = thread_cpu_ms();
        const std::string json = app.state_json();
        state.cpu_ms.push_back(thread_cpu_ms() - t0);
        state.vertices = std::max(state.vertices, json.size());
    }

    std::printf("lesson %s\n", lesson.c_str());
    report("idle", idle);
    report("running", running);
    // Where a run's slowest frames fall: its first frames take in the burst of starts, its
    // last ones the ends (the run ended at the last frame).
    std::vector<size_t> order(running.cpu_ms.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return running.cpu_ms[a] > running.cpu_ms[b]; });
    std::printf("slowest running frames:");
    for (size_t i = 0; i < std::min<size_t>(order.size(), 5); ++i) {
        std::printf(" #%zu of %zu %.2f ms;", order[i] + 1, order.size(), running.cpu_ms[order[i]]);
    }
    std::printf("\n");
    report("zooming", zooming);
    report("state()", state);
    std::printf("(state() row: vertices = bytes of JSON)\n");
    ImGui::DestroyContext();
    return 0;
}
